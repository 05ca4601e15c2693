package anjuan.extract.find;

import anjuan.extract.Extractor;
import anjuan.extract.fact.Reference;
import anjuan.extract.text.DocumentText;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds every title in 《》 and every catalogued law named without them before an article ({@code 违反刑法第一百三十四条}),
 * one {@link Reference} per occurrence: law-like titles under their official title, documents as written. A title
 * written as a bare word ({@code 《条例》}) is the law it stands for, and is left out when it stands for none.
 */
public final class ReferenceExtractor implements Extractor<Reference> {
  private final CitationFinder finder;
  private final ShortFormResolver resolver;

  public ReferenceExtractor() {
    this(LawCatalog.standard(), ShortForms.standard());
  }

  public ReferenceExtractor(LawCatalog catalog, ShortForms shortForms) {
    this.finder = new CitationFinder(catalog, shortForms);
    this.resolver = new ShortFormResolver(catalog, shortForms);
  }

  @Override
  public List<Reference> extract(DocumentText doc) {
    return extract(doc.text());
  }

  public List<Reference> extract(String text) {
    List<Reference> out = new ArrayList<>();
    for (ShortFormResolver.Resolved r : resolver.resolve(finder.find(text))) {
      LawMention m = r.mention();
      boolean named = m.kind() == LawMention.Kind.TITLE || m.kind() == LawMention.Kind.NAMED;
      if (named && r.law() != null) {
        out.add(new Reference(r.law().title(), m.written(), r.law().type(), m.span()));
      }
    }
    return out;
  }
}
