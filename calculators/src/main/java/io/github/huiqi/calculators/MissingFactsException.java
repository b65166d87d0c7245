package io.github.huiqi.calculators;

import io.github.huiqi.core.error.HuiqiException;
import java.util.List;

/**
 * Thrown by a calculator's plain form when the amount depends on facts the caller did not give.
 * <p>
 * The plain form returns one number and will not guess; the explaining form instead answers "undetermined" and names
 * the same facts. {@link #missingFacts()} lists them as JSON Pointers into the request, such as
 * {@code /loans/0/lenderRegionCode}.
 */
public class MissingFactsException extends HuiqiException {

  private static final long serialVersionUID = 1L;

  private final List<String> missingFacts;

  /**
   * Creates the exception.
   *
   * @param missingFacts  the missing facts, at least one
   */
  public MissingFactsException(List<String> missingFacts) {
    super("The amount depends on facts that were not given: " + String.join(", ", missingFacts)
        + "; supply them, or use the explaining form to get an undetermined verdict and a range");
    this.missingFacts = List.copyOf(missingFacts);
  }

  /**
   * Returns the missing facts, as JSON Pointers into the request.
   *
   * @return the facts
   */
  public List<String> missingFacts() {
    return missingFacts;
  }
}
