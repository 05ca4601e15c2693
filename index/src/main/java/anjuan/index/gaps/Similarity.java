package anjuan.index.gaps;

import java.util.HashSet;
import java.util.Set;

/** Character-bigram similarity of two Chinese passages (Dice coefficient), for paraphrased requirements. */
final class Similarity {
  private Similarity() {}

  static double bigrams(String a, String b) {
    Set<String> x = grams(a);
    Set<String> y = grams(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String g : x) {
      if (y.contains(g)) {
        common++;
      }
    }
    return 2.0 * common / (x.size() + y.size());
  }

  private static Set<String> grams(String s) {
    Set<String> out = new HashSet<>();
    String t = s.replaceAll("[\\s\\p{Punct}，。；：、（）“”《》]", "");
    for (int i = 0; i + 2 <= t.length(); i++) {
      out.add(t.substring(i, i + 2));
    }
    return out;
  }
}
