package anjuan.cli;

import anjuan.index.ReportStore;
import anjuan.index.cases.CaseLinker;
import anjuan.ingest.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code anjuan cases}: reports grouped by accident. */
@Command(name = "cases", mixinStandardHelpOptions = true,
    description = {"Lists the loaded reports grouped by accident: same accident date and the same unit, place or case",
        "name, so an investigation report, its approval and its evaluation show as one case."})
final class CasesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Option(names = "--json", description = "print the cases as JSON")
  boolean json;

  @Override
  public Integer call() throws Exception {
    List<CaseLinker.AccidentCase> cases;
    try (ReportStore store = Stores.open(index)) {
      cases = new CaseLinker().link(store.caseRefs());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(cases));
    } else {
      out.printf("%d cases%n", cases.size());
      for (CaseLinker.AccidentCase c : cases) {
        out.printf("%n%s  %s%n", c.date() == null ? "(no date)" : c.date(), c.name() == null ? "(no case name)" : c.name());
        for (CaseLinker.CaseRef r : c.reports()) {
          out.printf("  %-13s %s%n  %13s %s%n", r.kind().wire(), r.title() == null ? "(untitled)" : r.title(), "", r.path());
        }
      }
    }
    out.flush();
    return ExitCode.OK;
  }
}
