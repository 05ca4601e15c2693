package anjuan.extract.sanction;

import anjuan.extract.data.Tables;
import anjuan.ingest.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The action vocabulary of {@code sanctions.tsv}: finds the handling actions written in a passage
 * ({@code 给予党内严重警告、政务降级处分} holds 党内严重警告 and 降级) and orders them by severity.
 */
public final class ActionVocabulary {
  /** An action found in text. */
  public record Mention(Action action, Span span) {}

  private record Rule(Action action, Pattern pattern, String example) {}

  private static final ActionVocabulary DEFAULT = new ActionVocabulary();

  private final Map<String, Action> actions = new LinkedHashMap<>();
  private final List<Rule> rules = new ArrayList<>();

  private ActionVocabulary() {
    for (String[] row : Tables.read("sanctions.tsv", 5)) {
      Action a = new Action(row[0], row[1], Integer.parseInt(row[2]));
      actions.put(a.name(), a);
      rules.add(new Rule(a, Pattern.compile(row[3]), row[4]));
    }
  }

  public static ActionVocabulary standard() {
    return DEFAULT;
  }

  public Action action(String name) {
    return actions.get(name);
  }

  public List<Action> all() {
    return List.copyOf(actions.values());
  }

  /** Every (action, example) pair of the data file, for the test that each example is found. */
  public List<String[]> examples() {
    return rules.stream().map(r -> new String[] {r.action.name(), r.example}).toList();
  }

  /**
   * The actions written in {@code text} from {@code start} to {@code end}, in text order, without overlaps (the
   * longer match wins: 党内严重警告 over 警告). Titles in 《》 are skipped: 《生产安全事故罚款处罚规定》 is no fine.
   */
  public List<Mention> find(String text, int start, int end) {
    boolean[] inTitle = titleMask(text, start, end);
    List<Mention> found = new ArrayList<>();
    for (Rule rule : rules) {
      Matcher m = rule.pattern.matcher(text).region(start, end);
      while (m.find()) {
        if (m.end() == m.start() || inTitle[m.start() - start]) {
          continue;
        }
        found.add(new Mention(rule.action, new Span(m.start(), m.end())));
      }
    }
    found.sort(Comparator.comparingInt((Mention x) -> x.span().start()).thenComparing(x -> -x.span().length()));
    List<Mention> kept = new ArrayList<>();
    for (Mention m : found) {
      if (kept.stream().noneMatch(k -> k.span().overlaps(m.span()))) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(x -> x.span().start()));
    return kept;
  }

  public List<Mention> find(String text) {
    return find(text, 0, text.length());
  }

  /** The most severe of {@code names} (the first written wins a tie), or null for none. */
  public String mostSevere(List<String> names) {
    Action best = null;
    for (String n : names) {
      Action a = actions.get(n);
      if (a != null && (best == null || a.rank() > best.rank())) {
        best = a;
      }
    }
    return best == null ? null : best.name();
  }

  private static boolean[] titleMask(String text, int start, int end) {
    boolean[] mask = new boolean[end - start + 1];
    int depth = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '《') {
        depth++;
      }
      mask[i - start] = depth > 0;
      if (c == '》' && depth > 0) {
        depth--;
      }
    }
    return mask;
  }
}
