package anjuan.extract.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** True positives, false positives and false negatives per fact kind, summed over documents. */
public final class Score {
  /** Counts of one kind, and the keys that were missed or invented (for the report). */
  public static final class Tally {
    public int truePositives;
    public int falsePositives;
    public int falseNegatives;
    public final Set<String> missed = new TreeSet<>();
    public final Set<String> invented = new TreeSet<>();

    public double precision() {
      return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
      return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private final Map<String, Tally> kinds = new LinkedHashMap<>();

  public Score() {
    FactKeys.KINDS.forEach(k -> kinds.put(k, new Tally()));
  }

  /** Adds one document's comparison; kinds absent from the gold are not scored. */
  public void add(String document, Map<String, Set<String>> gold, Map<String, Set<String>> found) {
    for (Map.Entry<String, Set<String>> e : gold.entrySet()) {
      Tally t = kinds.get(e.getKey());
      Set<String> got = found.getOrDefault(e.getKey(), Set.of());
      for (String g : e.getValue()) {
        if (got.contains(g)) {
          t.truePositives++;
        } else {
          t.falseNegatives++;
          t.missed.add(document + ": " + g);
        }
      }
      for (String f : got) {
        if (!e.getValue().contains(f)) {
          t.falsePositives++;
          t.invented.add(document + ": " + f);
        }
      }
    }
  }

  public Map<String, Tally> kinds() {
    return kinds;
  }

  /** The lowest F1 over the kinds that were scored at all. */
  public double minF1() {
    return kinds.values().stream()
        .filter(t -> t.truePositives + t.falsePositives + t.falseNegatives > 0)
        .mapToDouble(Tally::f1)
        .min()
        .orElse(1.0);
  }
}
