package anjuan.extract.find;

import anjuan.extract.number.ChineseNumerals;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads the numbers of a match: {@code 六十五} → 65, {@code 1,896} → 1896, and whether a qualifier from
 * {@code counts.tsv} makes one approximate (约/近 before it, 余/多 after it, 左右/以上 after its unit).
 */
final class CountReader {
  /** A number and whether it is approximate. */
  record Count(int value, boolean approximate) {}

  private final List<String> before;
  private final List<String> after;
  private final List<String> tail;

  CountReader(PatternTable table) {
    this.before = table.values("approx_before");
    this.after = table.values("approx_after");
    this.tail = table.values("approx_tail");
  }

  /**
   * The count in group {@code group} of {@code m}, or null when the group did not take part or holds no integer.
   *
   * @param unitEnd where the unit after the number ends, to look for 左右 / 以上 there; -1 when there is none
   */
  Count read(Matcher m, String group, String text, int unitEnd) {
    int start = m.start(group);
    if (start < 0) {
      return null;
    }
    Integer value = ChineseNumerals.parseInt(m.group(group));
    if (value == null) {
      return null;
    }
    int end = m.end(group);
    boolean approximate = endsWithAny(text, start, before) || startsWithAny(text, end, after)
        || (unitEnd >= 0 && startsWithAny(text, unitEnd, tail));
    return new Count(value, approximate);
  }

  private static boolean endsWithAny(String text, int at, List<String> words) {
    for (String w : words) {
      if (at >= w.length() && text.startsWith(w, at - w.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(String text, int at, List<String> words) {
    for (String w : words) {
      if (text.startsWith(w, at)) {
        return true;
      }
    }
    return false;
  }
}
