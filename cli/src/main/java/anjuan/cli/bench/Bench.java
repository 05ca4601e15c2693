package anjuan.cli.bench;

import anjuan.cli.synth.SyntheticReports;
import anjuan.extract.Extractor;
import anjuan.extract.ReportBuilder;
import anjuan.extract.find.ActivityExtractor;
import anjuan.extract.find.CaseExtractor;
import anjuan.extract.find.CitationExtractor;
import anjuan.extract.find.ClaimExtractor;
import anjuan.extract.find.DateExtractor;
import anjuan.extract.find.HazardExtractor;
import anjuan.extract.find.ReferenceExtractor;
import anjuan.extract.measure.MeasureExtractor;
import anjuan.extract.people.PersonFinder;
import anjuan.extract.text.DocumentText;
import anjuan.index.BulkLoader;
import anjuan.index.QueryException;
import anjuan.index.ReportIndex;
import anjuan.index.ReportSearcher;
import anjuan.index.SearchRequest;
import anjuan.ingest.Json;
import anjuan.ingest.ParsedDocument;
import anjuan.ingest.isolate.ParserPool;
import anjuan.ingest.read.DocumentReader;
import anjuan.ingest.read.ReadContext;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * One benchmark run: a synthetic corpus (kept in the working folder and reused), the plain-Lucene baseline, anjuan's
 * full ingest, extraction per fact kind, and search latency, all on the same texts.
 */
public final class Bench {
  private static final int EXTRACT_SAMPLE = 1_000;

  private final Path work;
  private final int count;
  private final long seed;
  private final List<String> formats;
  private final int threads;
  private final int queries;
  private final PrintWriter log;

  public Bench(Path work, int count, long seed, List<String> formats, int threads, int queries, PrintWriter log) {
    this.work = work;
    this.count = count;
    this.seed = seed;
    this.formats = formats;
    this.threads = threads;
    this.queries = queries;
    this.log = log;
  }

  /** What a run measured. */
  public static final class Result {
    final ObjectNode json = Json.mapper().createObjectNode();

    public void write(Path file) throws IOException {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
    }

    public ObjectNode json() {
      return json;
    }

    public void print(PrintWriter out) {
      ObjectNode b = (ObjectNode) json.get("baseline");
      ObjectNode a = (ObjectNode) json.get("ingest");
      out.printf("%n%d reports, %.1f M characters, %d threads%n%n", json.get("count").asInt(),
          json.get("chars").asLong() / 1e6, json.get("threads").asInt());
      out.printf("%-26s %10s %12s %10s %12s %12s%n", "", "seconds", "chars/s", "docs/s", "peak heap", "peak RSS");
      for (String phase : List.of("baseline", "ingest")) {
        ObjectNode p = (ObjectNode) json.get(phase);
        out.printf("%-26s %10.1f %12.0f %10.1f %10d MB %10d MB%n",
            phase.equals("baseline") ? "plain Lucene + smartcn" : "anjuan ingest (all steps)",
            p.get("seconds").asDouble(), p.get("chars_per_s").asDouble(), p.get("docs_per_s").asDouble(),
            p.get("peak_heap_mb").asLong(), p.get("peak_rss_mb").asLong());
      }
      out.printf("%-26s %10s %12s%n", "", "", "(+ " + a.get("peak_workers_rss_mb").asLong() + " MB in parse workers)");
      out.printf("%nratio (anjuan / baseline throughput): %.2f%n", json.get("ratio").asDouble());
      out.printf("%nextraction alone, per fact kind (%d documents, one thread):%n", json.get("extract_sample").asInt());
      json.get("extract").fields().forEachRemaining(e -> out.printf("  %-14s %12.0f chars/s%n", e.getKey(),
          e.getValue().asDouble()));
      out.printf("%nsearch latency (ms):%n  %-18s %8s %8s %8s %8s%n", "", "p50", "p95", "p99", "max");
      json.get("search").fields().forEachRemaining(e -> out.printf("  %-18s %8.2f %8.2f %8.2f %8.2f%n", e.getKey(),
          e.getValue().get("p50").asDouble(), e.getValue().get("p95").asDouble(), e.getValue().get("p99").asDouble(),
          e.getValue().get("max").asDouble()));
      if (b == null || a == null) {
        throw new IllegalStateException("incomplete result");
      }
    }
  }

