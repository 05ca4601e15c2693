package anjuan.extract.find;

import anjuan.extract.fact.Citation;
import anjuan.ingest.text.TextNormalizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Test helpers: the shared folder (seeds, real reports) when present, and the compact form of a citation. */
final class Shared {
  private Shared() {}

  /** The shared folder ({@code ../../shared} or {@code ../../../shared} from the module), when present. */
  static Optional<Path> folder() {
    return Stream.of(Path.of("..", "..", "shared"), Path.of("..", "..", "..", "shared"))
        .filter(Files::isDirectory)
        .findFirst();
  }

  /** {@code law/article[-sub][/pN][/iN][@edition]}. */
  static String compact(Citation c) {
    return c.key() + (c.edition() == null ? "" : "@" + c.edition());
  }

  static List<String> compact(List<Citation> citations) {
    return citations.stream().map(Shared::compact).toList();
  }

  static String normalize(String raw) {
    return new TextNormalizer().normalize(raw, TextNormalizer.Layout.LOGICAL).text();
  }
}
