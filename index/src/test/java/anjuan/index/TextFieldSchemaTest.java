package anjuan.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import anjuan.extract.fact.Report;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full text's offsets live in term vectors; an index written when they lived in the postings keeps them there,
 * since Lucene refuses a field whose options change, and both highlight.
 */
class TextFieldSchemaTest {
  @Test
  void anIndexWithOffsetsInThePostingsTakesNewReports(@TempDir Path dir) throws Exception {
    List<Report> reports = TestCorpus.reports();
    Report old = TestCorpus.named("d1-");
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(ReportAnalyzers.perField()))) {
      w.addDocument(ReportDocuments.toDocument(old, List.of("/old/d1.txt"), ReportDocuments.TEXT_TYPE_OFFSETS_IN_POSTINGS));
      w.commit();
    }
    try (ReportIndex index = ReportIndex.open(dir)) {
      for (Report r : reports) {
        if (!r.id().equals(old.id())) {
          index.put(r, r.source().path());
        }
      }
      index.commit(Map.of());
    }
    assertHighlights(dir);
  }

  @Test
  void aNewIndexHighlightsFromTermVectors(@TempDir Path dir) throws Exception {
    assertHighlights(TestCorpus.index(dir));
  }

  private static void assertHighlights(Path dir) throws Exception {
    try (ReportSearcher searcher = ReportSearcher.open(dir)) {
      SearchResult r = searcher.search(new SearchRequest("坍塌", null, null, null, null, null, null, null, null, null,
          null, 10, 0));
      assertTrue(r.total() >= 1);
      assertTrue(r.hits().get(0).snippets().get(0).contains("【坍塌】"), r.hits().get(0).snippets().toString());
    }
  }
}
