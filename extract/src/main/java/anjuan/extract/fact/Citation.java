package anjuan.extract.fact;

import anjuan.ingest.Span;

/**
 * One cited article: {@code 《中国共产党纪律处分条例》第一百五十八条第二款} is law 中国共产党纪律处分条例, article 158,
 * paragraph 2.
 *
 * @param law the full official title
 * @param edition the year of the edition when written ({@code 2018年《…》}, {@code （2018年修订）}), else null
 * @param sub the added-article number: {@code 第一百三十三条之一} is article 133, sub 1
 * @param person the person the article was applied to, when the report says so
 */
public record Citation(
    String law,
    String edition,
    int article,
    Integer sub,
    Integer paragraph,
    Integer item,
    String text,
    String person,
    Span span) {
  public Citation withPerson(String name) {
    return new Citation(law, edition, article, sub, paragraph, item, text, name, span);
  }

  /** The article key at its most precise level, e.g. {@code 中国共产党纪律处分条例/158/2}. */
  public ArticleKey key() {
    return new ArticleKey(law, article, sub, paragraph, item);
  }
}
