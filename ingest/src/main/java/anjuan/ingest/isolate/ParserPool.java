package anjuan.ingest.isolate;

import anjuan.ingest.IngestStatus;
import anjuan.ingest.Json;
import anjuan.ingest.ParseResult;
import anjuan.ingest.read.DocumentReader;
import anjuan.ingest.read.ReadContext;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Parses files in worker processes, so that a hang or an out-of-memory in one file is bounded by a timeout and a
 * heap limit and never takes the caller or the batch down (the role of Tika's forked and pipes parsers). Small plain
 * text files are the exception: they are decoded in this process, where extraction reads their text anyway.
 *
 * <p>Each worker is a JVM on this process's class path running {@link ParseWorker}, started with
 * {@code -Xmx}, {@code -XX:+ExitOnOutOfMemoryError} and {@code OMP_THREAD_LIMIT=1} for Tesseract. A worker that
 * times out is killed; one that dies is replaced on the next file. Thread-safe: each call borrows a worker.
 */
public final class ParserPool implements AutoCloseable {
  /** Exit code of a JVM started with {@code -XX:+ExitOnOutOfMemoryError}. */
  private static final int OOM_EXIT = 3;
  private static final TypeReference<List<ParseResult>> RESULTS = new TypeReference<>() {};

  /**
   * @param fileTimeout how long one file may take without a sign of progress
   * @param progressGrace how long after a progress report (an OCR page starting) the worker may stay silent
   * @param plainTextBytes plain {@code .txt} files up to this size are read in this process (0: none); see
   *     {@link DocumentReader#readIfPlainText}
   */
  public record Settings(int workers, Duration fileTimeout, Duration progressGrace, int heapMegabytes,
      String workerMainClass, List<String> extraJvmArgs, long plainTextBytes) {
    public static Settings defaults(int workers) {
      return new Settings(workers, Duration.ofSeconds(120), Duration.ofSeconds(90), 768,
          ParseWorker.class.getName(), List.of(), 4L << 20);
    }

    public Settings withWorkerMainClass(String main) {
      return new Settings(workers, fileTimeout, progressGrace, heapMegabytes, main, extraJvmArgs, plainTextBytes);
    }

    public Settings withTimeout(Duration timeout) {
      return new Settings(workers, timeout, progressGrace, heapMegabytes, workerMainClass, extraJvmArgs,
          plainTextBytes);
    }

    public Settings withHeapMegabytes(int mb) {
      return new Settings(workers, fileTimeout, progressGrace, mb, workerMainClass, extraJvmArgs, plainTextBytes);
    }

    public Settings withPlainTextBytes(long bytes) {
      return new Settings(workers, fileTimeout, progressGrace, heapMegabytes, workerMainClass, extraJvmArgs, bytes);
    }
  }

  private final Settings settings;
  private final ThreadLocal<DocumentReader> local =
      ThreadLocal.withInitial(() -> new DocumentReader(ReadContext.standalone()));
  private final BlockingQueue<Worker> idle;
  private final List<Worker> all = new ArrayList<>();
  private volatile boolean closed;

  public ParserPool(Settings settings) {
    this.settings = settings;
    this.idle = new ArrayBlockingQueue<>(settings.workers());
    for (int i = 0; i < settings.workers(); i++) {
      Worker w = new Worker(i);
      all.add(w);
      idle.add(w);
    }
  }

  public int workers() {
    return settings.workers();
  }

  /** Parses one file; never throws for a bad file: every outcome is a {@link ParseResult}. */
  public List<ParseResult> parse(Path file) throws InterruptedException {
    if (settings.plainTextBytes() > 0) {
      // a worker costs more than the decoding: 0.45 µs of CPU a character at 10k .txt reports (its own JIT warm-up
      // and JSON both ways), against 0.13 µs here
      Optional<List<ParseResult>> text = local.get().readIfPlainText(file, settings.plainTextBytes());
      if (text.isPresent()) {
        return text.get();
      }
    }
    Worker worker = idle.take();
    try {
      return worker.parse(file);
    } finally {
      idle.add(worker);
    }
  }

  @Override
  public void close() {
    closed = true;
    for (Worker w : all) {
      w.stop();
    }
  }

  private final class Worker {
    private final int number;
    private Process process;
    private DataOutputStream requests;
    private BlockingQueue<Object> frames;

    Worker(int number) {
      this.number = number;
    }

    List<ParseResult> parse(Path file) throws InterruptedException {
      String display = file.toString();
      long bytes = sizeOf(file);
      try {
        ensureStarted();
        requests.writeUTF(file.toAbsolutePath().toString());
        requests.flush();
      } catch (IOException e) {
        stop();
        return List.of(ParseResult.failed(display, bytes, IngestStatus.CORRUPT,
            "the parser process could not be started: " + e.getMessage()));
      }
      long deadline = System.nanoTime() + settings.fileTimeout().toNanos();
      while (true) {
        long wait = deadline - System.nanoTime();
        Object next = wait > 0 ? frames.poll(wait, TimeUnit.NANOSECONDS) : null;
        if (next == null) {
          stop();
          return List.of(ParseResult.failed(display, bytes, IngestStatus.TIMEOUT,
              "reading the file took longer than " + settings.fileTimeout().toSeconds()
                  + " s without progress; the parser was stopped"));
        }
        if (next instanceof WorkerProtocol.Frame frame) {
          if (frame.type() == WorkerProtocol.PROGRESS) {
            deadline = Math.max(deadline, System.nanoTime() + settings.progressGrace().toNanos());
            continue;
          }
          try {
            return Json.mapper().readValue(frame.body(), RESULTS);
          } catch (IOException e) {
            stop();
            return List.of(ParseResult.failed(display, bytes, IngestStatus.CORRUPT,
                "the parser's answer could not be read: " + e.getMessage()));
          }
        }
        // the worker's output ended: it died
        int exit = exitCode();
        stop();
        if (exit == OOM_EXIT) {
          return List.of(ParseResult.failed(display, bytes, IngestStatus.TOO_LARGE,
              "reading the file needed more than the parser's " + settings.heapMegabytes() + " MB of memory"));
        }
        return List.of(ParseResult.failed(display, bytes, IngestStatus.CORRUPT,
            "the parser process crashed on this file (exit code " + exit + ")"));
      }
    }

    private int exitCode() throws InterruptedException {
      if (process.waitFor(10, TimeUnit.SECONDS)) {
        return process.exitValue();
      }
      return -1;
    }

    private void ensureStarted() throws IOException {
      if (closed) {
        throw new IOException("the parser pool is closed");
      }
      if (process != null && process.isAlive()) {
        return;
      }
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx" + settings.heapMegabytes() + "m");
      command.add("-XX:+ExitOnOutOfMemoryError");
      command.add("-XX:+UseSerialGC");
      command.add("-Djava.awt.headless=true");
      command.add("-Dfile.encoding=UTF-8");
      command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=error");
      command.addAll(settings.extraJvmArgs());
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(settings.workerMainClass());
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().put("OMP_THREAD_LIMIT", "1");
      String log = System.getenv("ANJUAN_WORKER_LOG");
      builder.redirectError(log != null ? ProcessBuilder.Redirect.appendTo(Path.of(log + "." + number).toFile())
          : ProcessBuilder.Redirect.DISCARD);
      process = builder.start();
      requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
      frames = new LinkedBlockingQueue<>();
      DataInputStream answers = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
      BlockingQueue<Object> sink = frames;
      Thread reader = new Thread(() -> {
        try {
          while (true) {
            sink.add(WorkerProtocol.read(answers));
          }
        } catch (IOException | RuntimeException | Error e) {
          sink.add(Boolean.FALSE); // end of output, or output that is not ours: the worker is gone or broken
        }
      }, "anjuan-parse-worker-" + number);
      reader.setDaemon(true);
      reader.start();
    }

    void stop() {
      if (process != null) {
        process.destroyForcibly();
        try {
          process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        process = null;
      }
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
