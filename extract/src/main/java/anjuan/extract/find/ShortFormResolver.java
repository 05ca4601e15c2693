package anjuan.extract.find;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The resolve stage: gives every mention its law, in text order. A title is looked up in the catalog, unless an
 * earlier {@code （以下简称…）} defined it; a short form ({@code 该条例}, {@code 《条例》}) stands for the nearest
 * earlier law-like title it fits; {@code 本条} and {@code 前款} stand for the law and article of the previous
 * citation. Short forms take the edition of what they stand for.
 */
final class ShortFormResolver {
  /** A mention with its law (null when nothing fits) and its articles complete. */
  record Resolved(LawMention mention, LawTitle law, String edition, List<ArticleRef> articles) {}

  private record Antecedent(LawTitle law, String edition) {}

  private final LawCatalog catalog;
  private final ShortForms shortForms;

  ShortFormResolver(LawCatalog catalog, ShortForms shortForms) {
    this.catalog = catalog;
    this.shortForms = shortForms;
  }

  List<Resolved> resolve(List<CitationFinder.Found> found) {
    List<Resolved> out = new ArrayList<>(found.size());
    Map<String, Antecedent> definitions = new HashMap<>();
    List<Antecedent> named = new ArrayList<>();
    Resolved previous = null;
    for (CitationFinder.Found f : found) {
      LawMention m = f.mention();
      Antecedent a = switch (m.kind()) {
        case TITLE -> title(m, definitions, named);
        case NAMED -> new Antecedent(catalog.named(m.written()), m.edition());
        case ALIAS -> definitions.get(LawCatalog.key(m.written()));
        case SHORT_FORM -> nearest(named, shortForms.form(m.written()));
        case SAME_ARTICLE -> previous == null ? null : new Antecedent(previous.law(), previous.edition());
      };
      if (a != null && m.edition() != null && m.kind() != LawMention.Kind.SAME_ARTICLE) {
        a = new Antecedent(a.law(), m.edition());
      }
      if (a != null && (m.kind() == LawMention.Kind.TITLE || m.kind() == LawMention.Kind.NAMED) && a.law().lawLike()) {
        named.add(a);
      }
      if (a != null && m.defines() != null) {
        definitions.put(LawCatalog.key(m.defines()), a);
      }
      List<ArticleRef> articles = f.quoted() || a == null ? List.of() : f.articles();
      if (m.kind() == LawMention.Kind.SAME_ARTICLE && !articles.isEmpty()) {
        articles = sameArticle(previous, articles);
      }
      Resolved r = new Resolved(m, a == null ? null : a.law(), a == null ? null : a.edition(), articles);
      out.add(r);
      if (r.law() != null && !articles.isEmpty()) {
        previous = r;
      }
    }
    return out;
  }

  private Antecedent title(LawMention m, Map<String, Antecedent> definitions, List<Antecedent> named) {
    Antecedent defined = definitions.get(LawCatalog.key(m.written()));
    if (defined != null) {
      return defined;
    }
    ShortForms.Form generic = shortForms.titled(m.written());
    if (generic != null) {
      return nearest(named, generic);
    }
    return new Antecedent(catalog.resolve(m.written(), m.standard()), m.edition());
  }

  private static Antecedent nearest(List<Antecedent> named, ShortForms.Form form) {
    if (form == null) {
      return null;
    }
    for (int i = named.size() - 1; i >= 0; i--) {
      if (form.standsFor(named.get(i).law())) {
        return named.get(i);
      }
    }
    return null;
  }

  /** 本条第二款 after 第九十五条第一项: article 95 with the paragraph and item written after 本条. */
  private static List<ArticleRef> sameArticle(Resolved previous, List<ArticleRef> refs) {
    ArticleRef last = previous.articles().get(previous.articles().size() - 1);
    List<ArticleRef> out = new ArrayList<>(refs.size());
    for (ArticleRef r : refs) {
      out.add(r.withArticle(last.article(), last.sub()));
    }
    return out;
  }
}
