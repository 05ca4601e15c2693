package anjuan.extract.find;

import anjuan.extract.number.ChineseNumerals;
import anjuan.ingest.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the chain of article references that follows a law mention, by hand and without backtracking:
 *
 * <pre>
 * chain     := first (quote? footnote? separator next)*
 * first     := article            (第 required unless right after a title: 《…》一百三十三条)
 * next      := article | paragraph item? | item
 * article   := 第? numbers 条 (之 number)? paragraph? item?
 * paragraph := 第 numbers 款
 * item      := 第 numbers 项 | 第? [（(] number [）)] 项
 * numbers   := number (、 number)*          (第二、三款 is paragraphs 2 and 3)
 * separator := 、 ， , 和 及 以及 与 或 或者 至   (also ； right after a quote)
 * </pre>
 *
 * Right after an article, a paragraph or item may lack 第 ({@code 第四十五条二项}).
 *
 * A paragraph or item written alone takes the article (and paragraph) of the reference before it:
 * {@code 第六十条第一款第一项、第三项} is (60,1,1) and (60,1,3). The quoted text of an article after it
 * ({@code 第二十五条第一款"…"、第三十三条}) is stepped over and reported, so that words inside it are not read as the
 * report's own citations. A footnote mark after an article ({@code 第109条48、92条49}) is stepped over too.
 */
final class ArticleParser {
  static final int MAX_ARTICLE = 2000;
  static final int MAX_PART = 99;
  private static final int MAX_NUMERAL = 8;
  private static final int MAX_SPACE = 3;
  private static final int MAX_LIST = 10;
  private static final String[] SEPARATORS = {"、", "，", ",", "以及", "和", "及", "与", "或者", "或", "至"};

  /** What {@link #parse} read: the references, where they end, and the end of the last quoted article text. */
  record Chain(List<ArticleRef> refs, int end, int quoteEnd) {
    static Chain empty(int at) {
      return new Chain(List.of(), at, -1);
    }
  }

  /** A unit as read: null fields were not written. */
  private record Unit(Integer article, Integer sub, Integer paragraph, Integer item, int start, int end) {}

  private ArticleParser() {}

  /**
   * Reads the chain starting at {@code pos}.
   *
   * @param bareFirst whether the first article may lack 第 (right after a title)
   * @param refinementsOnly read paragraphs and items only (after 本条/前款); the articles are then null
   */
  static Chain parse(String text, int pos, boolean bareFirst, boolean refinementsOnly) {
    List<Unit> first = refinementsOnly ? refinement(text, pos, false) : article(text, pos, bareFirst);
    if (first.isEmpty()) {
      return Chain.empty(pos);
    }
    List<ArticleRef> refs = new ArrayList<>();
    ArticleRef last = null;
    for (Unit u : first) {
      last = inherit(last, u);
      refs.add(last);
    }
    int cur = first.get(first.size() - 1).end();
    int quoteEnd = -1;
    while (true) {
      int next;
      Span quote = QuotedText.after(text, cur);
      if (quote != null) {
        quoteEnd = quote.end();
        next = quote.end();
      } else {
        next = skipFootnote(text, cur);
      }
      int sep = separator(text, next, quote != null);
      if (sep < 0) {
        break;
      }
      boolean bareOk = text.charAt(skipSpace(text, next)) == '、';
      List<Unit> units = article(text, sep, bareOk);
      if (units.isEmpty()) {
        units = refinement(text, sep, false);
      }
      if (units.isEmpty()) {
        break;
      }
      for (Unit u : units) {
        last = inherit(last, u);
        refs.add(last);
      }
      cur = units.get(units.size() - 1).end();
    }
    return new Chain(refs, cur, quoteEnd);
  }

  private static ArticleRef inherit(ArticleRef previous, Unit u) {
    Span span = new Span(u.start(), u.end());
    if (u.article() != null || previous == null) {
      return new ArticleRef(u.article(), u.sub(), u.paragraph(), u.item(), span);
    }
    if (u.paragraph() != null) {
      return new ArticleRef(previous.article(), previous.sub(), u.paragraph(), u.item(), span);
    }
    return new ArticleRef(previous.article(), previous.sub(), previous.paragraph(), u.item(), span);
  }

