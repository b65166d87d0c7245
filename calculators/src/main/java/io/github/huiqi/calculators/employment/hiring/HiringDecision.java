package io.github.huiqi.calculators.employment.hiring;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.result.Eligibility;

/**
 * Whether one hire earns the hiring subsidy, and why: the hire's conditions, each traced, and its missing facts as
 * pointers such as {@code /hires/1/contractEnd}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param hireId  the hire's id
 * @param eligibility  the hire's verdict, reasons and missing facts
 */
public record HiringDecision(String hireId, Eligibility eligibility) {

  /**
   * Creates a decision.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or blank
   */
  public HiringDecision {
    Args.notBlank(hireId, "hireId");
    Args.notNull(eligibility, "eligibility");
  }
}
