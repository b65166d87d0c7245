package io.github.huiqi.calculators.financing.riskpool;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;

/**
 * Why one claim of a batch could not be evaluated: the error's code, the bad field, its value and the problem, as an
 * {@link InvalidInputException} would report them.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param code  the error's code, such as {@value InvalidInputException#DATE_FORMAT} or
 *     {@value InvalidInputException#DUPLICATE}, as an exception's {@code code()} gives it
 * @param field  the bad field, a JSON Pointer into the batch request such as {@code /claims/2/principalOutstanding}
 * @param value  the offending value as text, {@code "null"} when missing
 * @param problem  what is wrong, such as "must not exceed /claims/2/principal '1000000.00'"
 */
public record RiskPoolClaimFailure(String code, String field, String value, String problem) {

  /**
   * Creates a failure.
   *
   * @throws InvalidInputException if a field is null
   */
  public RiskPoolClaimFailure {
    Args.notBlank(code, "code");
    Args.notNull(field, "field");
    Args.notNull(value, "value");
    Args.notNull(problem, "problem");
  }

  /**
   * Obtains the failure an exception reports.
   *
   * @param ex  the exception, its field already a pointer into the batch request
   * @return the failure
   */
  public static RiskPoolClaimFailure from(InvalidInputException ex) {
    return new RiskPoolClaimFailure(ex.code(), ex.field(), ex.value(), ex.problem());
  }
}
