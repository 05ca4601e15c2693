package anjuan.ingest;

import java.util.List;

/**
 * A report turned into normalized text: what {@code ingest} hands to extraction.
 *
 * @param id SHA-256 (hex) of {@code text} with all whitespace removed
 * @param text the normalized full text; every span of every fact points into it
 */
public record ParsedDocument(
    String id,
    SourceInfo source,
    String title,
    ReportKind kind,
    String text,
    List<Section> sections) {
  public ParsedDocument {
    sections = List.copyOf(sections);
  }
}