  public Result run() throws Exception {
    Result result = new Result();
    Path corpus = work.resolve("corpus-" + count + "-" + seed + "-" + String.join("_", formats));
    Path texts = corpus.resolve("texts");
    Path reports = corpus.resolve("reports");
    long chars = generate(corpus, texts, reports);
    ObjectNode j = result.json;
    j.put("count", count);
    j.put("chars", chars);
    j.put("threads", threads);
    j.put("formats", String.join(",", formats));
    j.put("java", System.getProperty("java.version"));
    j.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
    j.put("cores", Runtime.getRuntime().availableProcessors());

    log.println("anjuan: bench: baseline (plain Lucene, smartcn) …");
    ObjectNode baseline = baseline(texts, work.resolve("baseline-index-" + count), chars);
    j.set("baseline", baseline);
    log.println("anjuan: bench: anjuan ingest …");
    Path index = work.resolve("anjuan-index-" + count);
    ObjectNode ingest = ingest(reports, index, chars);
    j.set("ingest", ingest);
    j.put("ratio", ingest.get("chars_per_s").asDouble() / baseline.get("chars_per_s").asDouble());
    log.println("anjuan: bench: extraction per fact kind …");
    j.set("extract", extraction(texts));
    j.put("extract_sample", Math.min(count, EXTRACT_SAMPLE));
    log.println("anjuan: bench: search latency …");
    j.set("search", search(index));
    return result;
  }

