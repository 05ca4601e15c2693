package anjuan.extract.find;

import anjuan.ingest.Span;

/**
 * The quoted text of a cited article: {@code 第三十八条第一款规定“事故发生单位主要负责人……”} or
 * {@code 第一百三十三条：“在安全工作方面……”}. Reports mix quote styles ({@code "…”}), so a quote opened with a
 * straight quote closes at the next straight or curly closing quote.
 */
final class QuotedText {
  static final int MAX_QUOTE = 3000;
  private static final String[] LEADS = {"的规定", "之规定", "规定", "明确规定"};

  private QuotedText() {}

  /** The span from {@code pos} to the end of a quotation that opens right after it, or null. */
  static Span after(String text, int pos) {
    int n = text.length();
    int i = ArticleParser.skipSpace(text, pos);
    for (String lead : LEADS) {
      if (text.startsWith(lead, i)) {
        i += lead.length();
        break;
      }
    }
    if (i < n && (text.charAt(i) == '：' || text.charAt(i) == ':')) {
      i++;
    }
    i = ArticleParser.skipSpace(text, i);
    if (i >= n) {
      return null;
    }
    char open = text.charAt(i);
    int limit = Math.min(n, i + 1 + MAX_QUOTE);
    int depth = 1;
    for (int j = i + 1; j < limit; j++) {
      char c = text.charAt(j);
      switch (open) {
        case '“' -> {
          if (c == '“') {
            depth++;
          } else if (c == '”' && --depth == 0) {
            return new Span(pos, j + 1);
          }
        }
        case '"' -> {
          if (c == '"' || c == '”') {
            return new Span(pos, j + 1);
          }
        }
        case '「' -> {
          if (c == '」') {
            return new Span(pos, j + 1);
          }
        }
        default -> {
          return null;
        }
      }
    }
    return null;
  }
}
