package anjuan.index;

import java.util.List;
import java.util.Map;

/** The answer to a search: the total, one page of hits, and facet counts over all matches. */
public record SearchResult(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {
  /**
   * One report found.
   *
   * @param caseName the accident's case name
   * @param snippets evidence: highlighted passages for text, the citing sentence and its person for an article
   */
  public record Hit(String id, String title, String kind, List<String> paths, String caseName, float score,
      List<String> snippets) {}
}