  /**
   * {@code 第? numbers 条 (之 number)? refinement?} at {@code pos}: one unit per article ({@code 第七、八条} is two),
   * the paragraphs and items going with the last one; empty when there is none.
   */
  private static List<Unit> article(String text, int pos, boolean bareOk) {
    int n = text.length();
    int start = skipSpace(text, pos);
    int i = start;
    if (i < n && text.charAt(i) == '第') {
      i = skipSpace(text, i + 1);
    } else if (!bareOk) {
      return List.of();
    }
    Numbers numbers = numbers(text, i, MAX_ARTICLE);
    if (numbers == null) {
      return List.of();
    }
    int j = skipSpace(text, numbers.end());
    if (j >= n || text.charAt(j) != '条') {
      return List.of();
    }
    int end = j + 1;
    Integer sub = null;
    if (end < n && text.charAt(end) == '之') {
      int subEnd = chineseDigits(text, end + 1);
      if (subEnd > end + 1 && (subEnd >= n || "般些切".indexOf(text.charAt(subEnd)) < 0)) {
        sub = value(text, end + 1, subEnd, MAX_PART);
        end = sub == null ? end : subEnd;
      }
    }
    List<Unit> out = new ArrayList<>();
    List<Integer> values = numbers.values();
    for (int k = 0; k < values.size() - 1; k++) {
      out.add(new Unit(values.get(k), null, null, null, start, end));
    }
    Integer article = values.get(values.size() - 1);
    List<Unit> more = refinement(text, end, true);
    if (more.isEmpty()) {
      out.add(new Unit(article, sub, null, null, start, end));
    }
    for (Unit m : more) {
      out.add(new Unit(article, sub, m.paragraph(), m.item(), start, m.end()));
    }
    return out;
  }

  /**
   * {@code paragraph item? | item} at {@code pos}: one unit per paragraph or item ({@code 第二、三款} is two), empty
   * when there is none. {@code bare} also accepts them without 第 right at {@code pos} ({@code 第四十五条二项}).
   */
  private static List<Unit> refinement(String text, int pos, boolean bare) {
    int start = skipSpace(text, pos);
    boolean bareHere = bare && start == pos;
    Numbers paragraphs = part(text, start, '款', bareHere);
    List<Unit> out = new ArrayList<>();
    if (paragraphs != null) {
      List<Integer> ps = paragraphs.values();
      for (int k = 0; k < ps.size() - 1; k++) {
        out.add(new Unit(null, null, ps.get(k), null, start, paragraphs.end()));
      }
      Integer paragraph = ps.get(ps.size() - 1);
      Numbers items = item(text, paragraphs.end(), bareHere);
      if (items == null) {
        out.add(new Unit(null, null, paragraph, null, start, paragraphs.end()));
      } else {
        for (Integer it : items.values()) {
          out.add(new Unit(null, null, paragraph, it, start, items.end()));
        }
      }
      return out;
    }
    Numbers items = item(text, start, bareHere);
    if (items != null) {
      for (Integer it : items.values()) {
        out.add(new Unit(null, null, null, it, start, items.end()));
      }
    }
    return out;
  }

  /** {@code 第 numbers 款} (or {@code 项}); without 第 only when {@code bare}. */
  private static Numbers part(String text, int pos, char unit, boolean bare) {
    int n = text.length();
    int i = skipSpace(text, pos);
    if (i < n && text.charAt(i) == '第') {
      i = skipSpace(text, i + 1);
    } else if (!bare || i != pos) {
      return null;
    }
    Numbers numbers = numbers(text, i, MAX_PART);
    if (numbers == null) {
      return null;
    }
    int j = skipSpace(text, numbers.end());
    if (j >= n || text.charAt(j) != unit) {
      return null;
    }
    return new Numbers(numbers.values(), j + 1);
  }

