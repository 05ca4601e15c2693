package anjuan.extract.eval;

import anjuan.extract.fact.CaseFacts;
import anjuan.extract.fact.Citation;
import anjuan.extract.fact.Person;
import anjuan.extract.fact.Report;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a record and a gold file into comparable sets of keys, one set per fact kind. A key is a short string of
 * the fields the gold states ({@code 中国共产党纪律处分条例|2018|133|||任**}); sets make the comparison order-free,
 * as the gold files say ("lists are compared as sets").
 */
public final class FactKeys {
  public static final List<String> KINDS = List.of("title", "kind", "case", "dates", "people_responsible", "handling",
      "people_other", "citations", "references_laws", "references_documents", "hazards", "activities", "measures",
      "findings");
  private static final List<String> CASE_FIELDS = List.of("name", "date", "time", "place", "unit", "type", "grade",
      "deaths", "injuries", "missing", "direct_loss_yuan");

  private FactKeys() {}

  /** Keys of the gold, per kind; a kind the gold does not mention is absent (not scored). */
  public static Map<String, Set<String>> ofGold(JsonNode g) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    if (g.has("title")) {
      out.put("title", set(text(g.get("title"))));
    }
    if (g.has("kind")) {
      out.put("kind", set(text(g.get("kind"))));
    }
    if (g.has("case")) {
      Set<String> c = new LinkedHashSet<>();
      g.get("case").fields().forEachRemaining(f -> {
        if (CASE_FIELDS.contains(f.getKey()) && !f.getValue().isNull()) {
          c.add(f.getKey() + "=" + norm(text(f.getValue())));
        }
      });
      out.put("case", c);
    }
    put(out, g, "dates", d -> d.get("value").asText() + "|" + d.get("precision").asText() + "|"
        + (d.has("inferred") && d.get("inferred").asBoolean()));
    put(out, g, "people_responsible", p -> text(p.get("name")));
    put(out, g, "people_responsible", "handling", p -> text(p.get("name")) + "|" + text(p.get("proposed_action")) + "|"
        + text(p.get("outcome_action")) + "|" + text(p.get("outcome_date")));
    if (g.has("people_other")) {
      Set<String> s = new LinkedHashSet<>();
      g.get("people_other").forEach(n -> s.add(n.asText()));
      out.put("people_other", s);
    }
    put(out, g, "citations", c -> text(c.get("law")) + "|" + text(c.get("edition")) + "|" + text(c.get("article"))
        + "|" + text(c.get("paragraph")) + "|" + text(c.get("item")) + "|" + text(c.get("person")));
    for (String k : List.of("references_laws", "references_documents")) {
      if (g.has(k)) {
        Set<String> s = new LinkedHashSet<>();
        g.get(k).forEach(n -> s.add(norm(n.asText())));
        out.put(k, s);
      }
    }
    put(out, g, "hazards", h -> norm(text(h.get("unit"))) + "|" + text(h.get("found")) + "|" + text(h.get("rectified"))
        + "|" + text(h.get("pending")));
    put(out, g, "activities", a -> norm(text(a.get("unit"))) + "|" + text(a.get("kind")) + "|" + text(a.get("sessions"))
        + "|" + text(a.get("attendance")));
    put(out, g, "measures", m -> norm(text(m.get("unit"))) + "|" + m.get("has_outcome").asBoolean()
        + (m.has("status") ? "|" + m.get("status").asText() : ""));
    if (g.has("findings_expected_kinds")) {
      Set<String> s = new LinkedHashSet<>();
      g.get("findings_expected_kinds").forEach(n -> s.add(n.asText()));
      out.put("findings", s);
    }
    return out;
  }

  /** Keys of a record, for the kinds {@code gold} scores (so that the measure status is compared only when given). */
  public static Map<String, Set<String>> ofReport(Report r, JsonNode gold) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    out.put("title", set(r.title() == null ? "" : r.title()));
    out.put("kind", set(r.kind().wire()));
    Set<String> c = new LinkedHashSet<>();
    CaseFacts cf = r.caseFacts();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", cf.name());
    fields.put("date", cf.date());
    fields.put("time", cf.time());
    fields.put("place", cf.place());
    fields.put("unit", cf.unit());
    fields.put("type", cf.type());
    fields.put("grade", cf.grade());
    fields.put("deaths", cf.deaths());
    fields.put("injuries", cf.injuries());
    fields.put("missing", cf.missing());
    fields.put("direct_loss_yuan", cf.directLossYuan());
    JsonNode goldCase = gold.get("case");
    fields.forEach((k, v) -> {
      if (v != null && (goldCase == null || goldCase.has(k))) {
        c.add(k + "=" + norm(String.valueOf(v)));
      }
    });
    out.put("case", c);
    out.put("dates", keys(r.dates(), d -> d.value() + "|" + d.precision() + "|" + d.inferred()));
    List<Person> responsible = r.people().stream().filter(Person::responsible).toList();
    out.put("people_responsible", keys(responsible, Person::name));
    out.put("handling", keys(responsible, p -> p.name() + "|" + action(p.proposed()) + "|" + action(p.outcome()) + "|"
        + (p.outcome() == null || p.outcome().date() == null ? "" : p.outcome().date())));
    out.put("people_other", keys(r.people().stream().filter(p -> !p.responsible()).toList(), Person::name));
    out.put("citations", keys(r.citations(), FactKeys::citationKey));
    out.put("references_laws", keys(r.references().stream().filter(x -> !x.type().equals("document")).toList(),
        x -> norm(x.title())));
    out.put("references_documents", keys(r.references().stream().filter(x -> x.type().equals("document")).toList(),
        x -> norm(x.title())));
    out.put("hazards", keys(r.hazards(), h -> norm(nz(h.unit())) + "|" + nz(h.found()) + "|" + nz(h.rectified()) + "|"
        + nz(h.pending())));
    out.put("activities", keys(r.activities(), a -> norm(nz(a.unit())) + "|" + a.kind() + "|" + nz(a.sessions()) + "|"
        + nz(a.attendance())));
    boolean withStatus = gold.has("measures") && gold.get("measures").size() > 0 && gold.get("measures").get(0).has("status");
    out.put("measures", keys(r.measures(), m -> norm(nz(m.unit())) + "|" + (m.outcome() != null)
        + (withStatus ? "|" + m.status().wire() : "")));
    out.put("findings", keys(r.findings(), f -> f.kind()));
    return out;
  }

  static String citationKey(Citation c) {
    return c.law() + "|" + nz(c.edition()) + "|" + c.article() + "|" + nz(c.paragraph()) + "|" + nz(c.item()) + "|"
        + nz(c.person());
  }

  private static String action(anjuan.extract.fact.Handling h) {
    return h == null || h.action() == null ? "" : h.action();
  }

  private static void put(Map<String, Set<String>> out, JsonNode g, String field, Function<JsonNode, String> key) {
    put(out, g, field, field, key);
  }

  private static void put(Map<String, Set<String>> out, JsonNode g, String field, String kind,
      Function<JsonNode, String> key) {
    if (!g.has(field)) {
      return;
    }
    Set<String> s = new LinkedHashSet<>();
    g.get(field).forEach(n -> s.add(key.apply(n)));
    out.put(kind, s);
  }

  private static <T> Set<String> keys(List<T> items, Function<T, String> key) {
    Set<String> s = new LinkedHashSet<>();
    items.forEach(i -> s.add(key.apply(i)));
    return s;
  }

  private static Set<String> set(String value) {
    Set<String> s = new LinkedHashSet<>();
    s.add(norm(value));
    return s;
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? "" : n.asText();
  }

  private static String nz(Object o) {
    return o == null ? "" : o.toString();
  }

  /** Whitespace never matters when comparing titles and names. */
  static String norm(String s) {
    return s == null ? "" : s.replaceAll("\\s+", "");
  }
}
