package anjuan.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/** The analyzers of the index; see package-info for the choice and a worked example. */
public final class ReportAnalyzers {
  /** Lucene rejects terms over 32,766 bytes; no real word is longer than this many characters. */
  static final int MAX_TOKEN_CHARS = 255;

  private ReportAnalyzers() {}

  /** smartcn words for {@code text}, {@code title} and {@code case_name}; CJK bigrams for {@code bigrams}. */
  public static Analyzer perField() {
    Analyzer words = words();
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
        Fields.TEXT, words,
        Fields.TITLE, words,
        Fields.CASE_NAME, words,
        Fields.BIGRAMS, bigrams(),
        Fields.UNIT_TEXT, bigrams(),
        Fields.PLACE, bigrams()));
  }

  /** smartcn (HMM word segmentation, with its stop words), capped in token length. */
  public static Analyzer words() {
    SmartChineseAnalyzer smartcn = new SmartChineseAnalyzer();
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        // delegate and cap: an immense "word" (a run of Latin junk from a bad PDF) must not fail the document
        TokenStreamComponents inner = smartcn.createComponents(fieldName);
        return new TokenStreamComponents(inner.getSource(), new LengthFilter(inner.getTokenStream(), 1, MAX_TOKEN_CHARS));
      }
    };
  }

  /** StandardTokenizer (one token per ideograph) folded into overlapping bigrams: 米东区 → 米东, 东区. */
  public static Analyzer bigrams() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new CJKBigramFilter(stream);
        stream = new LengthFilter(stream, 1, MAX_TOKEN_CHARS);
        return new TokenStreamComponents(source, stream);
      }
    };
  }
}
