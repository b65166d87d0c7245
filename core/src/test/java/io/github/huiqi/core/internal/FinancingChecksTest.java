package io.github.huiqi.core.internal;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The invariant checks every financing model shares: closed windows and ratios within 0%..100%. */
class FinancingChecksTest {

  private static final Citation CITED = Citation.sourceText("深工信〔2023〕26号", "第5条", "2023年1-3月");
  private static final LocalDate START = LocalDate.of(2023, 1, 1);

  @Test
  void test_requireClosedWindow() {
    // "2023年1-3月" = 2023-01-01..2023-03-31, a closed window: accepted
    assertThatCode(() -> FinancingChecks.requireClosedWindow(
        Parameter.of(DateRange.of(START, LocalDate.of(2023, 3, 31)), CITED, DateRange.year(2023)), "firstLoanWindow"))
        .doesNotThrowAnyException();
    // a window with no end would admit every later loan: rejected, naming the end
    assertField(() -> FinancingChecks.requireClosedWindow(
        Parameter.of(DateRange.startingOn(START), CITED, DateRange.year(2023)), "firstLoanWindow"),
        "firstLoanWindow/value/end");
    assertField(() -> FinancingChecks.requireClosedWindow(null, "dueWindow"), "dueWindow");
  }

  @Test
  void test_requireRatio_bothEndsIncluded() {
    assertThatCode(() -> FinancingChecks.requireRatio(Rate.ZERO, "r")).doesNotThrowAnyException();
    assertThatCode(() -> FinancingChecks.requireRatio(Rate.ONE_HUNDRED_PERCENT, "r")).doesNotThrowAnyException();
    assertField(() -> FinancingChecks.requireRatio(Rate.parse("100.01%"), "annualSubsidyRate/value"),
        "annualSubsidyRate/value");
    assertField(() -> FinancingChecks.requireRatio(Rate.parse("-0.01%"), "annualSubsidyRate/value"),
        "annualSubsidyRate/value");
    assertField(() -> FinancingChecks.requirePositiveRatio(Rate.ZERO, "ceiling/value"), "ceiling/value");
  }
}
