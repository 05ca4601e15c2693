package anjuan.extract.text;

import anjuan.ingest.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalized text into sentences: after 。！？；!?; (with any closing quotes or brackets that follow) and at
 * every line end. Leading spaces are not part of a sentence. HanLP is fed these sentences, never whole documents.
 */
public final class Sentences {
  private Sentences() {}

  public static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int end = -1;
      if (c == '\n') {
        end = i;
      } else if ("。！？；!?;".indexOf(c) >= 0) {
        end = i + 1;
        while (end < n && "”’」』）)\"".indexOf(text.charAt(end)) >= 0) {
          end++;
        }
      }
      if (end >= 0) {
        add(out, text, start, end);
        start = c == '\n' ? i + 1 : end;
        i = Math.max(i, end - 1);
      }
    }
    add(out, text, start, n);
    return out;
  }

  private static void add(List<Span> out, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }
}
