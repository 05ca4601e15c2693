package anjuan.extract.find;

import static org.junit.jupiter.api.Assertions.assertEquals;

import anjuan.extract.fact.Reference;
import anjuan.extract.text.DocumentText;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rows of text → its references as {@code type title <- written}. */
class ReferenceExtractorTest {
  private final ReferenceExtractor extractor = new ReferenceExtractor();

  private static Arguments row(String about, String text, String... expected) {
    return Arguments.of(about, text, List.of(expected));
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        row("an alias becomes the official title", "学习《安全生产法》等相关法律法规",
            "law 中华人民共和国安全生产法 <- 安全生产法"),
        row("an unknown local regulation", "依据《乌鲁木齐市安全生产举报奖励办法》依法奖励举报人员",
            "regulation 乌鲁木齐市安全生产举报奖励办法 <- 乌鲁木齐市安全生产举报奖励办法"),
        row("a report is a document", "依据《米东芦草沟市政市容环卫管理站“11·24”一般灼烫事故调查报告》",
            "document 米东芦草沟市政市容环卫管理站“11·24”一般灼烫事故调查报告 <- 米东芦草沟市政市容环卫管理站“11·24”一般灼烫事故调查报告"),
        row("a notice keeps its space", "《关于进一步加大工作力度 建立常态化规范化突发事件信息报送和现场处置工作机制的通知》",
            "document 关于进一步加大工作力度 建立常态化规范化突发事件信息报送和现场处置工作机制的通知 <- "
                + "关于进一步加大工作力度 建立常态化规范化突发事件信息报送和现场处置工作机制的通知"),
        row("an unknown Party rule", "《中共某某县委关于落实安全生产责任的规定》",
            "party_rule 中共某某县委关于落实安全生产责任的规定 <- 中共某某县委关于落实安全生产责任的规定"),
        row("a licence is a document", "未取得《道路运输经营许可证》", "document 道路运输经营许可证 <- 道路运输经营许可证"),
        row("a title with a standard number is a regulation", "《道路运输危险货物车辆标志》（GB 13392-2005）",
            "regulation 道路运输危险货物车辆标志 <- 道路运输危险货物车辆标志"),
        row("a law without 《》 before an article", "耿某的行为依据刑法第114条之规定", "law 中华人民共和国刑法 <- 刑法"),
        row("a law without 《》 and without an article is not a reference", "违反刑法的规定"),
        row("a bare 《条例》 is the law it stands for",
            "依据《生产安全事故报告和调查处理条例》，按照《条例》规定",
            "regulation 生产安全事故报告和调查处理条例 <- 生产安全事故报告和调查处理条例",
            "regulation 生产安全事故报告和调查处理条例 <- 条例"),
        row("a bare 《规定》 standing for nothing is left out", "企业虽然有《规定》，但未严格执行"),
        row("a title over two lines", "《道路运输车辆动态监督管\n理办法》",
            "regulation 道路运输车辆动态监督管理办法 <- 道路运输车辆动态监督管理办法"),
        row("the edition is not part of the title", "《中华人民共和国安全生产法（2021年修正）》",
            "law 中华人民共和国安全生产法 <- 中华人民共和国安全生产法（2021年修正）"),
        row("an unknown regulation loses its edition", "《某某省安全生产条例（2017年修订）》",
            "regulation 某某省安全生产条例 <- 某某省安全生产条例（2017年修订）"),
        row("a wrong 中华人民共和国 prefix", "《中华人民共和国烟花爆竹安全管理条例》",
            "regulation 烟花爆竹安全管理条例 <- 中华人民共和国烟花爆竹安全管理条例"),
        row("a nested 《 restarts the title", "《依据《安全生产法》", "law 中华人民共和国安全生产法 <- 安全生产法"),
        row("empty and unclosed titles", "《》和《未完的标题"),
        row("a trailing （试行） classifies by what comes before",
            "《道路客运接驳运输管理办法（试行）》", "regulation 道路客运接驳运输管理办法（试行） <- 道路客运接驳运输管理办法（试行）"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void finds(String about, String text, List<String> expected) {
    List<Reference> refs = extractor.extract(DocumentText.of(text));
    assertEquals(expected, refs.stream().map(r -> r.type() + " " + r.title() + " <- " + r.written()).toList(), about);
    for (Reference r : refs) {
      String surface = r.span().of(text);
      assertEquals(true, surface.replace("\n", "").contains(r.written()), surface);
    }
  }

  @Test
  void spanCoversTheBrackets() {
    String text = "学习《安全生产法》等";
    Reference r = extractor.extract(DocumentText.of(text)).get(0);
    assertEquals("《安全生产法》", r.span().of(text));
  }
}
