package anjuan.ingest.read;

import anjuan.ingest.IngestStatus;
import anjuan.ingest.text.TextNormalizer.Layout;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.mime.MediaType;

/** Photographed or scanned pages (.png, .jpg, .tif, .bmp, .gif), read by {@link Ocr}. */
public final class ImageReader implements FormatReader {
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
    context.progress().accept("ocr image");
    String text;
    try (InputStream in = Files.newInputStream(file)) {
      text = context.ocr().recognize(in, type.getBaseType().toString());
    }
    return new Extraction(text, type.getBaseType().toString(), 1, null, true, Layout.VISUAL, List.of());
  }
}
