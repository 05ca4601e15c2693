package anjuan.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import anjuan.ingest.text.TextNormalizer.Layout;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  private final TextNormalizer normalizer = new TextNormalizer();

  static Stream<Arguments> cases() {
    return Stream.of(
        // full-width digits and letters become half-width; CJK punctuation stays
        Arguments.of("２０２０年１１月，ＡＢｃ（一）：", Layout.LOGICAL, "2020年11月,ABc（一）：".replace(",", "，")),
        // ideographic and non-breaking spaces become spaces, then trimmed at line ends
        Arguments.of("\u3000\u3000根据规定，\u00A0现报告如下：", Layout.LOGICAL, "根据规定，现报告如下："),
        // spaces between a CJK character and a digit are PDF artefacts
        Arguments.of("2020 年 11 月 24 日上午 10 时许", Layout.LOGICAL, "2020年11月24日上午10时许"),
        // a space inside a title between two CJK words is kept in logical text
        Arguments.of("《关于进一步加大工作力度 建立常态化机制的通知》", Layout.LOGICAL, "《关于进一步加大工作力度 建立常态化机制的通知》"),
        // ... and dropped in visual (PDF/OCR) text
        Arguments.of("事故 调查 报告", Layout.VISUAL, "事故调查报告"),
        // the variants of the case-name dot
        Arguments.of("“11.24”“11•24”“3・16”\"8．7\"", Layout.LOGICAL, "“11·24”“11·24”“3·16”\"8·7\""),
        // a decimal number is not a case name
        Arguments.of("装有22.34吨液化石油气", Layout.LOGICAL, "装有22.34吨液化石油气"),
        // a title broken over two lines is joined
        Arguments.of("一般灼烫事故防范整改措施和责任\n追究落实情况评估报告\n\n正文。", Layout.LOGICAL,
            "一般灼烫事故防范整改措施和责任追究落实情况评估报告\n\n正文。"),
        // a three-line title is joined into one line
        Arguments.of("米东芦草沟市政市容环卫管理站“11·24”\n一般灼烫事故防范整改措施和责任\n追究落实情况评估问题清单\n\n无。",
            Layout.LOGICAL, "米东芦草沟市政市容环卫管理站“11·24”一般灼烫事故防范整改措施和责任追究落实情况评估问题清单\n\n无。"),
        // the mid-word break of the seed: prose that stops inside a word
        Arguments.of("落实情况：2024年以来，区市政市容环卫管理站一是加\n强风险辨识和隐患排查治理。", Layout.LOGICAL,
            "落实情况：2024年以来，区市政市容环卫管理站一是加强风险辨识和隐患排查治理。"),
        // a heading is never joined to the paragraph under it
        Arguments.of("一、评估工作组织及开展情况\n区安委办成立了评估组。", Layout.LOGICAL, "一、评估工作组织及开展情况\n区安委办成立了评估组。"),
        // a short title line followed by prose is not joined
        Arguments.of("事故调查报告\n2020年11月24日上午，发生一起事故。", Layout.LOGICAL, "事故调查报告\n2020年11月24日上午，发生一起事故。"),
        // a complete sentence ends its line
        Arguments.of("发生一起事故。\n事故造成1人死亡。", Layout.LOGICAL, "发生一起事故。\n事故造成1人死亡。"),
        // CRLF and runs of blank lines
        Arguments.of("甲。\r\n\r\n\r\n\r\n乙。\r\n", Layout.LOGICAL, "甲。\n\n乙。"),
        // zero-width characters and soft hyphens vanish
        Arguments.of("事\u200B故\uFEFF调\u00AD查", Layout.LOGICAL, "事故调查"),
        // Kangxi radicals from PDF text layers become the unified ideograph
        Arguments.of("\u2F00\u822C事故", Layout.LOGICAL, "一般事故"),
        // page-number lines left by Word footers go
        Arguments.of("第一段。\n- 8 -\n第二段。\n第 3 页 共 8 页", Layout.LOGICAL, "第一段。\n第二段。"),
        // a visual line that fills the width wraps inside the sentence and is joined
        Arguments.of("这是一个很长的句子它在打印时换行了因为行宽\n有限。\n短行。\n这是一个很长的句子它在打印时换行了因为行宽\n有限。",
            Layout.VISUAL, "这是一个很长的句子它在打印时换行了因为行宽有限。\n短行。\n这是一个很长的句子它在打印时换行了因为行宽有限。"),
        // a number wrapped at the end of a full visual line is one number (found on synthetic PDFs)
        Arguments.of("组织召开安全培训会20场次，参训3\n08人次，考核合格率达到百分之百。\n短行。\n组织召开安全培训会20场次，参训3\n08人次。",
            Layout.VISUAL, "组织召开安全培训会20场次，参训308人次，考核合格率达到百分之百。\n短行。\n组织召开安全培训会20场次，参训308人次。"),
        // table rows (tab-separated cells) are never joined
        Arguments.of("姓名\t职务\n张三\t站长", Layout.LOGICAL, "姓名 职务\n张三 站长"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void normalizes(String raw, Layout layout, String expected) {
    NormalizedText n = normalizer.normalize(raw, layout);
    assertEquals(expected, n.text());
    assertMapIsSound(raw, n);
  }

  @Test
  void offsetsPointBackToTheSourceCharacter() {
    String raw = "  标题\n\n２０２０ 年１１月，“11.24”事故。\r\n";
    NormalizedText n = normalizer.normalize(raw, Layout.LOGICAL);
    assertEquals("标题\n\n2020年11月，“11·24”事故。", n.text());
    int y = n.text().indexOf('年');
    assertEquals('年', raw.charAt(n.sourceOffset(y)));
    int two = n.text().indexOf('2');
    assertEquals('２', raw.charAt(n.sourceOffset(two)));
    int dot = n.text().indexOf('·');
    assertEquals('.', raw.charAt(n.sourceOffset(dot)));
    assertEquals(raw.length(), n.sourceOffset(n.text().length()));
  }

  @Test
  void randomInputNeverThrowsAndKeepsTheMapInBounds() {
    Random random = new Random(42);
    String alphabet = "事故调查报告，。：；“”《》（）一二三、1234 \n\r\t\u3000\u00A0\uFF11.·•?ab\u2F00\uFEFF\uD83D\uDE00";
    for (int round = 0; round < 2000; round++) {
      StringBuilder raw = new StringBuilder();
      int length = random.nextInt(200);
      for (int i = 0; i < length; i++) {
        raw.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      for (Layout layout : Layout.values()) {
        assertMapIsSound(raw.toString(), normalizer.normalize(raw.toString(), layout));
      }
    }
  }

  @Test
  void hugeInputIsLinear() {
    String paragraph = "2020年11月24日上午10时许，位于乌鲁木齐市米东区的管理站发生一起灼烫事故，\n事故造成1人死亡。\n";
    String raw = paragraph.repeat(40_000); // 2.5 M chars
    NormalizedText n = normalizer.normalize(raw, Layout.VISUAL);
    assertTrue(n.text().length() > 2_000_000);
  }

  private static void assertMapIsSound(String raw, NormalizedText n) {
    int[] map = n.toSource();
    assertEquals(n.text().length() + 1, map.length);
    for (int i = 0; i < map.length; i++) {
      assertTrue(map[i] >= 0 && map[i] <= raw.length(), "offset " + i + " maps to " + map[i]);
      if (i > 0) {
        assertTrue(map[i] >= map[i - 1], "map goes backwards at " + i);
      }
    }
  }
}
