package io.github.huiqi.examples.bench;

import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.policy.PolicyData;
import java.lang.management.ManagementFactory;

/**
 * Times the built-in policy data cold, in the JVM it runs in, two ways in turn: a bank's first measure,
 * {@code PolicyData.builtIn().getMeasure(FirstLoanMeasure.SHENZHEN_2023)}, which reads that measure's document's pack
 * only; then every pack, {@code PolicyData.builtIn().measures()}, as the catalogue and the engine need them. One
 * line: the milliseconds from the JVM's start to the end of both, of the first measure alone ({@code callMs}, from
 * the first call), of both together ({@code everyPackMs}), and the CPU time of the whole process (all threads, the
 * JVM's own included) at the end, which depends less on the machine's load. Run it in fresh processes with
 * {@link StartupProbeRunner}; it is a test source, never a unit test.
 */
public final class StartupProbe {

  private StartupProbe() {
  }

  /**
   * Reads the built-in data once and prints
   * {@code sinceStartMs=… callMs=… everyPackMs=… measures=… processCpuMs=…}.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    long before = System.nanoTime();
    FirstLoanMeasure first = PolicyData.builtIn().getMeasure(FirstLoanMeasure.SHENZHEN_2023);
    long afterFirst = System.nanoTime();
    int measures = PolicyData.builtIn().measures().size();
    long afterAll = System.nanoTime();
    long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    long cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
    System.out.println("sinceStartMs=" + sinceStart + " callMs=" + (afterFirst - before) / 1_000_000
        + " everyPackMs=" + (afterAll - before) / 1_000_000 + " measures=" + measures + " processCpuMs=" + cpu
        + " first=" + first.id().value().length());
  }
}
