package anjuan.extract.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import anjuan.extract.fact.Activity;
import anjuan.extract.fact.HazardLedger;
import anjuan.extract.text.DocumentText;
import anjuan.ingest.ReportKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed evaluation report and its gold file, read from the shared folder when it is there. */
class LedgerSeedGoldenTest {
  private static final String SEED = "000_3c9f0c8498857cb8";
  private static DocumentText doc;
  private static JsonNode gold;

  /** The fields the gold lists for a ledger. */
  record Ledger(String unit, Integer found, Integer rectified, Integer pending, Integer inspections) {}

  @BeforeAll
  static void read() throws Exception {
    Path shared = SharedFiles.folder();
    Path text = shared == null ? null : shared.resolve("seeds").resolve(SEED + ".txt");
    Path expected = shared == null ? null : shared.resolve("seeds").resolve(SEED + ".expected.json");
    if (text != null && Files.isRegularFile(text) && Files.isRegularFile(expected)) {
      doc = SharedFiles.read(text, ReportKind.EVALUATION);
      gold = new ObjectMapper().readTree(expected.toFile());
    }
  }

  @Test
  void hazardsAreExactlyTheGoldOnes() {
    assumeTrue(doc != null, "seed not present");
    Set<Ledger> expected = new HashSet<>();
    for (JsonNode h : gold.get("hazards")) {
      expected.add(new Ledger(h.get("unit").asText(), integer(h, "found"), integer(h, "rectified"),
          integer(h, "pending"), integer(h, "inspections")));
    }
    List<HazardLedger> found = new HazardExtractor().extract(doc);
    Set<Ledger> actual = new HashSet<>();
    for (HazardLedger h : found) {
      actual.add(new Ledger(h.unit(), h.found(), h.rectified(), h.pending(), h.inspections()));
    }
    assertEquals(expected, actual);
    assertEquals(expected.size(), found.size());
  }

  @Test
  void activitiesAsWeReadThem() {
    // the gold lists no activities for the seed; these pin our reading of it
    assumeTrue(doc != null, "seed not present");
    List<String> actual = new ActivityExtractor().extract(doc).stream().map(LedgerSeedGoldenTest::describe).toList();
    assertEquals(List.of(
        "乌鲁木齐市米东区市政市容环卫管理站 training 12 360 ~ 召开12场安全生产工作培训例会，参训360余人次",
        // 12 篇 are articles read, not sessions
        "乌鲁木齐市米东区城市管理局（城市管理行政执法局） study null 108 学习相关篇目12篇、参学108人次",
        "乌鲁木齐市米东区城市管理局（城市管理行政执法局） training 4 null 共开展4场安全生产警示教育培训",
        "芦草沟乡人民政府 training 6 null 开展安全生产警示教育培训6场次",
        // attachment 3 has no organization heading: the subject of the clause
        "应急管理局 training null 45 组织45名干部职工对信息报送规定进行专题培训",
        "应急管理局 training 3 135 开展培训3场、135人次",
        // 行业部门 names no organization
        "null training 11 1250 开展培训11场、1250人次"), actual);
  }

  private static String describe(Activity a) {
    return a.unit() + " " + a.kind() + " " + a.sessions() + " " + a.attendance() + (a.approximate() ? " ~ " : " ")
        + doc.slice(a.span());
  }

  private static Integer integer(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asInt();
  }
}
