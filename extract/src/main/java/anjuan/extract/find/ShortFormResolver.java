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
    Map<String, Antecedent> named = new HashMap<>();
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
        remember(named, a);
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

  private Antecedent title(LawMention m, Map<String, Antecedent> definitions, Map<String, Antecedent> named) {
    String key = LawCatalog.key(m.written());
    Antecedent defined = definitions.isEmpty() ? null : definitions.get(key);
    if (defined != null) {
      return defined;
    }
    ShortForms.Form generic = shortForms.titledByKey(key);
    if (generic != null) {
      return nearest(named, generic);
    }
    return new Antecedent(catalog.resolve(m.written(), key, m.standard()), m.edition());
  }

  /** Records {@code a} as the latest law each kind of short form ({@code 条例}, {@code law}, …) could stand for. */
  private void remember(Map<String, Antecedent> named, Antecedent a) {
    String bare = ShortForms.bareTitle(a.law());
    for (String refers : shortForms.lawRefers()) {
      if (ShortForms.fits(refers, a.law(), bare)) {
        named.put(refers, a);
      }
    }
  }

  /** The latest law named before that {@code form} can stand for, or null. */
  private static Antecedent nearest(Map<String, Antecedent> named, ShortForms.Form form) {
    return form == null ? null : named.get(form.refers());
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
