package anjuan.extract.find;

import java.util.ArrayList;
import java.util.List;

/**
 * The find stage: every law mention of a text, in order, with the article references written after it. Mentions
 * other than titles inside the quoted text of a cited article ({@code 第九十二条“……依照本法第…条……”}) are the law's
 * own words, not the report's citations: they are marked {@code quoted}.
 */
final class CitationFinder {
  /** A mention and the articles that follow it. */
  record Found(LawMention mention, List<ArticleRef> articles, boolean quoted) {}

  private final TitleFinder titles;
  private final BareMentionFinder bare;

  CitationFinder(LawCatalog catalog, ShortForms shortForms) {
    this.titles = new TitleFinder(catalog.types());
    this.bare = new BareMentionFinder(catalog, shortForms);
  }

  List<Found> find(String text) {
    List<LawMention> titled = titles.find(text);
    List<LawMention> mentions = new ArrayList<>(titled);
    mentions.addAll(bare.find(text, titled));
    mentions.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    List<Found> out = new ArrayList<>(mentions.size());
    int quotedUntil = -1;
    for (LawMention m : mentions) {
      boolean title = m.kind() == LawMention.Kind.TITLE;
      boolean sameArticle = m.kind() == LawMention.Kind.SAME_ARTICLE;
      ArticleParser.Chain chain = ArticleParser.parse(text, m.tail(), title, sameArticle);
      List<ArticleRef> refs = chain.refs();
      if (sameArticle && refs.isEmpty()) {
        refs = List.of(new ArticleRef(null, null, null, null, m.span()));
      }
      if (!title && refs.isEmpty()) {
        continue;
      }
      boolean quoted = !title && m.span().start() < quotedUntil;
      out.add(new Found(m, refs, quoted));
      quotedUntil = Math.max(quotedUntil, chain.quoteEnd());
    }
    return out;
  }
}
