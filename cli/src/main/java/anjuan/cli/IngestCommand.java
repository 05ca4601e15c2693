package anjuan.cli;

import anjuan.extract.ReportBuilder;
import anjuan.index.BulkLoader;
import anjuan.index.FileState;
import anjuan.index.ReportIndex;
import anjuan.ingest.isolate.ParserPool;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code anjuan ingest PATH…}: the bulk load. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Loads every file under the given folders (and files) into the index, on all cores.",
        "Each file ends in one row of INDEX/ingest-report.jsonl: loaded, duplicate (same report as another file),",
        "unchanged (same path, size, time and hash as the last load: skipped) or failed with its reason.",
        "A rerun loads only new or changed files; an interrupted load resumes where its last commit stood.",
        "Exit code 0 when every file was loaded, duplicate or unchanged; 3 when some failed."})
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "folders or files to load")
  List<Path> paths;

  @Option(names = "--threads", paramLabel = "N", description = "parse workers, one per core (default: number of cores)")
  Integer threads;

  @Option(names = "--commit-every", paramLabel = "FILES", description = "commit after this many files (default: ${DEFAULT-VALUE})")
  int commitEvery = 500;

  @Option(names = "--quiet", description = "no progress display")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new UsageException(p + ": no such file or folder");
      }
    }
    Path dir = index.dir();
    int n = threads != null ? threads : BulkLoader.Options.defaults().threads();
    BulkLoader.Counts counts;
    BulkLoader.Progress progress = quiet ? c -> {} : new ProgressLine(err, System.console() != null);
    try (ReportIndex idx = ReportIndex.open(dir);
        ParserPool pool = new ParserPool(ParserPool.Settings.defaults(n))) {
      // twice as many loading threads as workers: while one waits for its file to be parsed, another extracts and indexes
      BulkLoader loader = new BulkLoader(idx, dir, pool, new ReportBuilder(), new BulkLoader.Options(2 * n, commitEvery, 30));
      counts = loader.load(paths, dir, progress);
    }
    Map<String, Long> by = counts.byStatus();
    long ok = by.getOrDefault("loaded", 0L) + by.getOrDefault("duplicate", 0L) + by.getOrDefault("unchanged", 0L);
    out.printf("%d files: %d loaded, %d duplicate, %d unchanged, %d failed%n", counts.total.get(),
        by.getOrDefault("loaded", 0L), by.getOrDefault("duplicate", 0L), by.getOrDefault("unchanged", 0L),
        counts.failed.get());
    by.forEach((status, count) -> {
      if (!List.of("loaded", "duplicate", "unchanged").contains(status)) {
        out.printf("  %-16s %d%n", status, count);
      }
    });
    for (FileState f : counts.failures) {
      err.println("anjuan: " + f.path() + ": " + f.status() + ": " + f.reason());
    }
    out.println("report: " + dir.resolve(BulkLoader.REPORT_FILE));
    out.flush();
    return counts.failed.get() > 0 ? ExitCode.INPUT_FAILED : ExitCode.OK;
  }
}
