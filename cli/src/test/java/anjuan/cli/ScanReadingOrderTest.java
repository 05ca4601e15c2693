package anjuan.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import anjuan.cli.synth.SyntheticReports;
import anjuan.ingest.ParseResult;
import anjuan.ingest.read.DocumentReader;
import anjuan.ingest.read.ReadContext;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scanned report reads back in its own line order. Found on a synthetic evaluation report: Tesseract's automatic
 * page segmentation took the longer lines' ends for a second column and interleaved the two (86 % of characters in
 * order); read as one column, 99.5 %.
 */
class ScanReadingOrderTest {
  @Test
  void linesOfAScanComeBackInOrder(@TempDir Path dir) throws Exception {
    ReadContext context = ReadContext.standalone();
    Assumptions.assumeTrue(context.ocr().unavailableReason() == null, context.ocr().unavailableReason());
    Assumptions.assumeTrue(CorpusWriter.FONTS.stream().anyMatch(Files::exists), "no CJK font to render with");
    SyntheticReports.Sample sample = new SyntheticReports(1).sample(3);
    Path text = dir.resolve("report.pdf");
    CorpusWriter.write(text, sample.text(), "pdf");
    Path scan = dir.resolve("scan.pdf");
    scan(text, scan, 3);

    ParseResult read = new DocumentReader(context).read(scan).get(0);
    assertTrue(read.status().loaded(), read.reason());
    String original = sample.text().replaceAll("\\s", "");
    String ocr = read.document().text().replaceAll("\\s", "");
    // characters read in the original's order: a line cut in two and interleaved with another loses most of one part
    double inOrder = (double) commonSubsequence(ocr, original) / ocr.length();
    assertTrue(ocr.length() > 1_000 && inOrder >= 0.95, String.format("%.3f of characters in order:%n%s", inOrder,
        read.document().text()));
  }

  private static int commonSubsequence(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        current[j] = a.charAt(i - 1) == b.charAt(j - 1) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }

  /** The first pages rendered to grey JPEG images at 200 dpi, as a scanner would, with no text layer. */
  private static void scan(Path in, Path out, int pages) throws Exception {
    try (PDDocument src = Loader.loadPDF(in.toFile()); PDDocument dst = new PDDocument()) {
      PDFRenderer renderer = new PDFRenderer(src);
      for (int i = 0; i < Math.min(pages, src.getNumberOfPages()); i++) {
        BufferedImage image = renderer.renderImageWithDPI(i, 200, ImageType.GRAY);
        PDPage page = new PDPage(PDRectangle.A4);
        dst.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(dst, page)) {
          content.drawImage(JPEGFactory.createFromImage(dst, image, 0.85f), 0, 0, PDRectangle.A4.getWidth(),
              PDRectangle.A4.getHeight());
        }
      }
      dst.save(out.toFile());
    }
  }
}
