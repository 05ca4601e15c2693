package anjuan.cli;

import anjuan.extract.fact.Report;
import anjuan.ingest.Section;
import java.io.PrintWriter;

/** Human-readable views of records. */
final class Render {
  private Render() {}

  static void report(PrintWriter out, Report r) {
    out.printf("%s  [%s]  %s%n", r.title() == null ? "(untitled)" : r.title(), r.kind().wire(), r.source().path());
    out.printf("id %s  %d chars%s%n", r.id(), r.text().length(), r.source().ocr() ? "  (OCR)" : "");
    for (Section s : r.sections()) {
      out.printf("%s%s %s%n", "  ".repeat(s.level()), s.number(), s.heading());
    }
  }
}
