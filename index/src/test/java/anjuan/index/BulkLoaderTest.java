package anjuan.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import anjuan.extract.ReportBuilder;
import anjuan.ingest.isolate.ParserPool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads through worker processes: statuses, duplicates, unchanged files on a rerun, changed files replaced. */
class BulkLoaderTest {
  private static ParserPool pool;

  @BeforeAll
  static void start() {
    pool = new ParserPool(ParserPool.Settings.defaults(2));
  }

  @AfterAll
  static void stop() {
    pool.close();
  }

  private static BulkLoader.Counts load(Path index, Path input) throws Exception {
    try (ReportIndex idx = ReportIndex.open(index)) {
      return new BulkLoader(idx, index, pool, new ReportBuilder(), new BulkLoader.Options(2, 3, 30))
          .load(List.of(input), index, c -> {});
    }
  }

  private static List<FileState> report(Path index) throws IOException {
    return Files.readAllLines(index.resolve(BulkLoader.REPORT_FILE)).stream().map(FileState::fromJson).toList();
  }

  private static Map<String, String> statusByName(Path index) throws IOException {
    return report(index).stream().collect(Collectors.toMap(f -> Path.of(f.path().replaceAll("!/.*", "")).getFileName()
        + (f.path().contains("!/") ? f.path().substring(f.path().indexOf("!/")) : ""), FileState::status));
  }

  @Test
  void everyFileEndsInOneStatusAndRerunsSkipWhatDidNotChange(@TempDir Path tmp) throws Exception {
    Path input = Files.createDirectories(tmp.resolve("in"));
    Path bad = Files.createDirectories(input.resolve("bad"));
    for (String f : List.of("d1-investigation.txt", "b2-evaluation.txt", "notices.zip")) {
      Files.copy(TestCorpus.REPORTS.resolve(f), input.resolve(f));
    }
    Files.copy(TestCorpus.REPORTS.resolve("d1-investigation.txt"), input.resolve("d1-copy.txt")); // same report
    for (String f : List.of("empty.txt", "encrypted.pdf", "corrupt.docx", "random-bytes.bin")) {
      Files.copy(Path.of("..", "corpus", "bad", f), bad.resolve(f));
    }
    Path index = tmp.resolve("index");

    BulkLoader.Counts first = load(index, input);
    Map<String, String> status = statusByName(index);
    assertEquals("loaded", status.get("b2-evaluation.txt"));
    assertEquals("loaded", status.get("notices.zip!/f1-notice.txt"));
    assertEquals("loaded", status.get("notices.zip!/g1-notice.html"));
    // one of the two copies is the report, the other a duplicate (which one depends on the threads)
    assertEquals(List.of("duplicate", "loaded"),
        List.of(status.get("d1-copy.txt"), status.get("d1-investigation.txt")).stream().sorted().toList());
    assertEquals("empty", status.get("empty.txt"));
    assertEquals("encrypted", status.get("encrypted.pdf"));
    assertEquals("corrupt", status.get("corrupt.docx"));
    assertEquals("unsupported", status.get("random-bytes.bin"));
    assertEquals(4, first.failed.get());
    assertTrue(report(index).stream().filter(FileState::failed).allMatch(f -> f.reason() != null && !f.reason().isBlank()));
    try (ReportStore store = ReportStore.open(index)) {
      assertEquals(4, store.reports()); // d1 once, b2, and the two notices
      assertEquals(2, store.find(status.get("d1-copy.txt").equals("loaded")
          ? input.resolve("d1-copy.txt").toAbsolutePath().toString()
          : input.resolve("d1-investigation.txt").toAbsolutePath().toString()).path("paths").size());
    }

    // a rerun: unchanged files are skipped, failed ones are tried again
    load(index, input);
    Map<String, String> again = statusByName(index);
    assertEquals("unchanged", again.get("b2-evaluation.txt"));
    assertEquals("unchanged", again.get("d1-copy.txt"));
    assertEquals("unchanged", again.get("notices.zip"));
    assertEquals("corrupt", again.get("corrupt.docx"));

    // a changed file replaces its old record
    Path b2 = input.resolve("b2-evaluation.txt");
    Files.copy(TestCorpus.REPORTS.resolve("e2-evaluation.rtf"), b2, StandardCopyOption.REPLACE_EXISTING);
    Files.setLastModifiedTime(b2, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    load(index, input);
    assertEquals("loaded", statusByName(index).get("b2-evaluation.txt"));
    try (ReportStore store = ReportStore.open(index)) {
      assertEquals(4, store.reports());
      assertTrue(store.find(b2.toAbsolutePath().toString()).path("title").asText().contains("西岭区"));
    }
  }

  /**
   * A load killed after a report was committed but before its file's state was: the rerun reads the file again and
   * finds its report already held by that very path. That is the same load resumed, not a duplicate (CrashResumeTest
   * once caught this state with a real kill).
   */
  @Test
  void reportCommittedWithoutItsFileStateIsLoadedOnTheRerun(@TempDir Path tmp) throws Exception {
    Path input = Files.createDirectories(tmp.resolve("in"));
    Path file = input.resolve("d1-investigation.txt");
    Files.copy(TestCorpus.REPORTS.resolve("d1-investigation.txt"), file);
    Path index = tmp.resolve("index");
    String path = file.toAbsolutePath().normalize().toString();
    try (ReportIndex idx = ReportIndex.open(index)) {
      idx.put(new ReportBuilder().build(pool.parse(file).get(0).document()), path);
      idx.commit(Map.of());
    }
    BulkLoader.Counts counts = load(index, input);
    assertEquals("loaded", statusByName(index).get("d1-investigation.txt"), report(index).toString());
    assertEquals(0, counts.failed.get());
    try (ReportStore store = ReportStore.open(index)) {
      assertEquals(1, store.reports());
      assertEquals(1, store.find(path).path("paths").size());
    }
  }
}
