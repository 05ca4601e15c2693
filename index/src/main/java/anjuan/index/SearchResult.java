package anjuan.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** The answer to a search: the total, one page of hits, and facet counts over all matches. */
public record SearchResult(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {
  /**
   * One report found.
   *
   * @param path the first file the report was loaded from; {@code paths} lists all of them
   * @param caseName the accident's case name, written {@code case}
   * @param snippets evidence: highlighted passages for text, the citing sentence and its person for an article
   */
  @JsonPropertyOrder({"id", "title", "kind", "path", "paths", "case", "score", "snippets"})
  public record Hit(String id, String title, String kind, String path, List<String> paths,
      @JsonProperty("case") String caseName, float score, List<String> snippets) {}
}