  /** Writes the synthetic corpus once: texts for the baseline, reports in the requested formats for ingest. */
  private long generate(Path corpus, Path texts, Path reports) throws Exception {
    Path done = corpus.resolve("complete");
    if (Files.exists(done)) {
      return Long.parseLong(Files.readString(done).strip());
    }
    log.println("anjuan: bench: writing " + count + " synthetic reports to " + corpus + " …");
    Files.createDirectories(texts);
    Files.createDirectories(reports);
    SyntheticReports generator = new SyntheticReports(seed);
    long chars = 0;
    for (int i = 0; i < count; i++) {
      SyntheticReports.Sample s = generator.sample(i);
      Files.writeString(texts.resolve(s.name() + ".txt"), s.text(), StandardCharsets.UTF_8);
      String format = formats.get(i % formats.size());
      anjuan.cli.CorpusWriter.write(reports.resolve(s.name() + "." + format), s.text(), format);
      chars += s.text().length();
    }
    Files.writeString(done, Long.toString(chars));
    return chars;
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  /** Plain Lucene: one text field analyzed by SmartChineseAnalyzer, the same threads, one commit. */
  private ObjectNode baseline(Path texts, Path index, long chars) throws Exception {
    deleteTree(index);
    List<Path> files = files(texts);
    try (Monitor monitor = new Monitor();
        FSDirectory dir = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new SmartChineseAnalyzer()))) {
      long start = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      AtomicInteger next = new AtomicInteger();
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
            Document d = new Document();
            d.add(new TextField("text", Files.readString(files.get(i)), Field.Store.NO));
            writer.addDocument(d);
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      pool.shutdown();
      writer.commit();
      return phase(start, chars, files.size(), monitor);
    } finally {
      deleteTree(index);
    }
  }

  /** anjuan's whole load: parse in worker processes, extract, index, commit. */
  private ObjectNode ingest(Path reports, Path index, long chars) throws Exception {
    deleteTree(index);
    try (Monitor monitor = new Monitor();
        ParserPool pool = new ParserPool(ParserPool.Settings.defaults(threads));
        ReportIndex idx = ReportIndex.open(index)) {
      long start = System.nanoTime();
      BulkLoader loader = new BulkLoader(idx, index, pool, new ReportBuilder(), new BulkLoader.Options(threads, 1_000, 60));
      BulkLoader.Counts counts = loader.load(List.of(reports), index, c -> {});
      ObjectNode p = phase(start, chars, (int) counts.done.get(), monitor);
      p.put("failed", counts.failed.get());
      p.put("peak_workers_rss_mb", monitor.peakChildrenRss() >> 20);
      return p;
    }
  }

  private static ObjectNode phase(long start, long chars, int docs, Monitor monitor) {
    double seconds = (System.nanoTime() - start) / 1e9;
    ObjectNode p = Json.mapper().createObjectNode();
    p.put("seconds", seconds);
    p.put("docs", docs);
    p.put("chars_per_s", chars / seconds);
    p.put("docs_per_s", docs / seconds);
    p.put("peak_heap_mb", monitor.peakHeap() >> 20);
    p.put("peak_rss_mb", monitor.peakRss() >> 20);
    return p;
  }

  /** Each extractor alone over the same sample of normalized documents, one thread, after a warm-up pass. */
  private ObjectNode extraction(Path texts) throws Exception {
    DocumentReader reader = new DocumentReader(ReadContext.standalone());
    List<ParsedDocument> docs = new ArrayList<>();
    for (Path f : files(texts).subList(0, Math.min(count, EXTRACT_SAMPLE))) {
      docs.add(reader.read(f).get(0).document());
    }
    long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
    Map<String, Extractor<?>> extractors = new LinkedHashMap<>();
    extractors.put("dates", new DateExtractor());
    extractors.put("citations", new CitationExtractor());
    extractors.put("references", new ReferenceExtractor());
    extractors.put("people", new PersonFinder());
    extractors.put("case", new CaseExtractor());
    extractors.put("hazards", new HazardExtractor());
    extractors.put("activities", new ActivityExtractor());
    extractors.put("measures", new MeasureExtractor());
    extractors.put("claims", new ClaimExtractor());
    ObjectNode out = Json.mapper().createObjectNode();
    List<DocumentText> prepared = docs.stream().map(d -> new DocumentText(d.text(), d.sections(), d.kind())).toList();
    for (Map.Entry<String, Extractor<?>> e : extractors.entrySet()) {
      for (int round = 0; round < 2; round++) {
        long start = System.nanoTime();
        for (DocumentText d : prepared) {
          e.getValue().extract(d);
        }
        if (round == 1) {
          out.put(e.getKey(), chars / ((System.nanoTime() - start) / 1e9));
        }
      }
    }
    for (int round = 0; round < 2; round++) {
      long start = System.nanoTime();
      for (ParsedDocument d : docs) {
        new DocumentText(d.text(), d.sections(), d.kind());
      }
      if (round == 1) {
        out.put("sentences", chars / ((System.nanoTime() - start) / 1e9));
      }
    }
    ReportBuilder builder = new ReportBuilder();
    for (int round = 0; round < 2; round++) {
      long start = System.nanoTime();
      for (ParsedDocument d : docs) {
        builder.build(d);
      }
      if (round == 1) {
        out.put("all (build)", chars / ((System.nanoTime() - start) / 1e9));
      }
    }
    return out;
  }

  /** Latency of a fixed mix of queries on the built index, after a warm-up. */
  private ObjectNode search(Path index) throws Exception {
    Map<String, List<SearchRequest>> mix = new LinkedHashMap<>();
    mix.put("free text", Stream.of("事故", "高处坠落", "隐患排查", "\"安全教育培训\"", "有限空间作业", "应急管理局",
        "气体检测报警仪", "中毒和窒息").map(q -> request(q, null, null, null, null)).toList());
    mix.put("article", Stream.of("纪律处分条例第121条", "安全生产法第九十五条", "刑法第一百三十四条第一款",
        "政务处分法第三十九条第一款第三项").map(a -> request(null, a, null, null, null)).toList());
    mix.put("article+filters", List.of(request(null, "纪律处分条例第121条", "党内警告", null, null),
        request(null, "安全生产法第九十五条", null, 2018, 2022), request(null, "刑法第134条", null, 2015, 2019)));
    mix.put("facets", List.of(request(null, null, null, null, null), request(null, null, null, 2020, 2023)));
    ObjectNode out = Json.mapper().createObjectNode();
    try (ReportSearcher searcher = ReportSearcher.open(index)) {
      for (List<SearchRequest> requests : mix.values()) {
        for (int i = 0; i < 30; i++) {
          searcher.search(requests.get(i % requests.size()));
        }
      }
      for (Map.Entry<String, List<SearchRequest>> e : mix.entrySet()) {
        long[] nanos = new long[queries];
        for (int i = 0; i < queries; i++) {
          SearchRequest r = e.getValue().get(i % e.getValue().size());
          long start = System.nanoTime();
          searcher.search(r);
          nanos[i] = System.nanoTime() - start;
        }
        Percentiles p = Percentiles.of(nanos);
        ObjectNode n = out.putObject(e.getKey());
        n.put("queries", p.count());
        n.put("p50", p.p50());
        n.put("p95", p.p95());
        n.put("p99", p.p99());
        n.put("max", p.max());
      }
    } catch (QueryException e) {
      throw new IllegalStateException("a benchmark query is malformed: " + e.getMessage(), e);
    }
    return out;
  }

  private static SearchRequest request(String text, String article, String sanction, Integer from, Integer to) {
    return new SearchRequest(text, article, sanction, null, null, null, from, to, null, null, null, 10, 0);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
