package anjuan.ingest.read;

import anjuan.ingest.IngestStatus;
import java.io.EOFException;
import java.util.Locale;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;

/** Maps what a parser threw to the status the file ends in and a reason a person understands. */
final class Failures {
  record Verdict(IngestStatus status, String reason) {}

  private Failures() {}

  static Verdict classify(Throwable t, String mediaType, int maxChars) {
    if (t instanceof ReadFailure f) {
      return new Verdict(f.status(), f.getMessage());
    }
    if (t instanceof Ocr.OcrUnavailableException) {
      return new Verdict(IngestStatus.NEEDS_OCR, t.getMessage());
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      String name = c.getClass().getName();
      String msg = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
      if (c instanceof EncryptedDocumentException || name.endsWith("EncryptedDocumentException")
          || name.endsWith("InvalidPasswordException") || msg.contains("password")) {
        return new Verdict(IngestStatus.ENCRYPTED, "the file is password-protected and cannot be read without it");
      }
      if (c instanceof WriteLimitReachedException) {
        return new Verdict(IngestStatus.TOO_LARGE,
            "the text is longer than the limit of " + maxChars + " characters; nothing was loaded rather than a cut text");
      }
      if (c instanceof ZeroByteFileException) {
        return new Verdict(IngestStatus.EMPTY, "the file is empty");
      }
      if (msg.contains("zip bomb") || msg.contains("expansion") || msg.contains("compression ratio")) {
        return new Verdict(IngestStatus.TOO_LARGE, "the file expands beyond safe limits (a zip bomb?): " + c.getMessage());
      }
      if (c instanceof EOFException || msg.contains("unexpected end") || msg.contains("premature end")
          || msg.contains("truncated") || msg.contains("end of central directory") || msg.contains("eof")) {
        return new Verdict(IngestStatus.TRUNCATED, "the file ends too early (cut short?): " + c.getMessage());
      }
      if (c instanceof OutOfMemoryError) {
        return new Verdict(IngestStatus.TOO_LARGE, "reading the file ran out of memory");
      }
    }
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String detail = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    return new Verdict(IngestStatus.CORRUPT, "the file could not be read as " + mediaType + ": " + detail);
  }
}
