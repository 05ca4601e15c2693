package anjuan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code anjuan} command. */
@Command(
    name = "anjuan",
    mixinStandardHelpOptions = true,
    version = "anjuan 0.1.0",
    description = "Reads Chinese production-safety accident reports, extracts facts with evidence, and makes them "
        + "searchable and auditable across cases.",
    subcommands = {IngestCommand.class, ExtractCommand.class, SearchCommand.class, GapsCommand.class, ShowCommand.class,
        ExportCommand.class, CasesCommand.class, EvalCommand.class, CorpusCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok", "1:internal error", "2:usage error or malformed query", "3:some input failed"})
public final class Anjuan implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Anjuan());
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof UsageException) {
        commandLine.getErr().println("anjuan: " + ex.getMessage());
        return ExitCode.USAGE;
      }
      commandLine.getErr().println("anjuan: internal error: " + ex);
      ex.printStackTrace(commandLine.getErr());
      return ExitCode.INTERNAL;
    });
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("anjuan: " + ex.getMessage());
      c.usage(c.getErr());
      return ExitCode.USAGE;
    });
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
