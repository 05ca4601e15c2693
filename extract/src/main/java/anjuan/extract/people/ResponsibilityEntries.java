package anjuan.extract.people;

import anjuan.extract.text.DocumentText;
import anjuan.ingest.Section;
import anjuan.ingest.Span;
import anjuan.ingest.text.HeadingMarker;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the entries of responsible persons: within a section about responsibility and handling
 * ({@code 责任追究意见落实情况}, {@code 责任认定和处理建议}, {@code 对事故有关责任人员的处理建议}), every line that opens (after
 * its numbering) with a person's name followed by {@code ：}, {@code ，} or {@code （}.
 */
final class ResponsibilityEntries {
  private static final Pattern RESPONSIBILITY_HEADING =
      Pattern.compile("责任追究|处理建议|处理意见|责任认定|责任人员|责任者|追究责任|追责|处分|问责|处理情况|人员处理|责任人");
  private static final Pattern NOT_RESPONSIBILITY = Pattern.compile("原因|措施|性质|经过|基本情况");
  private static final String NAME_END = "：:，,（(、 ";
  /** Lines that continue an entry after its head line: its labelled proposal and outcome. */
  private static final Pattern CONTINUATION =
      Pattern.compile("^(?:处理建议|处理意见|建议处理|问责建议|落实情况|处理情况|处理结果|执行情况|落实结果|建议)");
  /**
   * A paragraph that goes on about the entry's person without naming anyone (对公章管理不严，…对上述问题负有责任，建议给予降低
   * 岗位等级处分, real report d037); a unit's penalty opens with the unit's name instead.
   */
  private static final Pattern CONTINUED_ACCOUNT = Pattern.compile("^(?:对|其|该同志|鉴于|作为)(?=.*(?:建议|负有))");
  private static final int MAX_NAME = 5;

  /** A numbered entry starting after a full stop inside a paragraph. */
  private static final Pattern INLINE_ENTRY =
      Pattern.compile("[。；](\\s*(?:\\d{1,3}[.．、]|[（(]\\d{1,3}[）)]|[（(][一二三四五六七八九十]{1,3}[）)]))");

  private final PersonNames names;
  private final anjuan.extract.sanction.ActionVocabulary actions = anjuan.extract.sanction.ActionVocabulary.standard();

  ResponsibilityEntries(PersonNames names) {
    this.names = names;
  }

  List<Entry> find(DocumentText doc) {
    String text = doc.text();
    List<Span> regions = new ArrayList<>();
    for (Section s : doc.sections()) {
      if (RESPONSIBILITY_HEADING.matcher(s.heading()).find() && !NOT_RESPONSIBILITY.matcher(s.heading()).find()
          && regions.stream().noneMatch(r -> r.contains(s.span()))) {
        regions.add(s.span());
      }
    }
    // reports whose outline was lost (one paragraph for the whole text) are searched whole, and an entry there must
    // carry a handling action to count
    boolean fallback = regions.isEmpty();
    if (fallback) {
      regions.add(new Span(0, text.length()));
    }
    List<Entry> entries = new ArrayList<>();
    for (Span region : regions) {
      List<Entry> inRegion = new ArrayList<>();
      List<Integer> boundaries = new ArrayList<>();
      int lineStart = region.start();
      while (lineStart < region.end()) {
        int lineEnd = text.indexOf('\n', lineStart);
        lineEnd = lineEnd < 0 || lineEnd > region.end() ? region.end() : lineEnd;
        String line = text.substring(lineStart, lineEnd);
        HeadingMarker marker = HeadingMarker.at(line);
        int nameStart = lineStart + (marker == null ? 0 : marker.length());
        Span name = nameAt(text, nameStart, lineEnd);
        if (name != null) {
          inRegion.add(new Entry(name.of(text), name, new Span(lineStart, lineEnd)));
          boundaries.add(lineStart);
        } else if (marker != null && lineStart > region.start()) {
          boundaries.add(lineStart); // a sub-heading such as （二）建议给予行政处罚的人员 closes the entry before it
        }
        // 建议给予警告处分。17.王旭峰，中共党员…: numbered entries running on inside one paragraph
        Matcher inline = INLINE_ENTRY.matcher(text).region(lineStart, lineEnd);
        while (inline.find()) {
          Span inlineName = nameAt(text, inline.end(), lineEnd);
          if (inlineName != null) {
            inRegion.add(new Entry(inlineName.of(text), inlineName, new Span(inline.start(1), lineEnd)));
            boundaries.add(inline.start(1));
          }
        }
        lineStart = lineEnd + 1;
      }
      inRegion.sort((a, b) -> Integer.compare(a.extent().start(), b.extent().start()));
      boundaries.sort(null);
      for (Entry e : inRegion) {
        int start = e.extent().start();
        int end = region.end();
        for (int b : boundaries) {
          if (b > start) {
            end = b;
            break;
          }
        }
        end = continuationEnd(text, Math.min(e.extent().end(), end), end);
        Entry entry = new Entry(e.name(), e.nameSpan(), new Span(start, end));
        if (!fallback || !actions.find(text, start, end).isEmpty()) {
          entries.add(entry);
        }
      }
    }
    return entries;
  }

  /**
   * The end of an entry: its head line and the lines after it that carry its proposal or outcome; a paragraph of
   * other text (a unit's penalty after the last person) is not part of the last person's entry.
   */
  private static int continuationEnd(String text, int headEnd, int limit) {
    int end = Math.min(headEnd, limit);
    int next = end + 1;
    while (next < limit) {
      int lineEnd = text.indexOf('\n', next);
      lineEnd = lineEnd < 0 || lineEnd > limit ? limit : lineEnd;
      String line = text.substring(next, lineEnd).strip();
      if (!line.isEmpty() && !CONTINUATION.matcher(line).find() && !CONTINUED_ACCOUNT.matcher(line).find()) {
        break;
      }
      end = line.isEmpty() ? end : lineEnd;
      next = lineEnd + 1;
    }
    while (end > headEnd && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** The name opening a line at {@code start}: at most five characters, then a delimiter. */
  private Span nameAt(String text, int start, int lineEnd) {
    int i = start;
    while (i < lineEnd && i - start <= MAX_NAME && NAME_END.indexOf(text.charAt(i)) < 0) {
      i++;
    }
    if (i == start || i >= lineEnd || NAME_END.indexOf(text.charAt(i)) < 0) {
      return null;
    }
    String candidate = text.substring(start, i);
    return names.isName(candidate) ? new Span(start, i) : null;
  }
}
