package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkBasis;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.time.DayCount;
import java.util.Optional;

/**
 * Choices the caller may make where no source settles the benchmark-tied guarantee-fee cap.
 * <p>
 * An empty option uses the measure's documented default, and the explanation says so.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param benchmark  which rate is the benchmark; default the measure's ({@code PBOC_BENCHMARK_BY_TERM} built in)
 * @param dayCount  the day count of the maximum fee; default the measure's ({@code ACT/360})
 */
public record GuaranteeFeeBenchmarkCapOptions(Optional<GuaranteeFeeBenchmarkBasis> benchmark, Optional<DayCount> dayCount) {

  /** No overrides: every documented default applies. */
  public static final GuaranteeFeeBenchmarkCapOptions DEFAULTS = new GuaranteeFeeBenchmarkCapOptions(Optional.empty(), Optional.empty());

  /**
   * Creates options.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if an option is null rather than empty
   */
  public GuaranteeFeeBenchmarkCapOptions {
    Args.notNullOptional(benchmark, "benchmark");
    Args.notNullOptional(dayCount, "dayCount");
  }

  /**
   * Returns a copy with a benchmark chosen.
   *
   * @param chosen  the benchmark
   * @return the copy
   */
  public GuaranteeFeeBenchmarkCapOptions withBenchmark(GuaranteeFeeBenchmarkBasis chosen) {
    return new GuaranteeFeeBenchmarkCapOptions(Optional.of(Args.notNull(chosen, "benchmark")), dayCount);
  }

  /**
   * Returns a copy with a day count chosen.
   *
   * @param chosen  the day count
   * @return the copy
   */
  public GuaranteeFeeBenchmarkCapOptions withDayCount(DayCount chosen) {
    return new GuaranteeFeeBenchmarkCapOptions(benchmark, Optional.of(Args.notNull(chosen, "dayCount")));
  }
}
