package anjuan.ingest;

import java.util.List;

/**
 * Where a document came from and how it was read.
 *
 * @param path file path; a member of an archive is written {@code archive.zip!/member.docx}
 * @param encoding the detected character encoding of a text or HTML file, null for binary formats
 * @param ocr true when the text came from optical character recognition
 */
public record SourceInfo(
    String path,
    String mediaType,
    long bytes,
    Integer pages,
    String encoding,
    boolean ocr,
    List<String> warnings) {
  public SourceInfo {
    warnings = List.copyOf(warnings);
  }
}
