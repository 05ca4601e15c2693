package anjuan.cli;

import anjuan.index.ReportStore;
import anjuan.ingest.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code anjuan show ID|PATH}: one loaded record. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Prints the record of a loaded report, by id or by the path it was loaded from: facts grouped, "
        + "each with its evidence.")
final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Parameters(paramLabel = "ID|PATH", description = "the report's id or a path it was loaded from")
  String key;

  @Option(names = "--json", description = "print the anjuan.report/1 record as JSON")
  boolean json;

  @Override
  public Integer call() throws Exception {
    ObjectNode record;
    try (ReportStore store = Stores.open(index)) {
      record = store.find(key);
    }
    if (record == null) {
      spec.commandLine().getErr().println("anjuan: no loaded report has id or path " + key);
      return ExitCode.INPUT_FAILED;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(record));
    } else {
      Render.record(out, record);
    }
    out.flush();
    return ExitCode.OK;
  }
}
