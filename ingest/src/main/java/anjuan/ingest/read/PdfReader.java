package anjuan.ingest.read;

import anjuan.ingest.IngestStatus;
import anjuan.ingest.text.TextNormalizer.Layout;
import java.awt.image.BufferedImage;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;

/**
 * PDFs: the text layer through Tika, page by page, with running headers, footers and page numbers removed. A page
 * whose text layer is missing (a scan) or garbage (fonts without a Unicode map) is rendered at 300 dpi and read by
 * {@link Ocr}.
 */
public final class PdfReader implements FormatReader {
  /**
   * Official documents print body text at 三号 (16 pt): at 200 dpi its x-height is the 20–30 pixels Tesseract reads
   * best (measured on a scanned approval: 98.3% of characters right at 150–200 dpi, 97.8% at 300, 95.6% at 400),
   * and a page takes less time.
   */
  static final int OCR_DPI = 200;

  @Override
  public boolean reads(MediaType type) {
    return type.getBaseType().toString().equals("application/pdf");
  }

  @Override
  public Extraction read(Path file, MediaType type, ReadContext context) throws Exception {
    if (!endsWithEofMarker(file)) {
      throw new ReadFailure(IngestStatus.TRUNCATED, "the PDF ends before its %%EOF marker: the file was cut short");
    }
    BlockTextHandler handler = new BlockTextHandler(context.limits().maxChars());
    ParseContext parseContext = TikaSupport.context();
    PDFParserConfig config = new PDFParserConfig();
    config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    config.setExtractInlineImages(false);
    parseContext.set(PDFParserConfig.class, config);
    Metadata metadata = TikaSupport.parse(file, "application/pdf", handler, parseContext);
    Integer declaredPages = metadata.getInt(PagedText.N_PAGES);
    List<String> pages = new ArrayList<>(handler.pages());
    int pageCount = declaredPages != null ? declaredPages : pages.size();

    List<Integer> unreadable = new ArrayList<>();
    boolean aligned = pages.size() == pageCount;
    if (aligned) {
      for (int i = 0; i < pages.size(); i++) {
        if (TextQuality.tooLittleText(pages.get(i), 1) || TextQuality.isGarbage(pages.get(i))) {
          unreadable.add(i);
        }
      }
    } else {
      String all = String.join("\n", pages);
      if (TextQuality.tooLittleText(all, pageCount) || TextQuality.isGarbage(all)) {
        pages = new ArrayList<>(java.util.Collections.nCopies(pageCount, ""));
        for (int i = 0; i < pageCount; i++) {
          unreadable.add(i);
        }
      }
    }
    List<String> warnings = new ArrayList<>();
    boolean ocr = !unreadable.isEmpty();
    if (ocr) {
      String why = unreadable.size() == pageCount
          ? "the PDF has no usable text layer (a scan, or fonts without a Unicode map)"
          : unreadable.size() + " of " + pageCount + " pages have no usable text layer";
      String missing = context.ocr().unavailableReason();
      if (missing != null) {
        throw new ReadFailure(IngestStatus.NEEDS_OCR, why + "; " + missing);
      }
      ocrPages(file, unreadable, pages, context, warnings);
      if (unreadable.size() < pageCount) {
        warnings.add(why + "; those pages were read by OCR");
      }
    }
    String text = PageCleaner.clean(pages);
    return new Extraction(text, "application/pdf", pageCount, null, ocr, Layout.VISUAL, warnings);
  }

  private static void ocrPages(Path file, List<Integer> which, List<String> pages, ReadContext context,
      List<String> warnings) throws Exception {
    int limit = context.limits().maxOcrPages();
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      PDFRenderer renderer = new PDFRenderer(doc);
      int done = 0;
      for (int page : which) {
        if (done == limit) {
          warnings.add("only the first " + limit + " scanned pages were read by OCR; " + (which.size() - limit)
              + " were left unread");
          break;
        }
        context.progress().accept("ocr page " + (page + 1) + " of " + doc.getNumberOfPages());
        BufferedImage image = renderer.renderImageWithDPI(page, OCR_DPI, ImageType.GRAY);
        pages.set(page, context.ocr().recognize(image));
        done++;
      }
    }
  }

  /** A complete PDF ends with {@code %%EOF} (followed at most by a little whitespace or junk). */
  private static boolean endsWithEofMarker(Path file) throws java.io.IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      long length = raf.length();
      int tail = (int) Math.min(length, 2048);
      byte[] buf = new byte[tail];
      raf.seek(length - tail);
      raf.readFully(buf);
      return new String(buf, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }
  }
}
