package anjuan.index;

/** A query that cannot run: malformed, hostile or too expensive. The message says why in plain words. */
public final class QueryException extends Exception {
  public QueryException(String message) {
    super(message);
  }

  public QueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
