package anjuan.cli.bench;

import java.util.Arrays;

/** Latency percentiles of a sample, in milliseconds. */
record Percentiles(int count, double p50, double p95, double p99, double max) {
  static Percentiles of(long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return new Percentiles(s.length, at(s, 0.50), at(s, 0.95), at(s, 0.99), s.length == 0 ? 0 : s[s.length - 1] / 1e6);
  }

  private static double at(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}
