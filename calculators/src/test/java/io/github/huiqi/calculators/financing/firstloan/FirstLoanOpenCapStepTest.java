package io.github.huiqi.calculators.financing.firstloan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An open amount's upper end is traced to the cap per enterprise too ("单户企业贴息金额最高20万元", 深工信〔2023〕26号
 * 第5条 and 沪企服办〔2023〕1号 第十五条): where undetermined loans would add to the sum, a second cap step caps the
 * eligible and undetermined loans together. Before, the explanation capped only the eligible loans' sum, so an amount
 * of 0.00 – 101,388.89 was explained by "0.00 → 0.00 (not reached)" alone.
 */
class FirstLoanOpenCapStepTest {

  @Test
  void shenzhen_anUndeterminedLoanPastTheCap_secondStepBinds() {
    // A: 10,000,000 drawn 2023-02-01, repaid 2023-07-31: 28 + 31 + 30 + 31 + 30 + 30 = 180 days,
    //    10,000,000 × 2% × 180/360 = 100,000.00, eligible
    // B: 12,000,000 drawn 2023-03-01, repaid 2023-08-28: 31 + 30 + 31 + 30 + 31 + 27 = 180 days,
    //    12,000,000 × 2% × 180/360 = 120,000.00, its purpose unknown (第5条 用于生产经营): undetermined
    // certain 100,000.00 (not reached); at most min(100,000.00 + 120,000.00, 200,000) = 200,000.00 (binding)
    LoanFacts a = FirstLoanFixtures.loan("A").principal(Cny.of("10000000")).drawdownDate(LocalDate.of(2023, 2, 1))
        .repaymentDate(LocalDate.of(2023, 7, 31)).build();
    LoanFacts b = FirstLoanFixtures.loan("B").principal(Cny.of("12000000")).drawdownDate(LocalDate.of(2023, 3, 1))
        .repaymentDate(LocalDate.of(2023, 8, 28)).forProductionOrOperation(Optional.empty()).build();
    FirstLoanResult result = FirstLoanFixtures.CALCULATOR.explainSubsidy(FirstLoanFixtures.MEASURE,
        FirstLoanFixtures.request(a, b));
    assertThat(result.amount().minimum()).isEqualTo(Cny.of("100000.00"));
    assertThat(result.amount().maximum()).isEqualTo(Cny.of("200000.00"));
    List<CapStep> caps = result.explanation().stepsOf(CapStep.class);
    assertThat(caps).hasSize(2);
    assertThat(caps.get(0).render(Locale.ENGLISH))
        .contains("cap per enterprise 200000.00; 100000.00 → 100000.00 (not reached)");
    assertThat(caps.get(1).render(Locale.ENGLISH)).contains("cap per enterprise, with the loans not yet decided "
        + "(the amount's upper end) 200000.00; 220000.00 → 200000.00 (binding)").contains("第5条");
    assertThat(caps.get(1).render(Locale.SIMPLIFIED_CHINESE))
        .contains("单户企业贴息金额上限（含待定贷款：金额上限）").contains("220000.00 → 200000.00");
    // both loans known eligible: one cap step, as before (100,000.00 + 120,000.00 → 200,000.00, binding)
    LoanFacts known = FirstLoanFixtures.loan("B").principal(Cny.of("12000000"))
        .drawdownDate(LocalDate.of(2023, 3, 1)).repaymentDate(LocalDate.of(2023, 8, 28)).build();
    assertThat(FirstLoanFixtures.CALCULATOR.explainSubsidy(FirstLoanFixtures.MEASURE,
        FirstLoanFixtures.request(a, known)).explanation().stepsOf(CapStep.class)).singleElement()
        .satisfies(cap -> assertThat(cap.render(Locale.ENGLISH)).contains("220000.00 → 200000.00 (binding)"));
  }

  @Test
  void shanghai_theOnlyLoanUndetermined_secondStepNotReached() {
    // 5,000,000 drawn 2022-11-15 (2022年第四季度), due 2023-11-15, a 12-month term: 365 days, ACT/360;
    // 5,000,000 × 2% × 365/360 = 101,388.888… → 101,388.89 (沪企服办〔2023〕1号 第十五条, 2% 贴息); whether it is
    // guaranteed by the municipal fund is unknown: 0.00 certain, at most 101,388.89, below the 200,000 cap
    LoanFacts loan = FirstLoanGuaranteedFixtures.loan("L1").principal(Cny.of("5000000"))
        .drawdownDate(LocalDate.of(2022, 11, 15)).maturityDate(LocalDate.of(2023, 11, 15))
        .repaymentDate(Optional.empty()).build();
    FirstLoanGuaranteedLoan claim = FirstLoanGuaranteedLoan.builder().loan(loan).firstInclusiveFinanceLoan(true)
        .build();
    FirstLoanResult result = FirstLoanGuaranteedFixtures.CALCULATOR.explainSubsidy(FirstLoanGuaranteedFixtures.MEASURE,
        FirstLoanGuaranteedFixtures.request(12, claim));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.amount().maximum()).isEqualTo(Cny.of("101388.89"));
    List<CapStep> caps = result.explanation().stepsOf(CapStep.class);
    assertThat(caps).extracting(cap -> cap.render(Locale.ENGLISH)).satisfiesExactly(
        first -> assertThat(first).contains("200000.00; 0.00 → 0.00 (not reached)"),
        second -> assertThat(second).contains("with the loans not yet decided")
            .contains("200000.00; 101388.89 → 101388.89 (not reached)").contains("第十五条"));
  }
}
