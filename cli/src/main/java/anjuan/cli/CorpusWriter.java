package anjuan.cli;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes a report text as a file of the given format: UTF-8 plain text, a Word document of one paragraph a line, or an
 * A4 PDF laid out line by line (with a TrueType Chinese font: {@code fonts-wqy-zenhei} or {@code fonts-arphic-uming}).
 */
public final class CorpusWriter {
  /** TrueType fonts with Chinese glyphs that PDFBox can embed (OpenType CFF fonts such as Noto CJK it cannot). */
  static final List<Path> FONTS = List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
      Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"), Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
  private static final float FONT_SIZE = 12;
  private static final float MARGIN = 72;
  private static final float LEADING = 20;
  private static final int CHARS_PER_LINE = 36;

  private CorpusWriter() {}

  public static void write(Path file, String text, String format) throws Exception {
    switch (format) {
      case "txt" -> Files.writeString(file, text, StandardCharsets.UTF_8);
      case "docx" -> {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream o = Files.newOutputStream(file)) {
          for (String line : text.split("\n", -1)) {
            doc.createParagraph().createRun().setText(line);
          }
          doc.write(o);
        }
      }
      case "pdf" -> pdf(file, text);
      default -> throw new UsageException("formats are txt, docx and pdf, not " + format);
    }
  }

  private static void pdf(Path file, String text) throws Exception {
    Path fontFile = FONTS.stream().filter(Files::exists).findFirst().orElseThrow(() -> new UsageException(
        "pdf needs a TrueType Chinese font: apt-get install -y fonts-wqy-zenhei"));
    try (PDDocument doc = new PDDocument(); TrueTypeCollection collection = new TrueTypeCollection(fontFile.toFile())) {
      TrueTypeFont[] first = new TrueTypeFont[1];
      collection.processAllFonts(f -> {
        if (first[0] == null) {
          first[0] = f;
        }
      });
      PDType0Font font = PDType0Font.load(doc, first[0], true);
      List<String> lines = new ArrayList<>();
      for (String paragraph : text.split("\n", -1)) {
        if (paragraph.isEmpty()) {
          lines.add("");
        }
        for (int i = 0; i < paragraph.length(); i += CHARS_PER_LINE) {
          lines.add(paragraph.substring(i, Math.min(paragraph.length(), i + CHARS_PER_LINE)));
        }
      }
      int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
      for (int start = 0; start < lines.size(); start += perPage) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, FONT_SIZE);
          cs.setLeading(LEADING);
          cs.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
          for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
            cs.showText(line);
            cs.newLine();
          }
          cs.endText();
        }
      }
      doc.save(file.toFile());
    }
  }
}
