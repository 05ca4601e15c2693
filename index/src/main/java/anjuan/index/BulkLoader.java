package anjuan.index;

import anjuan.extract.ReportBuilder;
import anjuan.extract.fact.Report;
import anjuan.ingest.ParseResult;
import anjuan.ingest.isolate.ParserPool;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Loads folders of report files into the index: every file is parsed in a worker process, extracted and indexed on
 * all cores, and ends in one row of the ingest report ({@code ingest-report.jsonl} in the index folder) with one of
 * the statuses loaded, duplicate, unchanged or a failure status with its reason.
 *
 * <p>Reruns touch only new or changed files (same path, size, modification time and SHA-256 as the last load:
 * unchanged). Progress is committed every {@link Options#commitEvery()} files and every
 * {@link Options#commitSeconds()} seconds together with the file states, so a crash at any moment leaves an index
 * that opens at its last commit, and the rerun completes the load without duplicates.
 */
public final class BulkLoader {
  /** How a load runs. */
  public record Options(int threads, int commitEvery, int commitSeconds) {
    public static Options defaults() {
      return new Options(Math.max(1, Runtime.getRuntime().availableProcessors()), 500, 30);
    }
  }

  /** Counts so far, for progress display and the summary. */
  public static final class Counts {
    public final AtomicLong total = new AtomicLong();
    public final AtomicLong done = new AtomicLong();
    public final AtomicLong documents = new AtomicLong();
    public final AtomicLong failed = new AtomicLong();
    public final Map<String, Long> byStatus = new LinkedHashMap<>();
    public final List<FileState> failures = new ArrayList<>();

    synchronized void count(FileState row) {
      byStatus.merge(row.status(), 1L, Long::sum);
      if (row.failed()) {
        failures.add(row);
      }
    }

    public synchronized Map<String, Long> byStatus() {
      return new LinkedHashMap<>(byStatus);
    }
  }

  /** Receives progress; called from worker threads. */
  public interface Progress {
    void update(Counts counts);
  }

  public static final String REPORT_FILE = "ingest-report.jsonl";

  private final ReportIndex index;
  private final ParserPool pool;
  private final ReportBuilder builder;
  private final Options options;
  private final Path reportFile;

  public BulkLoader(ReportIndex index, Path indexDir, ParserPool pool, ReportBuilder builder, Options options) {
    this.index = index;
    this.pool = pool;
    this.builder = builder;
    this.options = options;
    this.reportFile = indexDir.resolve(REPORT_FILE);
  }

  /** Loads every file under {@code roots}; returns the counts by status. */
  public Counts load(List<Path> roots, Path indexDir, Progress progress) throws IOException, InterruptedException {
    List<Path> files = files(roots, indexDir);
    Counts counts = new Counts();
    counts.total.set(files.size());
    progress.update(counts);
    ExecutorService executor = Executors.newFixedThreadPool(options.threads());
    Object commitLock = new Object();
    long[] lastCommit = {System.nanoTime(), 0};
    try (BufferedWriter report = Files.newBufferedWriter(reportFile, StandardCharsets.UTF_8)) {
      List<Future<?>> futures = new ArrayList<>();
      for (Path file : files) {
        futures.add(executor.submit(() -> {
          List<FileState> rows = loadOne(file);
          long done;
          boolean due;
          synchronized (commitLock) {
            for (FileState row : rows) {
              report.write(row.toJson());
              report.newLine();
              counts.count(row);
              if (row.failed()) {
                counts.failed.incrementAndGet();
              }
              counts.documents.incrementAndGet();
            }
            report.flush();
            done = counts.done.incrementAndGet();
            due = done - lastCommit[1] >= options.commitEvery()
                || System.nanoTime() - lastCommit[0] > options.commitSeconds() * 1_000_000_000L;
            if (due) {
              lastCommit[0] = System.nanoTime();
              lastCommit[1] = done;
            }
          }
          if (due) {
            // outside the lock: the other threads go on parsing and indexing while the segments are written
            index.commit(Map.of("files_done", String.valueOf(done), "time", Instant.now().toString()));
          }
          progress.update(counts);
          return null;
        }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof IOException io) {
            throw io;
          }
          throw new IllegalStateException("loading failed: " + cause, cause);
        }
      }
      index.commit(Map.of("files_done", String.valueOf(counts.done.get()), "time", Instant.now().toString(),
          "complete", "true"));
    } finally {
      executor.shutdownNow();
    }
    progress.update(counts);
    return counts;
  }

  /** Loads one file; returns its rows of the ingest report (one per document of an archive). */
  List<FileState> loadOne(Path file) throws IOException, InterruptedException {
    String path = file.toAbsolutePath().normalize().toString();
    long size = Files.size(file);
    long mtime = Files.getLastModifiedTime(file).toMillis();
    String hash = sha256(file);
    String now = Instant.now().toString();
    FileState previous = index.fileState(path);
    if (previous != null && !previous.failed() && previous.size() == size && previous.mtime() == mtime
        && previous.hash().equals(hash)) {
      return List.of(previous.withStatus("unchanged", null, now));
    }
    if (previous != null && !previous.hash().equals(hash)) {
      index.detach(path, previous.ids()); // the file changed: its old reports go unless found elsewhere too
    }
    List<ParseResult> results = pool.parse(Path.of(path));
    List<FileState> rows = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    String fileStatus = null;
    String fileReason = null;
    for (ParseResult r : results) {
      String rowPath = r.path();
      if (!r.status().loaded()) {
        rows.add(new FileState(rowPath, r.bytes(), mtime, hash, r.status().wire(), r.reason(), List.of(), now));
        fileStatus = fileStatus == null ? r.status().wire() : fileStatus;
        fileReason = fileReason == null ? r.reason() : fileReason;
        continue;
      }
      Report report = builder.build(r.document());
      boolean isNew = index.put(report, rowPath);
      String status = isNew ? "loaded" : "duplicate";
      String reason = isNew ? r.reason() : "same report as " + String.join(", ", otherPaths(report.id(), rowPath));
      rows.add(new FileState(rowPath, r.bytes(), mtime, hash, status, reason, List.of(report.id()), now));
      ids.add(report.id());
    }
    // the file's own state: failed if any of its documents failed, so the next load tries it again
    String status = fileStatus != null ? fileStatus : "loaded";
    index.putFileState(new FileState(path, size, mtime, hash, status, fileReason, ids, now));
    return rows;
  }

  private List<String> otherPaths(String id, String path) {
    return index.paths(id).stream().filter(p -> !p.equals(path)).toList();
  }

  /** Every regular file under the roots, in a stable order; gold files and the index itself are not reports. */
  static List<Path> files(List<Path> roots, Path indexDir) throws IOException {
    Path skip = indexDir.toAbsolutePath().normalize();
    List<Path> out = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        throw new java.nio.file.NoSuchFileException(root.toString());
      }
      try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> !p.toAbsolutePath().normalize().startsWith(skip))
            .filter(p -> !p.getFileName().toString().endsWith(".expected.json"))
            .filter(p -> !p.getFileName().toString().startsWith("."))
            .sorted()
            .forEach(out::add);
      }
    }
    return out;
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int r;
      while ((r = in.read(buf)) > 0) {
        sha.update(buf, 0, r);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
