package io.github.huiqi.core.result;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An explanation: the ordered steps of a calculation, each citing its clause, and the audit receipt of the result it
 * explains.
 * <p>
 * The explanation a calculator's explaining form returns (such as {@code FirstLoanCalculator.explainSubsidy}) carries
 * the result's {@link Receipt}: the library version, the measures and packs used, the request's date where it has one,
 * and the hashes of the request and of the result, which {@code CalculatorReplay} checks later. An explanation nested
 * deeper (an entitlement outcome's, a batch's claim) carries none: the receipt of the whole result covers it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param steps  the steps, in the order they were taken
 * @param receipt  the audit receipt of the result this explanation belongs to; absent in JSON when empty
 */
public record Explanation(List<ExplanationStep> steps, Optional<Receipt> receipt) {

  /**
   * Creates an explanation.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if the list or a step is null
   */
  public Explanation {
    steps = Args.listCopy(steps, "steps");
    receipt = receipt == null ? Optional.empty() : receipt;
  }

  /**
   * Creates an explanation with no receipt.
   *
   * @param steps  the steps, in the order they were taken
   * @throws io.github.huiqi.core.error.InvalidInputException if the list or a step is null
   */
  public Explanation(List<ExplanationStep> steps) {
    this(steps, Optional.empty());
  }

  /**
   * Returns a copy of this explanation with the receipt of its result.
   *
   * @param issued  the receipt
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public Explanation withReceipt(Receipt issued) {
    return new Explanation(steps, Optional.of(Args.notNull(issued, "receipt")));
  }

  /**
   * Renders the explanation as numbered lines.
   *
   * @param locale  the locale: {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ENGLISH}
   * @return the text, one line per step
   */
  public String render(Locale locale) {
    Args.notNull(locale, "locale");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < steps.size(); i++) {
      text.append(i + 1).append(". ").append(steps.get(i).render(locale)).append('\n');
    }
    return text.toString();
  }

  /**
   * Returns the steps of one type, in order.
   *
   * @param <T>  the step type
   * @param type  the step type
   * @return the matching steps
   * @throws io.github.huiqi.core.error.InvalidInputException if the type is null
   */
  public <T extends ExplanationStep> List<T> stepsOf(Class<T> type) {
    Args.notNull(type, "type");
    return steps.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toUnmodifiableList());
  }
}
