package anjuan.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Search over the corpus: articles in every written form, filters, facets, evidence, hostile queries. */
class SearchTest {
  private static Path dir;
  private static ReportSearcher searcher;

  @BeforeAll
  static void build() throws IOException {
    dir = TestCorpus.index(Files.createTempDirectory("anjuan-search"));
    searcher = ReportSearcher.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static SearchRequest request(String text, String article) {
    return new SearchRequest(text, article, null, null, null, null, null, null, null, null, null, 50, 0);
  }

  private static Set<String> files(SearchResult r) {
    return r.hits().stream().map(h -> Path.of(h.paths().get(0).replaceAll("!/.*", "")).getFileName().toString())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // article 158 is cited in the B case (paragraph 2) and in the C evaluation (no paragraph)
      "《中国共产党纪律处分条例》第一百五十八条|b1-investigation.doc,b2-evaluation.txt,c2-evaluation.odt",
      "纪律处分条例 158条|b1-investigation.doc,b2-evaluation.txt,c2-evaluation.odt",
      "纪律处分条例第158条|b1-investigation.doc,b2-evaluation.txt,c2-evaluation.odt",
      // a paragraph matches only that paragraph
      "纪律处分条例第158条第2款|b1-investigation.doc,b2-evaluation.txt",
      "《中国共产党纪律处分条例》第一百五十八条第二款|b1-investigation.doc,b2-evaluation.txt",
      "纪律处分条例第158条第1款|",
      // by edition
      "2018年《中国共产党纪律处分条例》第一百五十八条|b1-investigation.doc,b2-evaluation.txt,c2-evaluation.odt",
      "安全生产法第九十六条|a1-investigation.docx,a2-evaluation.pdf,c1-investigation.html,c2-evaluation.odt"})
  void articleInEveryWrittenForm(String article, String expected) throws Exception {
    SearchResult r = searcher.search(request(null, article));
    Set<String> want = expected == null ? Set.of() : new TreeSet<>(List.of(expected.split(",")));
    assertEquals(want, files(r));
    assertEquals(want.size(), r.total());
  }

  @Test
  void articleHitsShowTheCitingSentenceAndPerson() throws Exception {
    SearchResult r = searcher.search(request(null, "纪律处分条例第158条第2款"));
    SearchResult.Hit b2 = r.hits().stream().filter(h -> h.paths().get(0).endsWith("b2-evaluation.txt")).findFirst().orElseThrow();
    assertTrue(b2.snippets().stream().anyMatch(s -> s.contains("【第一百五十八条第二款】") && s.contains("李某某")), b2.snippets().toString());
  }

  @Test
  void freeTextPhraseAndHighlight() throws Exception {
    SearchResult r = searcher.search(request("\"高处坠落\"", null));
    assertEquals(Set.of("c1-investigation.html", "c2-evaluation.odt"), files(r));
    assertTrue(r.hits().get(0).snippets().get(0).contains("【高处坠落】"), r.hits().get(0).snippets().toString());
  }

  @Test
  void rareTermsAndNamesAreFoundThroughBigrams() throws Exception {
    // smartcn splits the unknown name 刘春梅; the bigram field still finds it
    assertEquals(Set.of("a1-investigation.docx", "a2-evaluation.pdf"), files(searcher.search(request("刘春梅", null))));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "sanction|党内严重警告|a1-investigation.docx,a2-evaluation.pdf,k1-investigation.html,m1-investigation.odt,m2-evaluation.doc",
      "type|车辆伤害|b1-investigation.doc,b2-evaluation.txt,notices.zip",
      "grade|较大|a1-investigation.docx,a2-evaluation.pdf,i1-investigation.pdf,i2-evaluation.docx,m1-investigation.odt,m2-evaluation.doc",
      "kind|notice|n1-notice.rtf,notices.zip",
      "year|2019..2019|b1-investigation.doc,b2-evaluation.txt,m1-investigation.odt,m2-evaluation.doc",
      "type|道路交通|i1-investigation.pdf,i2-evaluation.docx",
      "year|2023..|e2-evaluation.rtf,k1-investigation.html,n1-notice.rtf,notices.zip",
      "place|鹤川市|e2-evaluation.rtf,notices.zip",
      "unit|云溪区住房|c1-investigation.html,c2-evaluation.odt",
      "unit|区住房和城乡建设局|c1-investigation.html,c2-evaluation.odt,d1-investigation.txt",
      "person|马晓东|a1-investigation.docx"})
  void filters(String filter, String value, String expected) throws Exception {
    String s = filter.equals("sanction") ? value : null;
    String type = filter.equals("type") ? value : null;
    String grade = filter.equals("grade") ? value : null;
    String kind = filter.equals("kind") ? value : null;
    Integer from = null;
    Integer to = null;
    if (filter.equals("year")) {
      String[] parts = value.split("\\.\\.", -1);
      from = parts[0].isEmpty() ? null : Integer.valueOf(parts[0]);
      to = parts.length < 2 || parts[1].isEmpty() ? null : Integer.valueOf(parts[1]);
    }
    String place = filter.equals("place") ? value : null;
    String unit = filter.equals("unit") ? value : null;
    String person = filter.equals("person") ? value : null;
    SearchResult r = searcher.search(new SearchRequest(null, null, s, type, grade, kind, from, to, place, unit, person, 50, 0));
    assertEquals(new TreeSet<>(List.of(expected.split(","))), files(r));
  }

  @Test
  void facetsCountTheMatches() throws Exception {
    SearchResult r = searcher.search(request(null, "纪律处分条例第158条"));
    assertEquals(2L, r.facets().get(Fields.KIND).get("evaluation"));
    assertEquals(1L, r.facets().get(Fields.KIND).get("investigation"));
    assertTrue(r.facets().get(Fields.SANCTION).containsKey("党内警告"));
  }

  @Test
  void pagesWithOffsetAndLimit() throws Exception {
    SearchResult all = searcher.search(new SearchRequest("事故", null, null, null, null, null, null, null, null, null, null, 50, 0));
    SearchResult page = searcher.search(new SearchRequest("事故", null, null, null, null, null, null, null, null, null, null, 2, 2));
    assertEquals(all.total(), page.total());
    assertEquals(2, page.hits().size());
    assertEquals(all.hits().get(2).id(), page.hits().get(0).id());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"灼烫", "*事故", "?故", "(事故 AND", "事故 AND OR NOT"})
  void malformedQueriesAreClearErrors(String query) {
    QueryException e = assertThrows(QueryException.class, () -> searcher.search(request(query, null)));
    assertFalse(e.getMessage().isBlank());
  }

  @Test
  void hostileQueriesFailFast() {
    String manyClauses = String.join(" OR ", java.util.Collections.nCopies(10_000, "事故"));
    assertThrows(QueryException.class, () -> searcher.search(request(manyClauses, null)));
    assertThrows(QueryException.class, () -> searcher.search(request("/(a+)+(b+)+(c+)+[a-z]{1,1000}(x|y|z){1,500}/", null)));
    assertThrows(QueryException.class, () -> searcher.search(request("事故".repeat(2_000), null)));
  }
}
