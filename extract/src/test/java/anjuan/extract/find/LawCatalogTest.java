package anjuan.extract.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import anjuan.extract.fact.Reference;
import anjuan.extract.text.DocumentText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class LawCatalogTest {
  private static final LawCatalog CATALOG = LawCatalog.standard();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", value = {
      "《安全生产法》 => 中华人民共和国安全生产法 law",
      "中华人民共和国安全生产法（2021年修正） => 中华人民共和国安全生产法 law",
      "中华人民共和国安全生产法(2021年修正) => 中华人民共和国安全生产法 law",
      "《 安全生产法 》 => 中华人民共和国安全生产法 law",
      "政务处分法 => 中华人民共和国公职人员政务处分法 law",
      "中华人民共和国道路交通安全法实施条例 => 中华人民共和国道路交通安全法实施条例 regulation",
      "道路运输条例 => 中华人民共和国道路运输条例 regulation",
      "中华人民共和国烟花爆竹安全管理条例 => 烟花爆竹安全管理条例 regulation",
      "中华人民共和国监察法 => 中华人民共和国监察法 law",
      "刑法修正案(十一) => 中华人民共和国刑法修正案（十一） law",
      "建设项目安全设施\"三同时\"监督管理办法 => 建设项目安全设施“三同时”监督管理办法 regulation",
      "中国共产党纪律处分条例（2018年修订） => 中国共产党纪律处分条例 party_rule",
      "生产安全事故罚款处罚规定（试行） => 生产安全事故罚款处罚规定（试行） regulation",
      "乌鲁木齐市安全生产举报奖励办法 => 乌鲁木齐市安全生产举报奖励办法 regulation",
      "公司法 => 公司法 law",
      "中共某某县委关于落实安全生产责任的规定 => 中共某某县委关于落实安全生产责任的规定 party_rule",
      "某某省安全生产条例（2017年修订） => 某某省安全生产条例 regulation",
      "GB 6441-1986 => 企业职工伤亡事故分类 regulation",
      "GB 50057-2010 => GB 50057-2010 regulation",
      "某某公司安全操作方法 => 某某公司安全操作方法 document",
      "事故调查报告 => 事故调查报告 document",
      "湖南省公路安全生命防护工程方案(2017-2019年) => 湖南省公路安全生命防护工程方案(2017-2019年) document",
      "道路运输经营许可证 => 道路运输经营许可证 document",
  })
  void resolves(String written, String expected) {
    LawTitle t = CATALOG.resolve(written);
    assertEquals(expected, t.title() + " " + t.type());
  }

  /** Every example in laws.tsv, run through the reference extractor, yields its row's title and type. */
  static Stream<Arguments> lawExamples() {
    return CATALOG.rows().stream().map(r -> Arguments.of(r.title(), r.type(), r.example()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lawExamples")
  void everyLawExampleYieldsItsTitle(String title, String type, String example) {
    assertFalse(example.isBlank(), "no example for " + title);
    List<Reference> refs = new ReferenceExtractor().extract(DocumentText.of(example));
    assertTrue(refs.stream().anyMatch(r -> r.title().equals(title) && r.type().equals(type)),
        example + " → " + refs);
  }

  @Test
  void noAliasLeadsToTwoLaws() {
    Map<String, List<String>> collisions = CATALOG.keys().entrySet().stream()
        .filter(e -> e.getValue().size() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertEquals(Map.of(), collisions);
  }

  @Test
  void noTitleWithoutItsPrefixIsAnotherLawsAlias() {
    for (LawCatalog.Row row : CATALOG.rows()) {
      if (row.title().startsWith("中华人民共和国")) {
        String bare = row.title().substring("中华人民共和国".length());
        assertEquals(row.title(), CATALOG.find(bare).map(LawTitle::title).orElse(row.title()), bare);
      }
    }
  }

  @Test
  void typesAreKnown() {
    for (LawCatalog.Row row : CATALOG.rows()) {
      assertTrue(List.of("law", "regulation", "party_rule").contains(row.type()), row.title());
    }
  }

  /** Every example in title_types.tsv classifies as its row's type. */
  static Stream<Arguments> typeExamples() {
    return CATALOG.types().rules().stream()
        .flatMap(rule -> rule.examples().stream().map(e -> Arguments.of(rule.type(), e)));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("typeExamples")
  void everyTypeExampleClassifies(String type, String example) {
    assertEquals(type, CATALOG.types().classify(example), example);
  }

  @Test
  void everyTypeRuleHasExamples() {
    for (TitleTypes.Rule rule : CATALOG.types().rules()) {
      assertFalse(rule.examples().isEmpty(), rule.toString());
    }
  }

  @Test
  void everyShortFormHasAnExampleAndExpectation() {
    for (ShortForms.Form f : ShortForms.standard().forms()) {
      assertFalse(f.example().isBlank() || f.expected().isBlank(), f.form());
      assertTrue(f.example().contains(f.form()), f.form());
    }
  }

  /** Every data row has exactly the columns of its header: a missing tab shifts examples into another column. */
  @ParameterizedTest
  @CsvSource({"laws.tsv, 4", "title_types.tsv, 5", "short_forms.tsv, 5"})
  void dataRowsHaveTheirColumns(String file, int columns) throws IOException {
    try (InputStream in = LawCatalog.class.getResourceAsStream("/anjuan/extract/" + file)) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (String line : lines) {
        if (!line.isBlank() && !line.startsWith("#")) {
          assertEquals(columns, line.split("\t", -1).length, file + ": " + line);
        }
      }
    }
  }

  @Test
  void namesWithoutBracketsEndingAt() {
    String text = "依据中华人民共和国安全生产法第九十五条";
    int end = text.indexOf('第');
    assertEquals("中华人民共和国安全生产法".length(), CATALOG.nameEndingAt(text, end));
    assertEquals(0, CATALOG.nameEndingAt("依照公司法第三条", 5));
  }
}
