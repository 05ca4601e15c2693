package anjuan.ingest.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns extracted text into the normalized text every span points into, keeping a map back.
 *
 * <ol>
 *   <li>Characters: CR/LF and other line separators become {@code \n}; ideographic, non-breaking and other spaces
 *       become a plain space; full-width ASCII digits and letters become half-width; Kangxi radicals and CJK
 *       compatibility ideographs (which PDF text layers often carry) become the unified ideograph; zero-width and
 *       control characters go. CJK punctuation such as {@code （）：，} stays as written.
 *   <li>Case-name dots: {@code “11.24”}, {@code “11•24”} become {@code “11·24”}.
 *   <li>Lines: page-number lines ({@code - 8 -}) dropped, lines trimmed, runs of spaces collapsed, spaces between a CJK character and a digit removed (and, for
 *       visual line layouts from PDF or OCR, between two CJK characters), runs of blank lines reduced to one.
 *   <li>Broken lines joined: a multi-line title ({@code …措施和责任} + {@code 追究落实情况评估报告}), a paragraph
 *       broken inside a word ({@code 一是加} / {@code 强风险辨识}), and for visual layouts every line that wraps
 *       inside a sentence.
 * </ol>
 */
public final class TextNormalizer {
  /** How lines in the extracted text came about. */
  public enum Layout {
    /** One line per paragraph (txt, docx, html): only titles and evident mid-sentence breaks are joined. */
    LOGICAL,
    /** One line per printed line (PDF, OCR): lines that wrap inside a sentence are joined. */
    VISUAL
  }

  /** Opens with its quote, not a lookbehind: find() then fails at once at almost every offset. */
  private static final Pattern CASE_NAME_DOT =
      Pattern.compile("[“\"‘「]\\d{1,2}([.．•・‧∙･?？，,。、'’])\\d{1,2}[”\"’」]");
  private static final Pattern DATE_LINE =
      Pattern.compile("^(?:\\d{4}|[〇零一二三四五六七八九]{4})年[\\d一二三四五六七八九十]{1,2}月[\\d一二三四五六七八九十]{1,3}日$");
  private static final Pattern PARENTHESIZED_LINE = Pattern.compile("^[（(][^（）()]*[）)]$");
  private static final Pattern ENUMERATED_POINT = Pattern.compile("^[一二三四五六七八九十]是");
  /** Page-number lines left by headers and footers ({@code - 8 -}, {@code 第3页 共8页}); never report text. */
  private static final Pattern PAGE_NUMBER_LINE =
      Pattern.compile("^(?:[-—－–]\\s*\\d{0,4}\\s*[-—－–]|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?)$");
  private static final int SHORT_LINE = 40;
  /** A line opening with a numbering and at least this long, with commas, is a numbered paragraph, not a heading. */
  private static final int NUMBERED_PARAGRAPH = 30;

  public NormalizedText normalize(String raw, Layout layout) {
    Chars mapped = mapCharacters(raw);
    fixCaseNameDots(mapped);
    List<Chars> lines = cleanLines(mapped, layout);
    return join(lines, layout, raw.length());
  }

  /** Growable text with the source offset of every char. */
  static final class Chars {
    final StringBuilder text;
    int[] src;
    /** Source offset of the line break that ended this line, for lines. */
    int breakSource = -1;

    Chars() {
      this(16);
    }

    Chars(int capacity) {
      text = new StringBuilder(capacity);
      src = new int[Math.max(16, capacity)];
    }

    void add(char c, int source) {
      if (text.length() == src.length) {
        src = java.util.Arrays.copyOf(src, src.length * 2);
      }
      src[text.length()] = source;
      text.append(c);
    }

    int length() {
      return text.length();
    }

    char charAt(int i) {
      return text.charAt(i);
    }
  }

