package anjuan.cli;

import anjuan.extract.ReportBuilder;
import anjuan.extract.fact.Report;
import anjuan.ingest.Json;
import anjuan.ingest.ParseResult;
import anjuan.ingest.isolate.ParserPool;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code anjuan extract FILE…}: the record of each file, without touching any index. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Reads each file and prints its anjuan.report/1 record (one JSON object per line with --json).",
        "A file that cannot be read is named on stderr with its status and reason, and the exit code is 3."})
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "report files (an archive gives one record per member)")
  List<Path> files;

  @Option(names = "--json", description = "print records as JSON, one per line")
  boolean json;

  @Option(names = "--pretty", description = "indent the JSON")
  boolean pretty;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReportBuilder builder = new ReportBuilder();
    ObjectWriter writer = pretty ? Json.mapper().writerWithDefaultPrettyPrinter() : Json.mapper().writer();
    boolean failed = false;
    try (ParserPool pool = new ParserPool(ParserPool.Settings.defaults(1))) {
      for (Path file : files) {
        if (!Files.exists(file)) {
          err.println("anjuan: " + file + ": no such file");
          failed = true;
          continue;
        }
        for (ParseResult result : pool.parse(file)) {
          if (!result.status().loaded()) {
            err.println("anjuan: " + result.path() + ": " + result.status().wire() + ": " + result.reason());
            failed = true;
            continue;
          }
          Report report = builder.build(result.document());
          if (json) {
            out.println(writer.writeValueAsString(report));
          } else {
            Render.report(out, report);
          }
          if (result.reason() != null) {
            err.println("anjuan: " + result.path() + ": " + result.status().wire() + ": " + result.reason());
          }
        }
      }
    }
    out.flush();
    return failed ? ExitCode.INPUT_FAILED : ExitCode.OK;
  }
}
