package anjuan.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Searches the index: free text over words and bigrams, articles by key, exact filters, facet counts, and evidence
 * for every hit. Hostile queries fail fast with a {@link QueryException}: too long, leading wildcards, more than
 * {@link #MAX_CLAUSES} clauses, regular expressions too complex to run, or more than {@link #TIMEOUT_MS} of work.
 */
public final class ReportSearcher implements AutoCloseable {
  static final int MAX_QUERY_CHARS = 1_000;
  static final int MAX_CLAUSES = 1_024;
  static final long TIMEOUT_MS = 1_000;
  static final int MAX_LIMIT = 1_000;
  private static final int FACET_TOP = 10;
  /** Hits counted exactly while ranking; beyond this, ranking skips what cannot reach the page (the total comes from the facet pass). */
  private static final int TOTAL_HITS_THRESHOLD = 1_000;

  private final IndexReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer = ReportAnalyzers.perField();
  private SortedSetDocValuesReaderState facetState;
  private boolean noFacets;

  /** Segments are searched and facets counted on all cores (measured at 100k reports: a query's passes 1.3–3 times faster on two). */
  private static final ExecutorService SEARCH_THREADS = Executors.newFixedThreadPool(
      Runtime.getRuntime().availableProcessors(), r -> {
        Thread t = new Thread(r, "anjuan-search");
        t.setDaemon(true);
        return t;
      });

  private ReportSearcher(IndexReader reader) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader, SEARCH_THREADS);
    IndexSearcher.setMaxClauseCount(MAX_CLAUSES);
  }

  public static ReportSearcher open(Path dir) throws IOException {
    if (!Files.isDirectory(dir) || !DirectoryReader.indexExists(FSDirectory.open(dir))) {
      throw new java.nio.file.NoSuchFileException(dir + " (no index here: run anjuan ingest first)");
    }
    return new ReportSearcher(DirectoryReader.open(FSDirectory.open(dir)));
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  public SearchResult search(SearchRequest request) throws IOException, QueryException {
    Query textQuery = request.text() == null || request.text().isBlank() ? null : parseText(request.text());
    String articleKey = request.article() == null || request.article().isBlank() ? null : ArticleQuery.key(request.article());
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(Fields.DOC_TYPE, "report")), BooleanClause.Occur.FILTER);
    if (textQuery != null) {
      b.add(textQuery, BooleanClause.Occur.MUST);
    }
    if (articleKey != null) {
      b.add(new TermQuery(new Term(Fields.ARTICLE, articleKey)), BooleanClause.Occur.MUST);
    }
    filter(b, Fields.SANCTION, request.sanction());
    filter(b, Fields.TYPE, request.type());
    filter(b, Fields.GRADE, request.grade());
    filter(b, Fields.KIND, request.kind());
    filter(b, Fields.PERSON, request.person());
    if (request.yearFrom() != null || request.yearTo() != null) {
      int from = request.yearFrom() == null ? Integer.MIN_VALUE : request.yearFrom();
      int to = request.yearTo() == null ? Integer.MAX_VALUE : request.yearTo();
      b.add(IntPoint.newRangeQuery(Fields.YEAR, from, to), BooleanClause.Occur.FILTER);
    }
    if (request.place() != null && !request.place().isBlank()) {
      BooleanQuery.Builder place = new BooleanQuery.Builder();
      for (String f : new String[] {Fields.PROVINCE, Fields.CITY, Fields.DISTRICT}) {
        place.add(new TermQuery(new Term(f, request.place())), BooleanClause.Occur.SHOULD);
      }
      place.add(phrase(Fields.PLACE, request.place()), BooleanClause.Occur.SHOULD);
      b.add(place.build(), BooleanClause.Occur.FILTER);
    }
    if (request.unit() != null && !request.unit().isBlank()) {
      b.add(phrase(Fields.UNIT_TEXT, request.unit()), BooleanClause.Occur.FILTER);
    }
    Query query = b.build();
    int limit = Math.max(0, Math.min(request.limit(), MAX_LIMIT));
    int offset = Math.max(0, request.offset());
    searcher.setTimeout(new QueryTimeoutImpl(TIMEOUT_MS));
    FacetsCollector matching;
    TopDocs top;
    try {
      // two passes: counting and facets need every match but no score (a phrase needs only its first occurrence per
      // document); the ranked page needs scores but, past TOTAL_HITS_THRESHOLD, may skip documents that cannot rank
      matching = searcher.search(query, new FacetsCollectorManager());
      top = searcher.search(query, new TopScoreDocCollectorManager(Math.max(1, offset + limit), null, TOTAL_HITS_THRESHOLD));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QueryException("the query expands to more than " + MAX_CLAUSES + " clauses; make it narrower", e);
    } catch (TooComplexToDeterminizeException e) {
      throw new QueryException("the query's pattern is too complex to run", e);
    }
    if (searcher.timedOut()) {
      throw new QueryException("the query took longer than " + TIMEOUT_MS + " ms; make it narrower");
    }
    long total = 0;
    for (FacetsCollector.MatchingDocs m : matching.getMatchingDocs()) {
      total += m.totalHits;
    }
    ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length),
        Math.min(offset + limit, top.scoreDocs.length));
    String[] highlights = textQuery == null || page.length == 0 ? null : highlight(textQuery, page);
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      Document d = reader.storedFields().document(page[i].doc);
      ObjectNode record = ReportDocuments.record(d);
      List<String> snippets = new ArrayList<>();
      if (highlights != null && highlights[i] != null) {
        snippets.add(highlights[i]);
      }
      if (articleKey != null) {
        snippets.addAll(Evidence.citing(record, articleKey));
      }
      List<String> paths = List.of(d.getValues(Fields.PATH));
      hits.add(new SearchResult.Hit(d.get(Fields.ID), text(record, "title"), text(record, "kind"),
          paths.isEmpty() ? null : paths.get(0), paths, text(record.path("case"), "name"), page[i].score, snippets));
    }
    return new SearchResult(total, hits, facets(matching));
  }

  private Query parseText(String text) throws QueryException {
    if (text.length() > MAX_QUERY_CHARS) {
      throw new QueryException("the query has " + text.length() + " characters; at most " + MAX_QUERY_CHARS + " are allowed");
    }
    Map<String, Float> boosts = Map.of(Fields.TEXT, 2f, Fields.TITLE, 3f, Fields.BIGRAMS, 1f);
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(new String[] {Fields.TEXT, Fields.TITLE, Fields.BIGRAMS}, analyzer, boosts);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    // a word typed without spaces (灼烫事故) must match as a phrase, not as any of its pieces
    parser.setSplitOnWhitespace(true);
    parser.setAutoGeneratePhraseQueries(true);
    parser.setAllowLeadingWildcard(false);
    parser.setDeterminizeWorkLimit(10_000);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      throw new QueryException("cannot read the query \"" + text + "\": " + firstLine(e.getMessage()), e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QueryException("the query expands to more than " + MAX_CLAUSES + " clauses; make it narrower", e);
    } catch (TooComplexToDeterminizeException | IllegalArgumentException e) {
      throw new QueryException("cannot run the query \"" + text + "\": " + firstLine(e.getMessage()), e);
    }
  }

  /** A phrase of bigrams on {@code field}: {@code 区城市管理局} matches inside a longer unit name. */
  private static Query phrase(String field, String text) throws QueryException {
    QueryParser parser = new QueryParser(field, ReportAnalyzers.bigrams());
    try {
      Query q = parser.createPhraseQuery(field, text.replaceAll("\\s+", ""));
      return q == null ? new MatchAllDocsQuery() : q;
    } catch (RuntimeException e) {
      throw new QueryException("cannot read \"" + text + "\"", e);
    }
  }

  private static void filter(BooleanQuery.Builder b, String field, String value) {
    if (value != null && !value.isBlank()) {
      b.add(new TermQuery(new Term(field, value.strip())), BooleanClause.Occur.FILTER);
    }
  }

  private String[] highlight(Query query, ScoreDoc[] page) throws IOException {
    // passages are sentences ending in 。 (the default break iterator does not know Chinese full stops); matches
    // are marked 【…】 as in the rest of the output
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withMaxLength(1_000_000)
        .withBreakIterator(() -> new CustomSeparatorBreakIterator('。'))
        .withFormatter(new DefaultPassageFormatter("【", "】", " … ", false))
        .build();
    TopDocs pageDocs = new TopDocs(new org.apache.lucene.search.TotalHits(page.length,
        org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), page);
    return highlighter.highlight(Fields.TEXT, query, pageDocs, 2);
  }

  private Map<String, Map<String, Long>> facets(FacetsCollector matching) throws IOException {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    SortedSetDocValuesReaderState state = facetState();
    if (state == null) {
      return out; // no facet values indexed yet
    }
    Facets counts;
    try {
      counts = new ConcurrentSortedSetDocValuesFacetCounts(state, matching, SEARCH_THREADS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while counting facets", e);
    }
    for (String dim : Fields.FACETS) {
      Map<String, Long> values = new LinkedHashMap<>();
      try {
        FacetResult fr = counts.getTopChildren(FACET_TOP, dim);
        if (fr != null) {
          for (LabelAndValue lv : fr.labelValues) {
            values.put(lv.label, lv.value.longValue());
          }
        }
      } catch (IllegalArgumentException e) {
        // dimension absent from the index
      }
      out.put(dim, values);
    }
    return out;
  }

  /** Built once per reader: it maps every facet value of every segment to a global ordinal, which is not cheap. */
  private synchronized SortedSetDocValuesReaderState facetState() throws IOException {
    if (facetState == null && !noFacets) {
      try {
        facetState = new DefaultSortedSetDocValuesReaderState(reader, ReportDocuments.facets());
      } catch (IllegalArgumentException e) {
        noFacets = true;
      }
    }
    return facetState;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isMissingNode() || v.isNull() ? null : v.asText();
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }

  public IndexReader reader() {
    return reader;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
