package anjuan.ingest.read;

/**
 * Tells a usable text layer from garbage. Government PDFs often embed fonts without a Unicode map: the text layer
 * then holds private-use characters, control codes, or Latin letters where the page shows Chinese.
 */
final class TextQuality {
  /** Below this many readable characters per page, a PDF is taken as scanned. */
  static final int MIN_CHARS_PER_PAGE = 20;
  /** Share of readable characters below which a text layer is garbage. */
  static final double MIN_READABLE = 0.75;
  /** A Chinese report with almost no ideographs was not extracted right. */
  static final double MIN_IDEOGRAPHS = 0.2;

  private TextQuality() {}

  static boolean tooLittleText(String text, int pages) {
    return readable(text) < (long) MIN_CHARS_PER_PAGE * Math.max(1, pages);
  }

  static boolean isGarbage(String text) {
    int visible = 0;
    int readable = 0;
    int ideographs = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      visible++;
      if (anjuan.ingest.text.CharClass.isIdeograph(c)) {
        ideographs++;
        readable++;
      } else if (isReadable(c)) {
        readable++;
      }
    }
    if (visible == 0) {
      return false;
    }
    return readable < visible * MIN_READABLE || ideographs < visible * MIN_IDEOGRAPHS;
  }

  private static long readable(String text) {
    return text.chars().filter(c -> !Character.isWhitespace(c) && isReadable((char) c)).count();
  }

  private static boolean isReadable(char c) {
    if (anjuan.ingest.text.CharClass.isCjk(c)) {
      return true;
    }
    if (c >= 0x20 && c < 0x7F) {
      return true;
    }
    if (c >= '\uFF00' && c <= '\uFFEF') {
      return true;
    }
    int type = Character.getType(c);
    return c != '\uFFFD' && type != Character.PRIVATE_USE && type != Character.CONTROL && type != Character.UNASSIGNED
        && type != Character.SURROGATE && Character.isLetterOrDigit(c);
  }
}
