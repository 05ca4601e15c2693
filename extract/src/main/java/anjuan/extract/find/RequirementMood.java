package anjuan.extract.find;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a requirement or proposal from a statement of fact: in {@code 各单位要…开展一次全员安全教育培训} or
 * {@code 建议召开专题会议2次} nothing has happened yet. A sentence is a requirement when a modal word from
 * {@code context.tsv} ({@code 要}, {@code 应当}, {@code 必须}, {@code 建议} …) stands before the fact (at most {@link #REACH} characters before it), unless it is part
 * of a word that only looks modal ({@code 重要}, {@code 主要}, {@code 要求}, {@code 应急} …).
 */
final class RequirementMood {
  /** How far before a fact a modal word may govern it. */
  static final int REACH = 150;

  private final Pattern words;

  RequirementMood(PatternTable context) {
    // the not-modal words come first so that, where both start, the longer harmless word wins
    this.words = Pattern.compile("(" + context.regex("not_modal") + ")|(" + context.regex("modal") + ")");
  }

  /** True when {@code text[from, to)}, or its last {@link #REACH} characters, holds a modal word. */
  boolean isRequirement(String text, int from, int to) {
    Matcher m = words.matcher(text).region(Math.max(from, to - REACH), to);
    while (m.find()) {
      if (m.group(2) != null) {
        return true;
      }
    }
    return false;
  }
}
