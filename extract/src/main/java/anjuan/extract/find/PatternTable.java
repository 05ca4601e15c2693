package anjuan.extract.find;

import anjuan.extract.data.Tables;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named regex fragments read from data files, composed by reference: a row's regex may name another fragment as
 * {@code {name}}. Rows that share a name are alternatives, tried longest first. Every row carries an example that
 * its regex must be found in, and whether the example should yield a fact ({@code +}) or not ({@code -}).
 *
 * <p>Columns: {@code name	regex	example	+|-}.
 */
public final class PatternTable {
  /** One row of a data file. */
  public record Row(String file, String name, String regex, String example, boolean yields) {}

  private static final Pattern REFERENCE = Pattern.compile("\\{([a-z_]+)\\}");

  private final Map<String, List<Row>> rows = new LinkedHashMap<>();
  private final Map<String, String> expanded = new HashMap<>();

  private PatternTable() {}

  /** Loads and merges data files under {@code anjuan/extract/}; later files may refer to fragments of earlier ones. */
  public static PatternTable load(String... files) {
    PatternTable table = new PatternTable();
    for (String file : files) {
      for (String[] cells : Tables.read(file, 4)) {
        Row row = new Row(file, cells[0], cells[1], cells[2], !"-".equals(cells[3]));
        if (row.name.isEmpty() || row.regex.isEmpty()) {
          throw new IllegalStateException(file + ": row without name or regex: " + String.join("\t", cells));
        }
        table.rows.computeIfAbsent(row.name, k -> new ArrayList<>()).add(row);
      }
    }
    for (String name : table.rows.keySet()) {
      table.regex(name);
    }
    return table;
  }

  public List<Row> rows() {
    return rows.values().stream().flatMap(List::stream).toList();
  }

  public boolean has(String name) {
    return rows.containsKey(name);
  }

  /** The literal values of a vocabulary (the regex column as written), longest first. */
  public List<String> values(String name) {
    return rowsOf(name).stream().map(Row::regex).sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  /** The regex of a name with every reference expanded: its rows as one alternation, longest first. */
  public String regex(String name) {
    return expand(name, new HashSet<>());
  }

  public Pattern pattern(String name) {
    return Pattern.compile(regex(name));
  }

  /** One row's own regex, references expanded. */
  public String expand(Row row) {
    return expandText(row.regex, new HashSet<>(Set.of(row.name)));
  }

  private List<Row> rowsOf(String name) {
    List<Row> list = rows.get(name);
    if (list == null) {
      throw new IllegalStateException("no pattern named " + name);
    }
    return list;
  }

  private String expand(String name, Set<String> visiting) {
    String done = expanded.get(name);
    if (done != null) {
      return done;
    }
    if (!visiting.add(name)) {
      throw new IllegalStateException("pattern " + name + " refers to itself");
    }
    List<String> alternatives = new ArrayList<>();
    rowsOf(name).stream()
        .sorted(Comparator.comparingInt((Row r) -> r.regex.length()).reversed())
        .forEach(r -> alternatives.add(expandText(r.regex, visiting)));
    visiting.remove(name);
    String regex = alternatives.size() == 1 ? alternatives.get(0) : String.join("|", alternatives);
    Pattern.compile(regex);
    expanded.put(name, regex);
    return regex;
  }

  private String expandText(String regex, Set<String> visiting) {
    Matcher m = REFERENCE.matcher(regex);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement("(?:" + expand(m.group(1), visiting) + ")"));
    }
    m.appendTail(out);
    return out.toString();
  }
}
