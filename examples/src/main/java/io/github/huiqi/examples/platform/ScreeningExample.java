package io.github.huiqi.examples.platform;

import io.github.huiqi.calculators.batch.screening.ScreeningMeasureTotals;
import io.github.huiqi.calculators.batch.screening.ScreeningPopulation;
import io.github.huiqi.calculators.batch.screening.ScreeningRun;
import io.github.huiqi.calculators.batch.screening.ScreeningTotals;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import java.io.PrintStream;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A platform screens a city's registered enterprises for 免申即享 offers: a seeded synthetic population of Shenzhen
 * and Shanghai firms (a share of their facts unknown) through the whole catalogue, each firm's outcomes written as
 * one NDJSON line, and per measure the firms eligible, undetermined and set aside by a stacking rule, and the money
 * certain and in reach (an outcome set aside counted in neither). The population is made
 * one firm at a time and never held.
 * <p>
 * Demonstrates use of the library; not intended to be used in a production environment.
 */
public final class ScreeningExample {

  /** The population's seed. */
  public static final long SEED = 20231231L;

  private ScreeningExample() {
  }

  /**
   * Runs the example over 2,000 firms, printing the totals to standard output and discarding the NDJSON.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(2_000, Writer.nullWriter(), System.out);
  }

  /**
   * Runs the example.
   *
   * @param firms  the population's size
   * @param ndjson  where each firm's line is written
   * @param out  where the totals are printed
   * @return the totals
   */
  public static ScreeningTotals run(long firms, Writer ndjson, PrintStream out) {
    EntitlementEngine engine = EntitlementEngine.builtIn();
    long start = System.nanoTime();
    ScreeningTotals totals = ScreeningRun.screen(engine, ScreeningPopulation.of(SEED, firms, 150),
        LocalDate.of(2023, 9, 30), ScreeningRun.ndjson(ndjson));
    long millis = (System.nanoTime() - start) / 1_000_000;
    out.println("screened " + totals.firms() + " firms in " + millis + " ms (" + totals.failedFirms()
        + " with a failure)");
    out.printf(Locale.ROOT, "%-58s %-18s %8s %8s %9s %20s %20s%n", "measure", "kind", "eligible", "undeterm",
        "set aside", "certain (CNY)", "in reach (CNY)");
    for (ScreeningMeasureTotals m : totals.measures()) {
      out.printf(Locale.ROOT, "%-58s %-18s %8d %8d %9d %20s %20s%n", m.measure(), m.kind(), m.eligible(),
          m.undetermined(), m.setAside(), m.certain().getNumber(),
          m.inReach().getNumber() + (m.unbounded() > 0 ? "+" : ""));
    }
    out.println("set aside: firms whose outcome a stacking rule set aside (the relief counted under another "
        + "measure); counted in eligible or undetermined, in neither amount");
    return totals;
  }
}
