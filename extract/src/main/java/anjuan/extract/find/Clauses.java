package anjuan.extract.find;

/** Clause boundaries inside normalized text: a clause ends at ，：；。！？ (full- or half-width) or a line end. */
final class Clauses {
  private static final String SEPARATORS = "，,：:；;。！？!?\n";

  private Clauses() {}

  static boolean isSeparator(char c) {
    return SEPARATORS.indexOf(c) >= 0;
  }

  /** The start of the clause holding {@code at}, not before {@code floor}. */
  static int start(CharSequence text, int floor, int at) {
    int i = Math.min(at, text.length());
    while (i > floor && !isSeparator(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** The end (exclusive, before its separator) of the clause holding {@code at}, not after {@code ceiling}. */
  static int end(CharSequence text, int at, int ceiling) {
    int i = at;
    while (i < ceiling && !isSeparator(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** How many clause separators lie in {@code [from, to)}. */
  static int separatorsBetween(CharSequence text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (isSeparator(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
