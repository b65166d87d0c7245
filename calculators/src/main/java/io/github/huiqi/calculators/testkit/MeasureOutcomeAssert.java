package io.github.huiqi.calculators.testkit;

import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * AssertJ assertions on one measure's outcome: verdict, amount to the fen, binding limit, cited clause, missing facts.
 * Amounts are written as yuan strings ({@code "5000.00"}) and compared by value, so {@code "200000"} matches an amount
 * held as {@code 2E+5}; a failure shows both amounts to the fen. Obtain one from {@link HuiqiAssertions}.
 * <pre>
 * HuiqiAssertions.assertThat(outcome)
 *     .isEligible()
 *     .hasExactAmount("200000.00")
 *     .isCappedBy("200000")
 *     .citesClause("深工信〔2023〕26号 第5条");
 * </pre>
 * Not thread-safe; use one per assertion, as with any AssertJ assertion.
 */
public final class MeasureOutcomeAssert extends AbstractObjectAssert<MeasureOutcomeAssert, MeasureOutcome> {

  /**
   * Creates the assertion; prefer {@link HuiqiAssertions#assertThat(MeasureOutcome)}.
   *
   * @param actual  the outcome under test
   */
  public MeasureOutcomeAssert(MeasureOutcome actual) {
    super(actual, MeasureOutcomeAssert.class);
  }

  /**
   * Asserts the verdict.
   *
   * @param expected  the verdict expected
   * @return this assertion
   */
  public MeasureOutcomeAssert hasVerdict(Verdict expected) {
    isNotNull();
    if (actual.verdict() != expected) {
      failWithMessage("%nExpected %s to be %s but was %s", actual.measure(), expected, actual.verdict());
    }
    return this;
  }

  /**
   * Asserts the verdict is {@link Verdict#ELIGIBLE}.
   *
   * @return this assertion
   */
  public MeasureOutcomeAssert isEligible() {
    return hasVerdict(Verdict.ELIGIBLE);
  }

  /**
   * Asserts the verdict is {@link Verdict#INELIGIBLE}.
   *
   * @return this assertion
   */
  public MeasureOutcomeAssert isIneligible() {
    return hasVerdict(Verdict.INELIGIBLE);
  }

  /**
   * Asserts the verdict is {@link Verdict#UNDETERMINED}.
   *
   * @return this assertion
   */
  public MeasureOutcomeAssert isUndetermined() {
    return hasVerdict(Verdict.UNDETERMINED);
  }

  /**
   * Asserts the amount is exactly this many yuan, to the fen (compared by value, whatever the scale).
   *
   * @param yuan  the amount expected, such as {@code "5000.00"}
   * @return this assertion
   * @throws io.github.huiqi.core.error.InvalidInputException if {@code yuan} is not a number
   */
  public MeasureOutcomeAssert hasExactAmount(String yuan) {
    isNotNull();
    BigDecimal expected = Fen.parse(yuan, "yuan");
    Optional<BigDecimal> exact = actual.amount().exact().map(Fen::of);
    if (exact.isEmpty() || exact.get().compareTo(expected) != 0) {
      failWithMessage("%nExpected %s's amount to be exactly %s but was %s", actual.measure(), Fen.show(expected),
          show(actual.amount()));
    }
    return this;
  }

  /**
   * Asserts the amount is the range from {@code minimum} to {@code maximum} yuan, both included: an amount still open
   * because facts are missing, or a ceiling fixed by the authority ({@code hasAmountBetween("0", "200000")}).
   *
   * @param minimum  the least amount expected, yuan
   * @param maximum  the greatest amount expected, yuan
   * @return this assertion
   * @throws io.github.huiqi.core.error.InvalidInputException if a bound is not a number
   */
  public MeasureOutcomeAssert hasAmountBetween(String minimum, String maximum) {
    isNotNull();
    BigDecimal low = Fen.parse(minimum, "minimum");
    BigDecimal high = Fen.parse(maximum, "maximum");
    OutcomeAmount amount = actual.amount();
    boolean same = Fen.of(amount.minimum()).compareTo(low) == 0
        && amount.maximum().map(max -> Fen.of(max).compareTo(high) == 0).orElse(false);
    if (!same) {
      failWithMessage("%nExpected %s's amount to be from %s to %s but was %s", actual.measure(), Fen.show(low),
          Fen.show(high), show(amount));
    }
    return this;
  }

