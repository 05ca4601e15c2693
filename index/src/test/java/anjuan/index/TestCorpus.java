package anjuan.index;

import anjuan.extract.ReportBuilder;
import anjuan.extract.fact.Report;
import anjuan.ingest.ParseResult;
import anjuan.ingest.read.DocumentReader;
import anjuan.ingest.read.ReadContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The corpus read in-process, for index tests. Scanned samples are left out: OCR is tested in ingest. */
public final class TestCorpus {
  public static final Path REPORTS = Path.of("..", "corpus", "reports");
  private static List<Report> reports;

  private TestCorpus() {}

  public static synchronized List<Report> reports() throws IOException {
    if (reports == null) {
      DocumentReader reader = new DocumentReader(ReadContext.standalone());
      ReportBuilder builder = new ReportBuilder();
      List<Report> out = new ArrayList<>();
      try (Stream<Path> files = Files.list(REPORTS)) {
        for (Path f : files.sorted().toList()) {
          String name = f.getFileName().toString();
          if (name.endsWith(".json") || name.endsWith(".png") || name.startsWith("c3-")) {
            continue;
          }
          for (ParseResult r : reader.read(f.toAbsolutePath().normalize())) {
            out.add(builder.build(r.document()));
          }
        }
      }
      reports = List.copyOf(out);
    }
    return reports;
  }

  /** An index in {@code dir} holding the corpus reports. */
  public static Path index(Path dir) throws IOException {
    try (ReportIndex index = ReportIndex.open(dir)) {
      for (Report r : reports()) {
        index.put(r, r.source().path());
      }
      index.commit(Map.of());
    }
    return dir;
  }

  public static Report named(String fileStart) throws IOException {
    return reports().stream().filter(r -> Path.of(r.source().path().replaceAll("!/.*", "")).getFileName().toString()
        .startsWith(fileStart) || r.source().path().contains("!/" + fileStart)).findFirst().orElseThrow();
  }
}
