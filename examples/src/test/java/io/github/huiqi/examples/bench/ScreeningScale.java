package io.github.huiqi.examples.bench;

import io.github.huiqi.calculators.batch.screening.ScreeningPopulation;
import io.github.huiqi.calculators.batch.screening.ScreeningRun;
import io.github.huiqi.calculators.batch.screening.ScreeningTotals;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.examples.platform.ScreeningExample;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;

/**
 * The city-wide screening at scale: a seeded synthetic population (the {@link ScreeningExample}'s, 15% of facts
 * unknown) through the whole built-in catalogue, every firm's outcomes written as NDJSON to a writer that counts the
 * characters and keeps none (or left out), the population made a block at a time and never held. Prints the firms,
 * the wall time and the process's CPU time, the time per firm, the NDJSON size, the peak heap used (the sum of the
 * heap pools' peaks) and the collections. Not a JMH benchmark: one long run is the figure the issue asks for. Run from
 * the project root, with a small heap to show the memory does not grow with the population:
 * <pre>
 * mvn -q -pl examples -am -DskipTests package exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-Xmx256m -cp %classpath io.github.huiqi.examples.bench.ScreeningScale 1000000 1 no-json"
 * </pre>
 */
public final class ScreeningScale {

  private ScreeningScale() {
  }

  /**
   * Runs the screening.
   *
   * @param args  the number of firms (default 1,000,000), the threads (default 1), and {@code no-json} to leave the
   *     NDJSON out (the engine and the totals alone)
   */
  public static void main(String[] args) {
    long firms = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    boolean json = args.length <= 2 || !"no-json".equals(args[2]);
    EntitlementEngine engine = EntitlementEngine.builtIn();
    LocalDate asOf = LocalDate.of(2023, 9, 30);
    // a short warm-up, so that the figure is the steady state's rather than the JIT's
    ScreeningRun.screen(engine, ScreeningPopulation.of(1L, 20_000, 150), asOf, firm -> { });
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long collections = collections();
    CountingWriter ndjson = new CountingWriter();
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    ScreeningTotals totals = ScreeningRun.screen(engine, ScreeningPopulation.of(ScreeningExample.SEED, firms, 150),
        asOf, json ? ScreeningRun.ndjson(ndjson) : firm -> { }, threads);
    long wallNanos = System.nanoTime() - start;
    long cpuNanos = processCpuNanos() - cpuStart;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("firms %,d (with a failure %,d), %d thread(s), NDJSON %s%n", totals.firms(),
        totals.failedFirms(), threads, json ? "written" : "left out");
    System.out.printf("wall %.1f s, cpu %.1f s, %.1f us a firm (wall), %.1f us a firm (cpu)%n", wallNanos / 1e9,
        cpuNanos / 1e9, wallNanos / 1e3 / firms, cpuNanos / 1e3 / firms);
    System.out.printf("ndjson %,d characters (%.0f a firm)%n", ndjson.count, (double) ndjson.count / firms);
    System.out.printf("peak heap used %.1f MB of max %.1f MB; %,d collections%n", peak / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6, collections() - collections);
  }

  /** The CPU time of the whole process (every thread, the JIT and the collector included). */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long collections() {
    long count = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, gc.getCollectionCount());
    }
    return count;
  }

  /** A writer that counts what it is given and keeps nothing. */
  private static final class CountingWriter extends Writer {
    private long count;

    @Override
    public void write(char[] chars, int offset, int length) {
      count += length;
    }

    @Override
    public void write(String text) {
      count += text.length();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
  }
}
