package anjuan.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import anjuan.ingest.IngestStatus;
import anjuan.ingest.ParseResult;
import anjuan.ingest.ParsedDocument;
import anjuan.ingest.ReportKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every format of the corpus, read in-process (isolation is tested in {@code ParserPoolTest}). */
class DocumentReaderTest {
  static final Path CORPUS = Path.of("..", "corpus");
  static final Path SAME = Path.of("src", "test", "resources", "same-report");
  private static final DocumentReader reader = new DocumentReader(ReadContext.standalone());

  static ParsedDocument readOk(Path file) {
    List<ParseResult> results = reader.read(file);
    assertEquals(1, results.size(), file.toString());
    ParseResult r = results.get(0);
    assertTrue(r.status().loaded(), file + ": " + r.status() + " " + r.reason());
    return r.document();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // file | media type | encoding | kind | title starts with
      "a1-investigation.docx|application/vnd.openxmlformats-officedocument.wordprocessingml.document||investigation|澄州市鸿泰化工有限公司“3·16”",
      "a2-evaluation.pdf|application/pdf||evaluation|澄州市鸿泰化工有限公司“3·16”较大中毒和窒息事故防范整改措施",
      "b1-investigation.doc|application/msword||investigation|岚溪县“8·7”",
      "b2-evaluation.txt|text/plain|GB18030|evaluation|岚溪县“8·7”",
      "c1-investigation.html|text/html|GB18030|investigation|云溪区翠湾花园项目“9·3”一般高处坠落事故调查报告",
      "c2-evaluation.odt|application/vnd.oasis.opendocument.text||evaluation|云溪区翠湾花园项目“9·3”",
      "d1-investigation.txt|text/plain|UTF-8|investigation|北塘区雨污分流改造工程“5·18”",
      "e2-evaluation.rtf|application/rtf||evaluation|西岭区惠民综合批发市场“4·26”"})
  void readsEveryFormat(String file, String mediaType, String encoding, String kind, String titleStart) {
    ParsedDocument doc = readOk(CORPUS.resolve("reports").resolve(file));
    assertEquals(mediaType, doc.source().mediaType());
    assertEquals(encoding, doc.source().encoding());
    assertEquals(ReportKind.valueOf(kind.toUpperCase()), doc.kind());
    assertNotNull(doc.title(), file);
    assertTrue(doc.title().startsWith(titleStart), doc.title());
    assertFalse(doc.source().ocr());
    assertFalse(doc.sections().isEmpty());
  }

  @Test
  void wordHeadersFootersAndPageNumbersAreNotText() {
    ParsedDocument docx = readOk(CORPUS.resolve("reports/a1-investigation.docx"));
    assertFalse(docx.text().contains("澄州市人民政府安全生产委员会"), "running header of the .docx");
    ParsedDocument pdf = readOk(CORPUS.resolve("reports/a2-evaluation.pdf"));
    ParsedDocument master = readOk(SAME.resolve("a2.utf8.txt"));
    String header = "澄州市安全生产委员会办公室";
    assertEquals(master.text().split(header, -1).length, pdf.text().split(header, -1).length, "running header of the PDF");
    assertFalse(pdf.text().matches("(?s).*- \\d+ -.*"), "page numbers of the PDF");
    assertEquals(8, pdf.source().pages());
  }

  @Test
  void governmentPageKeepsTheArticleOnly() {
    ParsedDocument html = readOk(CORPUS.resolve("reports/c1-investigation.html"));
    for (String boilerplate : new String[] {"当前位置", "首页", "发布时间", "浏览次数", "分享到", "相关链接", "主办单位", "备案号"}) {
      assertFalse(html.text().contains(boilerplate), boilerplate);
    }
    assertTrue(html.text().startsWith("云溪区翠湾花园项目“9·3”一般高处坠落事故调查报告\n"));
  }

  /** The same report as txt (UTF-8, GBK, UTF-16), docx, doc, odt, rtf, pdf and GBK html: one id, one text. */
  @Test
  void sameReportInEveryFormatHasOneId() throws IOException {
    ParsedDocument reference = readOk(SAME.resolve("a2.utf8.txt"));
    List<Path> files;
    try (Stream<Path> s = Files.list(SAME)) {
      files = s.sorted().toList();
    }
    assertEquals(9, files.size());
    for (Path f : files) {
      ParsedDocument doc = readOk(f);
      assertEquals(reference.text().replaceAll("\\s", ""), doc.text().replaceAll("\\s", ""), f.toString());
      assertEquals(reference.id(), doc.id(), f.toString());
      assertEquals(reference.title(), doc.title(), f.toString());
      assertEquals(reference.sections().size(), doc.sections().size(), f.toString());
    }
  }

  /** The seed, where the shared data is present: title joined, mid-word break joined. */
  @Test
  void seedTitleAndMidWordBreak() {
    Path seed = Path.of("..", "..", "shared", "seeds", "000_3c9f0c8498857cb8.txt");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(seed), "shared seed not present");
    ParsedDocument doc = readOk(seed);
    assertEquals("一般灼烫事故防范整改措施和责任追究落实情况评估报告", doc.title());
    assertEquals(ReportKind.EVALUATION, doc.kind());
    assertTrue(doc.text().contains("一是加强风险辨识和隐患排查治理"));
    assertEquals(15, doc.sections().size());
  }

  @ParameterizedTest
  @CsvSource({
      "empty.txt, EMPTY",
      "random-bytes.bin, UNSUPPORTED",
      "truncated.pdf, TRUNCATED",
      "encrypted.pdf, ENCRYPTED",
      "corrupt.docx, CORRUPT",
      "zip-bomb.zip, TOO_LARGE"})
  void badInputsEndInTheirStatusWithAReason(String file, IngestStatus status) {
    List<ParseResult> results = reader.read(CORPUS.resolve("bad").resolve(file));
    assertEquals(1, results.size());
    ParseResult r = results.get(0);
    assertEquals(status, r.status(), r.reason());
    assertNull(r.document());
    assertNotNull(r.reason());
    assertTrue(r.path().contains(file), r.path());
  }

  @Test
  void zipMembersAreDocumentsOfTheirOwn() {
    List<ParseResult> results = reader.read(CORPUS.resolve("reports/notices.zip"));
    assertEquals(2, results.size());
    assertTrue(results.get(0).path().endsWith("notices.zip!/f1-notice.txt"));
    assertEquals("UTF-16LE", results.get(0).document().source().encoding());
    assertTrue(results.get(1).path().endsWith("notices.zip!/g1-notice.html"));
    assertEquals(ReportKind.NOTICE, results.get(1).document().kind());
  }

  @Test
  void archivesNestedTooDeepAreNotOpened(@TempDir Path dir) throws IOException {
    byte[] inner = "附件1：\n无。".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String innerName = "report.txt";
    for (int level = 0; level < 5; level++) {
      java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(buf)) {
        zip.putNextEntry(new ZipEntry(innerName));
        zip.write(inner);
      }
      inner = buf.toByteArray();
      innerName = "level" + level + ".zip";
    }
    Path nested = dir.resolve("nested.zip");
    Files.write(nested, inner);
    List<ParseResult> results = reader.read(nested);
    assertEquals(1, results.size());
    assertEquals(IngestStatus.TOO_LARGE, results.get(0).status());
    assertTrue(results.get(0).reason().contains("nested"), results.get(0).reason());
  }

  @Test
  void textBeyondTheWriteLimitIsRefusedNotCut(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.txt");
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write("事故调查报告。\n".repeat(2000).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    ReadLimits small = new ReadLimits(1 << 30, 1000, 60, 10, 10, 2, 1 << 20, 100);
    DocumentReader strict = new DocumentReader(new ReadContext(small, new Ocr(60), p -> {}));
    ParseResult r = strict.read(big).get(0);
    assertEquals(IngestStatus.TOO_LARGE, r.status());
    assertTrue(r.reason().contains("1000"), r.reason());
  }
}
