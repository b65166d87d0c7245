package io.github.huiqi.calculators.testkit;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What an implementation under test answers for one conformance vector: its verdict, its amount in yuan (exact, a
 * range or a floor, as in {@link ConformanceExpectation}) and, if it names one, the clause it applied.
 * <pre>
 * ConformanceAnswer answer = ConformanceAnswer.exactly(Verdict.ELIGIBLE, "5000.00")
 *     .withClause("深工信〔2023〕26号 第5条");
 * ConformanceAnswer range = ConformanceAnswer.between(Verdict.UNDETERMINED, "0", "200000");
 * ConformanceAnswer fromHuiqi = ConformanceAnswer.of(outcome);
 * </pre>
 * This class is immutable and thread-safe.
 *
 * @param verdict  the verdict
 * @param minimum  the least amount, yuan
 * @param maximum  the greatest amount, yuan; empty for no upper bound
 * @param clause  the clause the implementation applied, such as {@code 深工信〔2023〕26号 第5条}; empty if it names
 *     none, in which case the clause is not checked
 */
public record ConformanceAnswer(Verdict verdict, BigDecimal minimum, Optional<BigDecimal> maximum,
    Optional<String> clause) {

  /**
   * Creates an answer.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public ConformanceAnswer {
    Args.notNull(verdict, "verdict");
    Args.notNull(minimum, "minimum");
    Args.notNullOptional(maximum, "maximum");
    Args.notNullOptional(clause, "clause");
  }

  /**
   * Obtains an answer with an exact amount.
   *
   * @param verdict  the verdict
   * @param yuan  the amount, such as {@code "5000.00"}
   * @return the answer, naming no clause
   * @throws io.github.huiqi.core.error.InvalidInputException if a value is null or not a number
   */
  public static ConformanceAnswer exactly(Verdict verdict, String yuan) {
    BigDecimal amount = Fen.parse(yuan, "yuan");
    return new ConformanceAnswer(verdict, amount, Optional.of(amount), Optional.empty());
  }

  /**
   * Obtains an answer with a range of amounts, both ends included.
   *
   * @param verdict  the verdict
   * @param minimum  the least amount, yuan
   * @param maximum  the greatest amount, yuan
   * @return the answer, naming no clause
   * @throws io.github.huiqi.core.error.InvalidInputException if a value is null or not a number
   */
  public static ConformanceAnswer between(Verdict verdict, String minimum, String maximum) {
    return new ConformanceAnswer(verdict, Fen.parse(minimum, "minimum"),
        Optional.of(Fen.parse(maximum, "maximum")), Optional.empty());
  }

  /**
   * Obtains the answer huiqi's own outcome gives.
   *
   * @param outcome  the outcome
   * @return the answer, naming the outcome's clause label
   * @throws io.github.huiqi.core.error.InvalidInputException if the outcome is null
   */
  public static ConformanceAnswer of(MeasureOutcome outcome) {
    Args.notNull(outcome, "outcome");
    return new ConformanceAnswer(outcome.verdict(), Fen.of(outcome.amount().minimum()),
        outcome.amount().maximum().map(Fen::of), Optional.of(outcome.clauseLabel()));
  }

  /**
   * Returns a copy naming the clause applied.
   *
   * @param label  the clause, such as {@code 深工信〔2023〕26号 第5条}
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the label is blank
   */
  public ConformanceAnswer withClause(String label) {
    return new ConformanceAnswer(verdict, minimum, maximum, Optional.of(Args.notBlank(label, "clause")));
  }

  @Override
  public String toString() {
    return verdict + " " + showAmount(minimum, maximum) + clause.map(c -> " (" + c + ")").orElse("");
  }

  static String showAmount(BigDecimal minimum, Optional<BigDecimal> maximum) {
    if (maximum.isEmpty()) {
      return "at least " + Fen.show(minimum);
    }
    return maximum.get().compareTo(minimum) == 0 ? "exactly " + Fen.show(minimum)
        : "from " + Fen.show(minimum) + " to " + Fen.show(maximum.get());
  }
}
