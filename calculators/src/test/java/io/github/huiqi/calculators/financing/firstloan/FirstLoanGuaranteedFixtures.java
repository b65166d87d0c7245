package io.github.huiqi.calculators.financing.firstloan;

import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanGuaranteedMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import java.time.LocalDate;
import java.util.List;

/**
 * Shared fixtures for the Shanghai first-loan subsidy tests (沪企服办〔2023〕1号 第十五条): the built-in measure, a
 * small Shanghai firm, and a loan meeting every condition, to be varied one fact at a time.
 */
public final class FirstLoanGuaranteedFixtures {

  public static final FirstLoanGuaranteedMeasure MEASURE = PolicyData.builtIn().getMeasure(
      FirstLoanGuaranteedMeasure.SHANGHAI_2023);
  public static final FirstLoanGuaranteedCalculator CALCULATOR =
      FirstLoanGuaranteedCalculator.DEFAULT;

  private FirstLoanGuaranteedFixtures() {
  }

  /** A small firm in 上海市浦东新区. */
  public static EnterpriseFacts firm() {
    return EnterpriseFacts.builder().registrationRegionCode("310115").size(EnterpriseSize.SMALL).build();
  }

  /**
   * A loan from a Shanghai bank meeting every loan condition: 1,000,000 at 3.65%, drawn 2022-10-15, due 2023-10-15,
   * repaid 2023-01-13 (90 days of use).
   */
  public static LoanFacts.Builder loan(String id) {
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
  public static FirstLoanGuaranteedLoan claim(LoanFacts loan) {
    return FirstLoanGuaranteedLoan.of(loan, true, true);
  }

  public static FirstLoanGuaranteedRequest request(int termMonths, FirstLoanGuaranteedLoan... loans) {
    return FirstLoanGuaranteedRequest.of(firm(), termMonths, List.of(loans));
  }

  public static FirstLoanGuaranteedRequest request(int termMonths, LoanFacts... loans) {
    return FirstLoanGuaranteedRequest.of(firm(), termMonths,
        java.util.Arrays.stream(loans).map(FirstLoanGuaranteedFixtures::claim).toList());
  }
}
