package anjuan.index.gaps;

import anjuan.extract.data.Tables;
import java.util.LinkedHashMap;
import java.util.Map;

/** The gap kinds of {@code gaps.tsv}, with what each means, in the order reports list them. */
public final class GapKinds {
  private static final Map<String, String> KINDS = new LinkedHashMap<>();

  static {
    for (String[] row : Tables.read("gaps.tsv", 3)) {
      KINDS.put(row[0], row[1]);
    }
  }

  private GapKinds() {}

  public static Map<String, String> all() {
    return KINDS;
  }

  public static boolean isKind(String kind) {
    return KINDS.containsKey(kind);
  }
}
