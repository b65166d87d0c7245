package io.github.huiqi.calculators.financing.guaranteefee;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A request to test a guarantor's average fee rate: whether it is a government financing guarantor, and its book.
 * <p>
 * In JSON: {@code {"governmentGuarantor": true, "guarantees": [{"guaranteeId": "G1", "guaranteedAmount":
 * {"amount": 1000000, "currency": "CNY"}, "annualFeeRate": "0.8%", "start": "2023-01-01", "end": "2024-01-01"}],
 * "options": {"weighting": "AMOUNT_TIME"}}}. The book is the caller's choice (for the 降费奖补 policy, its small and micro
 * guarantees); every guarantee given counts for its days in force within the measure's period.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableGuaranteeFeeAverageRequest.class)
@JsonDeserialize(as = ImmutableGuaranteeFeeAverageRequest.class)
public abstract class GuaranteeFeeAverageRequest {

  GuaranteeFeeAverageRequest() {
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
   * Returns whether the guarantor is a government financing guarantor, if known.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> governmentGuarantor();

  /**
   * Returns the guarantees, at least one, with unique ids.
   *
   * @return the guarantees
   */
  public abstract List<GuaranteeFeeRecord> guarantees();

  /**
   * Returns the options; empty for the defaults.
   *
   * @return the options, if given
   */
  public abstract Optional<GuaranteeFeeAverageOptions> options();

  /**
   * Obtains a request for a government guarantor's book with the default options.
   *
   * @param guarantees  the guarantees
   * @return the request
   */
  public static GuaranteeFeeAverageRequest of(List<GuaranteeFeeRecord> guarantees) {
    return builder().governmentGuarantor(true).guarantees(Args.notNull(guarantees, "guarantees")).build();
  }

  /**
   * Returns a copy with options.
   *
   * @param newOptions  the options
   * @return the copy
   */
  public GuaranteeFeeAverageRequest withOptions(GuaranteeFeeAverageOptions newOptions) {
    return builder().from(this).options(Args.notNull(newOptions, "options")).build();
  }

  /**
   * Returns the options, or the defaults when none were given.
   *
   * @return the options
   */
  public GuaranteeFeeAverageOptions effectiveOptions() {
    return options().orElse(GuaranteeFeeAverageOptions.DEFAULTS);
  }

  @Value.Check
  void check() {
    Optional<Boolean> governmentGuarantor = governmentGuarantor();
    List<GuaranteeFeeRecord> guarantees = guarantees();
    Optional<GuaranteeFeeAverageOptions> options = options();
    Args.notNullOptional(governmentGuarantor, "governmentGuarantor");
    guarantees = Args.listCopy(guarantees, "guarantees");
    if (guarantees.isEmpty()) {
      throw new InvalidInputException("guarantees", "[]", "must hold at least one guarantee");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < guarantees.size(); i++) {
      if (!ids.add(guarantees.get(i).guaranteeId())) {
        throw new InvalidInputException("guarantees/" + i + "/guaranteeId", guarantees.get(i).guaranteeId(),
            "must be unique");
      }
    }
    Args.notNullOptional(options, "options");
  }

  /**
   * Builds a {@link GuaranteeFeeAverageRequest}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if a field is null, there is no guarantee, or an id repeats.
   */
  public static class Builder extends ImmutableGuaranteeFeeAverageRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