  /** An item: {@code 第 numbers 项}, {@code 第（一）项}, {@code （一）项}. */
  private static Numbers item(String text, int pos, boolean bare) {
    Numbers plain = part(text, pos, '项', bare);
    if (plain != null) {
      return plain;
    }
    int n = text.length();
    int i = skipSpace(text, pos);
    if (i < n && text.charAt(i) == '第') {
      i = skipSpace(text, i + 1);
    }
    if (i >= n || (text.charAt(i) != '（' && text.charAt(i) != '(')) {
      return null;
    }
    i = skipSpace(text, i + 1);
    int numEnd = numeral(text, i);
    Integer v = numEnd > i ? value(text, i, numEnd, MAX_PART) : null;
    int j = skipSpace(text, numEnd);
    if (v == null || j >= n || (text.charAt(j) != '）' && text.charAt(j) != ')')) {
      return null;
    }
    j = skipSpace(text, j + 1);
    if (j >= n || text.charAt(j) != '项') {
      return null;
    }
    return new Numbers(List.of(v), j + 1);
  }

  /** Numbers written as a list: {@code 二、三} (at most {@value #MAX_LIST}). */
  private record Numbers(List<Integer> values, int end) {}

  private static Numbers numbers(String text, int pos, int max) {
    List<Integer> values = new ArrayList<>();
    int i = pos;
    int end = pos;
    while (values.size() < MAX_LIST) {
      int numEnd = numeral(text, i);
      Integer v = numEnd > i ? value(text, i, numEnd, max) : null;
      if (v == null) {
        break;
      }
      values.add(v);
      end = numEnd;
      if (numEnd < text.length() && text.charAt(numEnd) == '、') {
        i = numEnd + 1;
      } else {
        break;
      }
    }
    return values.isEmpty() ? null : new Numbers(values, end);
  }

  /** The offset after a separator (and the spaces around it) at {@code pos}, or -1. */
  private static int separator(String text, int pos, boolean afterQuote) {
    int i = skipSpace(text, pos);
    for (String s : SEPARATORS) {
      if (text.startsWith(s, i)) {
        return skipSpace(text, i + s.length());
      }
    }
    if (afterQuote && i < text.length() && (text.charAt(i) == '；' || text.charAt(i) == ';')) {
      return skipSpace(text, i + 1);
    }
    return -1;
  }

  /** Skips a footnote mark of 1 to 3 digits when a separator follows it. */
  private static int skipFootnote(String text, int pos) {
    int i = pos;
    while (i < text.length() && i - pos < 4 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    if (i == pos || i - pos > 3) {
      return pos;
    }
    return separator(text, i, false) >= 0 ? i : pos;
  }

  static int skipSpace(String text, int pos) {
    int i = pos;
    while (i < text.length() && i - pos < MAX_SPACE && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u3000' || c == '\u00A0';
  }

  /** The end of a run of numeral characters (Arabic or Chinese) starting at {@code pos}. */
  static int numeral(String text, int pos) {
    int i = pos;
    while (i < text.length() && i - pos < MAX_NUMERAL && isNumeral(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int chineseDigits(String text, int pos) {
    int i = pos;
    while (i < text.length() && i - pos < 3 && "一二三四五六七八九十".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  static boolean isNumeral(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９') || "零〇一二两三四五六七八九十百千".indexOf(c) >= 0;
  }

  /** The value of the numeral in [start, end) when it is between 1 and {@code max}, else null. */
  static Integer value(String text, int start, int end, int max) {
    StringBuilder s = new StringBuilder(end - start);
    boolean arabic = false;
    boolean chinese = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      char d = c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c;
      arabic |= d >= '0' && d <= '9';
      chinese |= d < '0' || d > '9';
      s.append(d);
    }
    if (arabic == chinese) {
      return null;
    }
    Integer v = ChineseNumerals.parseInt(s.toString());
    return v == null || v < 1 || v > max ? null : v;
  }

}
