package anjuan.extract.measure;

import anjuan.ingest.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a requirement into the clauses an outcome has to cover: at 。；, at enumerations ({@code 一是…二是…}), and at
 * a comma where the next part opens with a verb of action ({@code 加强…，完善…，及时消除…}).
 */
final class Clauses {
  private static final int MIN_CLAUSE = 4;

  private Clauses() {}

  static List<Span> split(String text, Span span) {
    List<Span> parts = new ArrayList<>();
    int start = span.start();
    for (int i = span.start(); i < span.end(); i++) {
      char c = text.charAt(i);
      boolean cut = "。；;\n".indexOf(c) >= 0;
      boolean comma = c == '，' || c == ',';
      if (comma && opensClause(text, i + 1, span.end()) && !isPreamble(text, start, i)) {
        cut = true;
      }
      boolean enumeration = i + 2 < span.end() && "一二三四五六七八九十".indexOf(text.charAt(i)) >= 0
          && text.charAt(i + 1) == '是' && (i == start || "，。；：、".indexOf(text.charAt(i - 1)) >= 0);
      if (enumeration) {
        add(parts, text, start, i);
        start = i + 2;
        i++;
        continue;
      }
      if (cut) {
        add(parts, text, start, i);
        start = i + 1;
      }
    }
    add(parts, text, start, span.end());
    return parts;
  }

  /** {@code 作为属地部门，要加强…}: a role that introduces the clause after it is not a clause of its own. */
  private static boolean isPreamble(String text, int start, int end) {
    String part = text.substring(start, end).strip();
    return part.startsWith("作为") || end - start < MIN_CLAUSE + 2;
  }

  private static boolean opensClause(String text, int at, int end) {
    for (String w : MeasureWords.clauseStarts()) {
      if (text.startsWith(w, at) && at + w.length() <= end) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<Span> parts, String text, int start, int end) {
    while (start < end && "，,、：: ".indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && "，,、：: 。".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end - start >= MIN_CLAUSE) {
      parts.add(new Span(start, end));
    }
  }
}
