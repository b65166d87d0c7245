package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A request to test a guarantor's average fee rate: whether it is a government financing guarantor, and its book.
 * <p>
 * In JSON: {@code {"governmentGuarantor": true, "guarantees": [{"guaranteeId": "G1", "guaranteedAmount":
 * {"amount": 1000000, "currency": "CNY"}, "annualFeeRate": "0.8%", "start": "2023-01-01", "end": "2024-01-01"}],
 * "options": {"weighting": "AMOUNT_TIME"}}}. The book is the caller's choice (for the 降费奖补 policy, its small and micro
 * guarantees); every guarantee given counts for its days in force within the measure's period.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param governmentGuarantor  whether the guarantor is a government financing guarantor, if known
 * @param guarantees  the guarantees, at least one, with unique ids
 * @param options  the options; empty for the defaults
 */
public record GuaranteeFeeAverageRequest(
    Optional<Boolean> governmentGuarantor,
    List<GuaranteeFeeRecord> guarantees,
    Optional<GuaranteeFeeAverageOptions> options) {

  /**
   * Creates a request.
   *
   * @throws InvalidInputException if a field is null, there is no guarantee, or an id repeats
   */
  public GuaranteeFeeAverageRequest {
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
   * Obtains a request for a government guarantor's book with the default options.
   *
   * @param guarantees  the guarantees
   * @return the request
   */
  public static GuaranteeFeeAverageRequest of(List<GuaranteeFeeRecord> guarantees) {
    return new GuaranteeFeeAverageRequest(Optional.of(true), guarantees, Optional.empty());
  }

  /**
   * Returns a copy with options.
   *
   * @param newOptions  the options
   * @return the copy
   */
  public GuaranteeFeeAverageRequest withOptions(GuaranteeFeeAverageOptions newOptions) {
    return new GuaranteeFeeAverageRequest(governmentGuarantor, guarantees, Optional.of(Args.notNull(newOptions, "options")));
  }

  /**
   * Returns the options, or the defaults when none were given.
   *
   * @return the options
   */
  public GuaranteeFeeAverageOptions effectiveOptions() {
    return options.orElse(GuaranteeFeeAverageOptions.DEFAULTS);
  }
}
