package anjuan.index;

import anjuan.extract.fact.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The embedded index: one writer, report documents keyed by id, and the state of every input file, all committed
 * together so that a crash at any moment leaves the index at its last commit with reports and file states agreeing.
 * A rerun then finds committed files unchanged and redoes the rest; reports are replaced by id, never duplicated.
 */
public final class ReportIndex implements AutoCloseable {
  private final Directory directory;
  private final IndexWriter writer;
  /** Paths of each report id, as committed or written in this session. */
  private final Map<String, Set<String>> pathsById = new HashMap<>();
  private final Map<String, FileState> files = new HashMap<>();
  private final Object commitLock = new Object();

  private ReportIndex(Path dir) throws IOException {
    Files.createDirectories(dir);
    directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(ReportAnalyzers.perField());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    writer = new IndexWriter(directory, config);
    loadState();
  }

  /** Opens (creating when absent) the index in {@code dir} for writing. */
  public static ReportIndex open(Path dir) throws IOException {
    return new ReportIndex(dir);
  }

  private void loadState() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      StoredFields stored = reader.storedFields();
      TopDocs fileDocs = searcher.search(new TermQuery(new Term(Fields.DOC_TYPE, "file")), Math.max(1, reader.maxDoc()));
      for (ScoreDoc sd : fileDocs.scoreDocs) {
        FileState state = FileState.fromJson(stored.document(sd.doc).get(Fields.FILE_STATE));
        files.put(state.path(), state);
      }
      TopDocs reportDocs = searcher.search(new TermQuery(new Term(Fields.DOC_TYPE, "report")), Math.max(1, reader.maxDoc()));
      for (ScoreDoc sd : reportDocs.scoreDocs) {
        Document d = stored.document(sd.doc, Set.of(Fields.ID, Fields.PATH));
        pathsById.put(d.get(Fields.ID), new LinkedHashSet<>(List.of(d.getValues(Fields.PATH))));
      }
    }
  }

  /** The committed state of a file, or null when it was never loaded. */
  public synchronized FileState fileState(String path) {
    return files.get(path);
  }

  public synchronized boolean hasReport(String id) {
    return pathsById.containsKey(id);
  }

  /** The paths a report is known at. */
  public synchronized Set<String> paths(String id) {
    return Set.copyOf(pathsById.getOrDefault(id, Set.of()));
  }

  /**
   * Adds a report found at {@code path}, or, when a report with its id exists, adds the path to it (a duplicate).
   *
   * @return true when the report was new, or held by this path alone (a load killed after the report's commit and
   *     before its file's: the rerun is the same load, not a duplicate); false for a duplicate of another path
   */
  public boolean put(Report report, String path) throws IOException {
    // one lock per id stripe, not one for the index: documents are built and analyzed on all threads at once, while
    // two files of the same report still add their paths one after the other
    synchronized (stripe(report.id())) {
      boolean fresh;
      boolean isNew;
      List<String> all;
      synchronized (this) {
        Set<String> paths = pathsById.computeIfAbsent(report.id(), k -> new LinkedHashSet<>());
        fresh = paths.isEmpty();
        isNew = fresh || paths.equals(Set.of(path));
        paths.add(path);
        all = List.copyOf(paths);
      }
      Document doc = ReportDocuments.toDocument(report, all);
      if (fresh) {
        writer.addDocument(doc); // no older document can hold this id: skip the delete-by-term
      } else {
        writer.updateDocument(new Term(Fields.ID, report.id()), doc);
      }
      return isNew;
    }
  }

  private final Object[] stripes = new Object[64];

  {
    for (int i = 0; i < stripes.length; i++) {
      stripes[i] = new Object();
    }
  }

  private Object stripe(String id) {
    return stripes[Math.floorMod(id.hashCode(), stripes.length)];
  }

  /** Forgets that {@code path} held the reports {@code ids} (the file changed); a report left with no path goes. */
  public void detach(String path, List<String> ids) throws IOException {
    for (String id : ids) {
      synchronized (stripe(id)) {
        detachOne(path, id);
      }
    }
  }

  private synchronized void detachOne(String path, String id) throws IOException {
    Set<String> paths = pathsById.get(id);
    if (paths == null || !paths.remove(path)) {
      return;
    }
    if (paths.isEmpty()) {
      pathsById.remove(id);
      writer.deleteDocuments(new Term(Fields.ID, id));
    } else {
      rewritePaths(id, paths);
    }
  }

  private void rewritePaths(String id, Set<String> paths) throws IOException {
    writer.commit(); // make the stored record readable
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs hit = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
      if (hit.scoreDocs.length == 0) {
        return;
      }
      Report report = ReportRecords.fromStored(reader.storedFields().document(hit.scoreDocs[0].doc));
      writer.updateDocument(new Term(Fields.ID, id), ReportDocuments.toDocument(report, paths));
    }
  }

  /** Records how a file ended; committed with the next {@link #commit}. */
  public synchronized void putFileState(FileState state) throws IOException {
    boolean known = files.put(state.path(), state) != null;
    Document d = new Document();
    d.add(new StringField(Fields.DOC_TYPE, "file", Field.Store.NO));
    d.add(new StringField(Fields.FILE_PATH, state.path(), Field.Store.NO));
    d.add(new StoredField(Fields.FILE_STATE, state.toJson()));
    if (known) {
      writer.updateDocument(new Term(Fields.FILE_PATH, state.path()), d);
    } else {
      writer.addDocument(d);
    }
  }

  /** Makes everything written so far durable, with {@code userData} (e.g. the run's progress) in the commit. */
  public void commit(Map<String, String> userData) throws IOException {
    // not on this index's lock: documents keep being added while a commit writes (Lucene allows it), and what a
    // thread added before its file state is never committed after it
    synchronized (commitLock) {
      writer.setLiveCommitData(userData.entrySet());
      writer.commit();
    }
  }

  public synchronized List<FileState> fileStates() {
    return new ArrayList<>(files.values());
  }

  public IndexWriter writer() {
    return writer;
  }

  @Override
  public void close() throws IOException {
    writer.close();
    directory.close();
  }
}
