package anjuan.ingest.read;

import anjuan.ingest.text.TextNormalizer.Layout;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.mime.MediaType;

/** Plain text in UTF-8, UTF-16 or GBK/GB18030; the encoding found goes into the record. */
public final class PlainTextReader implements FormatReader {
  /** Plain text only: source code, scripts, CSV and markup that Tika also calls text are not reports. */
  @Override
  public boolean reads(MediaType type) {
    return type.getBaseType().toString().equals("text/plain");
  }

  @Override
  public Extraction read(Path file, MediaType type, ReadContext context) throws Exception {
    EncodingGuess.Decoded d = EncodingGuess.decode(Files.readAllBytes(file), null);
    if (d.text().length() > context.limits().maxChars()) {
      throw new org.apache.tika.exception.WriteLimitReachedException(context.limits().maxChars());
    }
    return new Extraction(d.text(), "text/plain", null, d.encoding(), false, Layout.LOGICAL, d.warnings());
  }
}
