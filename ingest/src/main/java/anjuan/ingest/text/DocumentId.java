package anjuan.ingest.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of a report: SHA-256 of its normalized text with all whitespace removed, so the same report as
 * .docx and as .pdf (laid out differently) has the same id.
 */
public final class DocumentId {
  private DocumentId() {}

  public static String of(String normalizedText) {
    StringBuilder compact = new StringBuilder(normalizedText.length());
    for (int i = 0; i < normalizedText.length(); i++) {
      char c = normalizedText.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        compact.append(c);
      }
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(compact.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
