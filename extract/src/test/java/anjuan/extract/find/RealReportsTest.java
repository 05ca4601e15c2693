package anjuan.extract.find;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import anjuan.extract.fact.Activity;
import anjuan.extract.fact.HazardLedger;
import anjuan.extract.text.DocumentText;
import anjuan.ingest.ReportKind;
import anjuan.ingest.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every real report of the shared folder (never copied into the repository) runs through both extractors, read as an
 * investigation and as an evaluation: no exception, every span inside the text and holding its numbers.
 */
class RealReportsTest {
  private static final HazardExtractor HAZARDS = new HazardExtractor();
  private static final ActivityExtractor ACTIVITIES = new ActivityExtractor();

  @Test
  void everyRealReportRunsAndSpansStayInBounds() throws IOException {
    Path shared = SharedFiles.folder();
    Path real = shared == null ? null : shared.resolve("real");
    assumeTrue(real != null && Files.isDirectory(real), "real reports not present");
    List<Path> files;
    try (Stream<Path> s = Files.list(real)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assumeTrue(!files.isEmpty(), "no real reports");
    for (Path file : files) {
      for (ReportKind kind : List.of(ReportKind.INVESTIGATION, ReportKind.EVALUATION)) {
        DocumentText doc = SharedFiles.read(file, kind);
        for (HazardLedger h : HAZARDS.extract(doc)) {
          assertInside(doc, h.span(), file);
          assertTrue(h.found() == null || h.found() >= 0, file + " " + h);
        }
        for (Activity a : ACTIVITIES.extract(doc)) {
          assertInside(doc, a.span(), file);
          assertTrue(a.sessions() != null || a.attendance() != null, file + " " + a);
          assertTrue(ActivityExtractor.KINDS.contains(a.kind()), file + " " + a);
        }
      }
    }
  }

  static void assertInside(DocumentText doc, Span span, Object where) {
    assertTrue(span.start() < span.end() && span.end() <= doc.text().length(), where + " " + span);
    String evidence = doc.slice(span);
    assertTrue(evidence.chars().anyMatch(c -> Character.isDigit(c) || "一二两三四五六七八九十".indexOf(c) >= 0),
        where + " " + evidence);
  }
}
