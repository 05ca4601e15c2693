package anjuan.ingest.isolate;

import anjuan.ingest.Json;
import anjuan.ingest.ParseResult;
import anjuan.ingest.read.DocumentReader;
import anjuan.ingest.read.Ocr;
import anjuan.ingest.read.ReadContext;
import anjuan.ingest.read.ReadLimits;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The main class of a parse worker process: reads paths from stdin, parses each with {@link DocumentReader}, and
 * answers on stdout. A hang or an out-of-memory here ends this process only; the parent records the file and goes
 * on with a fresh worker.
 */
public final class ParseWorker {
  private ParseWorker() {}

  public static void main(String[] args) throws IOException {
    ReadLimits limits = ReadLimits.defaults();
    int pageTimeout = Integer.getInteger("anjuan.ocr.pageTimeout", limits.ocrPageTimeoutSeconds());
    // one reader for the worker's life (Tika's configuration is costly to build); progress goes to the current file
    AtomicReference<Consumer<String>> current = new AtomicReference<>(m -> {});
    DocumentReader reader =
        new DocumentReader(new ReadContext(limits, new Ocr(pageTimeout), m -> current.get().accept(m)));
    serve((path, progress) -> {
      current.set(progress);
      return reader.read(path);
    });
  }

  /** Serves requests with {@code parser} until stdin closes; shared with test workers that misbehave on purpose. */
  public static void serve(BiFunction<Path, Consumer<String>, List<ParseResult>> parser) throws IOException {
    DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true)); // stray prints must not corrupt frames
    DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
    while (true) {
      String path;
      try {
        path = in.readUTF();
      } catch (EOFException e) {
        return;
      }
      Consumer<String> progress = message -> {
        try {
          WorkerProtocol.write(out, WorkerProtocol.PROGRESS, message);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      };
      List<ParseResult> results = parser.apply(Path.of(path), progress);
      WorkerProtocol.write(out, WorkerProtocol.RESULT, Json.mapper().writeValueAsBytes(results));
    }
  }
}
