package anjuan.extract.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import anjuan.extract.data.Tables;
import anjuan.extract.fact.DateFact;
import anjuan.extract.text.DocumentText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The data file dates.tsv: every rule's example matches as stated, every negative example stays clear. */
class DateRulesTest {
  private static final DateRules RULES = DateRules.standard();
  private static final DateExtractor EXTRACTOR = new DateExtractor(RULES);

  static Stream<Named<DateRule>> rules() {
    return RULES.rules().stream().map(r -> Named.of(r.name(), r));
  }

  static Stream<Named<DateRules.Negative>> negatives() {
    return RULES.negatives().stream().map(n -> Named.of(n.name(), n));
  }

  @ParameterizedTest
  @MethodSource("rules")
  void ruleAloneMatchesItsExample(DateRule rule) {
    DateRule.Example e = rule.example();
    Matcher m = rule.pattern().matcher(e.sentence());
    assertTrue(m.find(), rule.name() + " finds nothing in " + e.sentence());
    assertEquals(e.text(), m.group());
  }

  @ParameterizedTest
  @MethodSource("rules")
  void extractorGivesTheExampleValue(DateRule rule) {
    DateRule.Example e = rule.example();
    List<DateFact> facts = EXTRACTOR.extract(DocumentText.of(e.sentence()));
    int start = e.sentence().indexOf(e.text());
    DateFact fact = facts.stream().filter(f -> f.span().start() == start).findFirst()
        .orElseThrow(() -> new AssertionError(rule.name() + " gave " + facts));
    assertEquals(e.text(), fact.text());
    assertEquals(e.value(), fact.value());
    assertEquals(rule.precision().label(), fact.precision());
    assertEquals(e.inferred(), fact.inferred());
  }

  /** A rule that writes a year is never inferred; one that does not always is. */
  @ParameterizedTest
  @MethodSource("rules")
  void inferredExactlyWhenNoYearIsWritten(DateRule rule) {
    assertEquals(!rule.has('y'), rule.example().inferred());
  }

  @ParameterizedTest
  @MethodSource("negatives")
  void negativeExampleYieldsNoDateThere(DateRules.Negative n) {
    int start = n.sentence().indexOf(n.forbidden());
    assertTrue(start >= 0, "forbidden text must occur in the example");
    int end = start + n.forbidden().length();
    for (DateFact f : EXTRACTOR.extract(DocumentText.of(n.sentence()))) {
      assertFalse(f.span().start() < end && start < f.span().end(), f + " overlaps " + n.forbidden());
    }
  }

  @Test
  void ruleNamesAreUniqueAndDataIsNotEmpty() {
    Set<String> names = new HashSet<>();
    RULES.rules().forEach(r -> assertTrue(names.add(r.name()), "duplicate rule " + r.name()));
    assertTrue(RULES.rules().size() >= 10);
    assertTrue(RULES.negatives().size() >= 10);
  }

  /** Every fragment is used, so the data file carries no dead patterns. */
  @Test
  void everyFragmentIsReferenced() {
    List<String[]> rows = Tables.read("dates.tsv", 9);
    Pattern reference = Pattern.compile("\\{([A-Za-z]\\w*)\\}");
    Set<String> used = new HashSet<>(Set.of("start"));
    for (String[] row : rows) {
      if (!row[0].equals("not")) {
        reference.matcher(row[2]).results().forEach(r -> used.add(r.group(1)));
      }
    }
    rows.stream().filter(r -> r[0].equals("frag"))
        .forEach(r -> assertTrue(used.contains(r[1]), "unused fragment " + r[1]));
  }

  @Test
  void unknownFragmentIsAnError() {
    List<String[]> rows = List.<String[]>of(
        new String[] {"frag", "start", "[0-9]", "", "", "", "", "", ""},
        new String[] {"rule", "bad", "{nope}年", "year", "-", "2020年", "2020年", "2020", "no"});
    assertThrows(IllegalStateException.class, () -> DateRules.parse(rows));
  }

  /** Group numbers are counted from y, m, d alone, so a rule must not capture anything else. */
  @Test
  void unnamedCapturingGroupIsAnError() {
    List<String[]> rows = List.<String[]>of(
        new String[] {"frag", "start", "[0-9]", "", "", "", "", "", ""},
        new String[] {"rule", "bad", "(?<y>[0-9]{4})(年)", "year", "-", "2020年", "2020年", "2020", "no"});
    assertThrows(IllegalStateException.class, () -> DateRules.parse(rows));
  }

  @Test
  void quantifierBracesAreNotFragments() {
    List<String[]> rows = List.<String[]>of(
        new String[] {"frag", "start", "[0-9]", "", "", "", "", "", ""},
        new String[] {"rule", "y", "(?<y>[0-9]{4})年", "year", "-", "2020年", "2020年", "2020", "no"});
    DateRules rules = DateRules.parse(rows);
    assertEquals(List.of("2020"),
        new DateExtractor(rules).extract(DocumentText.of("2020年")).stream().map(DateFact::value).toList());
  }
}
