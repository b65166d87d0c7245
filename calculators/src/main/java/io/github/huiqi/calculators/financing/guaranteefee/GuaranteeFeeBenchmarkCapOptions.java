package io.github.huiqi.calculators.financing.guaranteefee;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkBasis;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import io.github.huiqi.core.time.DayCount;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Choices the caller may make where no source settles the benchmark-tied guarantee-fee cap.
 * <p>
 * An empty option uses the measure's documented default, and the explanation says so.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableGuaranteeFeeBenchmarkCapOptions.class)
@JsonDeserialize(as = ImmutableGuaranteeFeeBenchmarkCapOptions.class)
public abstract class GuaranteeFeeBenchmarkCapOptions {

  /** No overrides: every documented default applies. */
  public static final GuaranteeFeeBenchmarkCapOptions DEFAULTS = builder().build();

  GuaranteeFeeBenchmarkCapOptions() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns which rate is the benchmark; default the measure's ({@code PBOC_BENCHMARK_BY_TERM} built in).
   *
   * @return the benchmark, if chosen
   */
  public abstract Optional<GuaranteeFeeBenchmarkBasis> benchmark();

  /**
   * Returns the day count of the maximum fee; default the measure's (built in: {@code WHOLE-MONTHS}, so that a whole
   * year costs exactly the cap).
   *
   * @return the day count, if chosen
   */
  public abstract Optional<DayCount> dayCount();

  /**
   * Returns a copy with a benchmark chosen.
   *
   * @param chosen  the benchmark
   * @return the copy
   */
  public GuaranteeFeeBenchmarkCapOptions withBenchmark(GuaranteeFeeBenchmarkBasis chosen) {
    return builder().from(this).benchmark(Args.notNull(chosen, "benchmark")).build();
  }

  /**
   * Returns a copy with a day count chosen.
   *
   * @param chosen  the day count
   * @return the copy
   */
  public GuaranteeFeeBenchmarkCapOptions withDayCount(DayCount chosen) {
    return builder().from(this).dayCount(Args.notNull(chosen, "dayCount")).build();
  }

  @Value.Check
  void check() {
    Optional<GuaranteeFeeBenchmarkBasis> benchmark = benchmark();
    Optional<DayCount> dayCount = dayCount();
    Args.notNullOptional(benchmark, "benchmark");
    Args.notNullOptional(dayCount, "dayCount");
  }

  /**
   * Builds a {@link GuaranteeFeeBenchmarkCapOptions}. Each setter returns this builder; {@code build()} validates,
   * throwing {@link io.github.huiqi.core.error.InvalidInputException} if an option is null rather than empty.
   */
  public static class Builder extends ImmutableGuaranteeFeeBenchmarkCapOptions.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
