package anjuan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import anjuan.index.BulkLoader;
import anjuan.index.FileState;
import anjuan.index.ReportStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real {@code kill -9} of a loading {@code anjuan ingest}, then a rerun: every file loaded exactly once. */
class CrashResumeTest {
  static final int FILES = 40;

  @Test
  void killedLoadResumesWithoutDuplicatesOrLosses(@TempDir Path tmp) throws Exception {
    Path input = Files.createDirectories(tmp.resolve("in"));
    String base = Files.readString(Path.of("..", "corpus", "reports", "d1-investigation.txt"));
    for (int i = 0; i < FILES; i++) {
      Files.writeString(input.resolve(String.format("report-%02d.txt", i)), "第" + i + "号\n" + base);
    }
    Path index = tmp.resolve("index");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Anjuan.class.getName(), "ingest", "--quiet", "--threads", "1",
        "--commit-every", "3", "--index", index.toString(), input.toString()));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    Path report = index.resolve(BulkLoader.REPORT_FILE);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline && child.isAlive()
        && (!Files.exists(report) || Files.readAllLines(report).size() < 8)) {
      Thread.sleep(50);
    }
    assertTrue(child.isAlive(), "the load ended before it could be killed: " + Files.readString(tmp.resolve("child.log")));
    child.destroyForcibly(); // SIGKILL: no shutdown hook, no final commit
    child.waitFor();
    int before = Files.readAllLines(report).size();
    assertTrue(before < FILES, "killed mid-load");

    // the index opens at its last commit, and the rerun completes the load
    Run rerun = Run.of("ingest", "--quiet", "--index", index.toString(), input.toString());
    assertEquals(ExitCode.OK, rerun.exit(), rerun.out() + rerun.err());
    List<FileState> rows = Files.readAllLines(report).stream().map(FileState::fromJson).toList();
    assertEquals(FILES, rows.size());
    Set<String> paths = new HashSet<>();
    for (FileState row : rows) {
      assertTrue(paths.add(row.path()), "one row per file");
      assertTrue(row.status().equals("loaded") || row.status().equals("unchanged"), row.toString());
    }
    try (ReportStore store = ReportStore.open(index)) {
      assertEquals(FILES, store.reports(), "every file loaded exactly once");
    }
  }
}
