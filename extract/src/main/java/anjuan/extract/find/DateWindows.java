package anjuan.extract.find;

import java.util.ArrayList;
import java.util.List;

/**
 * The cheap pre-filter before the date pattern: where a date can start. Every date rule's match contains an anchor
 * (a 年月日号天 right after a numeral, 元 of 元月 included, or one of 同当次翌; or a separator or range dash
 * {@code .．/-—–~～至到} right after an ASCII digit), starts at most 4 chars before its first anchor
 * ({@code 二〇二〇年}) with a numeral or one of 同当次翌, and is at most 12 chars long ({@code 二〇二〇年十一月二十四日}).
 * So the pattern is tried only at such chars up to {@link #BEFORE} before an anchor, on at most {@link #LONGEST}
 * chars: a small fraction of a report's positions. A test checks this loses nothing against a whole-text scan.
 */
final class DateWindows {
  /** Chars before an anchor a match may start: 4, with a margin. */
  static final int BEFORE = 6;
  /** The longest match: 12, with a margin. */
  static final int LONGEST = 16;
  private static final String NUMERALS = "〇○零一二三四五六七八九十元";
  private static final String RELATIVE = "同当次翌";

  private DateWindows() {}

  /** Merged {@code [start, end)} ranges of positions where a match may start, in order. */
  static List<int[]> starts(String text) {
    List<int[]> out = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int i = 1; i < text.length(); i++) {
      if (!isAnchor(text.charAt(i - 1), text.charAt(i))) {
        continue;
      }
      int s = Math.max(0, i - BEFORE);
      if (s <= end) {
        end = i;
      } else {
        if (end > start) {
          out.add(new int[] {start, end});
        }
        start = s;
        end = i;
      }
    }
    if (end > start) {
      out.add(new int[] {start, end});
    }
    return out;
  }

  /** Whether a date can begin with {@code c}: a numeral or one of 同当次翌. */
  static boolean canStart(char c) {
    return isDigit(c) || NUMERALS.indexOf(c) >= 0 || RELATIVE.indexOf(c) >= 0;
  }

  private static boolean isAnchor(char before, char c) {
    switch (c) {
      case '年', '月', '日', '号', '天' -> {
        return canStart(before);
      }
      case '.', '．', '/', '-', '—', '–', '~', '～', '至', '到' -> {
        return isDigit(before);
      }
      default -> {
        return false;
      }
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
