package anjuan.ingest.read;

import anjuan.ingest.IngestStatus;
import anjuan.ingest.ParseResult;
import anjuan.ingest.ParsedDocument;
import anjuan.ingest.ReportKind;
import anjuan.ingest.SourceInfo;
import anjuan.ingest.text.DocumentId;
import anjuan.ingest.text.NormalizedText;
import anjuan.ingest.text.Outline;
import anjuan.ingest.text.TextNormalizer;
import anjuan.ingest.text.TitleFinder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Reads one file into {@link ParseResult}s: detects its type with Tika, routes it to the {@link FormatReader} of
 * its family, turns every failure into a status with a reason, and normalizes the text. An archive yields one result
 * per member. This runs inside a worker process (see {@code anjuan.ingest.isolate}); it may also be used in-process.
 */
public final class DocumentReader {
  private final List<FormatReader> readers =
      List.of(new PlainTextReader(), new HtmlReader(), new PdfReader(), new ImageReader(), new OfficeReader());
  /** Tika's default configuration loads every parser and probes for Tesseract: build it once. */
  private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();
  /** Byte magic and file name only: no container detector, so nothing is unpacked to decide. */
  private static final Detector MAGIC = TikaConfig.getDefaultConfig().getMimeRepository();
  private final TextNormalizer normalizer = new TextNormalizer();
  private final Outline outline = new Outline();
  private final TitleFinder titles = new TitleFinder();
  private final ReadContext context;

  public DocumentReader(ReadContext context) {
    this.context = context;
  }

  public List<ParseResult> read(Path file) {
    return read(file, file.toString(), 0);
  }

  /**
   * Reads {@code file} when its name and its bytes both say plain text and it is at most {@code maxBytes}; empty
   * otherwise. Decoding text runs no parser that could hang, and its memory is a few times the file, so the caller
   * may read such files in its own process; everything else, a {@code .txt} that is really a zip included, is left
   * to an isolated reader. The decision looks at byte magic and the name only and never opens a container.
   */
  public Optional<List<ParseResult>> readIfPlainText(Path file, long maxBytes) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (!name.endsWith(".txt")) {
      return Optional.empty();
    }
    try {
      long bytes = Files.size(file);
      if (bytes == 0 || bytes > maxBytes) {
        return Optional.empty();
      }
      MediaType type = detect(file, MAGIC);
      if (!type.getBaseType().equals(MediaType.TEXT_PLAIN)) {
        return Optional.empty();
      }
      return Optional.of(List.of(readOne(file, file.toString(), bytes, type)));
    } catch (IOException e) {
      return Optional.empty(); // the isolated reader reports why
    }
  }

  private List<ParseResult> read(Path file, String displayPath, int depth) {
    long bytes;
    try {
      bytes = Files.size(file);
    } catch (IOException e) {
      return List.of(ParseResult.failed(displayPath, 0, IngestStatus.CORRUPT, "the file cannot be opened: " + e));
    }
    if (bytes == 0) {
      return List.of(ParseResult.failed(displayPath, 0, IngestStatus.EMPTY, "the file is empty (0 bytes)"));
    }
    if (bytes > context.limits().maxFileBytes()) {
      return List.of(ParseResult.failed(displayPath, bytes, IngestStatus.TOO_LARGE,
          "the file has " + bytes + " bytes, more than the limit of " + context.limits().maxFileBytes()));
    }
    MediaType type;
    try {
      type = detect(file, DETECTOR);
    } catch (IOException e) {
      return List.of(ParseResult.failed(displayPath, bytes, IngestStatus.CORRUPT, "the file cannot be read: " + e));
    }
    if (ArchiveReader.isArchive(type.getBaseType().toString())) {
      return readArchive(file, displayPath, bytes, depth);
    }
    return List.of(readOne(file, displayPath, bytes, type));
  }

  private static MediaType detect(Path file, Detector detector) throws IOException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    try (InputStream in = TikaInputStream.get(file)) {
      return detector.detect(in, metadata);
    }
  }

  private ParseResult readOne(Path file, String displayPath, long bytes, MediaType type) {
    FormatReader reader = readers.stream().filter(r -> r.reads(type)).findFirst().orElse(null);
    if (reader == null) {
      return ParseResult.failed(displayPath, bytes, IngestStatus.UNSUPPORTED,
          "not a report format anjuan reads (detected " + type.getBaseType() + ")");
    }
    Extraction extraction;
    try {
      extraction = reader.read(file, type, context);
    } catch (Throwable t) {
      Failures.Verdict v = Failures.classify(t, type.getBaseType().toString(), context.limits().maxChars());
      return ParseResult.failed(displayPath, bytes, v.status(), v.reason());
    }
    return toResult(displayPath, bytes, extraction);
  }

  /** Normalizes extracted text into a document; public so that tests and tools can feed text directly. */
  public ParseResult toResult(String displayPath, long bytes, Extraction extraction) {
    NormalizedText normalized = normalizer.normalize(extraction.text(), extraction.layout());
    String text = normalized.text();
    if (text.isBlank()) {
      String reason = extraction.ocr() ? "OCR found no text in the file" : "the file holds no text";
      return ParseResult.failed(displayPath, bytes, IngestStatus.EMPTY, reason);
    }
    String title = titles.title(text);
    ReportKind kind = titles.kind(title, text);
    SourceInfo source = new SourceInfo(displayPath, extraction.mediaType(), bytes, extraction.pages(),
        extraction.encoding(), extraction.ocr(), extraction.warnings());
    ParsedDocument doc = new ParsedDocument(DocumentId.of(text), source, title, kind, text, outline.sections(text));
    IngestStatus status = extraction.warnings().isEmpty() ? IngestStatus.OK : IngestStatus.OK_WITH_WARNINGS;
    return new ParseResult(displayPath, bytes, status,
        status == IngestStatus.OK ? null : String.join("; ", extraction.warnings()), doc);
  }

  private List<ParseResult> readArchive(Path file, String displayPath, long bytes, int depth) {
    if (depth >= context.limits().maxArchiveDepth()) {
      return List.of(ParseResult.failed(displayPath, bytes, IngestStatus.TOO_LARGE,
          "archives nested deeper than " + context.limits().maxArchiveDepth() + " levels are not opened"));
    }
    Path temp = null;
    try {
      temp = Files.createTempDirectory("anjuan-zip");
      List<ArchiveReader.Member> members = new ArchiveReader(context.limits()).unpack(file, temp);
      if (members.isEmpty()) {
        return List.of(ParseResult.failed(displayPath, bytes, IngestStatus.EMPTY, "the archive holds no files"));
      }
      List<ParseResult> results = new ArrayList<>();
      for (ArchiveReader.Member m : members) {
        String memberPath = displayPath + "!/" + m.name();
        if (m.failure() != null) {
          results.add(ParseResult.failed(memberPath, m.bytes(), m.failure(), m.reason()));
        } else {
          results.addAll(read(m.file(), memberPath, depth + 1));
        }
      }
      return results;
    } catch (Throwable t) {
      Failures.Verdict v = Failures.classify(t, "application/zip", context.limits().maxChars());
      return List.of(ParseResult.failed(displayPath, bytes, v.status(), v.reason()));
    } finally {
      deleteQuietly(temp);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder left behind is not worth failing a file for
    }
  }
}
