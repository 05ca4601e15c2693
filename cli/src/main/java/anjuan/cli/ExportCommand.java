package anjuan.cli;

import anjuan.index.ReportDocuments;
import anjuan.index.ReportStore;
import anjuan.ingest.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code anjuan export}: everything, streamed. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes every loaded record (or one fact list of every record) to stdout, streaming, without cap:",
        "JSON Lines (one anjuan.report/1 record or fact per line) or CSV."})
final class ExportCommand implements Callable<Integer> {
  enum Format { jsonl, csv }

  enum What { reports, people, citations, measures, findings, hazards, activities, dates }

  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Option(names = "--format", description = "jsonl or csv (default: ${DEFAULT-VALUE})")
  Format format = Format.jsonl;

  @Option(names = "--what", description = "reports, people, citations, measures, findings, hazards, activities or dates (default: ${DEFAULT-VALUE})")
  What what = What.reports;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ObjectWriter writer = Json.mapper().writer();
    Csv csv = new Csv(out);
    boolean[] header = {false};
    try (ReportStore store = Stores.open(index)) {
      store.forEachReport(null, d -> {
        ObjectNode record = ReportDocuments.record(d);
        for (Map<String, Object> row : rows(record)) {
          if (format == Format.jsonl) {
            out.println(what == What.reports ? writer.writeValueAsString(record) : writer.writeValueAsString(row));
          } else {
            if (!header[0]) {
              csv.row(row.keySet().toArray());
              header[0] = true;
            }
            csv.row(row.values().stream().map(v -> v instanceof JsonNode n ? (n.isValueNode() ? n.asText() : n.toString()) : v).toArray());
          }
        }
        out.flush();
      });
    }
    out.flush();
    return ExitCode.OK;
  }

  private List<Map<String, Object>> rows(ObjectNode r) {
    List<Map<String, Object>> rows = new ArrayList<>();
    String id = r.path("id").asText();
    JsonNode c = r.path("case");
    switch (what) {
      case reports -> {
        Map<String, Object> row = base(r);
        row.put("title", r.path("title"));
        row.put("kind", r.path("kind"));
        for (String f : List.of("name", "date", "time", "place", "unit", "type", "grade", "deaths", "injuries", "missing",
            "direct_loss_yuan")) {
          row.put("case_" + f, c.path(f));
        }
        row.put("people", r.path("people").size());
        row.put("citations", r.path("citations").size());
        row.put("findings", r.path("findings").size());
        rows.add(row);
      }
      case people -> r.path("people").forEach(p -> {
        Map<String, Object> row = base(r);
        row.put("name", p.path("name"));
        row.put("masked", p.path("masked"));
        row.put("responsible", p.path("responsible"));
        row.put("roles", String.join("；", texts(p.path("roles"))));
        row.put("proposed_action", p.path("proposed").path("action"));
        row.put("proposed_by", p.path("proposed").path("by"));
        row.put("outcome_action", p.path("outcome").path("action"));
        row.put("outcome_actions", String.join("、", texts(p.path("outcome").path("actions"))));
        row.put("outcome_date", p.path("outcome").path("date"));
        row.put("outcome_by", p.path("outcome").path("by"));
        rows.add(row);
      });
      case citations -> r.path("citations").forEach(x -> rows.add(fields(r, x, "law", "edition", "article", "sub",
          "paragraph", "item", "person", "text", "span")));
      case measures -> r.path("measures").forEach(m -> {
        Map<String, Object> row = base(r);
        row.put("unit", m.path("unit"));
        row.put("status", m.path("status"));
        row.put("requirement", m.path("requirement").path("text"));
        row.put("outcome", m.path("outcome").path("text"));
        List<String> uncovered = new ArrayList<>();
        m.path("coverage").forEach(cl -> {
          if (!cl.path("covered").asBoolean()) {
            uncovered.add(cl.path("clause").asText());
          }
        });
        row.put("uncovered_clauses", String.join("；", uncovered));
        rows.add(row);
      });
      case findings -> r.path("findings").forEach(f -> rows.add(fields(r, f, "kind", "detail", "span")));
      case hazards -> r.path("hazards").forEach(h -> rows.add(fields(r, h, "unit", "found", "rectified", "pending",
          "inspections", "rate", "span")));
      case activities -> r.path("activities").forEach(a -> rows.add(fields(r, a, "unit", "kind", "sessions",
          "attendance", "approximate", "span")));
      case dates -> r.path("dates").forEach(d -> rows.add(fields(r, d, "text", "value", "precision", "inferred", "span")));
      default -> throw new IllegalStateException(id);
    }
    return rows;
  }

  private static Map<String, Object> base(JsonNode r) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("report_id", r.path("id").asText());
    row.put("path", String.join(" | ", texts(r.path("paths"))));
    return row;
  }

  private static Map<String, Object> fields(JsonNode r, JsonNode fact, String... names) {
    Map<String, Object> row = base(r);
    for (String n : names) {
      row.put(n, fact.path(n));
    }
    return row;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
