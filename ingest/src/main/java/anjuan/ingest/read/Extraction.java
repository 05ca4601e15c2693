package anjuan.ingest.read;

import anjuan.ingest.text.TextNormalizer.Layout;
import java.util.List;

/**
 * The text a reader took out of a file, before normalization.
 *
 * @param encoding the character encoding of a text or HTML file, null for binary formats
 * @param layout whether lines are paragraphs or printed lines, which decides how they are joined
 */
public record Extraction(
    String text, String mediaType, Integer pages, String encoding, boolean ocr, Layout layout, List<String> warnings) {
  public Extraction {
    warnings = List.copyOf(warnings);
  }
}
