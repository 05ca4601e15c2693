package anjuan.cli;

/** The exit codes of every command. */
public final class ExitCode {
  public static final int OK = 0;
  /** A bug or an environment problem: the message says which. */
  public static final int INTERNAL = 1;
  /** The command line or a query was malformed. */
  public static final int USAGE = 2;
  /** Some input could not be read; the others were processed. */
  public static final int INPUT_FAILED = 3;

  private ExitCode() {}
}
