package anjuan.cli;

import anjuan.cli.bench.Bench;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code anjuan bench}: throughput, latency and memory against plain Lucene, in one run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measures, on N synthetic reports and the same texts: plain Lucene indexing with SmartChineseAnalyzer",
        "(one field, same threads) as the baseline; anjuan's full ingest (parse in workers, extract, index, commit);",
        "their ratio, chars/s and docs/s, peak heap and RSS; extraction alone per fact kind; and search latency",
        "p50/p95/p99 for free text, articles, articles with filters, and facets. Prints a table, writes JSON."})
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--count", paramLabel = "N", description = "reports (default: ${DEFAULT-VALUE})")
  int count = 1000;

  @Option(names = "--threads", paramLabel = "T", description = "threads and parse workers (default: number of cores)")
  Integer threads;

  @Option(names = "--seed", description = "synthetic corpus seed (default: ${DEFAULT-VALUE})")
  long seed = 1;

  @Option(names = "--formats", split = ",", description = "formats of the reports ingest reads: txt, docx, pdf (default: txt)")
  List<String> formats = List.of("txt");

  @Option(names = "--work", paramLabel = "DIR", description = "working folder; the corpus is kept and reused (default: ${DEFAULT-VALUE})")
  Path work = Path.of("anjuan-bench");

  @Option(names = "--json", paramLabel = "FILE", description = "where to write the results (default: WORK/bench-N.json)")
  Path json;

  @Option(names = "--queries", paramLabel = "Q", description = "timed queries per kind (default: ${DEFAULT-VALUE})")
  int queries = 300;

  @Override
  public Integer call() throws Exception {
    if (count < 2) {
      throw new UsageException("--count must be at least 2");
    }
    int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    Bench.Result result = new Bench(work, count, seed, formats, t, queries, spec.commandLine().getErr()).run();
    Path out = json != null ? json : work.resolve("bench-" + count + ".json");
    result.write(out);
    result.print(spec.commandLine().getOut());
    spec.commandLine().getOut().println("results: " + out);
    return ExitCode.OK;
  }
}
