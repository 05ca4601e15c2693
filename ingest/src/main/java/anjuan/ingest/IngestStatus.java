package anjuan.ingest;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The one status every input file ends in. Only {@link #OK} and {@link #OK_WITH_WARNINGS} carry a document. */
public enum IngestStatus {
  OK,
  OK_WITH_WARNINGS,
  EMPTY,
  UNSUPPORTED,
  ENCRYPTED,
  CORRUPT,
  TRUNCATED,
  TIMEOUT,
  TOO_LARGE,
  NEEDS_OCR;

  public boolean loaded() {
    return this == OK || this == OK_WITH_WARNINGS;
  }

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static IngestStatus fromWire(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
