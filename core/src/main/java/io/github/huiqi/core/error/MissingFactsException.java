package io.github.huiqi.core.error;

import io.github.huiqi.core.internal.Args;
import java.util.List;

/**
 * Thrown by a calculator's plain form when the amount depends on facts the caller did not give.
 * <p>
 * The plain form returns one number and will not guess; the explaining form instead answers "undetermined" and names
 * the same facts. {@link #missingFacts()} lists them as JSON Pointers into the request, such as
 * {@code /loans/0/lenderRegionCode}. Code {@value #CODE}; the {@linkplain #field() field} is the first missing fact.
 */
public class MissingFactsException extends HuiqiException {

  /** The code of every missing-facts error. */
  public static final String CODE = "facts.missing";

  private static final long serialVersionUID = 2L;

  private final List<String> missingFacts;

  /**
   * Creates the exception.
   *
   * @param missingFacts  the missing facts, at least one
   * @throws InvalidInputException naming {@code missingFacts} if the list is null, empty or holds a null: an answer
   *     that depends on missing facts always names at least one
   */
  public MissingFactsException(List<String> missingFacts) {
    super(CODE, checked(missingFacts).get(0), "", message(missingFacts), "金额取决于未提供的事实："
        + String.join("、", missingFacts) + "；请补充这些事实，或使用解释形式得到“待定”结论与金额范围", null);
    this.missingFacts = List.copyOf(missingFacts);
  }

  /** Checks that the list names at least one fact (and no null) before anything is built from it. */
  private static List<String> checked(List<String> missingFacts) {
    if (Args.listCopy(missingFacts, "missingFacts").isEmpty()) {
      throw new InvalidInputException("missingFacts", "[]",
          "must name at least one fact: an amount that depends on missing facts names them");
    }
    return missingFacts;
  }

  private static String message(List<String> missingFacts) {
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
