package anjuan.extract.find;

import anjuan.extract.Extractor;
import anjuan.extract.fact.Citation;
import anjuan.extract.text.DocumentText;
import anjuan.ingest.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds cited articles: one {@link Citation} per article, never one for a title alone.
 * {@code 《中国共产党纪律处分条例》第一百四十九条、第一百五十八条第二款} is two citations of the same law; the first one's
 * text and span include the title, the second's are {@code 第一百五十八条第二款}. The person a citation was applied to
 * is left null; attribution is done elsewhere.
 */
public final class CitationExtractor implements Extractor<Citation> {
  private final CitationFinder finder;
  private final ShortFormResolver resolver;

  public CitationExtractor() {
    this(LawCatalog.standard(), ShortForms.standard());
  }

  public CitationExtractor(LawCatalog catalog, ShortForms shortForms) {
    this.finder = new CitationFinder(catalog, shortForms);
    this.resolver = new ShortFormResolver(catalog, shortForms);
  }

  @Override
  public List<Citation> extract(DocumentText doc) {
    return extract(doc.text());
  }

  public List<Citation> extract(String text) {
    List<Citation> out = new ArrayList<>();
    for (ShortFormResolver.Resolved r : resolver.resolve(finder.find(text))) {
      if (r.law() == null) {
        continue;
      }
      boolean first = true;
      for (ArticleRef a : r.articles()) {
        if (a.article() == null) {
          continue;
        }
        Span span = first ? new Span(r.mention().span().start(), a.span().end()) : a.span();
        out.add(new Citation(r.law().title(), r.edition(), a.article(), a.sub(), a.paragraph(), a.item(),
            span.of(text), null, span));
        first = false;
      }
    }
    return out;
  }
}
