package anjuan.extract.find;

import static anjuan.extract.find.Shared.compact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import anjuan.extract.fact.Citation;
import anjuan.extract.text.DocumentText;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rows of text → the citations it must yield, in order, as {@code law/article[-sub][/pN][/iN][@edition]}. */
class CitationExtractorTest {
  private static final String DISCIPLINE = "中国共产党纪律处分条例";
  private static final String ACCOUNTABILITY = "中国共产党问责条例";
  private static final String SAFETY = "中华人民共和国安全生产法";
  private static final String CRIMINAL = "中华人民共和国刑法";
  private static final String HAZCHEM = "危险化学品安全管理条例";
  private static final String ACCIDENTS = "生产安全事故报告和调查处理条例";

  private final CitationExtractor extractor = new CitationExtractor();

  private static Arguments row(String about, String text, String... expected) {
    return Arguments.of(about, text, List.of(expected));
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        row("two articles of one law are two citations",
            "依据《中国共产党纪律处分条例》第一百四十九条、第一百五十八条第二款之规定",
            DISCIPLINE + "/149", DISCIPLINE + "/158/p2"),
        row("an item straight after an article", "《中国共产党问责条例》第七条第十一项", ACCOUNTABILITY + "/7/i11"),
        row("article, paragraph and item", "《中国共产党问责条例》第八条第二款第四项", ACCOUNTABILITY + "/8/p2/i4"),
        row("an item in full-width brackets", "依据《危险化学品安全管理条例》第八十七条第一款第（一）项", HAZCHEM + "/87/p1/i1"),
        row("an item in ASCII brackets", "依据《危险化学品安全管理条例》第八十七条第一款第(一)项", HAZCHEM + "/87/p1/i1"),
        row("an item in brackets without 第", "依据《危险化学品安全管理条例》第八十条第一款（二）项", HAZCHEM + "/80/p1/i2"),
        row("no 第 right after a title, edition year before it",
            "2018年《中国共产党纪律处分条例》一百三十三条之规定", DISCIPLINE + "/133@2018"),
        row("no 第 right after the criminal law", "《中华人民共和国刑法》一百三十三条", CRIMINAL + "/133"),
        row("Arabic numerals", "《中国共产党纪律处分条例》第158条", DISCIPLINE + "/158"),
        row("Arabic numerals without 第", "《中国共产党纪律处分条例》158条", DISCIPLINE + "/158"),
        row("Arabic paragraph", "《安全生产法》第91条第3款", SAFETY + "/91/p3"),
        row("an added article", "《中华人民共和国刑法》第一百三十三条之一", CRIMINAL + "/133-1"),
        row("之规定 is not an added article", "《中华人民共和国刑法》第一百三十三条之规定", CRIMINAL + "/133"),
        row("a bare item inherits article and paragraph",
            "《安全生产法》第六十条第一款第一项、第三项", SAFETY + "/60/p1/i1", SAFETY + "/60/p1/i3"),
        row("a bare item inherits article and paragraph, again",
            "《中华人民共和国公职人员政务处分法》第三十九条第一款第二项、第三项",
            "中华人民共和国公职人员政务处分法/39/p1/i2", "中华人民共和国公职人员政务处分法/39/p1/i3"),
        row("a bare paragraph inherits the article", "《安全生产法》第二十五条第一款、第二款",
            SAFETY + "/25/p1", SAFETY + "/25/p2"),
        row("paragraphs written as a list", "未严格执行《道路运输条例》第七条第二、三款、第五十三条规定",
            "中华人民共和国道路运输条例/7/p2", "中华人民共和国道路运输条例/7/p3", "中华人民共和国道路运输条例/53"),
        row("an item without 第 right after the article",
            "和《中华人民共和国道路交通安全法实施条例》第四十五条二项“同方向只有1条机动车道的道路”之规定",
            "中华人民共和国道路交通安全法实施条例/45/i2"),
        row("edition in a parenthetical after the title", "《中华人民共和国安全生产法》（2021年修正）第九十五条",
            SAFETY + "/95@2021"),
        row("edition 修订 after the title", "《中国共产党纪律处分条例》（2018年修订）第一百三十三条", DISCIPLINE + "/133@2018"),
        row("edition inside the title", "《中华人民共和国安全生产法（2021年修正）》第九十五条", SAFETY + "/95@2021"),
        row("an alias becomes the official title", "依据《安全生产法》第九十五条第一项的规定", SAFETY + "/95/i1"),
        row("the short title of the sanctions law", "依据《政务处分法》第三十九条",
            "中华人民共和国公职人员政务处分法/39"),
        row("a catalogued law without 《》", "依据安全生产法第九十五条", SAFETY + "/95"),
        row("the criminal law without 《》", "其行为违反刑法第一百三十四条", CRIMINAL + "/134"),
        row("the criminal law without 《》, Arabic, 之规定", "耿某的行为依据刑法第114条之规定", CRIMINAL + "/114"),
        row("a law without 《》 after an amendment in 《》",
            "根据《中华人民共和国刑法修正案（六）》修改后的刑法第一百三十四条", CRIMINAL + "/134"),
        row("an order number between title and article",
            "①《危险化学品安全管理条例》（国务院344号令）第47条第三款：“危险化学品运输车辆应当悬挂”", HAZCHEM + "/47/p3"),
        row("an order number never closed",
            "《道路运输车辆动态监督管理办法》（交通运输部令2016年第55号第10条：“道路运输企业”",
            "道路运输车辆动态监督管理办法/10"),
        row("a document number on the next line",
            "《关于加强高速公路载运危险物品车辆交通安全管理的通告》\n（JFS—2015—07002）第二条：“禁止通行”",
            "关于加强高速公路载运危险物品车辆交通安全管理的通告/2"),
        row("footnote marks between chained articles", "由省安监局依据《安全生产法》第109条48、92条49规定",
            SAFETY + "/109", SAFETY + "/92"),
        row("the chain goes on after a quoted article",
            "违反了《安全生产法》第二十五条第一款\"生产经营单位应当对从业人员进行安全生产教育和培训”、"
                + "第三十三条第二款\"生产经营单位必须对安全设备进行经常性维护\"之规定",
            SAFETY + "/25/p1", SAFETY + "/33/p2"),
        row("the chain goes on after a quote and a semicolon",
            "违反了《中华人民共和国道路交通安全法》第二十一条“驾驶人应当认真检查”;第三十五条“机动车实行右侧通行”",
            "中华人民共和国道路交通安全法/21", "中华人民共和国道路交通安全法/35"),
        row("articles inside the quoted text are the law's own words",
            "根据《安全生产法》第九十二条第二项“生产经营单位的主要负责人未履行本法规定的职责，依照本法第九十条处罚”的规定",
            SAFETY + "/92/i2"),
        row("several laws in one sentence",
            "区纪委监委依据《中国共产党问责条例》第七条第十一项、第八条第二款第四项、《中国共产党纪律处分条例》"
                + "第一百五十八条第二款、2018年《中国共产党纪律处分条例》一百三十三条之规定",
            ACCOUNTABILITY + "/7/i11", ACCOUNTABILITY + "/8/p2/i4", DISCIPLINE + "/158/p2", DISCIPLINE + "/133@2018"),
        row("a line break inside a chain", "参照《安全生产领域违法违纪行为政纪处分暂行规定》第八条、第\n十七条之规定",
            "安全生产领域违法违纪行为政纪处分暂行规定/8", "安全生产领域违法违纪行为政纪处分暂行规定/17"),
        row("an issuer before the title", "依据国务院《生产安全事故报告和调查处理条例》第三十七条第一款的规定",
            ACCIDENTS + "/37/p1"),
        row("该条例 is the nearest earlier regulation",
            "依据《生产安全事故报告和调查处理条例》的规定，依照该条例第六条第三项", ACCIDENTS + "/6/i3"),
        row("同条例", "违反《危险化学品安全管理条例》第二十四条，依据同条例第八十条", HAZCHEM + "/24", HAZCHEM + "/80"),
        row("本条例", "《生产安全事故报告和调查处理条例》第三十二条规定，本条例第三条", ACCIDENTS + "/32", ACCIDENTS + "/3"),
        row("该法 skips a later regulation for the nearest law",
            "违反《安全生产法》和《危险化学品安全管理条例》的规定，依照该法第九十条", SAFETY + "/90"),
        row("该办法", "依据《安全生产违法行为行政处罚办法》，按照该办法第四十五条", "安全生产违法行为行政处罚办法/45"),
        row("该规定", "依据《事业单位工作人员处分暂行规定》，按照该规定第十七条", "事业单位工作人员处分暂行规定/17"),
        row("a short form takes the edition of its antecedent",
            "依据2018年《中国共产党纪律处分条例》，按照该条例第一百三十三条", DISCIPLINE + "/133@2018"),
        row("《条例》 is the nearest earlier title ending in 条例",
            "依据《安全生产法》和《中国共产党问责条例》，按照《条例》第八条第二款第四项", ACCOUNTABILITY + "/8/p2/i4"),
        row("a definition wins over the nearest title",
            "根据《生产安全事故报告和调查处理条例》（以下简称《条例》）和《危险化学品安全管理条例》，依照《条例》第三十二条",
            ACCIDENTS + "/32"),
        row("a definition without 《》, used without 《》",
            "根据《生产安全事故报告和调查处理条例》（以下简称条例）和《危险化学品安全管理条例》，依照条例第三十二条",
            ACCIDENTS + "/32"),
        row("本条 is the article of the previous citation", "依据《安全生产法》第九十五条第一项，本条第二款规定",
            SAFETY + "/95/i1", SAFETY + "/95/p2"),
        row("前款 is the article of the previous citation", "依据《安全生产法》第九十五条第二款，前款第一项规定",
            SAFETY + "/95/p2", SAFETY + "/95/i1"),
        row("本条道路 is a road", "依据《安全生产法》第九十五条处罚。本条道路限速六十公里", SAFETY + "/95"),
        row("a document's articles are cited under its title",
            "根据《浏阳市人民政府关于规范烟花爆竹燃放的通告》第6条", "浏阳市人民政府关于规范烟花爆竹燃放的通告/6"),
        row("a title broken over two lines", "依照《中国共产党纪律\n处分条例》第一百三十三条", DISCIPLINE + "/133"),
        row("an unclosed 《 leaves a catalogued name before an article", "依据《中国共产党纪律处分条例第一百三十三条",
            DISCIPLINE + "/133"),
        row("a misspelled title is kept as written", "《中华人民共和国道路安全交通法》第42条第1款",
            "中华人民共和国道路安全交通法/42/p1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void finds(String about, String text, List<String> expected) {
    assertEquals(expected, compact(extractor.extract(DocumentText.of(text))), about);
  }

  static Stream<Arguments> mustNotMatch() {
    return Stream.of(
        Arguments.of("十五条措施 has no law before it", "严格落实国务院安委会安全生产十五条措施"),
        Arguments.of("十五条 after a title joined by 和",
            "严格落实《中华人民共和国安全生产法》和国务院安委会安全生产十五条措施"),
        Arguments.of("a title without an article", "依据《中国共产党纪律处分条例》的有关规定"),
        Arguments.of("an edition and a title without an article", "2018年《中国共产党纪律处分条例》"),
        Arguments.of("an order number is not an article", "依据《道路危险货物运输管理规定》（交通运输部令2013年第2号）"),
        Arguments.of("第3号令", "根据公安部第3号令的规定"),
        Arguments.of("第493号", "依据国务院令第493号的规定"),
        Arguments.of("a document number", "（安委〔2017〕3号）要求"),
        Arguments.of("an article with no law anywhere", "第一条 为了加强安全生产工作，防止和减少生产安全事故"),
        Arguments.of("a short form with nothing before it", "依照该条例第六条第三项"),
        Arguments.of("该法 after a regulation only", "依据《危险化学品安全管理条例》，按照该法第九十条"),
        Arguments.of("《条例》 with nothing before it", "按照《条例》第八条"),
        Arguments.of("本条 with no citation before it", "本条规定适用于危险货物运输"),
        Arguments.of("本条形码 is not 本条", "依据《安全生产法》的规定，扫描本条形码"),
        Arguments.of("an article number too large", "《安全生产法》第5000条"),
        Arguments.of("an unknown law without 《》", "依照公司法第三条"),
        Arguments.of("a catalogued law without 《》 and without an article", "违反刑法的规定"),
        Arguments.of("an article inside a title", "《关于适用安全生产法第九十五条的解释》"),
        Arguments.of("an unclosed title of an unknown law", "《某某市安全管理办法第一百三十三条"),
        Arguments.of("a count of roads", "同方向只有一条机动车道，双向四条行车道"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mustNotMatch")
  void findsNothing(String about, String text) {
    assertEquals(List.of(), compact(extractor.extract(DocumentText.of(text))), about);
  }

  /** What is knowingly not done, written down so that a change shows. */
  static Stream<Arguments> limitations() {
    return Stream.of(
        row("a range gives its two ends only, not the articles between",
            "《安全生产法》第二十条至第二十五条", SAFETY + "/20", SAFETY + "/25"),
        row("decimal clause numbers of standards are not articles", "《汽车危险货物运输规定》8.2和8.5条"),
        row("an article in the next sentence after a title is not attributed to it",
            "《浏阳市人民政府关于规范烟花爆竹燃放的通告》。其中第6条规定"),
        row("a bare 条例 never defined is not resolved", "依据《危险化学品安全管理条例》的规定。严重违反了条例第27条的规定"),
        row("前款 keeps the article but not a paragraph: which paragraph precedes is not written",
            "依据《安全生产法》第九十五条第二款，前款规定", SAFETY + "/95/p2", SAFETY + "/95"),
        row("paragraph lists share one span", "《道路运输条例》第七条第二、三款",
            "中华人民共和国道路运输条例/7/p2", "中华人民共和国道路运输条例/7/p3"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limitations")
  void limitation(String about, String text, List<String> expected) {
    assertEquals(expected, compact(extractor.extract(DocumentText.of(text))), about);
  }

  @Test
  void textAndSpanOfEachCitation() {
    String text = "区纪委监委依据《中国共产党纪律处分条例》第一百四十九条、第一百五十八条第二款、"
        + "2018年《中国共产党纪律处分条例》一百三十三条之规定";
    List<Citation> cs = extractor.extract(DocumentText.of(text));
    assertEquals(List.of("《中国共产党纪律处分条例》第一百四十九条", "第一百五十八条第二款", "《中国共产党纪律处分条例》一百三十三条"),
        cs.stream().map(Citation::text).toList());
    for (Citation c : cs) {
      assertEquals(c.text(), c.span().of(text));
      assertNull(c.person());
    }
    assertEquals(text.indexOf("《中国共产党纪律处分条例》第一百四十九条"), cs.get(0).span().start());
  }

  @Test
  void shortFormTextStartsAtTheShortForm() {
    String text = "依据《生产安全事故报告和调查处理条例》的规定，依照该条例第六条第三项";
    Citation c = extractor.extract(DocumentText.of(text)).get(0);
    assertEquals("该条例第六条第三项", c.text());
  }

  @Test
  void inheritedItemSpansOnlyItself() {
    String text = "《安全生产法》第六十条第一款第一项、第三项";
    Citation c = extractor.extract(DocumentText.of(text)).get(1);
    assertEquals("第三项", c.text());
  }

  /** Every row of short_forms.tsv: its example yields its expected citation. */
  static Stream<Arguments> shortFormExamples() {
    return ShortForms.standard().forms().stream().map(f -> Arguments.of(f.form(), f.example(), f.expected()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shortFormExamples")
  void shortFormExample(String form, String example, String expected) {
    List<Citation> cs = extractor.extract(DocumentText.of(example));
    List<String> fromForm = cs.stream().filter(c -> c.text().startsWith(form)).map(Shared::compact).toList();
    assertEquals(List.of(expected), fromForm, example);
  }
}
