package anjuan.extract.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import anjuan.extract.fact.Citation;
import anjuan.extract.fact.Reference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Blast both extractors with real, random, huge and odd input: no exception, every span in bounds and exact. */
class CitationRobustnessTest {
  private static final CitationExtractor CITATIONS = new CitationExtractor();
  private static final ReferenceExtractor REFERENCES = new ReferenceExtractor();

  /** Characters the finders react to, mixed with ordinary ones. */
  private static final String ALPHABET = "《》〈〉（）()“”\"「」第条款项之一二三四五六七八九十百千零两0123456789、，,；;和及至"
      + "本该同前法条例办法规定以下简称安全生产法刑法中华人民共和国年修订修正号令 \n\t。";

  static void check(String text) {
    List<Citation> cs = CITATIONS.extract(text);
    for (Citation c : cs) {
      assertTrue(c.span().end() <= text.length(), c.toString());
      assertEquals(c.text(), c.span().of(text));
      assertTrue(c.article() >= 1 && c.article() <= ArticleParser.MAX_ARTICLE, c.toString());
      assertTrue(c.law() != null && !c.law().isEmpty(), c.toString());
    }
    for (Reference r : REFERENCES.extract(text)) {
      assertTrue(r.span().end() <= text.length(), r.toString());
      assertTrue(r.span().of(text).startsWith("《") || r.span().of(text).equals(r.written()), r.toString());
    }
  }

  static Stream<Path> realReports() throws IOException {
    Optional<Path> shared = Shared.folder();
    if (shared.isEmpty() || !Files.isDirectory(shared.get().resolve("real"))) {
      return Stream.of();
    }
    try (Stream<Path> files = Files.list(shared.get().resolve("real"))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @Test
  void realReportsArePresentWhenTheSharedFolderIs() throws IOException {
    assumeTrue(Shared.folder().isPresent());
    assertTrue(realReports().count() > 0);
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true) // the shared folder may be absent
  @MethodSource("realReports")
  void realReport(Path file) throws IOException {
    String raw = Files.readString(file);
    check(raw);
    check(Shared.normalize(raw));
  }

  @Test
  void randomText() {
    Random random = new Random(20240705);
    for (int round = 0; round < 2000; round++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(200);
      for (int i = 0; i < length; i++) {
        s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      check(s.toString());
    }
  }

  @Test
  void randomSpliceOfRealCitations() {
    String[] pieces = {"《中国共产党纪律处分条例》", "第一百五十八条", "第二款", "第（一）项", "、", "2018年", "该条例", "本条",
        "前款", "（以下简称《条例》）", "“", "”", "\"", "刑法", "一百三十三条", "之一", "（2021年修正）", "《条例》", "第"};
    Random random = new Random(7);
    for (int round = 0; round < 3000; round++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        s.append(pieces[random.nextInt(pieces.length)]);
      }
      check(s.toString());
    }
  }

  static Stream<Arguments> oddInputs() {
    return Stream.of(
        Arguments.of("empty", ""),
        Arguments.of("one bracket", "《"),
        Arguments.of("one close", "》"),
        Arguments.of("ends in 第", "《安全生产法》第"),
        Arguments.of("ends in a numeral", "《安全生产法》第一百"),
        Arguments.of("ends after 条之", "《安全生产法》第一条之"),
        Arguments.of("ends in an open item", "《安全生产法》第一条第（"),
        Arguments.of("ends in a quote", "《安全生产法》第一条“"),
        Arguments.of("surrogate pairs", "《𠀀𠀁安全生产法》第一条𠀂、第𠀃二条"),
        Arguments.of("combining marks", "《安全生产法\u0301》第\u0301一条"),
        Arguments.of("right-to-left and zero-width", "\u202E《安全生产法》\u200B第一条\u202C"),
        Arguments.of("controls and NUL", "\u0000《安全生产法》第\u0000一条\u0007"),
        Arguments.of("full-width digits", "《安全生产法》第１０９条第２项"),
        Arguments.of("lone surrogates", "《\uD800安全生产法》第一条\uDC00"),
        Arguments.of("only numerals before 条", "一二三四五六七八九十百千条条条"),
        Arguments.of("article word at start", "本条前款该条"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oddInputs")
  void oddInput(String about, String text) {
    check(text);
  }

  @Test
  void fullWidthDigitsAreRead() {
    assertEquals(List.of("中华人民共和国安全生产法/109/i2"), Shared.compact(CITATIONS.extract("《安全生产法》第１０９条第２项")));
  }

  /** Pathological repetitions finish quickly: nothing backtracks and nothing is quadratic. */
  static Stream<Arguments> repetitions() {
    return Stream.of(
        Arguments.of("《", 300_000),
        Arguments.of("》", 300_000),
        Arguments.of("第", 300_000),
        Arguments.of("条", 300_000),
        Arguments.of("一", 300_000),
        Arguments.of("“", 300_000),
        Arguments.of("（", 300_000),
        Arguments.of("第一", 150_000),
        Arguments.of("一条", 150_000),
        Arguments.of("第一条、", 75_000),
        Arguments.of("《安全生产法》", 30_000),
        Arguments.of("《安全生产法》（", 30_000),
        Arguments.of("刑法第一条", 30_000),
        Arguments.of("本条规定", 30_000),
        Arguments.of("第一条“", 30_000),
        Arguments.of("《" + "安".repeat(50), 20_000));
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("repetitions")
  void hugeRepetition(String unit, int times) {
    String text = unit.repeat(times);
    check(text); // linear scanners: a backtracking blow-up would show here as a hang
  }

}
