package anjuan.cli;

import anjuan.cli.synth.SyntheticReports;
import anjuan.ingest.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code anjuan corpus …}: tools for test corpora. */
@Command(name = "corpus", mixinStandardHelpOptions = true, description = "Tools for test corpora.",
    subcommands = {CorpusCommand.Synth.class, CommandLine.HelpCommand.class})
final class CorpusCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code anjuan corpus synth}: synthetic reports with gold, for scale benchmarks. */
  @Command(name = "synth", mixinStandardHelpOptions = true,
      description = {"Writes N synthetic reports (investigation and evaluation reports of one accident in turn, 2k to 40k",
          "characters) with each one's gold X.expected.json, deterministically from the seed. `anjuan eval DIR` on them",
          "checks that generator and extractor agree."})
  static final class Synth implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--count", required = true, paramLabel = "N", description = "number of reports")
    int count;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write into")
    Path out;

    @Option(names = "--seed", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--formats", split = ",", paramLabel = "F",
        description = "txt, docx and/or pdf, used in turn (default: txt; pdf needs fonts-wqy-zenhei)")
    List<String> formats = List.of("txt");

    @Override
    public Integer call() throws Exception {
      for (String f : formats) {
        if (!List.of("txt", "docx", "pdf").contains(f)) {
          throw new UsageException("--formats takes txt, docx and pdf, not " + f);
        }
      }
      Files.createDirectories(out);
      SyntheticReports generator = new SyntheticReports(seed);
      long chars = 0;
      for (int i = 0; i < count; i++) {
        SyntheticReports.Sample s = generator.sample(i);
        String format = formats.get(i % formats.size());
        CorpusWriter.write(out.resolve(s.name() + "." + format), s.text(), format);
        Files.writeString(out.resolve(s.name() + ".expected.json"),
            Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(s.gold()), StandardCharsets.UTF_8);
        chars += s.text().length();
      }
      spec.commandLine().getOut().printf("%d reports, %d characters, written to %s%n", count, chars, out);
      return ExitCode.OK;
    }
  }
}
