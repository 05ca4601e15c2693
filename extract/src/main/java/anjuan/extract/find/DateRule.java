package anjuan.extract.find;

import anjuan.extract.find.DateMention.Precision;
import java.util.regex.Pattern;

/**
 * One row of {@code dates.tsv}: a pattern with its fragments expanded, what it yields, and the example that proves it.
 *
 * @param regex the expanded pattern with groups {@code y}, {@code m}, {@code d}
 * @param shift days from the preceding day for relative days, else null
 */
public record DateRule(String name, String regex, Precision precision, Integer shift, Example example) {

  /** A sentence the rule must find {@code text} in, resolving to {@code value}. */
  public record Example(String sentence, String text, String value, boolean inferred) {}

  /** The rule alone, for checking its example. */
  public Pattern pattern() {
    return Pattern.compile(regex);
  }

  public boolean has(char group) {
    return regex.contains("(?<" + group + ">");
  }
}
