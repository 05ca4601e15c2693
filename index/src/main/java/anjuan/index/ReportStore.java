package anjuan.index;

import anjuan.extract.fact.CaseFacts;
import anjuan.extract.fact.Report;
import anjuan.index.cases.CaseLinker.CaseRef;
import anjuan.ingest.Json;
import anjuan.ingest.ReportKind;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/** Reads stored records: one by id or path, all of them in index order (streaming), and the facts cases need. */
public final class ReportStore implements AutoCloseable {
  private final IndexReader reader;
  private final IndexSearcher searcher;

  private ReportStore(IndexReader reader) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  public static ReportStore open(Path dir) throws IOException {
    if (!Files.isDirectory(dir) || !DirectoryReader.indexExists(FSDirectory.open(dir))) {
      throw new java.nio.file.NoSuchFileException(dir + " (no index here: run anjuan ingest first)");
    }
    return new ReportStore(DirectoryReader.open(FSDirectory.open(dir)));
  }

  /** The record of a report by id, or by one of the paths it was loaded from; null when absent. */
  public ObjectNode find(String idOrPath) throws IOException {
    Document d = first(new TermQuery(new Term(Fields.ID, idOrPath)));
    if (d == null) {
      d = first(new TermQuery(new Term(Fields.PATH, idOrPath)));
    }
    if (d == null) {
      d = first(new TermQuery(new Term(Fields.PATH, Path.of(idOrPath).toAbsolutePath().normalize().toString())));
    }
    return d == null ? null : ReportDocuments.record(d);
  }

  public Report load(String id) throws IOException {
    Document d = first(new TermQuery(new Term(Fields.ID, id)));
    return d == null ? null : ReportRecords.fromStored(d);
  }

  private Document first(TermQuery q) throws IOException {
    TopDocs top = searcher.search(q, 1);
    return top.scoreDocs.length == 0 ? null : reader.storedFields().document(top.scoreDocs[0].doc);
  }

  /** Receives stored documents one by one. */
  public interface Visitor {
    void visit(Document d) throws IOException;
  }

  /** Visits every report document, in index order, without holding more than one in memory. */
  public void forEachReport(Set<String> fields, Visitor visitor) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(new TermQuery(new Term(Fields.DOC_TYPE, "report"))),
        ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : reader.leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      StoredFields stored = leaf.reader().storedFields();
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (live == null || live.get(doc)) {
          visitor.visit(fields == null ? stored.document(doc) : stored.document(doc, fields));
        }
      }
    }
  }

  /** What case linking needs of every report. */
  public List<CaseRef> caseRefs() throws IOException {
    List<CaseRef> out = new ArrayList<>();
    forEachReport(Set.of(Fields.ID, Fields.PATH, Fields.TITLE, Fields.CASE_JSON, Fields.KIND_STORED), d -> {
      CaseFacts facts = Json.mapper().readValue(d.get(Fields.CASE_JSON), CaseFacts.class);
      out.add(new CaseRef(d.get(Fields.ID), ReportKind.valueOf(d.get(Fields.KIND_STORED).toUpperCase()),
          d.get(Fields.PATH), d.get(Fields.TITLE), facts));
    });
    return out;
  }

  public int reports() throws IOException {
    return searcher.count(new TermQuery(new Term(Fields.DOC_TYPE, "report")));
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
