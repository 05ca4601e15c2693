package anjuan.extract.sanction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionVocabularyTest {
  private final ActionVocabulary vocabulary = ActionVocabulary.standard();

  private List<String> actions(String text) {
    return vocabulary.find(text).stream().map(m -> m.action().name()).toList();
  }

  /** Every example of sanctions.tsv is found as its own action. */
  @Test
  void everyDataExampleIsFound() {
    for (String[] e : vocabulary.examples()) {
      assertTrue(actions(e[1]).contains(e[0]), e[0] + " in " + e[1] + " gave " + actions(e[1]));
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // the longer action wins over the one inside it
      "给予任**同志党内严重警告处分|党内严重警告",
      // two actions at once, most severe first in the vocabulary but listed in text order
      "给予党内严重警告、政务降级处分|党内严重警告,降级",
      "给予政务记大过处分|记大过",
      "给予其政务记过处分|记过",
      "予以谈话诫勉|诫勉",
      "对孙**进行约谈|约谈",
      "由区纪委监委依据相关规定进行责任追究|责任追究",
      "建议由司法机关依法追究其刑事责任|追究刑事责任",
      "被公安机关于2019年3月7日刑事拘留，3月21日批准逮捕|刑事拘留,逮捕",
      "与其解除劳动合同|解除劳动合同",
      "吊销其道路危险货物运输从业资格|吊销证照",
      "依据《生产安全事故罚款处罚规定》对其处以罚款|罚款",
      // a title in 《》 is never an action
      "依据《安全生产领域违法违纪行为政纪处分暂行规定》|",
      // 处理 in 处理建议 is a label, not an action
      "处理建议：由区纪委监委依据相关规定进行责任追究|责任追究",
      // a warning sign is no warning sanction
      "设置警告标志|"})
  void actionsInText(String text, String expected) {
    List<String> want = expected == null ? List.of() : List.of(expected.split(","));
    assertEquals(want, actions(text));
  }

  @Test
  void severityOrderOfTheIssue() {
    String[] party = {"提醒谈话", "诫勉", "党内警告", "党内严重警告", "撤销党内职务", "留党察看", "开除党籍"};
    String[] government = {"警告", "记过", "记大过", "降级", "撤职", "开除"};
    for (String[] order : new String[][] {party, government}) {
      for (int i = 1; i < order.length; i++) {
        assertTrue(vocabulary.action(order[i - 1]).isWeakerThan(vocabulary.action(order[i])), order[i - 1] + " < " + order[i]);
      }
    }
    // an unspecified 责任追究 met only by organizational handling is weaker
    assertTrue(vocabulary.action("提醒谈话").isWeakerThan(vocabulary.action("责任追究")));
    assertTrue(vocabulary.action("诫勉").isWeakerThan(vocabulary.action("责任追究")));
    assertTrue(!vocabulary.action("党内警告").isWeakerThan(vocabulary.action("责任追究")));
    // across families the usual equivalence holds: 政务降级 weighs more than 党内严重警告
    assertEquals("降级", vocabulary.mostSevere(List.of("党内严重警告", "降级")));
    assertEquals("开除党籍", vocabulary.mostSevere(List.of("开除党籍", "撤职")));
  }
}
