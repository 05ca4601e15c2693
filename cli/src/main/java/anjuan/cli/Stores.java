package anjuan.cli;

import anjuan.index.ReportStore;
import java.io.IOException;
import java.nio.file.NoSuchFileException;

/** Opens the index for reading, turning a missing index into a usage error. */
final class Stores {
  private Stores() {}

  static ReportStore open(IndexOption index) throws IOException {
    try {
      return ReportStore.open(index.dir());
    } catch (NoSuchFileException e) {
      throw new UsageException("no index at " + e.getMessage());
    }
  }
}
