package io.github.huiqi.core.error;

import io.github.huiqi.core.internal.Args;
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
   * @throws InvalidInputException naming {@code missingFacts} if the list is null, empty or holds a null: an answer
   *     that depends on missing facts always names at least one
   */
  public MissingFactsException(List<String> missingFacts) {
    super(message(missingFacts));
    this.missingFacts = List.copyOf(missingFacts);
  }

  /** Checks that the list names at least one fact (and no null) before the message is built from it. */
  private static String message(List<String> missingFacts) {
    if (Args.listCopy(missingFacts, "missingFacts").isEmpty()) {
      throw new InvalidInputException("missingFacts", "[]",
          "must name at least one fact: an amount that depends on missing facts names them");
    }
    return "The amount depends on facts that were not given: " + String.join(", ", missingFacts)
        + "; supply them, or use the explaining form to get an undetermined verdict and a range";
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
