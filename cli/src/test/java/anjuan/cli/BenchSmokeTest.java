package anjuan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import anjuan.ingest.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark at N = 200 as a smoke test: it completes and its JSON holds every figure. No figure is asserted:
 * speed is measured by {@code anjuan bench}, not by tests.
 */
class BenchSmokeTest {
  @Test
  void completesWithWellFormedJson(@TempDir Path tmp) throws Exception {
    Path json = tmp.resolve("bench.json");
    Run r = Run.of("bench", "--count", "200", "--threads", "2", "--queries", "20", "--work", tmp.toString(),
        "--json", json.toString());
    assertEquals(ExitCode.OK, r.exit(), r.out() + r.err());
    JsonNode result = Json.mapper().readTree(json.toFile());
    assertEquals(200, result.path("count").asInt());
    for (String phase : List.of("baseline", "ingest")) {
      for (String figure : List.of("seconds", "chars_per_s", "docs_per_s", "peak_heap_mb", "peak_rss_mb")) {
        assertTrue(result.path(phase).path(figure).isNumber(), phase + "." + figure);
      }
      assertEquals(200, result.path(phase).path("docs").asInt());
    }
    assertEquals(0, result.path("ingest").path("failed").asInt());
    assertTrue(result.path("ratio").isNumber());
    for (String kind : List.of("dates", "citations", "people", "measures", "all (build)")) {
      assertTrue(result.path("extract").path(kind).isNumber(), kind);
    }
    for (String mix : List.of("free text", "article", "article+filters", "facets")) {
      for (String p : List.of("p50", "p95", "p99")) {
        assertTrue(result.path("search").path(mix).path(p).isNumber(), mix + "." + p);
      }
    }
    assertTrue(r.out().contains("ratio (anjuan / baseline throughput)"));
  }

  /** The synthetic corpus, in every format it writes, agrees with extraction: F1 of at least 0.98 for every fact kind (issue 6). */
  @Test
  void syntheticReportsScoreAtLeast098(@TempDir Path tmp) {
    Path dir = tmp.resolve("synth");
    assertEquals(ExitCode.OK, Run.of("corpus", "synth", "--count", "40", "--out", dir.toString(), "--seed", "7",
        "--formats", "txt,docx,pdf").exit());
    Run eval = Run.of("eval", dir.toString(), "--min-f1", "0.98");
    assertEquals(ExitCode.OK, eval.exit(), eval.out());
  }
}
