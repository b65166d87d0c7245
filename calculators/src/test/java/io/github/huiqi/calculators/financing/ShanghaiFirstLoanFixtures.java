package io.github.huiqi.calculators.financing;

import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.GuaranteedFirstLoanInterestSubsidyMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import java.time.LocalDate;
import java.util.List;

/**
 * Shared fixtures for the Shanghai first-loan subsidy tests (沪企服办〔2023〕1号 第十五条): the built-in measure, a
 * small Shanghai firm, and a loan meeting every condition, to be varied one fact at a time.
 */
final class ShanghaiFirstLoanFixtures {

  static final GuaranteedFirstLoanInterestSubsidyMeasure MEASURE = PolicyData.builtIn().getMeasure(
      GuaranteedFirstLoanInterestSubsidyMeasure.SHANGHAI_2023, GuaranteedFirstLoanInterestSubsidyMeasure.class);
  static final GuaranteedFirstLoanInterestSubsidyCalculator CALCULATOR =
      GuaranteedFirstLoanInterestSubsidyCalculator.DEFAULT;

  private ShanghaiFirstLoanFixtures() {
  }

  /** A small firm in 上海市浦东新区. */
  static EnterpriseFacts firm() {
    return EnterpriseFacts.builder().registrationRegionCode("310115").size(EnterpriseSize.SMALL).build();
  }

  /**
   * A loan from a Shanghai bank meeting every loan condition: 1,000,000 at 3.65%, drawn 2022-10-15, due 2023-10-15,
   * repaid 2023-01-13 (90 days of use).
   */
  static LoanFacts.Builder loan(String id) {
    LoanFacts.Builder builder = LoanFacts.builder();
    builder.loanId(id)
        .principal(Cny.of("1000000"))
        .drawdownDate(LocalDate.of(2022, 10, 15))
        .maturityDate(LocalDate.of(2023, 10, 15))
        .repaymentDate(LocalDate.of(2023, 1, 13))
        .annualInterestRate(Rate.parse("3.65%"))
        .lenderRegionCode("310000");
    return builder;
  }

  /** A claim whose loan is the first 普惠 loan and is guaranteed by the municipal fund. */
  static GuaranteedFirstLoan claim(LoanFacts loan) {
    return GuaranteedFirstLoan.of(loan, true, true);
  }

  static GuaranteedFirstLoanSubsidyRequest request(int termMonths, GuaranteedFirstLoan... loans) {
    return GuaranteedFirstLoanSubsidyRequest.of(firm(), termMonths, List.of(loans));
  }

  static GuaranteedFirstLoanSubsidyRequest request(int termMonths, LoanFacts... loans) {
    return GuaranteedFirstLoanSubsidyRequest.of(firm(), termMonths,
        java.util.Arrays.stream(loans).map(ShanghaiFirstLoanFixtures::claim).toList());
  }
}
