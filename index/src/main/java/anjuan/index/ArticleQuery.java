package anjuan.index;

import anjuan.extract.fact.ArticleKey;
import anjuan.extract.fact.Citation;
import anjuan.extract.find.CitationExtractor;
import anjuan.extract.find.LawCatalog;
import anjuan.extract.find.LawTitle;
import java.util.Comparator;
import java.util.List;

/**
 * Reads an article as a person types it, with the citation extractor itself, so every written form finds the same
 * key: {@code 《中国共产党纪律处分条例》第一百五十八条第二款}, {@code 纪律处分条例 158条}, {@code 纪律处分条例第158条第2款},
 * {@code 安全生产法第三十八条}, or a law alone ({@code 安全生产法}).
 */
public final class ArticleQuery {
  private static final CitationExtractor CITATIONS = new CitationExtractor();
  /** Titles and aliases, longest first, to put 《》 around the law a query names without them. */
  private static final List<String> NAMES = LawCatalog.standard().rows().stream()
      .flatMap(r -> java.util.stream.Stream.concat(java.util.stream.Stream.of(r.title()), r.aliases().stream()))
      .sorted(Comparator.comparingInt(String::length).reversed())
      .toList();

  private ArticleQuery() {}

  /** The key to look up: law, law/article, law/article/pN, …, with {@code @edition} when the query gives one. */
  public static String key(String written) throws QueryException {
    String q = written.replaceAll("\\s+", "");
    if (q.isEmpty()) {
      throw new QueryException("the article is empty");
    }
    if (!q.contains("《")) {
      q = bracketLaw(q);
    }
    List<Citation> found = CITATIONS.extract(q);
    if (!found.isEmpty()) {
      Citation c = found.get(0);
      ArticleKey key = c.key();
      String plain = key.toString();
      return c.edition() == null ? plain : c.law() + "@" + c.edition() + plain.substring(c.law().length());
    }
    String law = q.replaceAll("^[《]|[》].*$", "");
    LawTitle title = LawCatalog.standard().resolve(law);
    if (title != null && !title.type().equals("document") && q.replaceAll("[《》]", "").equals(law)) {
      return title.title();
    }
    throw new QueryException("cannot read a law and article in \"" + written
        + "\"; write it as a report would, e.g. 《中国共产党纪律处分条例》第一百五十八条第二款 or 纪律处分条例 158条");
  }

  private static String bracketLaw(String q) {
    for (String name : NAMES) {
      if (q.startsWith(name)) {
        return "《" + name + "》" + q.substring(name.length());
      }
    }
    int article = q.indexOf('第');
    return article > 1 ? "《" + q.substring(0, article) + "》" + q.substring(article) : q;
  }
}
