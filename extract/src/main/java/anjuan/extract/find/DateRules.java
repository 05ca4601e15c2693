package anjuan.extract.find;

import anjuan.extract.data.Tables;
import anjuan.extract.find.DateMention.Precision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of {@code dates.tsv} composed into one pattern, so each candidate position is tried once: the gate
 * fragment {@code start} rejects a position after a char or two, then the rules are tried in file order as
 * alternatives and the first that matches wins. Immutable and thread-safe.
 */
public final class DateRules {
  private static final Pattern REFERENCE = Pattern.compile("\\{([A-Za-z]\\w*)\\}");
  private static final Pattern GROUP = Pattern.compile("\\(\\?<([ymd])>");
  private static final String GATE = "start";
  private static final DateRules STANDARD = parse(Tables.read("dates.tsv", 9));

  /** A row of the negative corpus: {@code sentence} yields no date overlapping {@code forbidden}. */
  public record Negative(String name, String sentence, String forbidden) {}

  private final List<DateRule> rules;
  private final List<Negative> negatives;
  private final Pattern combined;
  /** Per rule, the number of its group inside {@link #combined}. */
  private final int[] ruleGroups;
  /** Per rule, the numbers of its y, m, d groups inside {@link #combined}, -1 when absent. */
  private final int[][] partGroups;

  private DateRules(List<DateRule> rules, List<Negative> negatives, String gate) {
    this.rules = List.copyOf(rules);
    this.negatives = List.copyOf(negatives);
    this.ruleGroups = new int[rules.size()];
    this.partGroups = new int[rules.size()][];
    // Group numbers, not names: a lookup by number is an array read, and names could not repeat across rules.
    StringBuilder alternatives = new StringBuilder();
    int group = 1;
    for (int i = 0; i < rules.size(); i++) {
      DateRule rule = rules.get(i);
      int[] parts = {-1, -1, -1};
      int count = 0;
      Matcher named = GROUP.matcher(rule.regex());
      while (named.find()) {
        parts["ymd".indexOf(named.group(1))] = group + 1 + count++;
      }
      if (rule.pattern().matcher("").groupCount() != count) {
        throw new IllegalStateException("rule " + rule.name() + " captures more than y, m, d; write (?:…)");
      }
      ruleGroups[i] = group;
      partGroups[i] = parts;
      alternatives.append(i == 0 ? "(" : "|(").append(GROUP.matcher(rule.regex()).replaceAll("(")).append(')');
      group += 1 + count;
    }
    this.combined = Pattern.compile("(?=" + gate + ")(?:" + alternatives + ")");
  }

  /** The rules shipped in {@code anjuan/extract/dates.tsv}. */
  public static DateRules standard() {
    return STANDARD;
  }

  /** Rules from rows of the {@code dates.tsv} layout (see its header). */
  public static DateRules parse(List<String[]> rows) {
    Map<String, String> fragments = new HashMap<>();
    List<DateRule> rules = new ArrayList<>();
    List<Negative> negatives = new ArrayList<>();
    for (String[] row : rows) {
      switch (row[0]) {
        case "frag" -> fragments.put(row[1], expand(row[2], fragments));
        case "rule" -> rules.add(new DateRule(row[1], expand(row[2], fragments), Precision.of(row[3]),
            row[4].equals("-") || row[4].isEmpty() ? null : Integer.valueOf(row[4]),
            new DateRule.Example(row[5], row[6], row[7], row[8].equals("yes"))));
        case "not" -> negatives.add(new Negative(row[1], row[2], row[3]));
        default -> throw new IllegalStateException("unknown row kind in dates.tsv: " + row[0]);
      }
    }
    String gate = fragments.get(GATE);
    if (gate == null) {
      throw new IllegalStateException("dates.tsv lacks the fragment " + GATE);
    }
    return new DateRules(rules, negatives, gate);
  }

  /** Replaces every {@code {name}} with its fragment in a non-capturing group; {@code {1,3}} is left alone. */
  private static String expand(String regex, Map<String, String> fragments) {
    Matcher m = REFERENCE.matcher(regex);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String fragment = fragments.get(m.group(1));
      if (fragment == null) {
        throw new IllegalStateException("unknown fragment {" + m.group(1) + "} in dates.tsv");
      }
      m.appendReplacement(out, Matcher.quoteReplacement("(?:" + fragment + ")"));
    }
    m.appendTail(out);
    return out.toString();
  }

  public List<DateRule> rules() {
    return rules;
  }

  public List<Negative> negatives() {
    return negatives;
  }

  Pattern combined() {
    return combined;
  }

  /** The index of the rule that made the current match of {@link #combined}. */
  int ruleOf(Matcher m) {
    for (int i = 0; i < ruleGroups.length; i++) {
      if (m.start(ruleGroups[i]) >= 0) {
        return i;
      }
    }
    throw new IllegalStateException("match without a rule");
  }

  /** The text of group {@code y} (0), {@code m} (1) or {@code d} (2) of rule {@code i}, or null. */
  String part(Matcher m, int rule, int part) {
    int group = partGroups[rule][part];
    return group < 0 ? null : m.group(group);
  }
}
