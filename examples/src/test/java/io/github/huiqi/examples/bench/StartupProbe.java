package io.github.huiqi.examples.bench;

import io.github.huiqi.core.policy.PolicyData;
import java.lang.management.ManagementFactory;

/**
 * Times {@link PolicyData#builtIn()} cold, in the JVM it runs in: one line with the milliseconds from the JVM's start
 * to the end of the call, the milliseconds of the call alone, and the CPU time of the whole process
 * (all threads, the JVM's own included) at that point, which depends less on the machine's load. Run it in fresh processes with
 * {@link StartupProbeRunner}; it is a test source, never a unit test.
 */
public final class StartupProbe {

  private StartupProbe() {
  }

  /**
   * Loads the built-in data once and prints {@code sinceStartMs=… callMs=… measures=… processCpuMs=…}.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    long before = System.nanoTime();
    PolicyData data = PolicyData.builtIn();
    long after = System.nanoTime();
    long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    long cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
    System.out.println("sinceStartMs=" + sinceStart + " callMs=" + (after - before) / 1_000_000
        + " measures=" + data.measures().size() + " processCpuMs=" + cpu);
  }
}
