package anjuan.cli;

import anjuan.extract.fact.Report;
import anjuan.ingest.Section;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;

/** Human-readable views of records: facts grouped, each with the evidence it was read from. */
final class Render {
  private static final int EXCERPT = 160;

  private Render() {}

  /** The short view {@code extract} prints without --json. */
  static void report(PrintWriter out, Report r) {
    out.printf("%s  [%s]  %s%n", r.title() == null ? "(untitled)" : r.title(), r.kind().wire(), r.source().path());
    out.printf("id %s  %d chars%s%n", r.id(), r.text().length(), r.source().ocr() ? "  (OCR)" : "");
    out.printf("case: %s  %s  %s  %s%n", nz(r.caseFacts().name()), nz(r.caseFacts().date()), nz(r.caseFacts().type()),
        nz(r.caseFacts().grade()));
    out.printf("%d dates, %d people (%d responsible), %d citations, %d references, %d hazard ledgers, %d activities, "
        + "%d measures, %d findings%n", r.dates().size(), r.people().size(),
        r.people().stream().filter(p -> p.responsible()).count(), r.citations().size(), r.references().size(),
        r.hazards().size(), r.activities().size(), r.measures().size(), r.findings().size());
    for (Section s : r.sections()) {
      out.printf("%s%s %s%n", "  ".repeat(s.level()), s.number(), s.heading());
    }
  }

  /** The full view of {@code show}: facts grouped, evidence printed. */
  static void record(PrintWriter out, JsonNode r) {
    String text = r.path("text").asText();
    out.printf("%s  [%s]%n", r.path("title").asText("(untitled)"), r.path("kind").asText());
    out.printf("id %s%n", r.path("id").asText());
    r.path("paths").forEach(p -> out.println("  " + p.asText()));
    JsonNode c = r.path("case");
    section(out, "Case");
    out.printf("  %s%n  date %s %s  place %s  unit %s%n  type %s  grade %s  deaths %s  injuries %s  missing %s  "
        + "direct loss %s%n", c.path("name").asText("-"), c.path("date").asText("-"), c.path("time").asText(""),
        c.path("place").asText("-"), c.path("unit").asText("-"), c.path("type").asText("-"), c.path("grade").asText("-"),
        c.path("deaths").asText("-"), c.path("injuries").asText("-"), c.path("missing").asText("-"),
        c.path("direct_loss_text").asText("-"));
    section(out, "People held responsible");
    for (JsonNode p : r.path("people")) {
      if (!p.path("responsible").asBoolean()) {
        continue;
      }
      out.printf("  %s  %s%n", p.path("name").asText(), join(p.path("roles")));
      handling(out, "proposed", p.path("proposed"));
      handling(out, "outcome ", p.path("outcome"));
    }
    StringBuilder others = new StringBuilder();
    r.path("people").forEach(p -> {
      if (!p.path("responsible").asBoolean()) {
        others.append(others.length() == 0 ? "" : "、").append(p.path("name").asText());
      }
    });
    if (others.length() > 0) {
      out.println("  others named: " + others);
    }
    section(out, "Citations");
    for (JsonNode x : r.path("citations")) {
      out.printf("  %s 第%s条%s%s%s%s%n      » %s%n", x.path("law").asText(), x.path("article").asText(),
          x.path("paragraph").isNull() ? "" : "第" + x.path("paragraph").asText() + "款",
          x.path("item").isNull() ? "" : "第" + x.path("item").asText() + "项",
          x.path("edition").isNull() ? "" : "（" + x.path("edition").asText() + "年版）",
          x.path("person").isNull() ? "" : "  → " + x.path("person").asText(), evidence(text, x.path("span")));
    }
    section(out, "Hazard ledgers");
    for (JsonNode h : r.path("hazards")) {
      out.printf("  %s: found %s, rectified %s, pending %s, inspections %s%n      » %s%n", h.path("unit").asText("-"),
          h.path("found").asText("-"), h.path("rectified").asText("-"), h.path("pending").asText("-"),
          h.path("inspections").asText("-"), evidence(text, h.path("span")));
    }
    section(out, "Activities");
    for (JsonNode a : r.path("activities")) {
      out.printf("  %s %s: %s sessions, %s attendance%n", a.path("unit").asText("-"), a.path("kind").asText(),
          a.path("sessions").asText("-"), a.path("attendance").asText("-"));
    }
    section(out, "Measures");
    for (JsonNode m : r.path("measures")) {
      out.printf("  %s  [%s]%n", m.path("unit").asText("(no unit)"), m.path("status").asText());
      for (JsonNode cl : m.path("coverage")) {
        out.printf("    %s %s%n", cl.path("covered").asBoolean() ? "✓" : "✗", cl.path("clause").asText());
      }
    }
    section(out, "Findings");
    for (JsonNode f : r.path("findings")) {
      out.printf("  [%s] %s%n      » %s%n", f.path("kind").asText(), f.path("detail").asText(),
          evidence(text, f.path("span")));
    }
    section(out, "References");
    r.path("references").forEach(x -> out.printf("  %-10s %s%n", x.path("type").asText(), x.path("title").asText()));
  }

  private static void handling(PrintWriter out, String label, JsonNode h) {
    if (h.isMissingNode() || h.isNull()) {
      return;
    }
    out.printf("    %s %s%s%s%n      » %s%n", label, h.path("action").asText("-"),
        h.path("date").isNull() ? "" : "  " + h.path("date").asText(),
        h.path("by").isNull() ? "" : "  by " + h.path("by").asText(), excerpt(h.path("text").asText()));
  }

  private static void section(PrintWriter out, String title) {
    out.printf("%n%s%n", title);
  }

  private static String evidence(String text, JsonNode span) {
    if (!span.isArray() || span.size() != 2) {
      return "";
    }
    int s = Math.max(0, span.get(0).asInt());
    int e = Math.min(text.length(), span.get(1).asInt());
    return excerpt(text.substring(s, Math.max(s, e)));
  }

  static String excerpt(String s) {
    String one = s.replace('\n', ' ');
    return one.length() <= EXCERPT ? one : one.substring(0, EXCERPT) + "…";
  }

  private static String join(JsonNode array) {
    StringBuilder b = new StringBuilder();
    array.forEach(n -> b.append(b.length() == 0 ? "" : "；").append(n.asText()));
    return b.toString();
  }

  private static String nz(String s) {
    return s == null ? "-" : s;
  }
}
