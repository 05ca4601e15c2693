package anjuan.extract.fact;

import java.util.ArrayList;
import java.util.List;

/**
 * A place in a law: the law alone, or an article, paragraph and item under it. Keys are written
 * {@code law}, {@code law/article}, {@code law/article/p2}, {@code law/article/p2/i4}; an added article is
 * {@code law/133-1}. A query for an article matches every paragraph and item under it because the index stores
 * every prefix of a citation's key ({@link #levels()}).
 */
public record ArticleKey(String law, Integer article, Integer sub, Integer paragraph, Integer item) {
  public static ArticleKey ofLaw(String law) {
    return new ArticleKey(law, null, null, null, null);
  }

  /** This key and every coarser one: law; law+article; law+article+paragraph; law+article+paragraph+item. */
  public List<String> levels() {
    List<String> out = new ArrayList<>();
    StringBuilder key = new StringBuilder(law);
    out.add(key.toString());
    if (article == null) {
      return out;
    }
    key.append('/').append(article);
    if (sub != null) {
      key.append('-').append(sub);
    }
    out.add(key.toString());
    if (paragraph != null) {
      key.append("/p").append(paragraph);
      out.add(key.toString());
    }
    if (item != null) {
      key.append("/i").append(item);
      out.add(key.toString());
    }
    return out;
  }

  /** The most precise level. */
  @Override
  public String toString() {
    List<String> levels = levels();
    return levels.get(levels.size() - 1);
  }
}
