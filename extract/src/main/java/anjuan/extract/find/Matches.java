package anjuan.extract.find;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regex matching inside a region of a document: lookarounds see past the region ({@code (?<!第)} at a sentence
 * start), and every match is kept as its own matcher so its named groups stay readable (Java 17's
 * {@code MatchResult} has no named groups).
 */
final class Matches {
  private Matches() {}

  static Matcher in(Pattern p, String text, int from, int to) {
    return p.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
  }

  /** The match of {@code p} that starts exactly at {@code at} and ends by {@code to}, or null. */
  static Matcher at(Pattern p, String text, int at, int to) {
    Matcher m = in(p, text, at, to);
    return m.lookingAt() ? m : null;
  }

  /** Every match of {@code p} in {@code [from, to)}, each its own matcher. */
  static List<Matcher> all(Pattern p, String text, int from, int to) {
    List<Matcher> out = new ArrayList<>();
    Matcher m = in(p, text, from, to);
    while (m.find()) {
      Matcher copy = at(p, text, m.start(), to);
      if (copy != null) {
        out.add(copy);
      }
      if (m.end() == m.start()) {
        if (m.end() >= to) {
          break;
        }
        m.region(m.end() + 1, to);
      }
    }
    return out;
  }

  /** Matches of all patterns, leftmost first, later ones overlapping an earlier kept one dropped. */
  static List<Matcher> leftmost(List<Pattern> patterns, String text, int from, int to) {
    List<Matcher> all = new ArrayList<>();
    for (Pattern p : patterns) {
      all.addAll(all(p, text, from, to));
    }
    all.sort(Comparator.comparingInt((Matcher m) -> m.start()).thenComparing((Matcher m) -> -m.end()));
    List<Matcher> kept = new ArrayList<>();
    int lastEnd = -1;
    for (Matcher m : all) {
      if (m.start() >= lastEnd) {
        kept.add(m);
        lastEnd = m.end();
      }
    }
    return kept;
  }

  /** The start of a named group, -1 when the pattern has no such group or it did not take part. */
  static int start(Matcher m, String group) {
    try {
      return m.start(group);
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }
}
