package anjuan.extract.find;

import anjuan.extract.data.Tables;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Classifies a title that is not in the law catalog by how it is written (data: {@code title_types.tsv}): Party rules
 * by their {@code 中国共产党…条例} shape, laws by {@code …法}, regulations and standards by their endings or standard
 * code, everything else (reports, plans, notices, contracts, licences) as a document.
 */
public final class TitleTypes {
  /** One row of {@code title_types.tsv}. */
  public record Rule(String type, List<String> starts, List<String> ends, List<String> except, List<String> examples) {
    boolean standardCodes() {
      return !starts.isEmpty() && ends.isEmpty();
    }
  }

  /** Trailing parentheticals such as （试行） or (2017-2019年) say nothing about the type. */
  private static final Pattern TRAILING_PARENS = Pattern.compile("(?:[（(][^（）()]{0,40}[）)]\\s*)+$");
  private static final Pattern CODE_NUMBER = Pattern.compile("^(?:/[TZ])?\\s*\\d.*");

  private final List<Rule> rules;

  private TitleTypes(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static TitleTypes load() {
    List<Rule> rules = new ArrayList<>();
    for (String[] row : Tables.read("title_types.tsv", 5)) {
      List<String> starts = split(row[1]);
      starts.sort(Comparator.comparingInt(String::length).reversed());
      rules.add(new Rule(row[0], starts, split(row[2]), split(row[3]), split(row[4])));
    }
    return new TitleTypes(rules);
  }

  public List<Rule> rules() {
    return rules;
  }

  /** The type of {@code title}: {@code law}, {@code regulation}, {@code party_rule} or {@code document}. */
  public String classify(String title) {
    String t = TRAILING_PARENS.matcher(title.strip()).replaceAll("").strip();
    if (t.isEmpty()) {
      t = title.strip();
    }
    for (Rule rule : rules) {
      if (fits(rule, t)) {
        return rule.type();
      }
    }
    return LawTitle.DOCUMENT;
  }

  /** True when {@code title} is a standard number ({@code GB 6441-1986}). */
  public boolean isStandardNumber(String title) {
    String t = title.strip();
    return rules.stream().anyMatch(r -> r.standardCodes() && fits(r, t));
  }

  private static boolean fits(Rule rule, String t) {
    if (rule.standardCodes()) {
      for (String code : rule.starts()) {
        if (t.startsWith(code) && CODE_NUMBER.matcher(t.substring(code.length())).matches()) {
          return true;
        }
      }
      return false;
    }
    if (!rule.starts().isEmpty() && rule.starts().stream().noneMatch(t::startsWith)) {
      return false;
    }
    if (!rule.ends().isEmpty() && rule.ends().stream().noneMatch(t::endsWith)) {
      return false;
    }
    return rule.except().stream().noneMatch(t::endsWith);
  }

  static List<String> split(String cell) {
    List<String> out = new ArrayList<>();
    for (String s : cell.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }
}
