package anjuan.extract.measure;

import anjuan.extract.data.Tables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The word lists of {@code measure-words.tsv}. */
final class MeasureWords {
  private static final Map<String, Set<String>> LISTS = new HashMap<>();
  private static final Map<String, Set<String>> RELATED = new HashMap<>();

  static {
    for (String[] row : Tables.read("measure-words.tsv", 2)) {
      LISTS.put(row[0], Set.copyOf(List.of(row[1].split("\\s+"))));
    }
    for (String[] row : Tables.read("measure-synonyms.tsv", 1)) {
      Set<String> group = Set.copyOf(List.of(row[0].split("\\s+")));
      for (String w : group) {
        RELATED.computeIfAbsent(w, k -> new java.util.HashSet<>()).addAll(group);
      }
    }
  }

  /** The word and the words an outcome may use for it. */
  static Set<String> related(String word) {
    return RELATED.getOrDefault(word, Set.of(word));
  }

  /** A word in the generic list, or made of two generic words (安全措施 = 安全 + 措施). */
  static boolean isGeneric(String word) {
    Set<String> generic = LISTS.get("generic");
    if (generic.contains(word)) {
      return true;
    }
    for (int i = 1; i < word.length(); i++) {
      if (generic.contains(word.substring(0, i)) && generic.contains(word.substring(i))) {
        return true;
      }
    }
    return false;
  }

  private MeasureWords() {}

  static Set<String> generic() {
    return LISTS.get("generic");
  }

  static Set<String> clauseStarts() {
    return LISTS.get("clause-start");
  }

  static Set<String> notDone() {
    return LISTS.get("not-done");
  }
}
