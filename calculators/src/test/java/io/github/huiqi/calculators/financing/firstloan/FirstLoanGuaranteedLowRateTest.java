package io.github.huiqi.calculators.financing.firstloan;

import static io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures.MEASURE;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures.loan;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.CapStep;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A guaranteed first loan (沪企服办〔2023〕1号 第十五条 "给予2%的贴息补助") at an annual rate below 2%: the 贴息 pays at most
 * the loan's own interest (decisions register §4.1 item 5b). Before, a loan at 1.5% was paid 2%, more than its
 * interest. Every loan: 1,000,000 drawn 2022-10-15, repaid 2023-01-13, 90 days (ACT/360).
 */
class FirstLoanGuaranteedLowRateTest {

  @Test
  void test_rateBelowTwoPercent_subsidisedAtItsOwnRate() {
    // 1,000,000 × min(2%, 1.5%) × 90/360 = 3,750.00 — the loan's whole interest for the period (before: 1,000,000 ×
    // 2% × 90/360 = 5,000.00)
    FirstLoanResult low = CALCULATOR.explainSubsidy(MEASURE, request(12,
        loan("L1").annualInterestRate(Rate.parse("1.5%")).build()));
    assertThat(low.amount().exact()).contains(Cny.of("3750.00"));
    assertThat(low.explanation().stepsOf(CapStep.class)).isNotEmpty();
    assertThat(low.explanation().render(Locale.ENGLISH)).contains("subsidy rate at most the loan's annual rate 1.5%")
        .contains("decisions register §4.1 item 5b");
  }

  @Test
  void test_rateAtOrAboveTwoPercent_unchanged() {
    // exactly 2%: 1,000,000 × 2% × 90/360 = 5,000.00, no rate step; 3.65%: the same 5,000.00
    FirstLoanResult atTwo = CALCULATOR.explainSubsidy(MEASURE, request(12,
        loan("L1").annualInterestRate(Rate.parse("2%")).build()));
    assertThat(atTwo.amount().exact()).contains(Cny.of("5000.00"));
    assertThat(atTwo.explanation().render(Locale.ENGLISH)).doesNotContain("subsidy rate at most the loan's");
    assertThat(CALCULATOR.subsidy(MEASURE, request(12, loan("L1").build()))).isEqualTo(Cny.of("5000.00"));
  }
}
