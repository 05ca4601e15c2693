package anjuan.index.gaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import anjuan.extract.ReportBuilder;
import anjuan.extract.fact.Report;
import anjuan.index.TestCorpus;
import anjuan.index.cases.CaseLinker;
import anjuan.ingest.read.DocumentReader;
import anjuan.ingest.read.ReadContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The exact gaps of every accident of the corpus, and of the seed. */
class GapFinderTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  private static Map<String, List<String>> gapsByCase(List<Report> reports) {
    Map<String, List<String>> out = new TreeMap<>();
    List<CaseLinker.AccidentCase> cases =
        new CaseLinker().link(reports.stream().map(CaseLinker.CaseRef::of).toList());
    GapFinder finder = new GapFinder(TODAY);
    for (CaseLinker.AccidentCase c : cases) {
      List<Report> members = new ArrayList<>();
      for (CaseLinker.CaseRef ref : c.reports()) {
        members.add(reports.stream().filter(r -> r.id().equals(ref.id())).findFirst().orElseThrow());
      }
      List<String> kinds = finder.find(c, members).stream().map(Gap::kind).sorted().collect(Collectors.toList());
      out.put(String.valueOf(c.name()), kinds);
    }
    return out;
  }

  @Test
  void everyCaseOfTheCorpus() throws IOException {
    Map<String, List<String>> gaps = gapsByCase(TestCorpus.reports());
    // A: recommendation to the 街道办事处 never evaluated, the company's outcome partial, 马晓东 never handled,
    // 许文斌 given 诫勉 instead of 党内严重警告, and the evaluation claiming all is done beside that partial measure
    assertEquals(List.of("partial_measure", "unhandled_person", "unimplemented_measure", "unsupported_claim",
        "weaker_than_proposed"), gaps.get("澄州市鸿泰化工有限公司“3·16”较大中毒和窒息事故"));
    // B: two ledgers with open hazards, one that does not add up, sanctions two years late, problem list 无
    assertEquals(List.of("accountability_lag", "count_mismatch", "open_hazards", "open_hazards", "unsupported_claim"),
        gaps.get("岚溪县“8·7”危险化学品运输车辆侧翻事故"));
    // C: investigation, approval and evaluation agree: clean
    assertEquals(List.of(), gaps.get("云溪区翠湾花园项目“9·3”一般高处坠落事故"));
    // D: an investigation of 2021 without any evaluation
    assertEquals(List.of("missing_evaluation"), gaps.get("北塘区雨污分流改造工程“5·18”一般坍塌事故"));
    // E: an evaluation alone, 3 hazards open while it says the measures are carried out
    assertEquals(List.of("open_hazards", "unsupported_claim"), gaps.get("西岭区惠民综合批发市场“4·26”一般火灾事故"));
    assertEquals(List.of("open_hazards"), gaps.get("青岚县“3·8”一般爆炸事故"));
    assertEquals(List.of(), gaps.get("鹤川海腾物流有限公司“5·9”车辆伤害事故"));
    // I: the truck company's measures are reported as not yet done
    assertEquals(List.of("unimplemented_measure"), gaps.get("峤梧高速丰林段“10·9”较大道路交通事故"));
    // M: officials sanctioned in 2021 for a fire of 2019, 侯振宇 given 批评教育 instead of 党内警告, and the
    // 街道办事处's outcome silent on 实行销号管理 while the assessment says all is done
    assertEquals(List.of("accountability_lag", "partial_measure", "unsupported_claim", "weaker_than_proposed"),
        gaps.get("鸣泉区锦尚服饰有限公司“12·7”较大火灾事故"));
    // K: an investigation of 2023 without its evaluation; P: a clean evaluation
    assertEquals(List.of("missing_evaluation"), gaps.get("芷川市铭锐钢构有限公司“8·22”一般起重伤害事故"));
    assertEquals(List.of(), gaps.get("蓼汀县清源水务有限公司“7·14”一般淹溺事故"));
  }

  @Test
  void gapsNameTheirDocumentsAndEvidence() throws IOException {
    List<Report> reports = TestCorpus.reports();
    CaseLinker.AccidentCase a = new CaseLinker().link(reports.stream().map(CaseLinker.CaseRef::of).toList()).stream()
        .filter(c -> c.name() != null && c.name().contains("鸿泰")).findFirst().orElseThrow();
    List<Report> members = a.reports().stream()
        .map(ref -> reports.stream().filter(r -> r.id().equals(ref.id())).findFirst().orElseThrow()).toList();
    Gap partial = new GapFinder(TODAY).find(a, members).stream().filter(g -> g.kind().equals("partial_measure"))
        .findFirst().orElseThrow();
    assertEquals(List.of("investigation", "evaluation"), partial.documents().stream().map(Gap.Document::kind).toList());
    assertTrue(partial.detail().contains("变更管理"), partial.detail());
    for (Gap.Evidence e : partial.evidence()) {
      Report r = members.stream().filter(m -> m.id().equals(e.id())).findFirst().orElseThrow();
      assertEquals(e.text(), e.span().of(r.text()));
    }
  }

  /** The seed alone: the open hazard, the late accountability, 许**'s weaker handling, and 附件1 无 beside the hazard. */
  @Test
  void seed() throws IOException {
    Path seed = Path.of("..", "..", "shared", "seeds", "000_3c9f0c8498857cb8.txt");
    Assumptions.assumeTrue(Files.exists(seed), "shared seed not present");
    Report r = new ReportBuilder().build(new DocumentReader(ReadContext.standalone()).read(seed).get(0).document());
    Map<String, List<String>> gaps = gapsByCase(List.of(r));
    assertEquals(List.of("accountability_lag", "open_hazards", "unsupported_claim", "weaker_than_proposed"),
        gaps.values().iterator().next());
    CaseLinker.AccidentCase c = new CaseLinker().link(List.of(CaseLinker.CaseRef.of(r))).get(0);
    List<Gap> found = new GapFinder(TODAY).find(c, List.of(r));
    Gap weaker = found.stream().filter(g -> g.kind().equals("weaker_than_proposed")).findFirst().orElseThrow();
    assertTrue(weaker.detail().startsWith("许**"), weaker.detail());
    Gap claim = found.stream().filter(g -> g.kind().equals("unsupported_claim")).findFirst().orElseThrow();
    assertTrue(claim.evidence().stream().anyMatch(e -> e.text().equals("无。")));
    assertTrue(claim.evidence().stream().anyMatch(e -> e.text().contains("1项正在整改中")));
    Gap lag = found.stream().filter(g -> g.kind().equals("accountability_lag")).findFirst().orElseThrow();
    assertTrue(lag.detail().contains("3 years 5 months"), lag.detail());
  }
}
