package anjuan.ingest.text;

/** Character classes the normalizer and the line joiner reason about. */
public final class CharClass {
  private CharClass() {}

  /** CJK ideographs, including extension A and compatibility ideographs. */
  public static boolean isIdeograph(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF')
        || c == '〇';
  }

  /** Full-width CJK punctuation and brackets (the 。，、《》“” family). */
  public static boolean isCjkPunctuation(char c) {
    return (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF01' && c <= '\uFF0F') || (c >= '\uFF1A' && c <= '\uFF20')
        || (c >= '\uFF3B' && c <= '\uFF40') || (c >= '\uFF5B' && c <= '\uFF65') || (c >= '\u2018' && c <= '\u201F')
        || c == '…' || c == '—' || c == '·';
  }

  public static boolean isCjk(char c) {
    return isIdeograph(c) || isCjkPunctuation(c);
  }

  public static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  public static boolean isLatinLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isAsciiDigit(c);
  }

  /** Marks that end a sentence or a clause introducing what follows (a line ending in one is complete). */
  public static boolean isTerminal(char c) {
    return "。！？；：!?;:…".indexOf(c) >= 0;
  }

  /** Closing quotes and brackets that may trail a sentence's terminal mark. */
  public static boolean isCloser(char c) {
    return "”’」』）)》】〕]\"'".indexOf(c) >= 0;
  }

  /** Marks that show a line is running prose rather than a title or heading. */
  public static boolean isClausePunctuation(char c) {
    return "，、；。,;".indexOf(c) >= 0;
  }
}
