package anjuan.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import anjuan.ingest.IngestStatus;
import anjuan.ingest.ParseResult;
import anjuan.ingest.ParsedDocument;
import anjuan.ingest.ReportKind;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Scans and photographs, read by Tesseract chi_sim (which .ci/run installs). */
class OcrReaderTest {
  private static DocumentReader reader;

  @BeforeAll
  static void setUp() {
    ReadContext context = ReadContext.standalone();
    String missing = context.ocr().unavailableReason();
    org.junit.jupiter.api.Assumptions.assumeTrue(missing == null, missing);
    reader = new DocumentReader(context);
  }

  @Test
  void scannedPdfIsReadByOcr() {
    ParsedDocument doc = DocumentReaderTest.readOk(DocumentReaderTest.CORPUS.resolve("reports/c3-approval.pdf"));
    assertTrue(doc.source().ocr());
    assertEquals(ReportKind.APPROVAL, doc.kind());
    assertTrue(doc.text().contains("人民政府"), doc.text());
    assertTrue(doc.text().contains("批复"), doc.text());
    // Tesseract's spaces between Chinese characters are gone
    assertTrue(!doc.text().contains("人 民"), doc.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"png", "jpg", "tif"})
  void photographedPages(String format, @TempDir Path dir) throws IOException {
    BufferedImage page = ImageIO.read(DocumentReaderTest.CORPUS.resolve("reports/h1-notice.png").toFile());
    Path file = dir.resolve("h1-notice." + format);
    BufferedImage rgb = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
    rgb.getGraphics().drawImage(page, 0, 0, null);
    assertTrue(ImageIO.write(rgb, format.equals("jpg") ? "jpeg" : format.equals("tif") ? "tiff" : format, file.toFile()));
    ParseResult r = reader.read(file).get(0);
    assertTrue(r.status().loaded(), r.reason());
    assertTrue(r.document().source().ocr());
    assertEquals(ReportKind.NOTICE, r.document().kind());
    assertTrue(r.document().text().contains("触电事故"), r.document().text());
  }

  @Test
  void withoutTesseractAScanNeedsOcr() {
    ReadLimits limits = ReadLimits.defaults();
    DocumentReader noTesseract = new DocumentReader(new ReadContext(limits, new Ocr(60, "/nonexistent"), p -> {}));
    ParseResult r = noTesseract.read(DocumentReaderTest.CORPUS.resolve("reports/c3-approval.pdf")).get(0);
    assertEquals(IngestStatus.NEEDS_OCR, r.status());
    assertTrue(r.reason().contains("apt-get install -y tesseract-ocr tesseract-ocr-chi-sim"), r.reason());
    ParseResult image = noTesseract.read(DocumentReaderTest.CORPUS.resolve("reports/h1-notice.png")).get(0);
    assertEquals(IngestStatus.NEEDS_OCR, image.status());
  }
}
