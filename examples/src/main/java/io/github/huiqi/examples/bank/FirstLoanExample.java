package io.github.huiqi.examples.bank;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.money.MonetaryAmount;

/**
 * A Shenzhen bank computes the first-loan interest subsidy (深工信〔2023〕26号 第5条) for a borrower's first loan, on
 * the built-in policy data: the plain amount, the explained result in Chinese and English, and the JSON a platform
 * would receive.
 * <p>
 * Demonstrates use of the library; not intended to be used in a production environment.
 */
public final class FirstLoanExample {

  private FirstLoanExample() {
  }

  /**
   * Runs the example, printing to standard output.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out  where to print
   * @return the explained result
   */
  public static FirstLoanResult run(PrintStream out) {
    // 1. The measure, from the built-in policy data (a host may load its own pack instead).
    FirstLoanMeasure measure = PolicyData.builtIn()
        .getMeasure(FirstLoanMeasure.SHENZHEN_2023);

    // 2. What the bank knows about the borrower and its first drawdown.
    EnterpriseFacts firm = EnterpriseFacts.builder()
        .name("深圳市示例精密制造有限公司")
        .registrationRegionCode("440306")
        .independentLegalPerson(true)
        .firstTimeBorrower(true)
        .onSeriousDishonestyList(false)
        .build();
    LoanFacts loan = LoanFacts.builder()
        .loanId("SZ-2023-000123")
        .principal(Cny.of("3000000"))
        .drawdownDate(LocalDate.of(2023, 2, 10))
        .maturityDate(LocalDate.of(2024, 2, 10))
        .annualInterestRate(Rate.parse("3.65%"))
        .lenderRegionCode("440300")
        .firstDrawdownOfFirstContract(true)
        .forProductionOrOperation(true)
        .subsidisedUnderAnotherMunicipalScheme(false)
        .build();
    FirstLoanRequest request = FirstLoanRequest.of(firm, List.of(loan));

    // 3. The plain form: just the amount.
    MonetaryAmount subsidy = FirstLoanCalculator.DEFAULT.subsidy(measure, request);
    out.println("贴息金额 / subsidy: " + subsidy);

    // 4. The explaining form: verdict, amount, binding limit and cited steps.
    FirstLoanResult result = FirstLoanCalculator.DEFAULT.explainSubsidy(measure, request);
    out.println();
    out.println(result.explanation().render(Locale.SIMPLIFIED_CHINESE));
    out.println(result.explanation().render(Locale.ENGLISH));

    // 5. The same result as JSON, as a platform would receive it.
    out.println(HuiqiJson.write(result));
    return result;
  }
}
