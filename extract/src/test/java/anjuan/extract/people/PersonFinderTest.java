package anjuan.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import anjuan.extract.fact.Person;
import anjuan.extract.text.DocumentText;
import anjuan.ingest.ReportKind;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonFinderTest {
  private final PersonFinder finder = new PersonFinder();

  private Map<String, Person> people(String text, ReportKind kind) {
    return finder.extract(DocumentText.of(text, kind)).stream()
        .collect(Collectors.toMap(Person::name, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private static final String EVALUATION = String.join("\n",
      "二、责任追究意见落实情况",
      "（一）孙**：时任乌鲁木齐市米东区市政市容环卫管理站实际负责人。",
      "处理建议：由乌鲁木齐市米东区城市管理局（城市管理行政执法局）对其进行约谈。",
      "落实情况：2024年7月5日，乌鲁木齐市米东区城市管理局（城市管理行政执法局）党组副书记、局长卢*和党组成员、副局长刘*对孙**进行约谈。",
      "（二）许**：时任乌鲁木齐市米东区城市管理局（城市管理行政执法局）党组书记。",
      "处理建议：由区纪委监委依据相关规定进行责任追究。",
      "落实情况：2024年5月29日，区委常委、纪委书记王*对许**进行提醒谈话。",
      "三、事故防范整改措施落实情况");

  @Test
  void evaluationEntriesWithProposalAndOutcome() {
    Map<String, Person> p = people(EVALUATION, ReportKind.EVALUATION);
    assertEquals(List.of("孙**", "许**", "卢*", "刘*", "王*"), List.copyOf(p.keySet()));
    Person sun = p.get("孙**");
    assertTrue(sun.responsible() && sun.masked());
    assertEquals("约谈", sun.proposed().action());
    assertEquals("乌鲁木齐市米东区城市管理局（城市管理行政执法局）", sun.proposed().by());
    assertEquals("约谈", sun.outcome().action());
    assertEquals(List.of("时任乌鲁木齐市米东区市政市容环卫管理站实际负责人"), sun.roles());
    Person xu = p.get("许**");
    assertEquals("责任追究", xu.proposed().action());
    assertEquals("提醒谈话", xu.outcome().action());
    assertEquals("区纪委监委", xu.proposed().by());
    // officials who only act are not responsible
    assertFalse(p.get("卢*").responsible());
    assertFalse(p.get("王*").responsible());
    // the span of a person is the name as written at the head of the entry
    assertEquals("孙**", EVALUATION.substring(sun.span().start(), sun.span().end()));
  }

  private static final String INVESTIGATION = String.join("\n",
      "四、责任认定和处理建议",
      "（一）建议追究刑事责任的人员",
      "1．王建军，鸿泰公司法定代表人、董事长兼总经理，公司安全生产第一责任人。对事故发生负有主要领导责任。其行为涉嫌重大责任事故罪，依据《中华人民共和国刑法》第一百三十四条第一款，建议由司法机关依法追究其刑事责任。",
      "（二）建议给予党纪政务处分的人员",
      "2．林国栋，中共党员，时任滨江区应急管理局党组成员、副局长。对事故发生负有重要领导责任。建议给予林国栋同志党内警告处分。",
      "3．张玉平，四川航标公司运输车辆川F75158驾驶员兼押运员。因涉嫌重大安全责任事故罪，被公安机关于2019年3月7日刑事拘留。建议吊销其道路危险货物运输从业资格。",
      "（三）对事故责任单位的处理建议",
      "1．澄州市鸿泰化工有限公司，对事故发生负有责任，建议依法给予罚款。");

  @Test
  void investigationEntriesWithProposalsOnly() {
    Map<String, Person> p = people(INVESTIGATION, ReportKind.INVESTIGATION);
    assertEquals(List.of("王建军", "林国栋", "张玉平"), List.copyOf(p.keySet()));
    assertEquals("追究刑事责任", p.get("王建军").proposed().action());
    assertEquals("司法机关", p.get("王建军").proposed().by());
    assertTrue(p.get("王建军").proposed().text().contains("第一百三十四条"), "the proposal keeps its 依据 clause");
    assertNull(p.get("王建军").outcome());
    assertEquals("党内警告", p.get("林国栋").proposed().action());
    assertEquals(List.of("时任滨江区应急管理局党组成员、副局长"), p.get("林国栋").roles());
    assertEquals("吊销证照", p.get("张玉平").proposed().action());
    assertFalse(p.get("张玉平").masked());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // masked names anywhere
      "死亡人员3人：污水处理站班长孙某某，男，52岁；操作工赵某某，男，41岁。|孙某某,赵某某",
      "驾驶员张某（男，45岁，岚溪县城关镇人）驾驶罐车。|张某",
      "押运员王某甲（男，38岁）在事故中死亡。|王某甲",
      // full names where a role stands before them and HanLP agrees
      "局长王建国对许文斌进行提醒谈话。|王建国",
      "黄德明，男，时年48岁，顺力公司架子工。|黄德明",
      "给予黄立新同志政务记过处分。|黄立新",
      // HanLP's false names are not taken without a rule: 时许, 余元
      "2020年11月24日上午10时许，直接经济损失人民币115万余元。|",
      // an anonymized company is not a person
      "该公司与某某公司签订合同，张某某县交通局。|",
      "经开区管委会副主任许伟，分管经开区企业安全生产工作。|许伟",
      // real report d063: HanLP cut 郝爱萍 into 郝爱 and 萍; the mark after the name says where it ends
      "达州贵达公司员工郝爱萍（女，47岁）逃离灌装平台。|郝爱萍",
      // ... and where HanLP cuts it again without the mark
      "达州贵达公司员工郝爱萍（女，47岁）逃离灌装平台。受伤人员：装酸操作工郝爱萍。|郝爱萍",
      // real reports d049, d053, d063: a joining word is no part of the name when a second person or a role follows
      "浏阳市副市长吴敏和浏阳市安全监管局局长屈湘水，专程赶赴长沙。|吴敏,屈湘水",
      "13时35分左右，爆破现场负责人吴利和龙山公司保安陈远和随粤RP1429号车到达矿山133平台。|吴利,陈远",
      "成立了由副市长何政为总指挥、市应急管理局局长王建为指挥长的现场指挥部。|何政,王建",
      // HanLP cuts 屈湘水 short; one character before a clause mark is the name's own, unless it is a word (等)
      "安全监管局局长屈湘水，副局长李明等，赶赴现场。|屈湘水,李明",
      // ... and a name that ends in 和 stays whole
      "福建莆田汽车运输股份有限公司城厢分公司安保科科长林凤和，负责车辆安全管理。|林凤和"})
  void namesFoundByRulesAndHanLP(String text, String expected) {
    List<String> want = expected == null ? List.of() : List.of(expected.split(","));
    assertEquals(want, List.copyOf(people(text, ReportKind.OTHER).keySet()));
  }

  /** Regression: an unlabelled entry whose proposal sits on the next line once looped forever. */
  @Test
  void unlabelledEntryOverTwoLines() {
    String text = "二、责任人员处理情况\n（一）王某：时任站长。\n建议给予警告处分。\n三、其他";
    Person p = people(text, ReportKind.EVALUATION).get("王某");
    assertEquals("警告", p.proposed().action());
    assertNull(p.outcome());
  }

  @Test
  void noticeTargetsOfActionsAreResponsible() {
    String text = "经研究，给予该镇安监站站长郑立新诫勉谈话。电工周长贵（男，51岁）在作业中触电身亡。邓某已被公安机关刑事拘留。";
    Map<String, Person> p = people(text, ReportKind.NOTICE);
    assertEquals("诫勉", p.get("郑立新").outcome().action());
    assertTrue(p.get("郑立新").responsible());
    assertFalse(p.get("周长贵").responsible());
    assertEquals("刑事拘留", p.get("邓某").outcome().action());
  }

  /** Real report d070: 受到…处分 names the sanction; the rule quoted before it (“…追究刑事责任”) is not one. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "在该起事故处理中，郑某受到开除厂籍处分。|郑某|开除",
      "根据《化学危险物品安全管理条例》第39条“构成犯罪的由司法机关依法追究刑事责任”的规定，在该起事故处理中，徐某受到撤职处分。|徐某|撤职",
      // d085: a quote closed with a straight quote still ends there
      "“邦士化工\"长期在辖区内无证生产，根据《中国共产党纪律处分条例》第一百二十五条，给予下沙村委会副主任杨沛光党内警告处分。|杨沛光|党内警告"})
  void sanctionsReceived(String text, String name, String action) {
    Person p = people(text, ReportKind.INVESTIGATION).get(name);
    assertEquals(action, p.outcome().action());
    assertTrue(p.responsible());
  }

  /**
   * Real report d039: a proposal that a sentence end inside a quoted rule split from its opening quote still ignores
   * the rule's sanctions.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1.陈俊，男，公司安全员，对事故的发生负有责任。根据《中国共产党纪律处分条例》第一百三十三条:“在安全工作方面，造成较大损失的，"
          + "对负有直接责任者，给予严重警告或者撤销党内职务处分。造成重大损失的，对负有直接责任者，给予留党察看或者开除党籍处分.....\"之规定，"
          + "建议由相关单位给予陈俊党内警告处分。|陈俊|党内警告"})
  void proposalsWithoutQuotedOrDutyActions(String text, String name, String action) {
    Person p = people(text, ReportKind.INVESTIGATION).get(name);
    assertEquals(List.of(action), p.proposed().actions());
    assertEquals(null, p.outcome());
  }

  /** Real report d040: a numbered point about hazardous chemicals is no person (危 is a surname). */
  @Test
  void aNumberedPointAboutAThingIsNoPerson() {
    assertEquals(List.of("王成"), List.copyOf(people("（二）建议给予党纪政务处分的人员\n6.危化品（环己酮）泄漏环境损害鉴定评估。\n"
        + "7.王成，驾驶员，对事故负有责任，建议给予警告处分。", ReportKind.INVESTIGATION).keySet()));
  }

  /**
   * Real report d037: what a person was in charge of (负责…行政处罚) is no sanction, and the paragraph after the entry's
   * line that goes on about the person holds the proposal.
   */
  @Test
  void aDutyIsNoSanction() {
    Person p = people("（二）建议给予党纪政务处分的人员\n"
        + "18.谭玲，群众，长沙市芙蓉区交通运输局运政科工人（驻政务中心交通窗口工作人员，"
        + "属行政机关依法委托从事公共事务管理活动人员），负责窗口日常管理、公章和行政处罚。\n"
        + "对公章管理不严，对肇事货车道路运输证年审把关不严。对上述问题负有责任，建议给予降低岗位等级处分。",
        ReportKind.INVESTIGATION).get("谭玲");
    assertEquals(null, p.outcome());
    assertEquals("降低岗位等级", p.proposed().action());
  }
}
