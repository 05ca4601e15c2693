package anjuan.cli;

import anjuan.index.ReportStore;
import anjuan.index.cases.CaseLinker;
import anjuan.index.gaps.Gap;
import anjuan.index.gaps.GapFinder;
import anjuan.index.gaps.GapKinds;
import anjuan.ingest.Json;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code anjuan gaps}: what was recommended and never implemented. */
@Command(name = "gaps", mixinStandardHelpOptions = true,
    description = {"Joins the reports of each accident and lists what was recommended and not (fully) implemented:",
        "unimplemented_measure, partial_measure, unhandled_person, weaker_than_proposed, open_hazards,",
        "count_mismatch, accountability_lag, missing_evaluation, unsupported_claim.",
        "Without --json or --csv: a summary by kind and by case, then every gap with its evidence."})
final class GapsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Option(names = "--kind", paramLabel = "K", description = "only gaps of this kind")
  String kind;

  @Option(names = "--case", paramLabel = "NAME", description = "only cases whose name contains NAME")
  String caseName;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "the date an evaluation is judged overdue against (default: today)")
  LocalDate today;

  static final class Format {
    @Option(names = "--json", description = "print the gaps as JSON") boolean json;
    @Option(names = "--csv", description = "print the gaps as CSV") boolean csv;
  }

  @ArgGroup(exclusive = true)
  Format format = new Format();

  @Override
  public Integer call() throws Exception {
    if (kind != null && !GapKinds.isKind(kind)) {
      throw new UsageException("no gap kind \"" + kind + "\"; the kinds are " + String.join(", ", GapKinds.all().keySet()));
    }
    List<Gap> gaps = new ArrayList<>();
    try (ReportStore store = Stores.open(index)) {
      GapFinder finder = new GapFinder(today != null ? today : LocalDate.now());
      for (CaseLinker.AccidentCase c : new CaseLinker().link(store.caseRefs())) {
        if (caseName != null && (c.name() == null || !c.name().contains(caseName))) {
          continue;
        }
        for (Gap g : finder.find(c, store::load)) {
          if (kind == null || g.kind().equals(kind)) {
            gaps.add(g);
          }
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.json) {
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(gaps));
    } else if (format.csv) {
      Csv csv = new Csv(out);
      csv.row("kind", "case", "case_date", "documents", "detail", "evidence");
      for (Gap g : gaps) {
        csv.row(g.kind(), g.caseName(), g.caseDate(),
            String.join(" | ", g.documents().stream().map(d -> d.kind() + ": " + d.path()).toList()), g.detail(),
            String.join(" | ", g.evidence().stream().map(e -> e.text().replace('\n', ' ')).toList()));
      }
    } else {
      summary(out, gaps);
      for (Gap g : gaps) {
        out.printf("%n[%s] %s%n  %s%n", g.kind(), g.caseName(), g.detail());
        for (Gap.Document d : g.documents()) {
          out.printf("  %s: %s%n", d.kind(), d.path());
        }
        for (Gap.Evidence e : g.evidence()) {
          out.printf("  » %s  [%d,%d)%n", Render.excerpt(e.text()), e.span().start(), e.span().end());
        }
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  private static void summary(PrintWriter out, List<Gap> gaps) {
    Map<String, Integer> byKind = new LinkedHashMap<>();
    GapKinds.all().keySet().forEach(k -> byKind.put(k, 0));
    Map<String, Integer> byCase = new LinkedHashMap<>();
    for (Gap g : gaps) {
      byKind.merge(g.kind(), 1, Integer::sum);
      byCase.merge(g.caseName() == null ? "(no case name)" : g.caseName(), 1, Integer::sum);
    }
    out.printf("%d gaps%n%nby kind%n", gaps.size());
    byKind.forEach((k, n) -> out.printf("  %-22s %4d%n", k, n));
    out.printf("%nby case%n");
    byCase.forEach((k, n) -> out.printf("  %4d  %s%n", n, k));
  }
}
