package anjuan.extract.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import anjuan.extract.fact.Coverage;
import anjuan.extract.fact.Measure;
import anjuan.extract.fact.MeasureStatus;
import anjuan.extract.text.DocumentText;
import anjuan.ingest.ReportKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureExtractorTest {
  private static List<Measure> of(String text, ReportKind kind) {
    return new MeasureExtractor().extract(DocumentText.of(text, kind));
  }

  private static final String EVALUATION = String.join("\n",
      "三、事故防范整改措施落实情况",
      "（一）乌鲁木齐市米东区城市管理局（城市管理行政执法局）",
      "事故调查报告要求：作为上级部门应指导、监督环卫站开展各项安全生产工作，督促环卫站认真落实安全生产主体责任。"
          + "严格按照规定及时、准确上报生产安全事故信息，坚决杜绝瞒报事故行为。",
      "落实情况：2024年以来，区城市管理局组织干部职工、相关企业深入学习《安全生产法》等相关法律法规、紧急信息报送流程等内容。",
      "（二）澄州市鸿泰化工有限公司",
      "事故调查报告要求：一是要开展全员安全教育培训；二是要严格执行受限空间作业审批制度；三是要健全变更管理制度。",
      "落实情况：鸿泰公司开展全员安全教育培训8场次。",
      "（三）丰林县远鑫物流有限公司",
      "事故调查报告要求：建立车辆维护检查制度，为所属车辆配齐三角警告牌。",
      "落实情况：远鑫公司尚未完成上述整改任务。车辆维护检查制度尚未建立，抽查的6辆货车均未配备三角警告牌。",
      "四、总体评估意见");

  @Test
  void requirementOutcomePairsPerUnit() {
    List<Measure> m = of(EVALUATION, ReportKind.EVALUATION);
    assertEquals(3, m.size());
    assertEquals("乌鲁木齐市米东区城市管理局（城市管理行政执法局）", m.get(0).unit());
    // 上报 is met by 信息报送, the supervised 环卫站 by 相关企业: the seed's outcome covers its requirement
    assertEquals(MeasureStatus.IMPLEMENTED, m.get(0).status());
    Coverage reporting = m.get(0).coverage().stream().filter(c -> c.clause().contains("上报")).findFirst().orElseThrow();
    assertEquals("及时、准确上报生产安全事故信息", reporting.clause().replace("严格按照规定", ""));
    // training done, permits and change management not
    assertEquals(MeasureStatus.PARTIAL, m.get(1).status());
    assertEquals(List.of(true, false, false), m.get(1).coverage().stream().map(Coverage::covered).toList());
    // an outcome saying it was not done covers nothing
    assertEquals(MeasureStatus.NOT_IMPLEMENTED, m.get(2).status());
    for (Measure x : m) {
      assertEquals(x.requirement().text(), x.requirement().span().of(EVALUATION));
      assertEquals(x.outcome().text(), x.outcome().span().of(EVALUATION));
    }
  }

  @Test
  void handlingEntriesAreNoMeasures() {
    String text = "二、责任追究意见落实情况\n（一）孙**：时任负责人。\n处理建议：约谈。\n落实情况：已约谈。";
    assertEquals(List.of(), of(text, ReportKind.EVALUATION));
  }

  @Test
  void recommendationsOfAnInvestigationHaveNoOutcome() {
    String text = String.join("\n", "五、防范和整改措施建议",
        "（一）澄州市鸿泰化工有限公司要深刻吸取事故教训，加强受限空间作业管理。",
        "（二）县应急管理局要加强危险化学品企业执法检查。",
        "（三）强化宣传教育。各单位要广泛开展警示教育。");
    List<Measure> m = of(text, ReportKind.INVESTIGATION);
    assertEquals(List.of("澄州市鸿泰化工有限公司", "县应急管理局"), m.stream().limit(2).map(Measure::unit).toList());
    assertNull(m.get(2).unit()); // a topic heading, no addressee
    m.forEach(x -> {
      assertNull(x.outcome());
      assertEquals(MeasureStatus.NO_OUTCOME, x.status());
    });
  }

  @Test
  void numberedRequirementsOfANoticeAreMeasures() {
    String text = "一、各乡镇人民政府要切实落实属地管理责任。\n二、县应急管理局要组织专家开展指导服务。";
    assertEquals(List.of("各乡镇人民政府", "县应急管理局"),
        of(text, ReportKind.NOTICE).stream().map(Measure::unit).toList());
  }

  @Test
  void anApprovalApprovesAndHasNoMeasuresOfItsOwn() {
    assertEquals(List.of(), of("四、区安委办要加强督促指导，在一年内组织开展评估。", ReportKind.APPROVAL));
  }
}
