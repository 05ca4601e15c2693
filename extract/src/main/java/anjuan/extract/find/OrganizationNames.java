package anjuan.extract.find;

import anjuan.extract.data.Tables;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognizes organization names by their last word ({@code …有限公司}, {@code …人民政府}, {@code …管理站}, from
 * {@code organizations.tsv}), without a dictionary of names: {@code 乌鲁木齐市米东区城市管理局（城市管理行政执法局）}
 * is one name, a parenthesized second name included; {@code 事故发生场所} is none.
 *
 * <p>Two questions: does a whole string name an organization ({@link #isName}), and where does the name that opens
 * a clause end ({@link #nameEnd}: {@code 县应急管理局|共检查…}). A name opening a clause is accepted only before a
 * boundary word that may start the predicate ({@code 一是}, {@code 组织}, {@code 共}, {@code 在} …), so that
 * {@code 岚溪县公安局交通警察大队组织…} yields the 大队, not the 公安局.
 */
public final class OrganizationNames {
  /** Longest name considered. */
  static final int MAX_LENGTH = 40;
  /** Characters a name keeps before its suffix when a lead-in word is cut off it. */
  private static final int MIN_NAME_BEFORE_SUFFIX = 4;

  private static final OrganizationNames STANDARD = load("organizations.tsv");

  /** Suffixes and not-names by their last character. */
  private final Map<Character, List<String>> suffixesByLast = new HashMap<>();
  private final Map<Character, List<String>> notNamesByLast = new HashMap<>();
  private final List<String> notStarts;
  private final List<String> boundaries;
  private final List<String> leadIns;

  private OrganizationNames(List<String> suffixes, List<String> notNames, List<String> notStarts,
      List<String> boundaries, List<String> leadIns) {
    this.leadIns = sortedLongestFirst(leadIns);
    index(suffixes, suffixesByLast);
    index(notNames, notNamesByLast);
    this.notStarts = sortedLongestFirst(notStarts);
    this.boundaries = sortedLongestFirst(boundaries);
  }

  public static OrganizationNames standard() {
    return STANDARD;
  }

  static OrganizationNames load(String file) {
    List<String> suffixes = new ArrayList<>();
    List<String> notNames = new ArrayList<>();
    List<String> notStarts = new ArrayList<>();
    List<String> boundaries = new ArrayList<>();
    List<String> leadIns = new ArrayList<>();
    for (String[] row : Tables.read(file, 3)) {
      switch (row[0]) {
        case "suffix" -> suffixes.add(row[1]);
        case "not_name" -> notNames.add(row[1]);
        case "not_start" -> notStarts.add(row[1]);
        case "boundary" -> boundaries.add(row[1]);
        case "lead_in" -> leadIns.add(row[1]);
        default -> throw new IllegalStateException(file + ": unknown role " + row[0]);
      }
    }
    return new OrganizationNames(suffixes, notNames, notStarts, boundaries, leadIns);
  }

  /**
   * Cuts what a name-shaped match took from the words before it ({@code 机动车所有人为重庆公路运输有限公司} → {@code
   * 重庆公路运输有限公司}): after the last lead-in word that leaves at least {@link #MIN_NAME_BEFORE_SUFFIX} characters
   * before the suffix, so that {@code 华为技术有限公司} keeps its {@code 为}.
   */
  public String withoutLeadIn(String name) {
    int suffix = suffixLength(name);
    int cut = 0;
    for (int end = 1; end < name.length(); end++) {
      for (String w : leadIns) {
        if (end >= w.length() && name.startsWith(w, end - w.length())
            && name.length() - suffix - end >= MIN_NAME_BEFORE_SUFFIX) {
          cut = end;
          break;
        }
      }
    }
    return name.substring(cut);
  }

  private int suffixLength(String name) {
    int longest = 0;
    List<String> candidates = name.isEmpty() ? null : suffixesByLast.get(name.charAt(name.length() - 1));
    if (candidates != null) {
      for (String s : candidates) {
        if (name.endsWith(s)) {
          longest = Math.max(longest, s.length());
        }
      }
    }
    return longest;
  }

  /** True when the whole of {@code s} names an organization: {@code 芦草沟乡人民政府}, not {@code 孙**}. */
  public boolean isName(CharSequence s) {
    int n = s.length();
    if (n < 2 || n > MAX_LENGTH || startsWithAny(s, 0, notStarts)) {
      return false;
    }
    int end = endOfBareName(s, n);
    for (int i = 0; i < end; i++) {
      if (!isNameChar(s.charAt(i))) {
        return false;
      }
    }
    return suffixEndsAt(s, 0, end);
  }

  /**
   * The end of the organization name that starts at {@code from} and is followed by a boundary word, the end of
   * {@code limit}, or punctuation; -1 when no name starts there.
   */
  public int nameEnd(CharSequence text, int from, int limit) {
    limit = Math.min(limit, text.length());
    if (from >= limit || startsWithAny(text, from, notStarts)) {
      return -1;
    }
    int max = Math.min(limit, from + MAX_LENGTH);
    for (int i = from + 1; i <= max; i++) {
      char c = text.charAt(i - 1);
      if (!isNameChar(c)) {
        return -1;
      }
      if (i - from < 2 || !suffixEndsAt(text, from, i)) {
        continue;
      }
      int end = withParenthesizedName(text, i, limit);
      if (end == limit || !isNameChar(text.charAt(end)) || startsWithBoundary(text, end)) {
        return end;
      }
    }
    return -1;
  }

  /** Like {@link #nameEnd} but, for headings such as {@code 鸿泰公司安全生产主体责任不落实}, falls back to the first name-like prefix. */
  public int leadingNameEnd(CharSequence text, int from, int limit) {
    int end = nameEnd(text, from, limit);
    if (end >= 0) {
      return end;
    }
    limit = Math.min(limit, text.length());
    if (from >= limit || startsWithAny(text, from, notStarts)) {
      return -1;
    }
    int max = Math.min(limit, from + MAX_LENGTH);
    for (int i = from + 2; i <= max && isNameChar(text.charAt(i - 1)); i++) {
      if (suffixEndsAt(text, from, i)) {
        return withParenthesizedName(text, i, limit);
      }
    }
    return -1;
  }

  /** True when a suffix ends at {@code end} and no not-name word does, leaving at least one character before it. */
  private boolean suffixEndsAt(CharSequence text, int from, int end) {
    List<String> candidates = suffixesByLast.get(text.charAt(end - 1));
    if (candidates == null) {
      return false;
    }
    boolean suffix = false;
    for (String s : candidates) {
      if (regionEndsWith(text, from, end, s) && (end - from > s.length() || s.length() >= 3)) {
        suffix = true;
        break;
      }
    }
    if (!suffix) {
      return false;
    }
    List<String> not = notNamesByLast.get(text.charAt(end - 1));
    if (not != null) {
      for (String s : not) {
        if (regionEndsWith(text, from, end, s)) {
          return false;
        }
      }
    }
    return true;
  }

  /** {@code …管理局（城市管理行政执法局）}: the end after a parenthesized name, else {@code end}. */
  private int withParenthesizedName(CharSequence text, int end, int limit) {
    if (end < limit && (text.charAt(end) == '（' || text.charAt(end) == '(')) {
      for (int j = end + 1; j < limit && j - end <= MAX_LENGTH; j++) {
        char c = text.charAt(j);
        if (c == '）' || c == ')') {
          return isName(text.subSequence(end + 1, j)) ? j + 1 : end;
        }
        if (!isNameChar(c)) {
          return end;
        }
      }
    }
    return end;
  }

  /** The end of {@code s} without a trailing parenthesized name. */
  private int endOfBareName(CharSequence s, int n) {
    char last = s.charAt(n - 1);
    if (last != '）' && last != ')') {
      return n;
    }
    for (int j = n - 2; j > 0; j--) {
      char c = s.charAt(j);
      if (c == '（' || c == '(') {
        return isName(s.subSequence(j + 1, n - 1)) ? j : n;
      }
    }
    return n;
  }

  /** True when a word that may open a predicate ({@code 组织}, {@code 一是}, {@code 共} …) starts at {@code at}. */
  public boolean startsWithBoundary(CharSequence text, int at) {
    return startsWithAny(text, at, boundaries);
  }

  /** True when a boundary word or a word that never opens a name starts at {@code at}. */
  public boolean startsWithNonName(CharSequence text, int at) {
    return startsWithAny(text, at, boundaries) || startsWithAny(text, at, notStarts);
  }

  private static boolean startsWithAny(CharSequence text, int at, List<String> words) {
    for (String w : words) {
      if (regionStartsWith(text, at, w)) {
        return true;
      }
    }
    return false;
  }

  /** Han characters only: no digits, Latin letters, masks or punctuation in a name. */
  static boolean isNameChar(char c) {
    return Character.isIdeographic(c) || c == '〇';
  }

  private static boolean regionEndsWith(CharSequence text, int from, int end, String s) {
    int start = end - s.length();
    if (start < from) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (text.charAt(start + i) != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  static boolean regionStartsWith(CharSequence text, int at, String s) {
    if (at < 0 || at + s.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (text.charAt(at + i) != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static void index(List<String> words, Map<Character, List<String>> byLast) {
    for (String w : sortedLongestFirst(words)) {
      byLast.computeIfAbsent(w.charAt(w.length() - 1), k -> new ArrayList<>()).add(w);
    }
  }

  private static List<String> sortedLongestFirst(List<String> words) {
    return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }
}
