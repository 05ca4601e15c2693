package anjuan.extract.find;

import static org.junit.jupiter.api.Assertions.assertEquals;

import anjuan.extract.fact.Claim;
import anjuan.extract.text.DocumentText;
import anjuan.ingest.ReportKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {
  private static List<String> kinds(String text) {
    return new ClaimExtractor().extract(DocumentText.of(text, ReportKind.EVALUATION)).stream().map(Claim::kind).toList();
  }

  @Test
  void emptyProblemListAndAssessment() {
    String text = "四、总体评估意见\n事故有关单位能够按照事故批复要求，对照事故调查报告指出的主要问题和措施建议落实整改。\n"
        + "附件1：\n\n米东芦草沟市政市容环卫管理站“11·24”一般灼烫事故防范整改措施和责任追究落实情况评估问题清单\n\n无。\n"
        + "附件2：\n\n评估工作建议清单\n\n无。";
    // the empty list of recommendations (附件2) is no claim that problems are absent
    assertEquals(List.of("all_implemented", "no_problems"), kinds(text));
  }

  @Test
  void anExceptionOrAClaimAboutPeopleIsNoClaimAboutMeasures() {
    assertEquals(List.of(), kinds("四、总体评估意见\n评估组认为，事故调查报告提出的责任追究意见已全部落实到位；"
        + "锦程公司能够按照要求落实整改，远鑫公司尚未落实事故调查报告提出的防范整改措施。"));
  }

  @Test
  void aListedProblemIsNoEmptyList() {
    assertEquals(List.of(), kinds("附件1：\n\n评估问题清单\n\n1．远鑫公司未建立车辆维护检查制度。"));
  }

  @Test
  void onlyEvaluationsClaim() {
    assertEquals(List.of(), new ClaimExtractor().extract(DocumentText.of("附件1：\n\n问题清单\n\n无。", ReportKind.NOTICE)));
  }
}
