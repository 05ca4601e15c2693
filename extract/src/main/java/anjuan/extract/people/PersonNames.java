package anjuan.extract.people;

import anjuan.extract.data.Tables;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import anjuan.ingest.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * What a Chinese person name looks like in a report: a surname from {@code surnames.txt} followed by a mask
 * ({@code 孙**}, {@code 卢*}, {@code 张某}, {@code 李某某}, {@code 王某甲}) or by one or two given-name characters.
 */
public final class PersonNames {
  private static final PersonNames STANDARD = new PersonNames();

  private final Set<String> single = new HashSet<>();
  private final Set<String> compound = new HashSet<>();
  private final Set<String> roles = new LinkedHashSet<>();
  private final Set<String> notNames = new HashSet<>();
  /** Fast tests over every character of a text: can it start a surname, can it end a role word. */
  private final boolean[] surnameStart = new boolean[Character.MAX_VALUE + 1];
  private final boolean[] roleEnd = new boolean[Character.MAX_VALUE + 1];
  /** Characters that cannot follow a masked name: 某某公司, 张某某县 are anonymized units and places. */
  private static final String NOT_AFTER_MASK = "某公厂矿县市区镇乡村省单企店站局所队部司家";
  private static final String MASK_SUFFIX = "甲乙丙丁戊己庚辛";

  private PersonNames() {
    for (String word : words("surnames.txt")) {
      (word.length() == 1 ? single : compound).add(word);
    }
    roles.addAll(words("roles.txt"));
    notNames.addAll(words("not-names.txt"));
    single.forEach(x -> surnameStart[x.charAt(0)] = true);
    compound.forEach(x -> surnameStart[x.charAt(0)] = true);
    roles.forEach(r -> roleEnd[r.charAt(r.length() - 1)] = true);
  }

  /** A role word may end just before {@code i} and a surname begin at it: two array lookups, for every character. */
  public boolean roleThenSurname(String text, int i) {
    return surnameStart[text.charAt(i)] && roleEnd[text.charAt(i - 1)];
  }

  /** A surname may begin at {@code i}: cheap enough to ask of every character. */
  public boolean surnameAt(String text, int i) {
    return i < text.length() && surnameStart[text.charAt(i)] && startsWithSurname(text.substring(i, Math.min(text.length(), i + 2)));
  }

  public static PersonNames standard() {
    return STANDARD;
  }

  /**
   * Masked names anywhere: {@code 孙**}, {@code 卢*}, {@code 张某}, {@code 李某某}, {@code 王某甲}. A scan for the mask
   * characters, then a look at the surname before them (a regex class of 400 surnames is 400 tests a character).
   */
  public List<Span> maskedNames(String text) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '*' && c != '＊' && c != '×' && c != '某') {
        i++;
        continue;
      }
      int maskEnd = maskEnd(text, i);
      int surname = surnameBefore(text, i);
      if (maskEnd > i && surname >= 0 && (maskEnd == text.length() || NOT_AFTER_MASK.indexOf(text.charAt(maskEnd)) < 0)
          && !inWord(text, surname) && !measure(text, surname, maskEnd)) {
        out.add(new Span(surname, maskEnd));
      }
      i = Math.max(maskEnd, i + 1);
    }
    return out;
  }

  /** Words ending in a surname character: 单位某化肥厂 is no 位某. */
  private static final java.util.Set<String> WORDS_ENDING_IN_SURNAME = java.util.Set.of(
      "单位", "岗位", "部位", "每位", "各位", "地位", "方位", "到位", "点位", "车位", "哪位", "诸位", "席位", "学位", "职位",
      "某某", "其余", "多余", "业余", "公安", "平安", "全安", "同时", "及时", "按时", "当时", "临时", "暂时", "准时",
      "中国", "全国", "某国", "新华", "中华", "年初", "月初", "最初", "当初", "起初");

  /** 70米×12米, 43厘米×45厘米: × between quantities is multiplication. */
  private static boolean measure(String text, int surname, int maskEnd) {
    boolean digitBefore = surname > 0 && Character.isDigit(text.charAt(surname - 1));
    boolean digitAfter = maskEnd < text.length() && Character.isDigit(text.charAt(maskEnd));
    return digitBefore || digitAfter;
  }

  private static boolean inWord(String text, int surname) {
    return surname > 0 && WORDS_ENDING_IN_SURNAME.contains(text.substring(surname - 1, surname + 1));
  }

  /** The end of the mask starting at {@code i}: ** (up to three), ××, 某某, or 某 with an optional 甲乙丙. */
  private static int maskEnd(String text, int i) {
    char c = text.charAt(i);
    int j = i;
    if (c == '某') {
      j++;
      if (j < text.length() && (text.charAt(j) == '某' || MASK_SUFFIX.indexOf(text.charAt(j)) >= 0)) {
        j++;
      }
      return j;
    }
    int max = c == '×' ? 2 : 3;
    while (j < text.length() && text.charAt(j) == c && j - i < max) {
      j++;
    }
    return j;
  }

  /** The start of the surname right before {@code i}, preferring a compound surname; -1 when there is none. */
  private int surnameBefore(String text, int i) {
    if (i >= 2 && compound.contains(text.substring(i - 2, i))) {
      return i - 2;
    }
    return i >= 1 && single.contains(text.substring(i - 1, i)) ? i - 1 : -1;
  }

  public boolean isMasked(String name) {
    List<Span> found = maskedNames(name);
    return found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == name.length();
  }

  public boolean startsWithSurname(String s) {
    if (s.length() >= 2 && compound.contains(s.substring(0, 2))) {
      return true;
    }
    return !s.isEmpty() && single.contains(s.substring(0, 1));
  }

  /** A plausible full name: surname plus one or two characters (two or three for a compound surname). */
  public boolean isFullName(String s) {
    if (s.isEmpty() || s.indexOf('某') >= 0 || !s.chars().allMatch(c -> c >= 0x4E00 && c <= 0x9FFF)
        || notNames.contains(s)) {
      return false;
    }
    if (s.length() >= 3 && compound.contains(s.substring(0, 2))) {
      return s.length() <= 4;
    }
    return single.contains(s.substring(0, 1)) && s.length() >= 2 && s.length() <= 3;
  }

  /** A word that looks like a name and is not one ({@code not-names.txt}). */
  public boolean isNotName(String s) {
    return notNames.contains(s);
  }

  public boolean isName(String s) {
    return isMasked(s) || isFullName(s);
  }

  /** Job titles that stand before a name ({@code 局长卢*}). */
  public Set<String> roles() {
    return roles;
  }

  /** The role word ending exactly at {@code end} in {@code text}, longest first, or null. */
  public String roleEndingAt(String text, int end) {
    if (end < 2 || !roleEnd[text.charAt(end - 1)]) {
      return null;
    }
    String best = null;
    for (int len = 2; len <= 7 && len <= end; len++) {
      String w = text.substring(end - len, end);
      if (roles.contains(w)) {
        best = w;
      }
    }
    return best;
  }

  private static Set<String> words(String resource) {
    Set<String> out = new LinkedHashSet<>();
    try (InputStream in = Tables.class.getResourceAsStream("/anjuan/extract/" + resource)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("#")) {
          continue;
        }
        for (String w : line.strip().split("\\s+")) {
          if (!w.isEmpty()) {
            out.add(w);
          }
        }
      }
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("cannot read data file " + resource, e);
    }
    return out;
  }
}
