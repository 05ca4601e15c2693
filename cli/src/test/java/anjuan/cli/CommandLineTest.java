package anjuan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import anjuan.ingest.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a user runs it: help, exit codes, machine output. */
class CommandLineTest {
  static final Path CORPUS = Path.of("..", "corpus");
  @TempDir static Path tmp;
  static String index;

  @BeforeAll
  static void load() {
    index = tmp.resolve("index").toString();
    Run r = Run.of("ingest", "--quiet", "--index", index, CORPUS.resolve("reports").toString());
    assertEquals(ExitCode.OK, r.exit(), r.err());
  }

  @Test
  void helpListsEveryCommand() {
    Run r = Run.of("--help");
    assertEquals(0, r.exit());
    for (String c : new String[] {"ingest", "extract", "search", "gaps", "show", "export", "cases", "eval"}) {
      assertTrue(r.out().contains(c), c);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ingest", "extract", "search", "gaps", "show", "export", "cases", "eval"})
  void everyCommandHasHelp(String command) {
    Run r = Run.of(command, "--help");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("Usage: anjuan " + command), r.out());
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run r = Run.of("search", "--no-such-option");
    assertEquals(ExitCode.USAGE, r.exit());
    assertTrue(r.err().contains("--no-such-option"), r.err());
  }

  @Test
  void extractPrintsTheRecordAsJson() throws Exception {
    Run r = Run.of("extract", "--json", CORPUS.resolve("reports/d1-investigation.txt").toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode record = Json.mapper().readTree(r.out());
    assertEquals("anjuan.report/1", record.path("schema").asText());
    assertEquals("investigation", record.path("kind").asText());
    assertEquals("UTF-8", record.path("source").path("encoding").asText());
    assertEquals("2021-05-18", record.path("case").path("date").asText());
  }

  @ParameterizedTest
  @CsvSource({"empty.txt, empty", "encrypted.pdf, encrypted", "truncated.pdf, truncated", "corrupt.docx, corrupt",
      "random-bytes.bin, unsupported", "zip-bomb.zip, too_large"})
  void extractOfABadFileNamesItAndFails(String file, String status) {
    Run r = Run.of("extract", "--json", CORPUS.resolve("bad").resolve(file).toString());
    assertEquals(ExitCode.INPUT_FAILED, r.exit());
    assertTrue(r.err().contains(file) && r.err().contains(": " + status + ": "), r.err());
    assertEquals("", r.out());
  }

  @Test
  void searchByArticleAsJson() throws Exception {
    Run r = Run.of("search", "--index", index, "--article", "纪律处分条例第158条", "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode result = Json.mapper().readTree(r.out());
    assertEquals(3, result.path("total").asInt());
    for (JsonNode hit : result.path("hits")) {
      assertTrue(hit.has("id") && hit.has("title") && hit.has("kind") && hit.has("path") && hit.has("case")
          && hit.has("score") && hit.path("snippets").size() > 0, hit.toString());
    }
    assertTrue(result.path("facets").has("sanction"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"unbalanced", "*leading", "事故 AND OR"})
  void malformedQueriesExitWithUsage(String query) {
    long start = System.nanoTime();
    Run r = Run.of("search", "--index", index, query);
    assertEquals(ExitCode.USAGE, r.exit(), r.out());
    assertTrue(r.err().startsWith("anjuan: "), r.err());
  }

  @Test
  void searchWithoutAnIndexIsAUsageError() {
    Run r = Run.of("search", "--index", tmp.resolve("nothing-here").toString(), "事故");
    assertEquals(ExitCode.USAGE, r.exit());
    assertTrue(r.err().contains("no index"), r.err());
  }

  @Test
  void showByPathAndById() throws Exception {
    Path d1 = CORPUS.resolve("reports/d1-investigation.txt").toAbsolutePath().normalize();
    Run byPath = Run.of("show", "--index", index, "--json", d1.toString());
    assertEquals(0, byPath.exit(), byPath.err());
    String id = Json.mapper().readTree(byPath.out()).path("id").asText();
    Run byId = Run.of("show", "--index", index, id);
    assertEquals(0, byId.exit());
    assertTrue(byId.out().contains("People held responsible") && byId.out().contains("孙建华"), byId.out());
    assertEquals(ExitCode.INPUT_FAILED, Run.of("show", "--index", index, "no-such-report").exit());
  }

  @Test
  void exportStreamsEveryRecord() throws Exception {
    Run jsonl = Run.of("export", "--index", index);
    assertEquals(0, jsonl.exit());
    assertEquals(20, jsonl.out().lines().count());
    for (String line : jsonl.out().lines().toList()) {
      assertEquals("anjuan.report/1", Json.mapper().readTree(line).path("schema").asText());
    }
    Run csv = Run.of("export", "--index", index, "--format", "csv", "--what", "people");
    assertTrue(csv.out().startsWith("report_id,path,name,masked,responsible"), csv.out());
    assertTrue(csv.out().contains("马晓东"));
  }

  @Test
  void casesJoinInvestigationAndEvaluation() {
    Run r = Run.of("cases", "--index", index);
    assertEquals(0, r.exit());
    String c = r.out().substring(r.out().indexOf("云溪区翠湾花园项目"));
    c = c.substring(0, c.indexOf("\n\n") > 0 ? c.indexOf("\n\n") : c.length());
    assertTrue(c.contains("c1-investigation") && c.contains("c2-evaluation") && c.contains("c3-approval"), c);
  }

  @Test
  void gapsSummaryThenList() throws Exception {
    Run r = Run.of("gaps", "--index", index, "--today", "2026-11-29");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("by kind") && r.out().contains("by case") && r.out().contains("[missing_evaluation]"));
    Run json = Run.of("gaps", "--index", index, "--today", "2026-11-29", "--kind", "unhandled_person", "--json");
    JsonNode gaps = Json.mapper().readTree(json.out());
    assertEquals(1, gaps.size());
    assertTrue(gaps.get(0).path("detail").asText().contains("马晓东"));
    assertEquals(ExitCode.USAGE, Run.of("gaps", "--index", index, "--kind", "nonsense").exit());
  }

  @Test
  void evalScoresTheCorpusAndFailsBelowTheThreshold() {
    Run ok = Run.of("eval", CORPUS.resolve("reports").toString(), "--min-f1", "0.5");
    assertEquals(0, ok.exit(), ok.out());
    assertTrue(ok.out().contains("citations"));
    Run strict = Run.of("eval", CORPUS.resolve("reports").toString(), "--min-f1", "1.01");
    assertEquals(EvalCommand.BELOW_THRESHOLD, strict.exit());
  }

  @Test
  void ingestOfBadFilesExitsThreeAndLoadsTheRest() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("mixed"));
    Files.copy(CORPUS.resolve("reports/d1-investigation.txt"), dir.resolve("d1.txt"));
    Files.copy(CORPUS.resolve("bad/corrupt.docx"), dir.resolve("corrupt.docx"));
    Run r = Run.of("ingest", "--quiet", "--index", tmp.resolve("mixed-index").toString(), dir.toString());
    assertEquals(ExitCode.INPUT_FAILED, r.exit());
    assertTrue(r.out().contains("1 loaded") && r.out().contains("1 failed"), r.out());
    assertTrue(r.err().contains("corrupt.docx: corrupt: "), r.err());
  }
}
