package anjuan.cli;

import anjuan.extract.ReportBuilder;
import anjuan.extract.eval.FactKeys;
import anjuan.extract.eval.Score;
import anjuan.extract.fact.Report;
import anjuan.ingest.Json;
import anjuan.ingest.ParseResult;
import anjuan.ingest.isolate.ParserPool;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code anjuan eval DIR…}: scores extraction against the gold files beside the documents. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Extracts every document in DIR that has a gold file (X.expected.json beside X.*, or beside the",
        "archive for a member X.* of an archive) and prints precision, recall and F1 per fact kind.",
        "Exit code 4 when the lowest F1 is below --min-f1."})
final class EvalCommand implements Callable<Integer> {
  static final int BELOW_THRESHOLD = 4;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "DIR", description = "folders of documents with gold files")
  List<Path> dirs;

  @Option(names = "--min-f1", paramLabel = "F1", description = "lowest acceptable F1 of any fact kind (default: ${DEFAULT-VALUE})")
  double minF1 = 0.0;

  @Option(names = "--json", description = "print the scores as JSON")
  boolean json;

  @Option(names = {"-v", "--verbose"}, description = "list every missed and invented fact")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Score score = new Score();
    ReportBuilder builder = new ReportBuilder();
    int scored = 0;
    List<String> unread = new ArrayList<>();
    try (ParserPool pool = new ParserPool(ParserPool.Settings.defaults(Math.max(1, Runtime.getRuntime().availableProcessors())))) {
      for (Path dir : dirs) {
        if (!Files.isDirectory(dir)) {
          throw new UsageException(dir + ": not a folder");
        }
        for (Path file : documents(dir)) {
          for (ParseResult r : pool.parse(file)) {
            Path gold = goldFor(file, r.path());
            if (!Files.exists(gold)) {
              continue;
            }
            if (!r.status().loaded()) {
              unread.add(r.path() + ": " + r.status().wire() + ": " + r.reason());
              JsonNode g = Json.mapper().readTree(gold.toFile());
              score.add(r.path(), FactKeys.ofGold(g), Map.of());
              continue;
            }
            Report report = builder.build(r.document());
            JsonNode g = Json.mapper().readTree(gold.toFile());
            score.add(name(r.path()), FactKeys.ofGold(g), FactKeys.ofReport(report, g));
            scored++;
          }
        }
      }
    }
    if (json) {
      ObjectNode root = Json.mapper().createObjectNode();
      root.put("documents", scored);
      root.put("min_f1", score.minF1());
      ObjectNode kinds = root.putObject("kinds");
      score.kinds().forEach((k, t) -> {
        ObjectNode n = kinds.putObject(k);
        n.put("precision", t.precision());
        n.put("recall", t.recall());
        n.put("f1", t.f1());
        n.put("tp", t.truePositives);
        n.put("fp", t.falsePositives);
        n.put("fn", t.falseNegatives);
        if (verbose) {
          n.putPOJO("missed", t.missed);
          n.putPOJO("invented", t.invented);
        }
      });
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
    } else {
      out.printf("%d documents scored%n%n", scored);
      out.printf("%-22s %9s %9s %9s %6s %6s %6s%n", "fact kind", "precision", "recall", "F1", "tp", "fp", "fn");
      score.kinds().forEach((k, t) -> out.printf("%-22s %9.3f %9.3f %9.3f %6d %6d %6d%n", k, t.precision(), t.recall(),
          t.f1(), t.truePositives, t.falsePositives, t.falseNegatives));
      out.printf("%nlowest F1: %.3f%n", score.minF1());
      if (verbose) {
        score.kinds().forEach((k, t) -> {
          t.missed.forEach(m -> out.println("  missed   " + k + "  " + m));
          t.invented.forEach(m -> out.println("  invented " + k + "  " + m));
        });
      }
    }
    unread.forEach(u -> spec.commandLine().getErr().println("anjuan: " + u));
    out.flush();
    return score.minF1() < minF1 ? BELOW_THRESHOLD : unread.isEmpty() ? ExitCode.OK : ExitCode.INPUT_FAILED;
  }

  private static List<Path> documents(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().endsWith(".json"))
          .sorted()
          .toList();
    }
  }

  /** {@code a/b.pdf} → {@code a/b.expected.json}; {@code a/z.zip!/m.txt} → {@code a/m.expected.json}. */
  static Path goldFor(Path file, String resultPath) {
    String member = name(resultPath);
    int dot = member.lastIndexOf('.');
    String base = dot > 0 ? member.substring(0, dot) : member;
    Path parent = file.toAbsolutePath().getParent();
    return parent.resolve(base + ".expected.json");
  }

  private static String name(String path) {
    int bang = path.lastIndexOf("!/");
    String tail = bang >= 0 ? path.substring(bang + 2) : path;
    return Path.of(tail).getFileName().toString();
  }
}
