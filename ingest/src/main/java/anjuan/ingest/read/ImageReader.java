package anjuan.ingest.read;

import anjuan.ingest.IngestStatus;
import anjuan.ingest.text.TextNormalizer.Layout;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import org.apache.tika.mime.MediaType;

/** Photographed or scanned pages (.png, .jpg, .tif, .bmp, .gif), read by {@link Ocr}. */
public final class ImageReader implements FormatReader {
  /** An A4 page at 200 dpi is 1654 pixels wide. */
  static final int READING_WIDTH = 1654;
  static final int MAX_WIDTH = 2200;

  @Override
  public boolean reads(MediaType type) {
    String t = type.getBaseType().toString();
    return t.equals("image/png") || t.equals("image/jpeg") || t.equals("image/tiff") || t.equals("image/bmp")
        || t.equals("image/gif") || t.equals("image/x-ms-bmp");
  }

  @Override
  public Extraction read(Path file, MediaType type, ReadContext context) throws Exception {
    String missing = context.ocr().unavailableReason();
    if (missing != null) {
      throw new ReadFailure(IngestStatus.NEEDS_OCR, "an image has text only by OCR; " + missing);
    }
    List<BufferedImage> pages = pages(file);
    if (pages.isEmpty()) {
      throw new ReadFailure(IngestStatus.CORRUPT, "the image cannot be decoded");
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pages.size(); i++) {
      context.progress().accept("ocr image page " + (i + 1) + " of " + pages.size());
      text.append(context.ocr().recognize(atReadingSize(pages.get(i)))).append('\n');
    }
    return new Extraction(text.toString(), type.getBaseType().toString(), pages.size(), null, true, Layout.VISUAL,
        List.of());
  }

  /** Every page of the image (a TIFF may hold several). */
  private static List<BufferedImage> pages(Path file) throws java.io.IOException {
    List<BufferedImage> pages = new ArrayList<>();
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<javax.imageio.ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return pages;
      }
      javax.imageio.ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        int n = reader.getNumImages(true);
        for (int i = 0; i < n; i++) {
          pages.add(reader.read(i));
        }
      } finally {
        reader.dispose();
      }
    }
    return pages;
  }

  /**
   * A page photographed or scanned at high resolution is scaled to about 200 dpi for an A4 page (see
   * {@link PdfReader#OCR_DPI}): Tesseract misreads large glyphs more often than mid-sized ones.
   */
  static BufferedImage atReadingSize(BufferedImage page) {
    if (page.getWidth() <= MAX_WIDTH) {
      return page;
    }
    int width = READING_WIDTH;
    int height = (int) Math.round((double) page.getHeight() * width / page.getWidth());
    BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = scaled.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.drawImage(page, 0, 0, width, height, null);
    g.dispose();
    return scaled;
  }
}
