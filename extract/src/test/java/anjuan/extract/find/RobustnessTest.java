package anjuan.extract.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import anjuan.extract.fact.Activity;
import anjuan.extract.fact.HazardLedger;
import anjuan.extract.text.DocumentText;
import anjuan.ingest.ReportKind;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Random, huge and odd input: no exception, no runaway regex, spans in bounds. */
class RobustnessTest {
  private static final HazardExtractor HAZARDS = new HazardExtractor();
  private static final ActivityExtractor ACTIVITIES = new ActivityExtractor();

  /** Characters the patterns care about, so that random text comes close to matching. */
  private static final String ALPHABET = "共发现排查检查隐患问题项处条个起已均全部整改完成正在中剩余整改率%．.，、。；：\n"
      + "召开开展组织培训教育会议例会学习参训参学人次场次期轮名余多约左右第每要应未"
      + "0123456789一二两三四五六七八九十百千万公司局政府站大队（）“”*· \t";

  static void run(String text, ReportKind kind) {
    DocumentText doc = DocumentText.of(text, kind);
    for (HazardLedger h : HAZARDS.extract(doc)) {
      assertTrue(h.span().end() <= text.length() && h.span().start() < h.span().end(), h.toString());
    }
    for (Activity a : ACTIVITIES.extract(doc)) {
      assertTrue(a.span().end() <= text.length() && a.span().start() < a.span().end(), a.toString());
    }
  }

  @Test
  void randomTextNearThePatterns() {
    Random random = new Random(20240705);
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(200);
      for (int j = 0; j < n; j++) {
        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      run(sb.toString(), i % 2 == 0 ? ReportKind.EVALUATION : ReportKind.OTHER);
    }
  }

  @Test
  void randomUnicodeIncludingSurrogatesAndControls() {
    Random random = new Random(7);
    for (int i = 0; i < 500; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(300);
      for (int j = 0; j < n; j++) {
        sb.append((char) random.nextInt(0x10000));
      }
      run(sb.toString(), ReportKind.OTHER);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "\n\n\n",
      "隐患",
      "整改率",
      "共发现隐患",
      "发现隐患65项",
      // a lone surrogate and a supplementary character inside a ledger
      "共发现隐患\uD83D65项，\uD840\uDC00已整改64项。",
      // combining marks, zero-width joiner, right-to-left mark
      "共发现隐患6\u03015项\u200D，已整改\u200F64项。",
      // full-width digits that normalization would have folded
      "共发现隐患６５项，均已整改。",
      // a numeral too large for an int
      "共发现隐患99999999999999项，已整改1项。",
      "召开99999999999999场培训会，参训99999999999999人次。",
      // numbers and no units, units and no numbers
      "召开场次培训会人次参训期。",
      "第一次工作会议第二次工作会议第三次工作会议"})
  void oddInputs(String text) {
    run(text, ReportKind.EVALUATION);
    run(text, ReportKind.OTHER);
  }

  @Test
  void hugeNumbersAreDroppedNotWrapped() {
    DocumentText doc = DocumentText.of("共发现隐患99999999999999项，已整改1项。");
    assertEquals(List.of(), HAZARDS.extract(doc));
  }

  @Test
  void longRunsDoNotBacktrackCatastrophically() {
    // long runs of what the gaps and modifiers accept, with no end to match
    String[] runs = {"发现" + "安".repeat(200_000), "召开" + "1".repeat(100_000), "培训" + "安全".repeat(100_000),
        ("共检查" + "企".repeat(9)).repeat(20_000), "隐患".repeat(100_000), "，".repeat(200_000) + "隐患整改率",
        ("参训" + "人".repeat(7)).repeat(20_000)};
    for (String text : runs) {
      run(text, ReportKind.OTHER); // bounded patterns: a backtracking blow-up would show as a hang here
    }
  }

  @Test
  void denseDocumentInOneLine() {
    // six facts every 55 characters, no sentence end: one 110,000-character sentence
    String sentence = "共检查企业46家次，共排查隐患123项，已整改123项，召开专题会议3次，组织培训4期，参训96人次，";
    String text = sentence.repeat(2_000);
    DocumentText doc = DocumentText.of(text, ReportKind.OTHER);
    assertEquals(2_000, HAZARDS.extract(doc).size());
    assertEquals(4_000, ACTIVITIES.extract(doc).size());
  }

  @Test
  void hugeDocument() {
    String text = report(1_000_000);
    DocumentText doc = DocumentText.of(text, ReportKind.EVALUATION);
    assertTrue(HAZARDS.extract(doc).size() > 100);
    assertTrue(ACTIVITIES.extract(doc).size() > 100);
  }

  /** An evaluation-like text of about {@code size} characters: headings, filler, and now and then a fact. */
  static String report(int size) {
    String[] facts = {
        "共检查企业46家次，共排查隐患123项，已整改123项。",
        "组织召开安全培训会8场次，参训620余人次。",
        "区市场监督管理局召开专题会议3次，研究部署市场开办者主体责任落实工作。",
        "发现隐患30处，已整改25处，剩余3处正在整改；取缔临时交易点。"};
    String filler = "评估组对照事故调查报告逐项核查整改落实情况，查阅了相关资料，听取了有关单位汇报。";
    StringBuilder sb = new StringBuilder("三、事故防范整改措施落实情况\n");
    int unit = 0;
    while (sb.length() < size) {
      sb.append("（").append("一二三四五六七八九".charAt(unit++ % 9)).append("）澄州市第").append(unit).append("建设工程有限公司\n");
      sb.append("落实情况：");
      for (int i = 0; i < 40; i++) {
        sb.append(i % 10 == 9 ? facts[(unit + i) % facts.length] : filler);
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
