package anjuan.extract.find;

import static org.junit.jupiter.api.Assertions.assertEquals;

import anjuan.extract.fact.HazardLedger;
import anjuan.extract.text.DocumentText;
import anjuan.ingest.ReportKind;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HazardExtractorTest {
  private static final HazardExtractor EXTRACTOR = new HazardExtractor();

  /** A ledger as the tests compare it: the span as its text. */
  record Ledger(String unit, Integer found, Integer rectified, Integer pending, Integer inspections, Double rate,
      String evidence) {}

  static Ledger ledger(Integer found, Integer rectified, Integer pending, Integer inspections, String evidence) {
    return new Ledger(null, found, rectified, pending, inspections, null, evidence);
  }

  static Ledger withUnit(String unit, Ledger l) {
    return new Ledger(unit, l.found, l.rectified, l.pending, l.inspections, l.rate, l.evidence);
  }

  static Ledger withRate(double rate, Ledger l) {
    return new Ledger(l.unit, l.found, l.rectified, l.pending, l.inspections, rate, l.evidence);
  }

  static Arguments row(String text, Ledger... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static List<Ledger> find(String text, ReportKind kind) {
    DocumentText doc = DocumentText.of(text, kind);
    return EXTRACTOR.extract(doc).stream().map(h -> new Ledger(h.unit(), h.found(), h.rectified(), h.pending(),
        h.inspections(), h.rate(), doc.slice(h.span()))).toList();
  }

  static Stream<Arguments> ledgers() {
    return Stream.of(
        // seed: found, rectified and pending all stated
        row("每月进行安全生产检查，共发现隐患65项，64项已完成整改，1项正在整改中。",
            ledger(65, 64, 1, null, "共发现隐患65项，64项已完成整改，1项正在整改中")),
        // seed: inspections before the count; 均已完成整改 makes pending 0 and rectified the number found
        row("二是组织对辖区生产经营单位开展安全生产检查，共检查1896家次，发现隐患1796项，均已完成整改。",
            ledger(1796, 1796, 0, 1896, "共检查1896家次，发现隐患1796项，均已完成整改")),
        // c2: 已全部整改 without a count
        row("四是全面开展隐患排查治理，排查隐患212处，已全部整改。", ledger(212, 212, 0, null, "排查隐患212处，已全部整改")),
        // b2: numbers that do not add up stay as written, nothing computed
        row("发现隐患30处，已整改25处，剩余3处正在整改；取缔临时交易点。",
            ledger(30, 25, 3, null, "发现隐患30处，已整改25处，剩余3处正在整改")),
        // e2: the rate
        row("共检查单位356家次，发现火灾隐患412处，已整改409处，3处正在整改中，整改率99.3%；依法查封违规住人库房6处。",
            withRate(99.3, ledger(412, 409, 3, 356, "共检查单位356家次，发现火灾隐患412处，已整改409处，3处正在整改中，整改率99.3%"))),
        // found alone: rectified and pending unknown
        row("查处隐患问题48条。", ledger(48, null, null, null, "查处隐患问题48条")),
        // a2: rectified equals found, so nothing is pending (the gold says 0)
        row("共检查企业46家次，共排查隐患123项，已整改123项。", ledger(123, 123, 0, 46, "共检查企业46家次，共排查隐患123项，已整改123项")),
        // found and rectified differ and pending is not stated: pending stays null
        row("检查发现隐患31项，已整改29项。", ledger(31, 29, null, null, "检查发现隐患31项，已整改29项")),
        // b2: two 共 and 正在整改 without 中
        row("共检查企业136家次，共发现隐患48项，已整改45项，3项正在整改。",
            ledger(48, 45, 3, 136, "共检查企业136家次，共发现隐患48项，已整改45项，3项正在整改")),
        // g1: inspections with their object, 前期 before them
        row("前期共检查企业86家次，发现隐患152项，已整改140项，12项正在整改。",
            ledger(152, 140, 12, 86, "共检查企业86家次，发现隐患152项，已整改140项，12项正在整改")),
        // c2: 个次, and 已全部整改到位
        row("共检查在建项目136个次，发现隐患487处，已全部整改到位；严查项目管理人员不在岗履职问题，查处9起。",
            ledger(487, 487, 0, 136, "共检查在建项目136个次，发现隐患487处，已全部整改到位")),
        // c2: 均已整改完毕
        row("每周开展日常巡查，共检查在建工地58家次，发现隐患96处，均已整改完毕。",
            ledger(96, 96, 0, 58, "共检查在建工地58家次，发现隐患96处，均已整改完毕")),
        // c2: a clause about something else between the count and 已全部整改
        row("发现各类安全隐患128处，均已下发监理通知单要求施工单位整改，现已全部整改闭环。",
            ledger(128, 128, 0, null, "发现各类安全隐患128处，均已下发监理通知单要求施工单位整改，现已全部整改闭环")),
        // e2: inspections counted in 家 by 排查
        row("组织网格员开展排查，共排查场所218家，发现隐患265处，已全部整改。",
            ledger(265, 265, 0, 218, "共排查场所218家，发现隐患265处，已全部整改")),
        // Chinese numerals
        row("共发现隐患六十五项，六十四项已完成整改，一项正在整改中。",
            ledger(65, 64, 1, null, "共发现隐患六十五项，六十四项已完成整改，一项正在整改中")),
        // the number before the noun
        row("共发现65项隐患，均已整改。", ledger(65, 65, 0, null, "共发现65项隐患，均已整改")),
        // 个 and 问题隐患
        row("排查问题隐患12个，已整改10个，2个正在整改。", ledger(12, 10, 2, null, "排查问题隐患12个，已整改10个，2个正在整改")),
        // 起, and pending written before its number
        row("排查发现隐患5起，已整改3起，未整改2起。", ledger(5, 3, 2, null, "排查发现隐患5起，已整改3起，未整改2起")),
        // 其余 … 正在整改
        row("发现隐患12项，已整改10项，其余2项正在整改。", ledger(12, 10, 2, null, "发现隐患12项，已整改10项，其余2项正在整改")),
        // thousands separator and 余
        row("累计排查隐患1,250余项，已整改1,200项。", ledger(1250, 1200, null, null, "累计排查隐患1,250余项，已整改1,200项")),
        // two ledgers in one sentence, each with its own numbers
        row("发现一般隐患40项，已整改38项；另发现重大隐患2项，已全部整改。",
            ledger(40, 38, null, null, "发现一般隐患40项，已整改38项"), ledger(2, 2, 0, null, "发现重大隐患2项，已全部整改")),
        // two counts found in one sentence: the rectified clause belongs to the second
        row("排查企业隐患20处，发现问题8个，已全部整改。",
            ledger(20, null, null, null, "排查企业隐患20处"), ledger(8, 8, 0, null, "发现问题8个，已全部整改")),
        // the rate alone
        row("全年隐患整改率达98%。", withRate(98, ledger(null, null, null, null, "全年隐患整改率达98%"))),
        // 已完成整改 without a count
        row("发现隐患20项，已完成整改。", ledger(20, 20, 0, null, "发现隐患20项，已完成整改")),
        // inspections two clauses before the count do not belong to it
        row("检查企业46家次，下达整改指令书12份，发现隐患30处。", ledger(30, null, null, null, "发现隐患30处")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ledgers")
  void findsLedgers(String text, List<Ledger> expected) {
    assertEquals(expected, find(text, ReportKind.OTHER));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      // no number
      "确保第一时间发现问题、解决问题。",
      // a mechanism, not a count
      "督促三家公司建立安全风险分级管控和隐患排查治理双重预防工作机制。",
      // a duty, not a hazard
      "要求所有人员值班期间保持24小时通讯畅通。",
      "公布应急管理局24小时值班电话。",
      // g1: pending hazards with no count found
      "对前期尚未整改完毕的12项隐患实行挂牌督办，逐项销号。",
      // e2: a recommendation about open hazards
      "区消防救援大队要对尚未整改完毕的3处火灾隐患挂牌督办。",
      // violations are not hazards
      "查处超速、疲劳驾驶等交通违法行为213起。",
      "严查项目管理人员不在岗履职问题，查处9起，均已依法处理。",
      // a requirement: nothing was found yet
      "各单位要全面排查隐患，发现隐患10项以上的要挂牌督办。",
      // a target rate
      "确保隐患整改率100%。",
      // problems in a work plan
      "对检查发现的问题实行清单化管理，发现问题后立即整改。",
      // alarms, not hazards
      "共处置疲劳驾驶、超速等报警信息2146条，处置率100%。"})
  void mustNotMatch(String text) {
    assertEquals(List.of(), find(text, ReportKind.OTHER));
  }

  @Test
  void unitInEvaluationIsTheMeasureSectionHeading() {
    String text = String.join("\n",
        "三、事故防范整改措施落实情况",
        "（一）乌鲁木齐市米东区市政市容环卫管理站",
        "落实情况：2024年以来，区市政市容环卫管理站一是加强风险辨识。共发现隐患65项，64项已完成整改，1项正在整改中。",
        "（二）芦草沟乡人民政府",
        "落实情况：共检查1896家次，发现隐患1796项，均已完成整改。");
    List<String> units = find(text, ReportKind.EVALUATION).stream().map(Ledger::unit).toList();
    // the heading, not the short name in the sentence
    assertEquals(List.of("乌鲁木齐市米东区市政市容环卫管理站", "芦草沟乡人民政府"), units);
  }

  @Test
  void unitOutsideEvaluationsIsTheSubject() {
    // g1: the subject opens an earlier clause of the sentence, after a date
    assertEquals("青岚县应急管理局", find("2024年1月至2月，青岚县应急管理局组织开展了危险化学品企业隐患排查整治，前期共检查企业86家次，"
        + "发现隐患152项，已整改140项，12项正在整改。", ReportKind.NOTICE).get(0).unit());
    // the subject right before the count
    assertEquals("县应急管理局", find("县应急管理局共检查企业120家次，发现隐患300项，均已整改。", ReportKind.NOTICE).get(0).unit());
    // a subject that is no organization name: no unit rather than a guess
    assertEquals(Arrays.asList((String) null),
        find("各有关部门共排查隐患30处，均已整改。", ReportKind.NOTICE).stream().map(Ledger::unit).toList());
  }

  @Test
  void spansPointIntoTheText() {
    String text = "落实情况：一是共发现隐患65项，64项已完成整改，1项正在整改中。二是其他。";
    DocumentText doc = DocumentText.of(text);
    HazardLedger h = EXTRACTOR.extract(doc).get(0);
    assertEquals(text.indexOf("共发现"), h.span().start());
    assertEquals(text.indexOf("。二是"), h.span().end());
  }
}