  /**
   * Asserts the amount is a floor: at least {@code minimum} yuan with no upper bound ("不低于…", the authority fixes
   * the figure above it).
   *
   * @param minimum  the floor expected, yuan
   * @return this assertion
   * @throws io.github.huiqi.core.error.InvalidInputException if {@code minimum} is not a number
   */
  public MeasureOutcomeAssert hasAmountAtLeast(String minimum) {
    isNotNull();
    BigDecimal low = Fen.parse(minimum, "minimum");
    OutcomeAmount amount = actual.amount();
    if (amount.maximum().isPresent() || Fen.of(amount.minimum()).compareTo(low) != 0) {
      failWithMessage("%nExpected %s's amount to be at least %s with no upper bound but was %s", actual.measure(),
          Fen.show(low), show(amount));
    }
    return this;
  }

  /**
   * Asserts a limit bound the amount and that limit is this many yuan (a cap such as "单户最高20万元").
   *
   * @param yuan  the limit expected
   * @return this assertion
   * @throws io.github.huiqi.core.error.InvalidInputException if {@code yuan} is not a number
   */
  public MeasureOutcomeAssert isCappedBy(String yuan) {
    isNotNull();
    BigDecimal expected = Fen.parse(yuan, "yuan");
    Optional<BigDecimal> limit = actual.bindingLimit().map(l -> Fen.of(l.limit()));
    if (limit.isEmpty() || limit.get().compareTo(expected) != 0) {
      failWithMessage("%nExpected %s to be capped by %s but its binding limit was %s", actual.measure(),
          Fen.show(expected), limit.map(Fen::show).orElse("none"));
    }
    return this;
  }

  /**
   * Asserts a limit bound the amount and carries this code (such as {@code cap-per-enterprise}).
   *
   * @param code  the limit's code
   * @return this assertion
   */
  public MeasureOutcomeAssert hasBindingLimit(String code) {
    isNotNull();
    Optional<String> actualCode = actual.bindingLimit().map(BindingLimit::code);
    if (!actualCode.equals(Optional.of(code))) {
      failWithMessage("%nExpected %s's binding limit to be <%s> but was <%s>", actual.measure(), code,
          actualCode.orElse("none"));
    }
    return this;
  }

  /**
   * Asserts no limit bound the amount.
   *
   * @return this assertion
   */
  public MeasureOutcomeAssert hasNoBindingLimit() {
    isNotNull();
    if (actual.bindingLimit().isPresent()) {
      failWithMessage("%nExpected %s to have no binding limit but it had <%s>", actual.measure(),
          actual.bindingLimit().get().code());
    }
    return this;
  }

  /**
   * Asserts the outcome cites a clause whose label contains this text, such as {@code "第5条"} or the whole label
   * {@code "深工信〔2023〕26号 第5条"}.
   *
   * @param clause  the text the clause label must contain
   * @return this assertion
   */
  public MeasureOutcomeAssert citesClause(String clause) {
    isNotNull();
    if (!actual.clauseLabel().contains(clause)) {
      failWithMessage("%nExpected %s to cite <%s> but it cites <%s>", actual.measure(), clause,
          actual.clauseLabel());
    }
    return this;
  }

  /**
   * Asserts the outcome names this fact as missing: a JSON Pointer into the enterprise profile.
   *
   * @param pointer  the pointer, such as {@code "/loans/0/principal"}
   * @return this assertion
   */
  public MeasureOutcomeAssert namesMissingFact(String pointer) {
    isNotNull();
    if (!actual.missingFacts().contains(pointer)) {
      failWithMessage("%nExpected %s to name <%s> as missing but it names %s", actual.measure(), pointer,
          actual.missingFacts());
    }
    return this;
  }

  /**
   * Asserts the outcome names no fact as missing.
   *
   * @return this assertion
   */
  public MeasureOutcomeAssert hasNoMissingFacts() {
    isNotNull();
    if (!actual.missingFacts().isEmpty()) {
      failWithMessage("%nExpected %s to name no missing fact but it names %s", actual.measure(),
          actual.missingFacts());
    }
    return this;
  }

  static String show(OutcomeAmount amount) {
    if (amount.isExact()) {
      return "exactly " + Fen.show(amount.minimum());
    }
    return amount.maximum().map(max -> "from " + Fen.show(amount.minimum()) + " to " + Fen.show(max))
        .orElse("at least " + Fen.show(amount.minimum()));
  }
}
