package io.github.huiqi.calculators.financing.stacking;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanOptions;
import io.github.huiqi.calculators.financing.techsme.TechSmeOptions;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Choices for stacking the municipal interest subsidies: the precedence, and each calculator's own options.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableStackingOptions.class)
@JsonDeserialize(as = ImmutableStackingOptions.class)
public abstract class StackingOptions {

  /** No overrides: every documented default applies. */
  public static final StackingOptions DEFAULTS = builder().build();

  StackingOptions() {
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
   * Returns which subsidy applies on a loan that qualifies for both; default {@link StackingPrecedence#FIRST_CLAIMED}.
   *
   * @return the precedence, if chosen
   */
  public abstract Optional<StackingPrecedence> precedence();

  /**
   * Returns the first-loan calculator's options; default its documented defaults.
   *
   * @return the first-loan options, if chosen
   */
  public abstract Optional<FirstLoanOptions> firstLoan();

  /**
   * Returns the tech-SME calculator's options; default its documented defaults.
   *
   * @return the tech-SME options, if chosen
   */
  public abstract Optional<TechSmeOptions> techSme();

  /**
   * Returns a copy with a precedence chosen.
   *
   * @param chosen  the precedence
   * @return the copy
   */
  public StackingOptions withPrecedence(StackingPrecedence chosen) {
    return builder().from(this).precedence(Args.notNull(chosen, "precedence")).build();
  }

  @Value.Check
  void check() {
    Optional<StackingPrecedence> precedence = precedence();
    Optional<FirstLoanOptions> firstLoan = firstLoan();
    Optional<TechSmeOptions> techSme = techSme();
    Args.notNullOptional(precedence, "precedence");
    Args.notNullOptional(firstLoan, "firstLoan");
    Args.notNullOptional(techSme, "techSme");
  }

  /**
   * Builds a {@link StackingOptions}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link io.github.huiqi.core.error.InvalidInputException} if an option is null rather than empty.
   */
  public static class Builder extends ImmutableStackingOptions.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
