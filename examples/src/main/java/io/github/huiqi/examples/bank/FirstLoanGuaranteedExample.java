package io.github.huiqi.examples.bank;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedLoan;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanGuaranteedMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.money.MonetaryAmount;

/**
 * A Shanghai bank computes the first-loan interest subsidy (沪企服办〔2023〕1号 第十五条) for a small firm's first
 * 普惠 loan, guaranteed by the municipal policy guarantee fund in 2022-Q4. The clause states no subsidy term, so the
 * bank supplies the one the authority applies (here twelve months) and the explanation says so.
 * <p>
 * Demonstrates use of the library; not intended to be used in a production environment.
 */
public final class FirstLoanGuaranteedExample {

  /** The term the bank was told to apply: the source states none, so it is an input, never a default. */
  private static final int TERM_MONTHS = 12;

  private FirstLoanGuaranteedExample() {
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
    FirstLoanGuaranteedMeasure measure = PolicyData.builtIn().getMeasure(
        FirstLoanGuaranteedMeasure.SHANGHAI_2023);
    EnterpriseFacts firm = EnterpriseFacts.builder()
        .name("上海示例新材料有限公司")
        .registrationRegionCode("310112")
        .size(EnterpriseSize.SMALL)
        .build();
    LoanFacts loan = LoanFacts.builder()
        .loanId("SH-2022-004567")
        .principal(Cny.of("2000000"))
        .drawdownDate(LocalDate.of(2022, 11, 15))
        .maturityDate(LocalDate.of(2023, 11, 15))
        .annualInterestRate(Rate.parse("3.85%"))
        .lenderRegionCode("310000")
        .build();
    FirstLoanGuaranteedRequest request = FirstLoanGuaranteedRequest.of(firm, TERM_MONTHS,
        List.of(FirstLoanGuaranteedLoan.of(loan, true, true)));

    MonetaryAmount subsidy = FirstLoanGuaranteedCalculator.DEFAULT.subsidy(measure, request);
    out.println("贴息金额 / subsidy: " + subsidy);
    FirstLoanResult result = FirstLoanGuaranteedCalculator.DEFAULT.explainSubsidy(measure,
        request);
    out.println(result.explanation().render(Locale.SIMPLIFIED_CHINESE));
    out.println(result.explanation().render(Locale.ENGLISH));
    return result;
  }
}
