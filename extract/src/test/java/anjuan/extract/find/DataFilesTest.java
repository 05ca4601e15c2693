package anjuan.extract.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import anjuan.extract.data.Tables;
import anjuan.extract.text.DocumentText;
import anjuan.ingest.ReportKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of every data file carries an example, and the example must show what the row is for. */
class DataFilesTest {
  private static final HazardExtractor HAZARDS = new HazardExtractor();
  private static final ActivityExtractor ACTIVITIES = new ActivityExtractor();
  private static final OrganizationNames NAMES = OrganizationNames.standard();

  static Stream<Arguments> patternRows() {
    Map<String, Arguments> rows = new LinkedHashMap<>();
    for (PatternTable table : new PatternTable[] {Vocabularies.HAZARDS, Vocabularies.ACTIVITIES, Vocabularies.CONTEXT}) {
      for (PatternTable.Row row : table.rows()) {
        rows.putIfAbsent(row.file() + "\t" + row.name() + "\t" + row.regex(),
            Arguments.of(row.file() + " " + row.name() + " " + row.regex(), table, row));
      }
    }
    return rows.values().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patternRows")
  void rowIsFoundInItsExample(String label, PatternTable table, PatternTable.Row row) {
    assertTrue(Pattern.compile(table.expand(row)).matcher(row.example()).find(), row.example());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patternRows")
  void exampleYieldsWhatTheRowSays(String label, PatternTable table, PatternTable.Row row) {
    DocumentText doc = DocumentText.of(row.example(), ReportKind.OTHER);
    boolean yields = switch (row.file()) {
      case "hazards.tsv" -> !HAZARDS.extract(doc).isEmpty();
      case "activities.tsv" -> !ACTIVITIES.extract(doc).isEmpty();
      default -> !HAZARDS.extract(doc).isEmpty() || !ACTIVITIES.extract(doc).isEmpty();
    };
    assertEquals(row.yields(), yields, row.example());
  }

  static Stream<Arguments> organizationRows() {
    return Tables.read("organizations.tsv", 3).stream().map(r -> Arguments.of(r[0] + " " + r[1], r[0], r[1], r[2]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("organizationRows")
  void organizationRowShowsInItsExample(String label, String role, String word, String example) {
    int end = NAMES.nameEnd(example, 0, example.length());
    switch (role) {
      // the example opens with a name ending in the suffix
      case "suffix" -> {
        assertTrue(end > 0, example);
        assertTrue(example.substring(0, end).endsWith(word), example.substring(0, Math.max(0, end)));
      }
      // the example opens with no name, and the word is none
      case "not_name", "not_start" -> {
        assertEquals(-1, end, example);
        assertTrue(!NAMES.isName(word), word);
      }
      // the example opens with a name that ends right before the boundary word
      case "boundary" -> {
        assertTrue(end > 0, example);
        assertTrue(example.startsWith(word, end), example + " → " + example.substring(0, end));
      }
      // the example is a match that took the lead-in word and what came before it; the name starts after the word
      case "lead_in" -> {
        String name = NAMES.withoutLeadIn(example);
        assertTrue(example.endsWith(name) && example.startsWith(word, example.length() - name.length() - word.length()),
            example + " → " + name);
      }
      default -> throw new AssertionError("unknown role " + role);
    }
  }
}
