package anjuan.extract.people;

import anjuan.extract.data.Tables;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a Chinese person name looks like in a report: a surname from {@code surnames.txt} followed by a mask
 * ({@code 孙**}, {@code 卢*}, {@code 张某}, {@code 李某某}, {@code 王某甲}) or by one or two given-name characters.
 */
public final class PersonNames {
  private static final PersonNames STANDARD = new PersonNames();

  private final Set<String> single = new HashSet<>();
  private final Set<String> compound = new HashSet<>();
  private final Set<String> roles = new LinkedHashSet<>();
  private final Pattern masked;

  private PersonNames() {
    for (String word : words("surnames.txt")) {
      (word.length() == 1 ? single : compound).add(word);
    }
    roles.addAll(words("roles.txt"));
    String surnames = "(?:" + String.join("|", compound) + "|[" + String.join("", single) + "])";
    // 某某 followed by an organization or place word is an anonymized unit, not a person (某某公司, 张某某县)
    masked = Pattern.compile(surnames + "(?:\\*{1,3}|＊{1,3}|×{1,2}|某某|某[甲乙丙丁戊己庚辛]?)"
        + "(?![某公厂矿县市区镇乡村省单企店站局所队部司家])");
  }

  public static PersonNames standard() {
    return STANDARD;
  }

  /** Masked names anywhere: {@code 孙**}, {@code 卢*}, {@code 张某}, {@code 李某某}, {@code 王某甲}. */
  public Pattern maskedPattern() {
    return masked;
  }

  public boolean isMasked(String name) {
    return masked.matcher(name).matches();
  }

  public boolean startsWithSurname(String s) {
    if (s.length() >= 2 && compound.contains(s.substring(0, 2))) {
      return true;
    }
    return !s.isEmpty() && single.contains(s.substring(0, 1));
  }

  /** A plausible full name: surname plus one or two characters (two or three for a compound surname). */
  public boolean isFullName(String s) {
    if (s.isEmpty() || s.indexOf('某') >= 0 || !s.chars().allMatch(c -> c >= 0x4E00 && c <= 0x9FFF)) {
      return false;
    }
    if (s.length() >= 3 && compound.contains(s.substring(0, 2))) {
      return s.length() <= 4;
    }
    return single.contains(s.substring(0, 1)) && s.length() >= 2 && s.length() <= 3;
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
