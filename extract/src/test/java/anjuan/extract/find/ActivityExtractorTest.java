package anjuan.extract.find;

import static org.junit.jupiter.api.Assertions.assertEquals;

import anjuan.extract.text.DocumentText;
import anjuan.ingest.ReportKind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActivityExtractorTest {
  private static final ActivityExtractor EXTRACTOR = new ActivityExtractor();

  /** An activity as the tests compare it: the span as its text. */
  record Act(String unit, String kind, Integer sessions, Integer attendance, boolean approximate, String evidence) {}

  static Act act(String kind, Integer sessions, Integer attendance, boolean approximate, String evidence) {
    return new Act(null, kind, sessions, attendance, approximate, evidence);
  }

  static Act withUnit(String unit, Act a) {
    return new Act(unit, a.kind, a.sessions, a.attendance, a.approximate, a.evidence);
  }

  static Arguments row(String text, Act... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static List<Act> find(String text, ReportKind kind) {
    DocumentText doc = DocumentText.of(text, kind);
    return EXTRACTOR.extract(doc).stream().map(a -> new Act(a.unit(), a.kind(), a.sessions(), a.attendance(),
        a.approximate(), doc.slice(a.span()))).toList();
  }

  static Stream<Arguments> activities() {
    return Stream.of(
        // seed: sessions before the kind, attendance in the next clause, 余 makes it approximate
        row("组织三家公司召开12场安全生产工作培训例会，参训360余人次。",
            act("training", 12, 360, true, "召开12场安全生产工作培训例会，参训360余人次")),
        // seed: sessions after the kind
        row("共开展安全生产警示教育培训6场次。", act("training", 6, null, false, "开展安全生产警示教育培训6场次")),
        // seed: 共开展4场…, the span runs to the last kind word
        row("二是组织干部职工学习，共开展4场安全生产警示教育培训。", act("training", 4, null, false, "共开展4场安全生产警示教育培训")),
        // e2: attendance named by who attended
        row("四是开展消防安全培训8场次，培训人员620余人次。", act("training", 8, 620, true, "开展消防安全培训8场次，培训人员620余人次")),
        // e2: a meeting
        row("区市场监督管理局召开专题会议3次，研究部署工作。",
            withUnit("区市场监督管理局", act("meeting", 3, null, false, "召开专题会议3次"))),
        // seed: 12 篇 are articles, not sessions; 参学 makes it a study
        row("将重要论述纳入中心组学习议程，学习相关篇目12篇、参学108人次。",
            act("study", null, 108, false, "学习相关篇目12篇、参学108人次")),
        // seed: bare attendance after the sessions
        row("应急管理局组织企业开展培训3场、135人次。",
            withUnit("应急管理局", act("training", 3, 135, false, "开展培训3场、135人次"))),
        // seed: a subject that is no organization name gives no unit
        row("应急管理局组织企业开展培训3场、135人次，行业部门组织企业开展培训11场、1250人次。",
            withUnit("应急管理局", act("training", 3, 135, false, "开展培训3场、135人次")),
            act("training", 11, 1250, false, "开展培训11场、1250人次")),
        // seed: attendance before the kind, no count of sessions
        row("应急管理局组织45名干部职工对信息报送规定进行专题培训；",
            withUnit("应急管理局", act("training", null, 45, false, "组织45名干部职工对信息报送规定进行专题培训"))),
        // a drill counts as training
        row("开展应急演练2次。", act("training", 2, null, false, "开展应急演练2次")),
        // a2: 培训会 is a training, 期 a session
        row("组织召开安全培训会8场次，参训620余人次。", act("training", 8, 620, true, "组织召开安全培训会8场次，参训620余人次")),
        row("组织危险化学品专业培训4期，参训96人次。", act("training", 4, 96, false, "组织危险化学品专业培训4期，参训96人次")),
        // a2: a drill without a count is no activity, the meeting after it is
        row("2022年8月组织园区企业开展中毒窒息事故应急演练，检验实战能力，并召开园区企业安全生产工作会议6次，通报事故教训。",
            act("meeting", 6, null, false, "召开园区企业安全生产工作会议6次")),
        // b2: a routine clause without a count, then the count
        row("坚持每月开展驾驶员、押运员安全教育培训，共开展培训36期，参训2310人次。",
            act("training", 36, 2310, false, "开展培训36期，参训2310人次")),
        // b2: an inspection campaign with its count
        row("开展危险化学品运输车辆专项检查58次，查处超速、疲劳驾驶等交通违法行为213起。",
            act("inspection", 58, null, false, "开展危险化学品运输车辆专项检查58次")),
        // b2: 12 个村 is no count of sessions
        row("在全镇12个村建立交通安全劝导站，组织劝导员培训3期，参训90人次。",
            act("training", 3, 90, false, "组织劝导员培训3期，参训90人次")),
        // c2: a study session
        row("组织监理人员专题学习3次，参学42人次。", act("study", 3, 42, false, "组织监理人员专题学习3次，参学42人次")),
        // c2: 培训作业人员540余人次
        row("组织全员安全教育培训6场次，培训作业人员540余人次。",
            act("training", 6, 540, true, "组织全员安全教育培训6场次，培训作业人员540余人次")),
        // c2: 集中培训2场, and 3000余份 materials are no attendance
        row("组织辖区在建工地负责人集中培训2场，参训110余人次，发放安全宣传资料3000余份。",
            act("training", 2, 110, true, "组织辖区在建工地负责人集中培训2场，参训110余人次")),
        // e2: a 推进会 is a meeting
        row("东关街道办事处召开消防安全工作推进会2次。",
            withUnit("东关街道办事处", act("meeting", 2, null, false, "召开消防安全工作推进会2次"))),
        // e2: 集中学习 is a study session
        row("区商务局组织全区商贸市场负责人集中学习2次，参学75人次；",
            withUnit("区商务局", act("study", 2, 75, false, "组织全区商贸市场负责人集中学习2次，参学75人次"))),
        // g1: the subject after 事故发生后
        row("事故发生后，青岚县安全生产委员会召开专题部署会议2次。",
            withUnit("青岚县安全生产委员会", act("meeting", 2, null, false, "召开专题部署会议2次"))),
        // a1: 仅 … 2次 is still a count of sessions
        row("2021年，公司仅组织全员安全培训2次，参训156人次。", act("training", 2, 156, false, "组织全员安全培训2次，参训156人次")),
        // b1: 、 inside the group trained
        row("2019年以来仅组织驾驶员、押运员集中培训1次，参训38人次。",
            act("training", 1, 38, false, "组织驾驶员、押运员集中培训1次，参训38人次")),
        // Chinese numerals, 了 after the verb
        row("今年上半年召开了两次道路运输行业安全工作例会。", act("meeting", 2, null, false, "召开了两次道路运输行业安全工作例会")),
        // two inspections joined by 、, each with its own phrase (regression: the second took the first's verb)
        row("共对某运输公司进行安全执法检查5次、联合执法检查2次。",
            act("inspection", 5, null, false, "进行安全执法检查5次"), act("inspection", 2, null, false, "联合执法检查2次")),
        // 学习会议: study before meeting
        row("召开党组理论学习中心组会议6次。", act("study", 6, null, false, "召开党组理论学习中心组会议6次")),
        // attendance before the count of sessions
        row("组织300余名员工开展消防培训2次。", act("training", 2, 300, true, "组织300余名员工开展消防培训2次")),
        // 约 and 左右
        row("开展安全培训3场，参训约200人次。", act("training", 3, 200, true, "开展安全培训3场，参训约200人次")),
        row("开展安全培训3次，参训150人左右。", act("training", 3, 150, true, "开展安全培训3次，参训150人左右")),
        // inspections counted in 家次 outside any hazard ledger
        row("开展专项检查，检查企业120家次，下达整改指令书30份。", act("inspection", 120, null, false, "检查企业120家次")),
        // 未 that does not negate the verb
        row("对未按要求整改的企业开展复查检查3次。", act("inspection", 3, null, false, "开展复查检查3次")),
        // 教育局 is no training
        row("县教育局召开专题会议3次。", withUnit("县教育局", act("meeting", 3, null, false, "召开专题会议3次"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("activities")
  void findsActivities(String text, List<Act> expected) {
    assertEquals(expected, find(text, ReportKind.OTHER));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      // a duty and a phone number
      "要求所有人员值班期间保持24小时通讯畅通。",
      "公布12345安全生产举报电话，公布应急管理局24小时值班电话。",
      // a meeting without a count
      "每逢重点节假日提前召开会议，对安全生产工作进行安排部署。",
      // 40 家 are units, not people
      "6月中旬对40家安委会成员单位的分管领导、安全专干进行培训。",
      // a time limit
      "口头上报时限不得超过30分钟，书面上报时限不得超过60分钟。",
      // an inspection count that belongs to a hazard ledger
      "共检查1896家次，发现隐患1796项，均已完成整改。",
      "开展执法检查12次，发现隐患30项，已整改28项。",
      // g1: a requirement in a notice
      "三、各危险化学品生产经营单位要严格落实特殊作业审批制度，开展一次全员安全教育培训，并于4月25日前报送。",
      // a proposal
      "建议召开专题会议2次，研究整改工作。",
      // a routine and a minimum
      "每年开展应急演练不少于2次。",
      "坚持每月开展安全教育培训2次。",
      // an ordinal
      "调查组在第一次工作会议上强调依法依规。",
      // 一次性 is no count
      "一次性发放培训教材500册。",
      // negated: it did not happen (regression: 未安排3人参加…培训 was a training)
      "该公司一直未安排2名安全员参加相关业务培训。",
      // a person's attendance, not an activity held
      "该驾驶人仅参加过1次月度集中安全学习。",
      // a repeated mention without a verb
      "检查记录显示，两次检查均未发现违规问题。",
      // staff numbers
      "公司设有安全管理部，配备动态监控员2名，驾驶员、押运员96人。",
      "该检查站配备民警12名，协警9名。",
      // rooms and minutes of meetings
      "改造会议室2间，印发会议纪要3份。",
      // inspectors are no attendance: an inspection needs a count of inspections
      "组织3名专家进行检查。",
      "参与检查人员120人次。"})
  void mustNotMatch(String text) {
    assertEquals(List.of(), find(text, ReportKind.OTHER));
  }

  @Test
  void unitInEvaluationIsTheMeasureSectionHeading() {
    String text = String.join("\n",
        "三、事故防范整改措施落实情况",
        "（一）乌鲁木齐市米东区市政市容环卫管理站",
        "落实情况：组织三家公司召开12场安全生产工作培训例会，参训360余人次。",
        "（二）乌鲁木齐市米东区城市管理局（城市管理行政执法局）",
        "落实情况：区城市管理局（城市管理行政执法局）一是学习相关篇目12篇、参学108人次。");
    assertEquals(List.of("乌鲁木齐市米东区市政市容环卫管理站", "乌鲁木齐市米东区城市管理局（城市管理行政执法局）"),
        find(text, ReportKind.EVALUATION).stream().map(Act::unit).toList());
  }

  @Test
  void genericSubjectTakesTheOrganizationOfTheHeadingByItsFullName() {
    // a1: 公司 under 1．鸿泰公司…, and 鸿泰公司 defined as a short name
    String text = String.join("\n",
        "2022年3月16日，澄州市鸿泰化工有限公司（以下简称鸿泰公司）发生一起较大中毒和窒息事故。",
        "三、事故原因和性质",
        "（二）间接原因",
        "1．鸿泰公司安全生产主体责任不落实。",
        "（3）安全教育培训不到位。2021年，公司仅组织全员安全培训2次，参训156人次，培训内容未涉及受限空间作业安全。");
    assertEquals(List.of("澄州市鸿泰化工有限公司"), find(text, ReportKind.INVESTIGATION).stream().map(Act::unit).toList());
  }
}
