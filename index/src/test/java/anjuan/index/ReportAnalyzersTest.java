package anjuan.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class ReportAnalyzersTest {
  static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Fields.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  /** The worked example of package-info: if smartcn changes, the documentation must change with it. */
  @Test
  void workedExampleOfThePackageDocumentation() throws IOException {
    String sentence = "米东区市政市容环卫管理站发生灼烫事故";
    assertEquals(List.of("米", "东区", "市政", "市容", "环卫", "管理站", "发生", "灼", "烫", "事故"),
        tokens(ReportAnalyzers.words(), sentence));
    assertEquals(List.of("米东", "东区", "区市", "市政", "政市", "市容", "容环", "环卫", "卫管", "管理", "理站", "站发", "发生",
        "生灼", "灼烫", "烫事", "事故"), tokens(ReportAnalyzers.bigrams(), sentence));
  }

  /** A run of junk longer than Lucene's term limit (a broken PDF) never makes an immense term. */
  @Test
  void immenseTokensAreDroppedOrCut() throws IOException {
    String junk = "x".repeat(40_000);
    List<String> words = tokens(ReportAnalyzers.words(), junk + " 事故");
    assertEquals("事故", words.get(words.size() - 1));
    words.forEach(t -> org.junit.jupiter.api.Assertions.assertTrue(t.length() <= ReportAnalyzers.MAX_TOKEN_CHARS));
    List<String> bigrams = tokens(ReportAnalyzers.bigrams(), junk + " 事故");
    assertEquals("事故", bigrams.get(bigrams.size() - 1));
    bigrams.forEach(t -> org.junit.jupiter.api.Assertions.assertTrue(t.length() <= ReportAnalyzers.MAX_TOKEN_CHARS));
  }
}
