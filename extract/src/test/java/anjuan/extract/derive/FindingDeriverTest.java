package anjuan.extract.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import anjuan.extract.fact.CaseFacts;
import anjuan.extract.fact.Finding;
import anjuan.extract.fact.Handling;
import anjuan.extract.fact.HazardLedger;
import anjuan.extract.fact.Person;
import anjuan.ingest.ReportKind;
import anjuan.ingest.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingDeriverTest {
  private static final Span S = new Span(0, 1);
  private static final CaseFacts ACCIDENT =
      new CaseFacts("x", "2020-11-24", null, null, null, "灼烫", "一般", 1, null, null, null, null);

  private static Handling handling(String action, String date) {
    return new Handling("t", date, action, List.of(action), null, List.of(), S);
  }

  private static Person person(String name, String proposed, String outcome, String date) {
    return new Person(name, true, true, List.of(), handling(proposed, null), handling(outcome, date), S, S);
  }

  private static List<String> kinds(List<Finding> findings) {
    return findings.stream().map(Finding::kind).toList();
  }

  @Test
  void hazards() {
    FindingDeriver d = new FindingDeriver();
    // 65 found, 64 rectified, 1 pending: open
    assertEquals(List.of("open_hazards"), kinds(d.derive(ReportKind.EVALUATION, CaseFacts.none(), List.of(),
        List.of(new HazardLedger("站", 65, 64, 1, null, null, S)), List.of())));
    // all rectified: nothing
    assertEquals(List.of(), kinds(d.derive(ReportKind.EVALUATION, CaseFacts.none(), List.of(),
        List.of(new HazardLedger("乡", 1796, 1796, 0, 1896, null, S)), List.of())));
    // 30 ≠ 25 + 3
    assertEquals(List.of("open_hazards", "count_mismatch"), kinds(d.derive(ReportKind.EVALUATION, CaseFacts.none(),
        List.of(), List.of(new HazardLedger("镇", 30, 25, 3, null, null, S)), List.of())));
  }

  @Test
  void weakerThanProposedAndLateAccountability() {
    List<Finding> f = new FindingDeriver().derive(ReportKind.EVALUATION, ACCIDENT, List.of(
        person("孙**", "约谈", "约谈", "2024-07-05"),
        person("任**", "责任追究", "党内严重警告", "2024-05-31"),
        person("张*", "责任追究", "党内警告", "2024-05-17"),
        person("许**", "责任追究", "提醒谈话", "2024-05-29")), List.of(), List.of());
    assertEquals(List.of("weaker_than_proposed", "accountability_lag"), kinds(f));
    assertTrue(f.get(0).detail().startsWith("许**"), f.get(0).detail());
    // the first Party sanction, not the earlier talk with the station's head
    assertTrue(f.get(1).detail().contains("2024-05-17") && f.get(1).detail().contains("3 years 5 months"), f.get(1).detail());
  }

  @Test
  void accountabilityWithinAYearIsNoFinding() {
    assertEquals(List.of(), kinds(new FindingDeriver().derive(ReportKind.EVALUATION, ACCIDENT,
        List.of(person("李某某", "党内警告", "党内警告", "2021-10-12")), List.of(), List.of())));
  }
}
