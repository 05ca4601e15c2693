package anjuan.ingest.read;

import java.util.function.Consumer;

/**
 * What a reader may use beyond the file: the limits, the OCR engine and a way to say it is still making progress
 * (each OCR page reports, so a long scan is not mistaken for a hang).
 */
public record ReadContext(ReadLimits limits, Ocr ocr, Consumer<String> progress) {
  public static ReadContext standalone() {
    ReadLimits limits = ReadLimits.defaults();
    return new ReadContext(limits, new Ocr(limits.ocrPageTimeoutSeconds()), p -> {});
  }
}
