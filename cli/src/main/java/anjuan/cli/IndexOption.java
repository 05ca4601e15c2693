package anjuan.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option every index command takes: default {@code $ANJUAN_INDEX}, else {@code anjuan-index/}. */
final class IndexOption {
  @Option(names = "--index", paramLabel = "DIR",
      description = "index folder (default: $ANJUAN_INDEX, else anjuan-index in the working directory)")
  Path dir;

  Path dir() {
    if (dir != null) {
      return dir;
    }
    String env = System.getenv("ANJUAN_INDEX");
    return Path.of(env != null && !env.isBlank() ? env : "anjuan-index");
  }
}
