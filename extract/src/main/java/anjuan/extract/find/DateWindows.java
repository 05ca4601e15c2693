package anjuan.extract.find;

import java.util.ArrayList;
import java.util.List;

/**
 * The cheap pre-filter before the date pattern: stretches of text that can hold a date. Every date rule's match
 * contains an anchor (a 年月日号天 right after a numeral (元 of 元月 included) or one of 同当次翌, or a separator or range dash {@code .．/-—–~～至到}
 * right after an ASCII digit), its first anchor at most 4 chars after its start ({@code 二〇二〇年}), and is at most 12 chars long
 * ({@code 二〇二〇年十一月二十四日}). So the pattern only needs to run from {@link #BEFORE} before an anchor to
 * {@link #AFTER} after it, a fraction of the text. A test checks the windows lose nothing against a full scan.
 */
final class DateWindows {
  /** Chars before an anchor a match may start: 4, with a margin. */
  static final int BEFORE = 6;
  /** Chars after an anchor a match may end: 12, with a margin. */
  static final int AFTER = 16;
  private static final String NUMERALS = "〇○零一二三四五六七八九十元";
  private static final String RELATIVE = "同当次翌";

  private DateWindows() {}

  /** Merged {@code [start, end)} windows in order. */
  static List<int[]> of(String text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int start = -1;
    int end = -1;
    for (int i = 1; i < n; i++) {
      if (!isAnchor(text.charAt(i - 1), text.charAt(i))) {
        continue;
      }
      int s = Math.max(0, i - BEFORE);
      int e = Math.min(n, i + AFTER);
      if (s <= end) {
        end = e;
      } else {
        if (end > start) {
          out.add(new int[] {start, end});
        }
        start = s;
        end = e;
      }
    }
    if (end > start) {
      out.add(new int[] {start, end});
    }
    return out;
  }

  private static boolean isAnchor(char before, char c) {
    switch (c) {
      case '年', '月', '日', '号', '天' -> {
        return isDigit(before) || NUMERALS.indexOf(before) >= 0 || RELATIVE.indexOf(before) >= 0;
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
