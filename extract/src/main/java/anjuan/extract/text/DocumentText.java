package anjuan.extract.text;

import anjuan.ingest.ReportKind;
import anjuan.ingest.Section;
import anjuan.ingest.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The normalized text of one document with what every extractor needs around it: its sentences, its outline and its
 * kind. Immutable.
 */
public final class DocumentText {
  private final String text;
  private final List<Section> sections;
  private final ReportKind kind;
  private final List<Span> sentences;
  private final int[] sentenceStarts;

  public DocumentText(String text, List<Section> sections, ReportKind kind) {
    this.text = text;
    this.sections = List.copyOf(sections);
    this.kind = kind;
    this.sentences = Sentences.split(text);
    this.sentenceStarts = sentences.stream().mapToInt(Span::start).toArray();
  }

  /** For tests and tools: plain text with its outline found as ingest finds it. */
  public static DocumentText of(String text) {
    return new DocumentText(text, new anjuan.ingest.text.Outline().sections(text), ReportKind.OTHER);
  }

  public static DocumentText of(String text, ReportKind kind) {
    return new DocumentText(text, new anjuan.ingest.text.Outline().sections(text), kind);
  }

  public String text() {
    return text;
  }

  public List<Section> sections() {
    return sections;
  }

  public ReportKind kind() {
    return kind;
  }

  /** Sentences in order; each ends after its 。！？；or at a line end. */
  public List<Span> sentences() {
    return sentences;
  }

  /** The sentence holding {@code offset}, or null past the end. */
  public Span sentenceAt(int offset) {
    int i = Collections.binarySearch(asList(sentenceStarts), offset);
    int index = i >= 0 ? i : -i - 2;
    if (index < 0 || index >= sentences.size()) {
      return null;
    }
    Span s = sentences.get(index);
    return offset < s.end() ? s : null;
  }

  /** The sentences that lie wholly inside {@code span}, in order. */
  public List<Span> sentencesIn(Span span) {
    int i = Collections.binarySearch(asList(sentenceStarts), span.start());
    int from = i >= 0 ? i : -i - 1;
    int to = from;
    while (to < sentences.size() && sentences.get(to).end() <= span.end()) {
      to++;
    }
    return sentences.subList(from, to);
  }

  /** The innermost section holding {@code offset}, or null before the first heading. */
  public Section sectionAt(int offset) {
    Section best = null;
    for (Section s : sections) {
      if (s.span().start() <= offset && offset < s.span().end() && (best == null || s.level() >= best.level())) {
        best = s;
      }
    }
    return best;
  }

  /** The sections holding {@code offset}, outermost first. */
  public List<Section> sectionPath(int offset) {
    List<Section> path = new ArrayList<>();
    for (Section s : sections) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        path.add(s);
      }
    }
    path.sort((a, b) -> Integer.compare(a.level(), b.level()));
    return path;
  }

  /** The line holding {@code offset}. */
  public Span lineAt(int offset) {
    int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    if (offset < text.length() && text.charAt(offset) == '\n') {
      start = text.lastIndexOf('\n', offset - 1) + 1;
    }
    int end = text.indexOf('\n', offset);
    return new Span(start, end < 0 ? text.length() : end);
  }

  public String slice(Span span) {
    return span.of(text);
  }

  private static List<Integer> asList(int[] values) {
    return new java.util.AbstractList<>() {
      @Override
      public Integer get(int index) {
        return values[index];
      }

      @Override
      public int size() {
        return values.length;
      }
    };
  }
}