  private static Chars mapCharacters(String raw) {
    Chars out = new Chars(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\r') {
        if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
          continue; // the \n that follows stands for both
        }
        out.add('\n', i);
      } else if (c == '\n' || c == '\f' || c == '\u000B' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        out.add('\n', i);
      } else if (c == '\t') {
        out.add('\t', i);
      } else if (c == ' ' || c == '\u00A0' || c == '\u3000' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
          || c == '\u205F') {
        out.add(' ', i);
      } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u200B' || c == '\u200C' || c == '\u200D'
          || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
        // invisible: dropped
      } else if ((c >= '\uFF10' && c <= '\uFF19') || (c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A')) {
        out.add((char) (c - 0xFEE0), i);
      } else if ((c >= '\u2F00' && c <= '\u2FDF') || (c >= '\u2E80' && c <= '\u2EFF') || (c >= '\uF900' && c <= '\uFAFF')) {
        String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        out.add(n.length() == 1 ? n.charAt(0) : c, i);
      } else {
        out.add(c, i);
      }
    }
    return out;
  }

  private static void fixCaseNameDots(Chars chars) {
    Matcher m = CASE_NAME_DOT.matcher(chars.text);
    while (m.find()) {
      chars.text.setCharAt(m.start(1), '·');
    }
  }

  /** Splits into lines, trims them and settles the spaces inside each. Blank lines are kept as empty lines. */
  private static List<Chars> cleanLines(Chars all, Layout layout) {
    List<Chars> lines = new ArrayList<>();
    Chars line = new Chars();
    for (int i = 0; i <= all.length(); i++) {
      if (i == all.length() || all.charAt(i) == '\n') {
        line.breakSource = i < all.length() ? all.src[i] : -1;
        Chars settled = settleSpaces(line, layout);
        if (!PAGE_NUMBER_LINE.matcher(settled.text).matches()) {
          lines.add(settled);
        }
        line = new Chars();
      } else {
        line.add(all.charAt(i), all.src[i]);
      }
    }
    return lines;
  }

  private static Chars settleSpaces(Chars line, Layout layout) {
    Chars out = new Chars();
    out.breakSource = line.breakSource;
    int n = line.length();
    int i = 0;
    while (i < n && isSpace(line.charAt(i))) {
      i++;
    }
    int end = n;
    while (end > i && isSpace(line.charAt(end - 1))) {
      end--;
    }
    for (; i < end; i++) {
      char c = line.charAt(i);
      if (!isSpace(c)) {
        out.add(c, line.src[i]);
        continue;
      }
      int j = i;
      boolean tab = false;
      while (j < end && isSpace(line.charAt(j))) {
        tab |= line.charAt(j) == '\t';
        j++;
      }
      char before = line.charAt(i - 1);
      char after = line.charAt(j);
      if (tab) {
        out.add('\t', line.src[i]); // a table cell boundary; keeps the line from being joined
      } else if (!spaceIsSpurious(before, after, layout)) {
        out.add(' ', line.src[i]);
      }
      i = j - 1;
    }
    return out;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  /** PDF extraction and OCR put spaces where the printed page has none: {@code 2020 年 11 月}. */
  private static boolean spaceIsSpurious(char before, char after, Layout layout) {
    boolean cjkBefore = CharClass.isCjk(before);
    boolean cjkAfter = CharClass.isCjk(after);
    if (CharClass.isCjkPunctuation(before) || CharClass.isCjkPunctuation(after)) {
      return true;
    }
    if ((cjkBefore && CharClass.isAsciiDigit(after)) || (CharClass.isAsciiDigit(before) && cjkAfter)) {
      return true;
    }
    return layout == Layout.VISUAL && cjkBefore && cjkAfter;
  }

  private NormalizedText join(List<Chars> lines, Layout layout, int rawLength) {
    int fullWidth = layout == Layout.VISUAL ? typicalFullLineLength(lines) : Integer.MAX_VALUE;
    Chars out = new Chars(rawLength);
    Chars current = null; // the output line being built, tabs kept, so a three-line title is judged as one line
    Chars physical = null; // the last line as extracted, whose width tells whether it wrapped
    boolean blankBefore = false;
    for (Chars line : lines) {
      if (line.length() == 0) {
        blankBefore = current != null;
        continue;
      }
      if (current != null) {
        int breakAt = current.breakSource >= 0 ? current.breakSource : line.src[0];
        if (!blankBefore && shouldJoin(current, physical, line, layout, fullWidth)) {
          if (CharClass.isLatinLetterOrDigit(current.charAt(current.length() - 1))
              && CharClass.isLatinLetterOrDigit(line.charAt(0))
              && !numberWrappedInCjk(current, line)) {
            out.add(' ', breakAt);
            current.add(' ', breakAt);
          }
        } else {
          out.add('\n', breakAt);
          if (blankBefore) {
            out.add('\n', breakAt);
          }
          current = null;
        }
      }
      if (current == null) {
        current = new Chars();
      }
      for (int k = 0; k < line.length(); k++) {
        out.add(line.charAt(k) == '\t' ? ' ' : line.charAt(k), line.src[k]);
        current.add(line.charAt(k), line.src[k]);
      }
      current.breakSource = line.breakSource;
      physical = line;
      blankBefore = false;
    }
    int[] map = java.util.Arrays.copyOf(out.src, out.length() + 1);
    map[out.length()] = rawLength;
    return new NormalizedText(out.text.toString(), map);
  }

  /** A number wrapped at the line end of Chinese text ({@code 参训3} / {@code 08人次}) is one number, not two words. */
  private static boolean numberWrappedInCjk(Chars current, Chars next) {
    int k = current.length() - 1;
    if (!CharClass.isAsciiDigit(next.charAt(0))) {
      return false;
    }
    while (k >= 0 && CharClass.isAsciiDigit(current.charAt(k))) {
      k--;
    }
    return k < current.length() - 1 && k >= 0
        && (CharClass.isCjk(current.charAt(k)) || CharClass.isCjkPunctuation(current.charAt(k)));
  }

  private static int typicalFullLineLength(List<Chars> lines) {
    int[] lengths = lines.stream().filter(l -> l.length() > 0).mapToInt(Chars::length).sorted().toArray();
    if (lengths.length == 0) {
      return Integer.MAX_VALUE;
    }
    return lengths[(int) Math.floor(lengths.length * 0.9)];
  }

  static boolean shouldJoin(Chars previous, Chars physical, Chars next, Layout layout, int fullWidth) {
    String prev = previous.text.toString();
    boolean wrapped = layout == Layout.VISUAL && physical.length() >= fullWidth * 0.8;
    String nxt = next.text.toString();
    if (prev.indexOf('\t') >= 0 || nxt.indexOf('\t') >= 0) {
      return false; // table rows
    }
    if (!endsOpen(prev) || HeadingMarker.at(nxt) != null) {
      return false;
    }
    if (HeadingMarker.at(prev) != null && (layout == Layout.VISUAL || prev.length() < NUMBERED_PARAGRAPH
        || !hasClausePunctuation(prev))) {
      // a heading stands on its own line, unless it is a printed line that wraps, or a long numbered paragraph
      // (2.何寄华，…，分管安 / 全生产) broken like any other
      return wrapped;
    }
    if (DATE_LINE.matcher(nxt).matches() || PARENTHESIZED_LINE.matcher(nxt).matches()
        || ENUMERATED_POINT.matcher(nxt).find()) {
      return false;
    }
    boolean prevIsProse = hasClausePunctuation(prev);
    boolean titleContinuation =
        !prevIsProse && nxt.length() <= SHORT_LINE && !hasClausePunctuation(nxt) && !endsWithTerminal(nxt);
    if (titleContinuation) {
      return true;
    }
    if (wrapped) {
      return true;
    }
    // A paragraph broken inside a sentence: running prose that stops mid-word or after a comma (text files
    // saved from PDFs keep the printed line ends).
    char last = prev.charAt(prev.length() - 1);
    return prevIsProse && (CharClass.isIdeograph(last) || last == '，' || last == '、')
        && (CharClass.isIdeograph(nxt.charAt(0)) || CharClass.isAsciiDigit(nxt.charAt(0)) || CharClass.isCjkPunctuation(nxt.charAt(0)));
  }

  private static boolean endsOpen(String line) {
    int i = line.length() - 1;
    while (i >= 0 && CharClass.isCloser(line.charAt(i))) {
      i--;
    }
    return i >= 0 && !CharClass.isTerminal(line.charAt(i));
  }

  private static boolean endsWithTerminal(String line) {
    return !endsOpen(line);
  }

  private static boolean hasClausePunctuation(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (CharClass.isClausePunctuation(line.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
