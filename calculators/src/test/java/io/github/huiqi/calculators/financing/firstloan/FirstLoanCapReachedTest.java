package io.github.huiqi.calculators.financing.firstloan;

import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.MEASURE;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.loan;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.CapStep;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The cap step says what happened to the cap "单户企业贴息金额最高20万元" (深工信〔2023〕26号 第5条): reached exactly (the
 * subsidy before the cap equals it: reached, not binding), binding (above it) or not reached (below it).
 */
class FirstLoanCapReachedTest {

  @Test
  void test_capReachedExactly_saysReachedNotBinding() {
    // 20,000,000 drawn 2023-01-01 (the window's first day), repaid 2023-06-30:
    // 31 + 28 + 31 + 30 + 31 + 29 = 180 days, within 6 months; 20,000,000 × 2% × 180/360 = 200,000.00,
    // exactly the cap of 200,000 (第5条): reached, not binding
    LoanFacts exact = loan("L1").principal(Cny.of("20000000")).drawdownDate(LocalDate.of(2023, 1, 1))
        .repaymentDate(LocalDate.of(2023, 6, 30)).build();
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(exact));
    assertThat(result.amount().maximum().getNumber().numberValueExact(BigDecimal.class))
        .isEqualByComparingTo("200000.00");
    assertThat(result.bindingLimit()).isEmpty();
    CapStep cap = result.explanation().stepsOf(CapStep.class).get(0);
    assertThat(cap.isBinding()).isFalse();
    assertThat(cap.render(Locale.ENGLISH)).contains("200000.00; 200000.00 → 200000.00 (reached, not binding)");
    assertThat(cap.render(Locale.SIMPLIFIED_CHINESE)).contains("200000.00 → 200000.00（恰好达到）");
  }

  @Test
  void test_capExceededByOneFen_saysBinding() {
    // 20,000,001 over the same 180 days: 20,000,001 × 2% × 180/360 = 200,000.01 > 200,000: the cap binds
    LoanFacts above = loan("L1").principal(Cny.of("20000001")).drawdownDate(LocalDate.of(2023, 1, 1))
        .repaymentDate(LocalDate.of(2023, 6, 30)).build();
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(above));
    assertThat(result.amount().maximum().getNumber().numberValueExact(BigDecimal.class))
        .isEqualByComparingTo("200000.00");
    assertThat(result.bindingLimit()).isPresent();
    assertThat(result.explanation().stepsOf(CapStep.class).get(0).render(Locale.ENGLISH))
        .contains("200000.00; 200000.01 → 200000.00 (binding)");
  }

  @Test
  void test_capBelow_saysNotReached() {
    // 1,000,000 over the same 180 days: 1,000,000 × 2% × 180/360 = 10,000.00 < 200,000: not reached
    LoanFacts below = loan("L1").drawdownDate(LocalDate.of(2023, 1, 1)).repaymentDate(LocalDate.of(2023, 6, 30))
        .build();
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(below));
    assertThat(result.explanation().stepsOf(CapStep.class).get(0).render(Locale.ENGLISH))
        .contains("200000.00; 10000.00 → 10000.00 (not reached)");
  }
}
