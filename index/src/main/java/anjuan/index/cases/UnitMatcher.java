package anjuan.index.cases;

import anjuan.extract.data.Thresholds;

/**
 * Decides whether two unit names written differently name the same unit, as reports of one case do:
 * {@code 乌鲁木齐市米东区城市管理局（城市管理行政执法局）} and {@code 区城市管理局}; {@code 澄州市鸿泰化工有限公司} and
 * {@code 鸿泰公司}. Parenthesized alternative names are dropped, then the names match when their common ending covers
 * most of the shorter one (place prefixes differ, the unit's own name and type do not), or when the shorter is an
 * abbreviation of the longer (its characters in order, with the same last character: the unit type).
 *
 * <p>It stops at renamed units ({@code 安监局} → {@code 应急管理局}) and at abbreviations that drop the type word.
 */
public final class UnitMatcher {
  private static final double SUFFIX_SHARE = Thresholds.get("unit_suffix_share");
  private static final int MIN_SUFFIX = Thresholds.days("unit_min_suffix");

  private UnitMatcher() {}

  public static boolean same(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    String x = normalize(a);
    String y = normalize(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (x.equals(y)) {
      return true;
    }
    String shorter = x.length() <= y.length() ? x : y;
    String longer = shorter == x ? y : x;
    int common = commonSuffix(x, y);
    if (common >= MIN_SUFFIX && common >= shorter.length() * SUFFIX_SHARE) {
      return true;
    }
    return shorter.length() >= 4 && shorter.charAt(shorter.length() - 1) == longer.charAt(longer.length() - 1)
        && shorter.charAt(0) != longer.charAt(0) && isSubsequence(shorter, longer) && sameHead(shorter, longer);
  }

  /** The abbreviation keeps the distinctive head of the name: 鸿泰 of 澄州市鸿泰化工有限公司. */
  private static boolean sameHead(String shorter, String longer) {
    String head = shorter.substring(0, 2);
    return longer.contains(head);
  }

  static String normalize(String s) {
    return s.replaceAll("[（(][^）)]*[）)]", "").replaceAll("\\s+", "");
  }

  private static int commonSuffix(String x, String y) {
    int n = 0;
    while (n < x.length() && n < y.length() && x.charAt(x.length() - 1 - n) == y.charAt(y.length() - 1 - n)) {
      n++;
    }
    return n;
  }

  private static boolean isSubsequence(String shorter, String longer) {
    int j = 0;
    for (int i = 0; i < longer.length() && j < shorter.length(); i++) {
      if (longer.charAt(i) == shorter.charAt(j)) {
        j++;
      }
    }
    return j == shorter.length();
  }
}
