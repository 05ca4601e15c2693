package anjuan.extract.find;

import anjuan.ingest.Span;
import java.util.Map;
import java.util.TreeMap;

/** A set of text ranges kept as disjoint intervals, answering "does this span overlap any?" in logarithmic time. */
final class SpanSet {
  private final TreeMap<Integer, Integer> intervals = new TreeMap<>();

  void add(Span span) {
    int start = span.start();
    int end = span.end();
    Map.Entry<Integer, Integer> before = intervals.floorEntry(start);
    if (before != null && before.getValue() >= start) {
      start = before.getKey();
      end = Math.max(end, before.getValue());
    }
    Map.Entry<Integer, Integer> next = intervals.ceilingEntry(start);
    while (next != null && next.getKey() <= end) {
      end = Math.max(end, next.getValue());
      intervals.remove(next.getKey());
      next = intervals.ceilingEntry(start);
    }
    intervals.put(start, end);
  }

  boolean overlaps(Span span) {
    Map.Entry<Integer, Integer> before = intervals.lowerEntry(span.end());
    return before != null && before.getValue() > span.start();
  }
}
