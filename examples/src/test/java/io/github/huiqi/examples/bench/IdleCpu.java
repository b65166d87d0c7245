package io.github.huiqi.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Waits until the machine's CPUs are idle, from the counters of {@code /proc/stat} (Linux), so that a start-up probe
 * on a machine shared with other work measures an idle machine. A test source for {@link StartupProbeRunner}.
 */
final class IdleCpu {

  private static final Path STAT = Path.of("/proc/stat");
  private static final long WINDOW_MILLIS = 500;
  private static final int ATTEMPTS = 120;
  private static final int IDLE_PERCENT = 90;

  private IdleCpu() {
  }

  /**
   * Waits until the CPUs were at least 90% idle over half a second, for at most a minute.
   *
   * @return true if they were, false if not within a minute or if {@code /proc/stat} cannot be read
   * @throws InterruptedException if interrupted while waiting
   */
  static boolean await() throws InterruptedException {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      long[] before = read();
      Thread.sleep(WINDOW_MILLIS);
      long[] after = read();
      if (before == null || after == null) {
        return false;
      }
      long idle = after[1] - before[1];
      long total = after[0] - before[0];
      if (total > 0 && idle * 100 >= total * IDLE_PERCENT) {
        return true;
      }
    }
    return false;
  }

  /** The total and the idle (idle plus I/O wait) jiffies of all CPUs, or null if not readable. */
  private static long[] read() {
    try {
      String[] fields = Files.readAllLines(STAT).get(0).trim().split("\\s+");
      long total = 0;
      // user, nice, system, idle, iowait, irq, softirq, steal (guest time is already counted in user)
      for (int i = 1; i <= 8 && i < fields.length; i++) {
        total += Long.parseLong(fields[i]);
      }
      return new long[] {total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
    } catch (IOException | RuntimeException ex) {
      return null;
    }
  }
}
