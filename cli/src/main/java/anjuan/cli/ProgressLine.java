package anjuan.cli;

import anjuan.index.BulkLoader;
import java.io.PrintWriter;

/**
 * Shows a load's progress: on a terminal, one line redrawn in place (bar, files done of total, documents per second,
 * time left, failures so far); otherwise a plain log line every {@link #LOG_SECONDS} seconds.
 */
final class ProgressLine implements BulkLoader.Progress {
  static final int LOG_SECONDS = 10;
  private static final int BAR = 24;

  private final PrintWriter err;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private long lastDraw;

  ProgressLine(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public synchronized void update(BulkLoader.Counts c) {
    long now = System.nanoTime();
    long total = c.total.get();
    long done = c.done.get();
    boolean finished = done == total;
    long interval = terminal ? 200_000_000L : LOG_SECONDS * 1_000_000_000L;
    if (!finished && now - lastDraw < interval && lastDraw != 0) {
      return;
    }
    lastDraw = now;
    double seconds = (now - start) / 1e9;
    double rate = seconds > 0 ? c.documents.get() / seconds : 0;
    double filesPerSecond = seconds > 0 ? done / seconds : 0;
    String eta = filesPerSecond > 0 && !finished ? clock((total - done) / filesPerSecond) : "0:00";
    String line = String.format("%d/%d files  %.1f docs/s  ETA %s  failed %d", done, total, rate, eta, c.failed.get());
    if (terminal) {
      int filled = total == 0 ? BAR : (int) (BAR * done / total);
      err.print("\r[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + line + "   ");
      if (finished) {
        err.println();
      }
    } else {
      err.println("anjuan: ingest: " + line);
    }
    err.flush();
  }

  private static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
  }
}
