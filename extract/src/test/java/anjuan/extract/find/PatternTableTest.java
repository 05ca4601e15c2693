package anjuan.extract.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PatternTableTest {
  @Test
  void referencesExpandAndAlternativesGoLongestFirst() {
    PatternTable t = Vocabularies.HAZARDS;
    // 排查发现 before 排查, so the longer verb wins at the same position
    assertTrue(t.regex("found_verb").indexOf("排查发现") < t.regex("found_verb").indexOf("|排查|"));
    // a fragment of counts.tsv is usable from hazards.tsv
    assertTrue(Pattern.compile(t.regex("found")).matcher("发现隐患六十五项").find());
    assertEquals(t.values("count_unit").size(), 5);
  }

  @Test
  void everyNamedPatternCompiles() {
    for (PatternTable t : new PatternTable[] {Vocabularies.HAZARDS, Vocabularies.ACTIVITIES, Vocabularies.CONTEXT}) {
      for (PatternTable.Row row : t.rows()) {
        Pattern.compile(t.regex(row.name()));
      }
    }
  }
}
