package io.github.huiqi.calculators.financing.firstloan;

import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import java.time.LocalDate;
import java.util.List;

/**
 * Shared fixtures for the first-loan subsidy tests: the built-in Shenzhen measure, a firm that meets every enterprise
 * condition, and a loan that meets every loan condition, to be varied one fact at a time.
 */
public final class FirstLoanFixtures {

  public static final FirstLoanMeasure MEASURE = PolicyData.builtIn()
      .getMeasure(FirstLoanMeasure.SHENZHEN_2023);
  public static final FirstLoanCalculator CALCULATOR = FirstLoanCalculator.DEFAULT;

  private FirstLoanFixtures() {
  }

  /** A Shenzhen firm (南山区) meeting every enterprise condition. */
  public static EnterpriseFacts.Builder firm() {
    EnterpriseFacts.Builder builder = EnterpriseFacts.builder();
    builder.registrationRegionCode("440305")
        .independentLegalPerson(true)
        .firstTimeBorrower(true)
        .onSeriousDishonestyList(false);
    return builder;
  }

  /** A loan meeting every loan condition: 1,000,000 at 3.65% from a Shenzhen bank, drawn 2023-01-15 for a year. */
  public static LoanFacts.Builder loan(String id) {
    LoanFacts.Builder builder = LoanFacts.builder();
    builder.loanId(id)
        .principal(Cny.of("1000000"))
        .drawdownDate(LocalDate.of(2023, 1, 15))
        .maturityDate(LocalDate.of(2024, 1, 15))
        .annualInterestRate(Rate.parse("3.65%"))
        .lenderRegionCode("440300")
        .firstDrawdownOfFirstContract(true)
        .forProductionOrOperation(true)
        .subsidisedUnderAnotherMunicipalScheme(false);
    return builder;
  }

  public static FirstLoanRequest request(LoanFacts... loans) {
    return FirstLoanRequest.of(firm().build(), List.of(loans));
  }

  public static FirstLoanRequest request(EnterpriseFacts firm, LoanFacts... loans) {
    return FirstLoanRequest.of(firm, List.of(loans));
  }
}
