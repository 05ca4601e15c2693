package anjuan.extract.data;

import java.util.HashMap;
import java.util.Map;

/** The numeric thresholds of {@code thresholds.tsv}, shared by findings (extract) and gaps (index). */
public final class Thresholds {
  private static final Map<String, Double> VALUES = new HashMap<>();

  static {
    for (String[] row : Tables.read("thresholds.tsv", 3)) {
      VALUES.put(row[0], Double.valueOf(row[1]));
    }
  }

  private Thresholds() {}

  public static double get(String name) {
    Double v = VALUES.get(name);
    if (v == null) {
      throw new IllegalArgumentException("no threshold " + name + " in thresholds.tsv");
    }
    return v;
  }

  public static int days(String name) {
    return (int) get(name);
  }
}
