package anjuan.extract.find;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edition year of a law as reports write it: before the title ({@code 2018年《…》}), as its trailing parenthetical
 * ({@code 《…（2021年修正）》}) or in a parenthetical right after it ({@code 《…》（2018年修订）}). A year in an order
 * number ({@code （交通部2016年第36号令）}) is not an edition.
 */
final class Edition {
  private static final String YEAR = "((?:19|20)\\d\\d)";
  /** The whole content of an edition parenthetical. */
  private static final Pattern CONTENT = Pattern.compile(
      YEAR + "\\s*年?\\s*(?:版|修订|修正|修改|修订版|修正版)?"
          + "|" + YEAR + "\\s*年[^（）()《》\\n]{0,50}(?:修订|修正|修改|施行|公布|发布|颁布)");
  /** A trailing parenthetical of a title. */
  private static final Pattern TRAILING = Pattern.compile("[（(]\\s*([^（）()]{1,60})\\s*[）)]\\s*$");
  /** Right before a title: {@code 2018年}, {@code 2018年版}, {@code 2018年修订的}. */
  private static final Pattern BEFORE = Pattern.compile("(?<![0-9])" + YEAR + "\\s*年(?:版|修订|修正)?的?\\s*$");
  private static final int BEFORE_WINDOW = 12;

  private Edition() {}

  /** The year when {@code content} (without its brackets) is an edition note, else null. */
  static String of(String content) {
    Matcher m = CONTENT.matcher(content.strip());
    if (!m.matches()) {
      return null;
    }
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  /** The year of a trailing edition parenthetical of {@code title}, else null. */
  static String trailing(String title) {
    Matcher m = TRAILING.matcher(title);
    return m.find() ? of(m.group(1)) : null;
  }

  /** {@code title} without a trailing edition parenthetical. */
  static String stripTrailing(String title) {
    Matcher m = TRAILING.matcher(title);
    if (m.find() && of(m.group(1)) != null) {
      return title.substring(0, m.start()).strip();
    }
    return title;
  }

  /** The year written right before offset {@code titleStart} ({@code 2018年《…}), else null. */
  static String before(CharSequence text, int titleStart) {
    int from = Math.max(0, titleStart - BEFORE_WINDOW);
    Matcher m = BEFORE.matcher(text.subSequence(from, titleStart));
    return m.find() ? m.group(1) : null;
  }
}
