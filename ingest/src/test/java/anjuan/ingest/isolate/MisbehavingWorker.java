package anjuan.ingest.isolate;

import anjuan.ingest.read.DocumentReader;
import anjuan.ingest.read.ReadContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A parse worker that behaves like a parser meeting a pathological file: on a file whose name contains
 * {@code hang} it never answers, on {@code hog} it allocates until the heap is exhausted, on {@code crash} it exits;
 * every other file is parsed for real.
 */
public final class MisbehavingWorker {
  public static void main(String[] args) throws Exception {
    ParseWorker.serve((path, progress) -> {
      String name = path.getFileName().toString();
      if (name.contains("hang")) {
        while (true) {
          try {
            Thread.sleep(60_000);
          } catch (InterruptedException ignored) {
            // keep hanging
          }
        }
      }
      if (name.contains("hog")) {
        List<long[]> hog = new ArrayList<>();
        while (true) {
          hog.add(new long[1 << 20]);
        }
      }
      if (name.contains("crash")) {
        Runtime.getRuntime().halt(134);
      }
      return new DocumentReader(ReadContext.standalone()).read(path);
    });
  }
}
