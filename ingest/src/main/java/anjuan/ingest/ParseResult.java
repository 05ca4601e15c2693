package anjuan.ingest;

/**
 * How one input (a file, or one member of an archive) ended.
 *
 * @param reason a sentence a person understands; null when the status is {@code ok}
 * @param document present exactly when {@code status.loaded()}
 */
public record ParseResult(String path, long bytes, IngestStatus status, String reason, ParsedDocument document) {
  public ParseResult {
    if (status.loaded() != (document != null)) {
      throw new IllegalArgumentException(status + " with document=" + (document != null));
    }
  }

  public static ParseResult failed(String path, long bytes, IngestStatus status, String reason) {
    return new ParseResult(path, bytes, status, reason, null);
  }
}
