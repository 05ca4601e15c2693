package anjuan.ingest.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Decodes the bytes of a text or HTML file. Reports in China come in UTF-8 (with or without BOM), UTF-16 with BOM
 * and GBK/GB18030 without any mark; statistical detection alone misreads short GBK files (as Big5 or Latin-1), so
 * strict decoding decides first and Tika's {@link CharsetDetector} only settles what strict decoding cannot.
 */
public final class EncodingGuess {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset GB2312 = Charset.forName("GB2312");

  /** The decoded text, the encoding's name, and warnings when the guess is uncertain or bytes were replaced. */
  public record Decoded(String text, String encoding, List<String> warnings) {}

  private EncodingGuess() {}

  /**
   * @param declared an encoding the file itself declares (an HTML {@code <meta charset>}), trusted only when the
   *     bytes decode cleanly in it and not in UTF-8
   */
  public static Decoded decode(byte[] bytes, String declared) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return lenient(bytes, 3, StandardCharsets.UTF_8, "UTF-8");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return lenient(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return lenient(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
    }
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, "UTF-8", List.of());
    }
    Charset utf16 = utf16WithoutBom(bytes);
    if (utf16 != null) {
      return lenient(bytes, 0, utf16, utf16.name());
    }
    if (declared != null && Charset.isSupported(declared)) {
      Charset cs = Charset.forName(declared);
      String text = strict(bytes, cs);
      if (text != null && !cs.equals(StandardCharsets.ISO_8859_1)) {
        return new Decoded(text, isGb(cs) ? "GB18030" : cs.name(), List.of());
      }
    }
    String gb = strict(bytes, GB18030);
    if (gb != null && mostlySimplifiedChinese(gb)) {
      return new Decoded(gb, "GB18030", List.of());
    }
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch match = detector.detect();
    Charset guessed = match != null && Charset.isSupported(match.getName()) ? Charset.forName(match.getName()) : GB18030;
    Decoded d = lenient(bytes, 0, guessed, guessed.name());
    List<String> warnings = new ArrayList<>(d.warnings());
    warnings.add("encoding uncertain: read as " + guessed.name()
        + (match != null ? " (detector confidence " + match.getConfidence() + "%)" : ""));
    return new Decoded(d.text(), d.encoding(), warnings);
  }

  private static boolean isGb(Charset cs) {
    String n = cs.name().toUpperCase();
    return n.equals("GBK") || n.equals("GB2312") || n.equals("GB18030") || n.equals("X-EUC-CN");
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String strict(byte[] bytes, Charset cs) {
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Decoded lenient(byte[] bytes, int offset, Charset cs, String name) {
    String text = new String(bytes, offset, bytes.length - offset, cs);
    int replaced = (int) text.chars().filter(c -> c == '\uFFFD').count();
    List<String> warnings = replaced == 0 ? List.of()
        : List.of(replaced + " byte sequences could not be decoded as " + name + " and were replaced by \uFFFD");
    return new Decoded(text, name, warnings);
  }

  /** UTF-16 without a byte-order mark shows as a zero byte in every other position of ASCII text. */
  private static Charset utf16WithoutBom(byte[] bytes) {
    int n = Math.min(bytes.length & ~1, 4096);
    if (n < 4) {
      return null;
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < n; i += 2) {
      evenZero += bytes[i] == 0 ? 1 : 0;
      oddZero += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (oddZero > pairs * 0.3 && evenZero == 0) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZero > pairs * 0.3 && oddZero == 0) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** Text decoded from GB bytes is Chinese; Big5 or Shift_JIS bytes decoded as GB give rare characters. */
  private static boolean mostlySimplifiedChinese(String text) {
    CharsetEncoder gb2312 = GB2312.newEncoder();
    int nonAscii = 0;
    int common = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        continue;
      }
      nonAscii++;
      if (gb2312.canEncode(c)) {
        common++;
      }
    }
    return nonAscii == 0 || common >= nonAscii * 0.9;
  }
}
