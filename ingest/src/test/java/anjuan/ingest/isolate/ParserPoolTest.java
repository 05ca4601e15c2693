package anjuan.ingest.isolate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import anjuan.ingest.IngestStatus;
import anjuan.ingest.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hang, an out-of-memory or a crash in one file is bounded and never stops the next file; small plain text is read
 * without a worker.
 */
class ParserPoolTest {
  private static final Path GOOD = Path.of("..", "corpus", "reports", "a1-investigation.docx");
  private static final Path GOOD_TEXT = Path.of("..", "corpus", "reports", "d1-investigation.txt");

  private static ParserPool pool() {
    return new ParserPool(ParserPool.Settings.defaults(1)
        .withWorkerMainClass(MisbehavingWorker.class.getName())
        .withTimeout(Duration.ofSeconds(5))
        .withHeapMegabytes(64));
  }

  private static Path file(Path dir, String name) throws IOException {
    return Files.writeString(dir.resolve(name), "事故调查报告");
  }

  @Test
  void realWorkerParsesInItsOwnProcess() throws Exception {
    try (ParserPool pool = new ParserPool(ParserPool.Settings.defaults(1))) {
      List<ParseResult> results = pool.parse(GOOD);
      assertEquals(1, results.size());
      assertEquals(IngestStatus.OK, results.get(0).status());
      assertTrue(results.get(0).document().text().contains("中毒和窒息"));
    }
  }

  @Test
  void plainTextIsReadWithoutAWorker(@TempDir Path dir) throws Exception {
    // every worker of this pool hangs on "hang": a .txt named so is read all the same, other formats are not
    Path text = Files.copy(GOOD_TEXT, dir.resolve("hang.txt"));
    Path docx = Files.copy(GOOD, dir.resolve("hang.docx"));
    try (ParserPool pool = pool()) {
      ParseResult read = pool.parse(text).get(0);
      assertEquals(IngestStatus.OK, read.status());
      assertTrue(read.document().text().contains("坍塌"));
      assertEquals(IngestStatus.TIMEOUT, pool.parse(docx).get(0).status());
    }
    try (ParserPool pool = new ParserPool(ParserPool.Settings.defaults(1)
        .withWorkerMainClass(MisbehavingWorker.class.getName())
        .withTimeout(Duration.ofSeconds(5))
        .withPlainTextBytes(100))) { // the text is larger than the bound: a worker reads it

      assertEquals(IngestStatus.TIMEOUT, pool.parse(text).get(0).status());
    }
  }

  @Test
  void aTextNamedFileThatIsNotTextGoesToAWorker(@TempDir Path dir) throws Exception {
    Path zipNamedTxt = Files.copy(GOOD, dir.resolve("hang.txt"));
    try (ParserPool pool = pool()) {
      assertEquals(IngestStatus.TIMEOUT, pool.parse(zipNamedTxt).get(0).status());
    }
  }

  @Test
  void hangEndsAsTimeoutAndTheNextFileIsRead(@TempDir Path dir) throws Exception {
    try (ParserPool pool = pool()) {
      ParseResult hang = pool.parse(file(dir, "hang.doc")).get(0);
      assertEquals(IngestStatus.TIMEOUT, hang.status());
      assertTrue(hang.reason().contains("5 s"), hang.reason());
      assertEquals(IngestStatus.OK, pool.parse(GOOD).get(0).status());
    }
  }

  @Test
  void outOfMemoryEndsAsTooLargeAndTheNextFileIsRead(@TempDir Path dir) throws Exception {
    try (ParserPool pool = pool()) {
      ParseResult hog = pool.parse(file(dir, "hog.doc")).get(0);
      assertEquals(IngestStatus.TOO_LARGE, hog.status());
      assertTrue(hog.reason().contains("64 MB"), hog.reason());
      assertEquals(IngestStatus.OK, pool.parse(GOOD).get(0).status());
    }
  }

  @Test
  void crashEndsAsCorruptAndTheNextFileIsRead(@TempDir Path dir) throws Exception {
    try (ParserPool pool = pool()) {
      ParseResult crash = pool.parse(file(dir, "crash.doc")).get(0);
      assertEquals(IngestStatus.CORRUPT, crash.status());
      assertTrue(crash.reason().contains("crashed"), crash.reason());
      assertEquals(IngestStatus.OK, pool.parse(GOOD).get(0).status());
    }
  }
}
