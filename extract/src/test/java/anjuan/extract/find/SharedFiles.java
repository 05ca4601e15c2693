package anjuan.extract.find;

import anjuan.extract.text.DocumentText;
import anjuan.ingest.ReportKind;
import anjuan.ingest.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The shared folder beside the worktrees (seeds, real reports), when present, and documents read as ingest reads them. */
final class SharedFiles {
  private SharedFiles() {}

  /** {@code /work/shared} seen from the module directory, or null when this checkout has none beside it. */
  static Path folder() {
    return Stream.of(Path.of("..", "..", "shared"), Path.of("..", "..", "..", "shared"))
        .filter(p -> Files.isDirectory(p.resolve("seeds")) || Files.isDirectory(p.resolve("real")))
        .findFirst()
        .orElse(null);
  }

  /** A text file normalized as ingest normalizes plain text, with its outline. */
  static DocumentText read(Path file, ReportKind kind) throws IOException {
    return document(Files.readString(file), kind);
  }

  static DocumentText document(String raw, ReportKind kind) {
    String text = new TextNormalizer().normalize(raw, TextNormalizer.Layout.LOGICAL).text();
    return DocumentText.of(text, kind);
  }
}
