package anjuan.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import anjuan.extract.fact.Report;
import anjuan.ingest.ParsedDocument;
import anjuan.ingest.ReportKind;
import anjuan.ingest.SourceInfo;
import anjuan.ingest.Span;
import anjuan.ingest.text.DocumentId;
import anjuan.ingest.text.Outline;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The whole extraction on random, huge and odd input: no exception, and every span inside the text. */
class ReportBuilderRobustnessTest {
  private static final String ALPHABET = "事故调查报告评估落实情况处理建议：，。；、“”《》（）一二三四五六七八九十第条款项年月日时分"
      + "党内警告严重记过约谈孙王李张*某隐患整改项处发现已正在培训场次人余万元死亡受伤0123456789\n \u3000\uFFFD\uD83D\uDE00\u0000";
  private static final String FRAGMENTS = "（一）孙**：时任站长。\n处理建议：由区纪委监委依据相关规定进行责任追究。\n"
      + "落实情况：2024年5月31日，区纪委监委依据《中国共产党纪律处分条例》第一百四十九条之规定，给予任**同志党内严重警告处分。\n"
      + "事故调查报告要求：加强隐患排查治理。\n落实情况：共发现隐患65项，64项已完成整改，1项正在整改中。召开12场培训例会，参训360余人次。\n"
      + "2020年11月24日上午10时许，位于乌鲁木齐市米东区东瑞北路104号的管理站发生一起灼烫事故，造成1人死亡，直接经济损失115万余元。\n"
      + "附件1：\n\n问题清单\n\n无。\n";

  private static Report build(String text, ReportKind kind) {
    ParsedDocument doc = new ParsedDocument(DocumentId.of(text), new SourceInfo("t", "text/plain", 0, null, null, false,
        List.of()), null, kind, text, new Outline().sections(text));
    return new ReportBuilder().build(doc);
  }

  private static void assertSpansInBounds(Report r) {
    int n = r.text().length();
    List<Span> spans = new ArrayList<>();
    r.dates().forEach(x -> spans.add(x.span()));
    r.citations().forEach(x -> spans.add(x.span()));
    r.references().forEach(x -> spans.add(x.span()));
    r.people().forEach(x -> spans.add(x.span()));
    r.hazards().forEach(x -> spans.add(x.span()));
    r.activities().forEach(x -> spans.add(x.span()));
    r.claims().forEach(x -> spans.add(x.span()));
    r.measures().forEach(x -> spans.add(x.requirement().span()));
    r.findings().stream().filter(x -> x.span() != null).forEach(x -> spans.add(x.span()));
    for (Span s : spans) {
      assertTrue(s.start() >= 0 && s.end() <= n && s.start() <= s.end(), s + " in " + n);
    }
  }

  @Test
  void randomText() {
    Random random = new Random(11);
    for (int round = 0; round < 300; round++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(600);
      for (int i = 0; i < length; i++) {
        b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      for (ReportKind kind : ReportKind.values()) {
        assertSpansInBounds(build(b.toString(), kind));
      }
    }
  }

  @Test
  void splicedFragmentsOfRealStructure() {
    Random random = new Random(5);
    String[] lines = FRAGMENTS.split("\n");
    for (int round = 0; round < 200; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 12; i++) {
        String line = lines[random.nextInt(lines.length)];
        int cut = random.nextInt(line.length() + 1);
        b.append(random.nextBoolean() ? line : line.substring(0, cut)).append('\n');
      }
      assertSpansInBounds(build(b.toString(), ReportKind.EVALUATION));
      assertSpansInBounds(build(b.toString(), ReportKind.INVESTIGATION));
    }
  }

  @Test
  void hugeDocument() {
    Report r = build(FRAGMENTS.repeat(3_000), ReportKind.EVALUATION); // about 600,000 characters
    assertSpansInBounds(r);
    assertTrue(r.hazards().size() >= 3_000);
  }
}
