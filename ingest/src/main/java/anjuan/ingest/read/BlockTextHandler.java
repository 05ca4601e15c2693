package anjuan.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of Tika's XHTML output: one line per block element, a tab between table cells, and a new page
 * at every {@code <div class="page">} (PDF). Text in {@code <head>} is skipped. Stops with Tika's
 * {@link WriteLimitReachedException} past {@code writeLimit} characters, so nothing is cut silently.
 */
final class BlockTextHandler extends DefaultHandler {
  private static final Set<String> BLOCKS =
      Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br", "dd", "dt", "pre", "blockquote",
          "table", "caption");

  private final int writeLimit;
  private final List<StringBuilder> pages = new ArrayList<>();
  private StringBuilder current = new StringBuilder();
  private int written;
  private int headDepth;
  private boolean firstCellInRow;
  /** Where the current paragraph began, so an empty paragraph can become a blank line. */
  private int paragraphStart = -1;

  BlockTextHandler(int writeLimit) {
    this.writeLimit = writeLimit;
    pages.add(current);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    String name = localName.isEmpty() ? qName : localName;
    if (name.equals("head")) {
      headDepth++;
    } else if (name.equals("div") && "page".equals(atts.getValue("class"))) {
      if (current.length() > 0 || pages.size() > 1) {
        current = new StringBuilder();
        pages.add(current);
      }
    } else if (name.equals("p")) {
      newline();
      paragraphStart = current.length();
    } else if (name.equals("tr")) {
      firstCellInRow = true;
    } else if (name.equals("td") || name.equals("th")) {
      if (!firstCellInRow) {
        current.append('\t');
      }
      firstCellInRow = false;
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = localName.isEmpty() ? qName : localName;
    if (name.equals("head")) {
      headDepth--;
    } else if (name.equals("p") && headDepth == 0 && paragraphStart == current.length() && !pages.isEmpty()) {
      current.append('\n'); // an empty paragraph is a blank line: it separates a title from the text
    } else if (BLOCKS.contains(name) && headDepth == 0) {
      newline();
    } else if ((name.equals("td") || name.equals("th")) && current.length() > 0) {
      // a cell made of paragraphs ends with a newline; keep the row on one line
      int last = current.length() - 1;
      if (current.charAt(last) == '\n') {
        current.setCharAt(last, ' ');
      }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws WriteLimitReachedException {
    if (headDepth > 0) {
      return;
    }
    written += length;
    if (written > writeLimit) {
      throw new WriteLimitReachedException(writeLimit);
    }
    current.append(ch, start, length);
  }

  /** Tika writes the line breaks inside a block (PDF lines) as ignorable whitespace. */
  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    if (headDepth == 0 && new String(ch, start, length).indexOf('\n') >= 0) {
      newline();
    }
  }

  private void newline() {
    if (current.length() > 0 && current.charAt(current.length() - 1) != '\n') {
      current.append('\n');
    }
  }

  List<String> pages() {
    return pages.stream().map(StringBuilder::toString).toList();
  }

  String text() {
    return String.join("\n", pages());
  }
}
