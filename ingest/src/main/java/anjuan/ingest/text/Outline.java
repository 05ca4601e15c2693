package anjuan.ingest.text;

import anjuan.ingest.Section;
import anjuan.ingest.Span;
import java.util.ArrayList;
import java.util.List;

/** Finds the heading tree of a normalized text from the numbering that opens its lines. */
public final class Outline {
  private static final int MAX_HEADING = 60;

  private record Heading(String number, int level, int lineStart, Span headingSpan) {}

  public List<Section> sections(String text) {
    List<Heading> headings = new ArrayList<>();
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String line = text.substring(lineStart, lineEnd);
      HeadingMarker marker = HeadingMarker.at(line);
      if (marker != null) {
        headings.add(new Heading(marker.number(), marker.level(), lineStart,
            headingSpan(text, lineStart + marker.length(), lineEnd, marker)));
      }
      lineStart = lineEnd + 1;
    }
    List<Section> sections = new ArrayList<>(headings.size());
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      int end = text.length();
      for (int j = i + 1; j < headings.size(); j++) {
        if (headings.get(j).level <= h.level) {
          end = headings.get(j).lineStart;
          break;
        }
      }
      end = trimEnd(text, h.lineStart, end);
      sections.add(new Section(h.number, h.level, h.headingSpan.of(text), new Span(h.lineStart, end), h.headingSpan));
    }
    return sections;
  }

  /**
   * The heading text: the rest of the line up to its first full stop or colon ({@code （一）孙**：时任…} gives
   * {@code 孙**}); for an attachment marker alone on its line, the attachment's title on the next line.
   */
  private static Span headingSpan(String text, int from, int lineEnd, HeadingMarker marker) {
    int s = skipSpaces(text, from, lineEnd);
    if (s == lineEnd && marker.number().startsWith("附件")) {
      int next = skipBlank(text, lineEnd);
      int nextEnd = text.indexOf('\n', next);
      nextEnd = nextEnd < 0 ? text.length() : nextEnd;
      if (next < nextEnd && nextEnd - next <= 2 * MAX_HEADING && HeadingMarker.at(text.substring(next, nextEnd)) == null) {
        return new Span(next, nextEnd);
      }
      return new Span(s, s);
    }
    int e = s;
    while (e < lineEnd && "。：:；;".indexOf(text.charAt(e)) < 0 && e - s < MAX_HEADING) {
      e++;
    }
    return new Span(s, e);
  }

  private static int skipSpaces(String text, int i, int end) {
    while (i < end && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static int skipBlank(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
