package io.github.huiqi.examples.bank;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.stacking.StackingCalculator;
import io.github.huiqi.calculators.financing.stacking.StackingClaim;
import io.github.huiqi.calculators.financing.stacking.StackingLoanDecision;
import io.github.huiqi.calculators.financing.stacking.StackingRequest;
import io.github.huiqi.calculators.financing.stacking.StackingResult;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.calculators.financing.techsme.TechSmeCalculator;
import io.github.huiqi.calculators.financing.techsme.TechSmeFeePayment;
import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A Shenzhen bank computes both municipal interest subsidies for a technology-based SME's loans, on the built-in
 * policy data: the first-loan subsidy (深工信〔2023〕26号 第5条) and the tech-SME 贴息贴保 subsidy (第13条 over the
 * 2020 办法 第十四条), each alone, then which one each loan receives (never both on the same loan), the totals after
 * each measure's caps, and the explanation in Chinese.
 * <p>
 * Demonstrates use of the library; not intended to be used in a production environment.
 */
public final class StackingExample {

  private StackingExample() {
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
   * @return the stacking result
   */
  public static StackingResult run(PrintStream out) {
    // 1. The two measures, from the built-in policy data.
    PolicyData data = PolicyData.builtIn();
    FirstLoanMeasure firstLoan = data.getMeasure(FirstLoanMeasure.SHENZHEN_2023);
    TechSmeMeasure techSme = data.getMeasure(TechSmeMeasure.SHENZHEN_2023);

    // 2. The borrower: an enrolled tech SME whose first bank loan was drawn in 2023-Q1.
    EnterpriseFacts firm = EnterpriseFacts.builder()
        .name("深圳市示例智能科技有限公司")
        .registrationRegionCode("440305")
        .independentLegalPerson(true)
        .firstTimeBorrower(true)
        .onSeriousDishonestyList(false)
        .enrolledTechSme(true)
        .build();
    LoanFacts first = loan("SZ-2023-0001", "3000000", LocalDate.of(2023, 2, 10), "3.65%", true);
    LoanFacts second = loan("SZ-2023-0002", "5000000", LocalDate.of(2023, 4, 20), "3.45%", false);
    LoanFacts older = loan("SZ-2022-0917", "2000000", LocalDate.of(2022, 9, 17), "4.00%", false);
    List<LoanFacts> loans = List.of(first, second, older);

    // 3. The interest and guarantee fee the firm actually paid, from the bank's statements (算头不算尾).
    List<TechSmeInterestItem> interest = List.of(
        interest("I1", first, LocalDate.of(2023, 2, 10), LocalDate.of(2023, 3, 21), "11862.50"),
        interest("I2", first, LocalDate.of(2023, 3, 21), LocalDate.of(2023, 6, 21), "27983.33"),
        interest("I3", second, LocalDate.of(2023, 4, 20), LocalDate.of(2023, 6, 21), "29708.33"),
        interest("I4", older, LocalDate.of(2022, 12, 21), LocalDate.of(2023, 3, 21), "20000.00"));
    List<TechSmeFeePayment> fees = List.of(TechSmeFeePayment.of("F1", LocalDate.of(2023, 4, 20), Cny.of("50000")));

    // 4. Each subsidy alone, in its plain form: what it would pay if it were the only one.
    out.println("首贷贴息（单独计算）/ first-loan subsidy alone: " + FirstLoanCalculator.DEFAULT
        .subsidy(firstLoan, FirstLoanRequest.of(firm, loans)));
    out.println("科技贴息贴保（单独计算）/ tech-SME subsidy alone: " + TechSmeCalculator.DEFAULT
        .subsidy(techSme, TechSmeRequest.builder().enterprise(firm).interest(interest).guaranteeFees(fees)
            .programmeTotalReceived(Cny.ZERO).build()));

    // 5. Both together: one municipal interest subsidy per loan. The first-loan subsidy was already claimed on
    //    the first loan, so under the default precedence it stands there.
    StackingRequest request = StackingRequest.builder().enterprise(firm).loans(loans).interest(interest)
        .guaranteeFees(fees).programmeTotalReceived(Cny.ZERO)
        .firstClaims(List.of(StackingClaim.of(first.loanId(), StackingScheme.FIRST_LOAN))).build();
    StackingResult result = StackingCalculator.DEFAULT.explainTotalSubsidy(firstLoan,
        techSme, request);
    out.println();
    for (StackingLoanDecision loan : result.loans()) {
      out.println(loan.loanId() + ": " + loan.explanation().zh() + " → " + loan.paid());
    }
    out.println("首贷贴息合计 / first-loan total: " + result.firstLoanTotal());
    out.println("科技贴息贴保合计 / tech-SME total: " + result.techSmeTotal());
    out.println("市级贴息合计 / total: " + result.total());
    out.println();
    out.println(result.explanation().render(Locale.SIMPLIFIED_CHINESE));
    return result;
  }

  private static LoanFacts loan(String id, String principal, LocalDate drawdown, String rate, boolean first) {
    return LoanFacts.builder()
        .loanId(id)
        .principal(Cny.of(principal))
        .drawdownDate(drawdown)
        .maturityDate(drawdown.plusYears(1))
        .annualInterestRate(Rate.parse(rate))
        .lenderRegionCode("440300")
        .firstDrawdownOfFirstContract(first)
        .forProductionOrOperation(true)
        .subsidisedUnderAnotherMunicipalScheme(false)
        .build();
  }

  private static TechSmeInterestItem interest(String id, LoanFacts loan, LocalDate from, LocalDate to,
      String amount) {
    return TechSmeInterestItem.of(id, loan.loanId(), from, to, to, Cny.of(amount));
  }
}
