package anjuan.index.gaps;

import anjuan.ingest.Span;
import java.util.List;

/**
 * Something recommended and not (fully) implemented, found across the reports of one accident.
 *
 * @param kind one of the kinds of {@code gaps.tsv}
 * @param documents the reports involved
 * @param detail one plain sentence
 * @param evidence the passages of each report that show it
 */
public record Gap(String kind, String caseName, String caseDate, List<Document> documents, String detail,
    List<Evidence> evidence) {
  public Gap {
    documents = List.copyOf(documents);
    evidence = List.copyOf(evidence);
  }

  /** A report of the case. */
  public record Document(String id, String path, String kind) {}

  /** A passage of a report: its span in the report's normalized text, and the text itself. */
  public record Evidence(String id, String path, Span span, String text) {}
}
