package anjuan.extract.find;

import anjuan.extract.data.Tables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The laws, regulations, standards and Party rules reports cite (data: {@code laws.tsv}), with their aliases.
 * {@link #resolve} turns a title as written into its official title and type; titles not in the catalog are classified
 * by {@link TitleTypes}.
 *
 * <p>Matching ignores 《》, spaces, the width of brackets and quotes, a trailing edition ({@code （2021年修正）}) and
 * a leading {@code 中华人民共和国}: {@code 《中华人民共和国烟花爆竹安全管理条例》} is 烟花爆竹安全管理条例.
 */
public final class LawCatalog {
  private static final String PRC = "中华人民共和国";

  /** One row of {@code laws.tsv}. */
  public record Row(String title, String type, List<String> aliases, String example) {}

  private static final class Holder {
    static final LawCatalog STANDARD = load();
  }

  private final List<Row> rows;
  private final TitleTypes types;
  /** Matching key → entry. */
  private final Map<String, LawTitle> byKey = new HashMap<>();
  /** Names as a text may write them without 《》, for {@link #nameEndingAt}. */
  private final Map<String, LawTitle> byName = new HashMap<>();
  /** The same names by their last character, longest first. */
  private final Map<Character, List<String>> namesByLastChar = new HashMap<>();

  private LawCatalog(List<Row> rows, TitleTypes types) {
    this.rows = List.copyOf(rows);
    this.types = types;
    for (Row row : rows) {
      LawTitle law = new LawTitle(row.title(), row.type());
      List<String> forms = new ArrayList<>(row.aliases());
      forms.add(0, row.title());
      for (String form : forms) {
        byKey.putIfAbsent(key(form), law);
        addName(form, law);
        if (form.startsWith(PRC) && form.length() > PRC.length() + 1) {
          addName(form.substring(PRC.length()), law);
        }
      }
    }
  }

  /** The catalog shipped with the project, loaded once. */
  public static LawCatalog standard() {
    return Holder.STANDARD;
  }

  public static LawCatalog load() {
    List<Row> rows = new ArrayList<>();
    for (String[] r : Tables.read("laws.tsv", 4)) {
      rows.add(new Row(r[0], r[1], TitleTypes.split(r[2]), r[3]));
    }
    return new LawCatalog(rows, TitleTypes.load());
  }

  public List<Row> rows() {
    return rows;
  }

  public TitleTypes types() {
    return types;
  }

  /**
   * The official title and type of a title as written (with or without 《》): the catalog entry when there is one,
   * else the title itself (without a trailing edition, for law-like titles) classified by its ending.
   */
  public LawTitle resolve(String written) {
    return resolve(written, false);
  }

  /**
   * As {@link #resolve(String)}; {@code standard} says a standard number follows the title
   * ({@code 《道路运输危险货物车辆标志》（GB 13392-2005）}), which makes an unknown title a regulation.
   */
  public LawTitle resolve(String written, boolean standard) {
    return resolve(written, key(written), standard);
  }

  /** As {@link #resolve(String, boolean)} with the key of {@code written} already at hand. */
  LawTitle resolve(String written, String key, boolean standard) {
    Optional<LawTitle> known = findKey(key);
    if (known.isPresent()) {
      return known.get();
    }
    String title = strip(written);
    String type = types.classify(title);
    if (LawTitle.DOCUMENT.equals(type) && (standard || types.isStandardNumber(title))) {
      type = "regulation";
    }
    return new LawTitle(LawTitle.DOCUMENT.equals(type) ? title : Edition.stripTrailing(title), type);
  }

  /** The catalog entry for a title or alias as written, if any. */
  public Optional<LawTitle> find(String written) {
    return findKey(key(written));
  }

  /** The catalog entry for a matching key ({@link #key}), if any. */
  Optional<LawTitle> findKey(String k) {
    LawTitle law = byKey.get(k);
    if (law == null && k.startsWith(PRC)) {
      law = byKey.get(k.substring(PRC.length()));
    }
    if (law == null && !k.startsWith(PRC)) {
      law = byKey.get(PRC + k);
    }
    return Optional.ofNullable(law);
  }

  /**
   * The length of the longest catalogued name (title or alias, as written, without 《》) that ends at offset
   * {@code end} of {@code text}, or 0: {@code 依据安全生产法第九十五条} has 安全生产法 (5) ending before 第.
   */
  public int nameEndingAt(String text, int end) {
    if (end <= 0 || end > text.length()) {
      return 0;
    }
    List<String> names = namesByLastChar.get(text.charAt(end - 1));
    if (names != null) {
      for (String name : names) {
        if (name.length() <= end && text.startsWith(name, end - name.length())) {
          return name.length();
        }
      }
    }
    return 0;
  }

  /** The entry of a name found by {@link #nameEndingAt}. */
  public LawTitle named(String name) {
    LawTitle law = byName.get(name);
    return law != null ? law : resolve(name);
  }

  /** Every key each row answers to, for the collision test: key → the titles it leads to. */
  Map<String, List<String>> keys() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Row row : rows) {
      List<String> forms = new ArrayList<>(row.aliases());
      forms.add(0, row.title());
      for (String form : forms) {
        List<String> titles = out.computeIfAbsent(key(form), k -> new ArrayList<>());
        if (!titles.contains(row.title())) {
          titles.add(row.title());
        }
      }
    }
    return out;
  }

  private void addName(String form, LawTitle law) {
    if (form.length() < 2 || byName.putIfAbsent(form, law) != null) {
      return;
    }
    List<String> names = namesByLastChar.computeIfAbsent(form.charAt(form.length() - 1), c -> new ArrayList<>());
    names.add(form);
    names.sort((a, b) -> b.length() - a.length());
  }

  /** The written title without 《》, line breaks and surrounding spaces. */
  static String strip(String written) {
    String s = written.strip();
    if (s.startsWith("《")) {
      s = s.substring(1);
    }
    if (s.endsWith("》")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.replace("\r", "").replace("\n", "").strip();
  }

  /** The matching key: no 《》, no spaces, no trailing edition, brackets full-width, quotes dropped. */
  static String key(String written) {
    String s = Edition.stripTrailing(strip(written));
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '(' -> out.append('（');
        case ')' -> out.append('）');
        case '“', '”', '"', '‘', '’', '\'', '《', '》', '〈', '〉' -> { }
        default -> {
          if (!Character.isWhitespace(c) && c != '\u3000') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
