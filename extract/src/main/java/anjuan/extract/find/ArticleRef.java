package anjuan.extract.find;

import anjuan.ingest.Span;

/**
 * One article reference as written, before its law is known: {@code 第八条第二款第四项} is article 8, paragraph 2,
 * item 4. A reference written as a paragraph or item only ({@code 、第三项}) has the article (and paragraph) of the
 * one before it in the same chain; after {@code 本条} the article is null until resolved.
 */
public record ArticleRef(Integer article, Integer sub, Integer paragraph, Integer item, Span span) {
  ArticleRef withArticle(Integer article, Integer sub) {
    return new ArticleRef(article, sub, paragraph, item, span);
  }
}
