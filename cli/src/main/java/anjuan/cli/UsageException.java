package anjuan.cli;

/** Bad arguments found while running a command (a malformed query, a missing index): exit code 2. */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
