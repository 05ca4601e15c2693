package anjuan.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples, every 100 ms while a phase runs, the heap in use of this JVM and the resident memory of this process and
 * of its child processes (the parse workers), keeping the peaks.
 */
final class Monitor implements AutoCloseable {
  private final AtomicLong peakHeap = new AtomicLong();
  private final AtomicLong peakRss = new AtomicLong();
  private final AtomicLong peakChildrenRss = new AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;

  Monitor() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    thread = new Thread(() -> {
      while (running) {
        peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        peakRss.accumulateAndGet(rss(ProcessHandle.current().pid()), Math::max);
        long children = ProcessHandle.current().descendants().mapToLong(p -> rss(p.pid())).sum();
        peakChildrenRss.accumulateAndGet(children, Math::max);
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "anjuan-bench-monitor");
    thread.setDaemon(true);
    thread.start();
  }

  /** Resident set size in bytes from /proc (0 where there is no /proc). */
  static long rss(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process ended, or this is no Linux
    }
    return 0;
  }

  long peakHeap() {
    return peakHeap.get();
  }

  long peakRss() {
    return peakRss.get();
  }

  long peakChildrenRss() {
    return peakChildrenRss.get();
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
