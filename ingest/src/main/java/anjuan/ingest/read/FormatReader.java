package anjuan.ingest.read;

import java.nio.file.Path;
import org.apache.tika.mime.MediaType;

/** Reads the text of one family of formats. The {@link DocumentReader} picks the reader by detected type. */
public interface FormatReader {
  boolean reads(MediaType type);

  /**
   * Reads the text of {@code file}. Failures are thrown; the router turns each into a status with a reason.
   */
  Extraction read(Path file, MediaType type, ReadContext context) throws Exception;
}
