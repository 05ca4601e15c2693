package anjuan.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import anjuan.ingest.ReportKind;
import anjuan.ingest.Section;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutlineTest {
  private static final String TEXT = String.join("\n",
      "一般灼烫事故防范整改措施和责任追究落实情况评估报告",
      "",
      "一、评估工作组织及开展情况",
      "区安委办成立了评估组。",
      "二、责任追究意见落实情况",
      "（一）孙**：时任管理站实际负责人。",
      "处理建议：约谈。",
      "（二）任**：时任副局长。",
      "1．第一点",
      "（1）细目",
      "三、事故防范整改措施落实情况",
      "附件1：",
      "",
      "评估问题清单",
      "",
      "无。");

  @Test
  void headingTreeWithLevelsNumbersAndExtents() {
    List<Section> sections = new Outline().sections(TEXT);
    assertEquals(List.of("一", "二", "一", "二", "1", "1", "三", "附件1"),
        sections.stream().map(Section::number).toList());
    assertEquals(List.of(1, 1, 2, 2, 3, 4, 1, 1), sections.stream().map(Section::level).toList());
    assertEquals(List.of("评估工作组织及开展情况", "责任追究意见落实情况", "孙**", "任**", "第一点", "细目",
        "事故防范整改措施落实情况", "评估问题清单"), sections.stream().map(Section::heading).toList());
    Section two = sections.get(1);
    // a section runs to the next heading of its level or higher
    assertEquals(TEXT.indexOf("二、"), two.span().start());
    assertEquals(TEXT.indexOf("\n三、"), two.span().end());
    for (Section s : sections) {
      assertEquals(s.heading(), s.headingSpan().of(TEXT));
    }
  }

  @ParameterizedTest
  @CsvSource({
      // marker, expected level (0 = not a heading)
      "一、总体情况, 1",
      "（三）芦草沟乡人民政府, 2",
      "(三)OCR的半角括号, 2",
      "2．加强培训, 3",
      "（12）细目, 4",
      "附件2：清单, 1",
      "一是加强风险辨识, 0",
      "2024年以来，开展工作, 0",
      "1.5米高的平台, 0",
      "附件材料齐全, 0"})
  void headingMarkers(String line, int level) {
    HeadingMarker m = HeadingMarker.at(line);
    assertEquals(level, m == null ? 0 : m.level());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "XX县“3·8”一般爆炸事故调查报告|investigation",
      "XX事故防范整改措施和责任追究落实情况评估报告|evaluation",
      "XX区人民政府关于XX事故调查报告的批复|approval",
      "关于近期两起一般生产安全事故的通报|notice",
      "关于开展危险化学品安全专项检查的通知|notice",
      "某市化工企业事故案例|other"})
  void kindFromTitle(String title, String kind) {
    assertEquals(ReportKind.valueOf(kind.toUpperCase()), new TitleFinder().kind(title, ""));
  }

  @Test
  void titleSkipsDocumentNumbersAndMastheads() {
    TitleFinder finder = new TitleFinder();
    assertEquals("青岚县安全生产委员会办公室关于开展危险化学品安全专项检查的通知",
        finder.title("青安委办〔2024〕15号\n青岚县安全生产委员会办公室关于开展危险化学品安全专项检查的通知\n各乡镇："));
    // a case text that opens with prose has no title
    assertNull(finder.title("2008年10月21日凌晨2时许，一辆装有液化石油气的槽罐车侧翻，造成6人死亡。\n接到报告后，立即赶往现场。"));
  }
}
