package io.github.huiqi.examples.bank;

import io.github.huiqi.calculators.financing.riskpool.RiskPoolCalculator;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaimOutcome;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolLoanCompensation;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolRequest;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolResult;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A Shenzhen bank claims risk compensation from the 市中小微企业银行贷款风险补偿资金池 on a small book of bad loans
 * (深工信〔2023〕26号 第5条): one loan granted in the 2023-Q1 uplift window, one in the 2022 window with an agreed 50%
 * base (capped at 80%) and a later recovery, one extended into the window (展期视同新增), one excluded because a
 * financing-guarantee company guarantees it, and one undetermined because the bank has not recorded whether it is
 * re-guaranteed.
 * <p>
 * Demonstrates use of the library; not intended to be used in a production environment.
 */
public final class RiskPoolExample {

  private RiskPoolExample() {
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
   * @return the batch result
   */
  public static RiskPoolResult run(PrintStream out) {
    // 1. The measure, from the built-in policy data (a host may load its own pack with its agreed base ratios).
    RiskPoolMeasure pool = PolicyData.builtIn()
        .getMeasure(RiskPoolMeasure.SHENZHEN_2023);

    // 2. The bank's bad loans, as its core system books them.
    RiskPoolClaim inWindow = RiskPoolClaim.builder()
        .loanId("SZ-2023-0101").category(RiskPoolLoanCategory.GENERAL)
        .principal(Cny.of("2000000")).grantDate(LocalDate.of(2023, 2, 15))
        .firstNonPerformingDate(LocalDate.of(2024, 1, 31)).principalOutstanding(Cny.of("1800000"))
        .noExclusions().build();
    RiskPoolClaim agreedBase = RiskPoolClaim.builder()
        .loanId("SZ-2022-0417").category(RiskPoolLoanCategory.FIRST_LOAN)
        .principal(Cny.of("500000")).grantDate(LocalDate.of(2022, 4, 17))
        .firstNonPerformingDate(LocalDate.of(2023, 3, 31)).principalOutstanding(Cny.of("480000"))
        .baseRatio(Rate.parse("50%")).recoveries(Cny.of("100000"))
        .noExclusions().build();
    RiskPoolClaim extended = RiskPoolClaim.builder()
        .loanId("SZ-2022-1020-EXT").category(RiskPoolLoanCategory.GENERAL)
        .principal(Cny.of("1000000")).grantDate(LocalDate.of(2022, 10, 20)).extensionDate(LocalDate.of(2023, 3, 20))
        .firstNonPerformingDate(LocalDate.of(2023, 12, 31)).principalOutstanding(Cny.of("1000000"))
        .noExclusions().build();
    RiskPoolClaim guaranteed = RiskPoolClaim.builder()
        .loanId("SZ-2023-0505").category(RiskPoolLoanCategory.GENERAL)
        .principal(Cny.of("800000")).grantDate(LocalDate.of(2023, 5, 5))
        .firstNonPerformingDate(LocalDate.of(2024, 5, 31)).principalOutstanding(Cny.of("800000"))
        .noExclusions().guaranteedByFinancingGuarantor(true).build();
    RiskPoolClaim unknownReGuarantee = RiskPoolClaim.builder().loanId("SZ-2023-0601")
        .category(RiskPoolLoanCategory.CREDIT).principal(Cny.of("300000")).grantDate(LocalDate.of(2023, 6, 1))
        .firstNonPerformingDate(LocalDate.of(2024, 6, 30)).principalOutstanding(Cny.of("300000"))
        .guaranteedByFinancingGuarantor(false).underOtherRiskCompensation(false).build();
    RiskPoolRequest request = RiskPoolRequest.of(
        List.of(inWindow, agreedBase, extended, guaranteed, unknownReGuarantee));

    // 3. The claim: each loan's verdict, ratio and amounts, and the totals.
    RiskPoolResult result = RiskPoolCalculator.DEFAULT.explainClaims(pool, request);
    for (RiskPoolClaimOutcome outcome : result.claims()) {
      if (outcome.failure().isPresent()) {
        out.println(outcome.loanId().orElse("#" + outcome.index()) + ": bad input " + outcome.failure().get());
        continue;
      }
      RiskPoolLoanCompensation loan = outcome.compensation().get();
      out.println(loan.loanId() + ": " + loan.eligibility().verdict() + ", ratio " + loan.ratio()
          + ", compensation " + describe(loan.compensation()) + ", returned " + describe(loan.recoveryReturn())
          + ", net " + describe(loan.netCompensation())
          + (loan.eligibility().missingFacts().isEmpty() ? "" : ", missing " + loan.eligibility().missingFacts())
          + (loan.eligibility().verdict() == Verdict.INELIGIBLE ? ", excluded: " + loan.eligibility().reasons()
              .stream().map(Reason::code).toList() : ""));
    }
    out.println("合计 / total compensation: " + describe(result.totalCompensation()) + "; returned "
        + describe(result.totalRecoveryReturn()) + "; net " + describe(result.totalNetCompensation()));

    // 4. One loan's cited explanation, in Chinese and English.
    RiskPoolLoanCompensation first = result.claims().get(1).compensation().get();
    out.println();
    out.println(first.explanation().render(Locale.SIMPLIFIED_CHINESE));
    out.println(first.explanation().render(Locale.ENGLISH));

    // 5. The same batch as a platform would send it, as JSON in and JSON out.
    String json = RiskPoolCalculator.DEFAULT.explainClaimsJson(pool, HuiqiJson.write(request));
    out.println(json.length() > 2_000 ? json.substring(0, 2_000) + "\n…" : json);
    return result;
  }

  private static String describe(io.github.huiqi.core.result.AmountRange range) {
    return range.isExact() ? range.maximum().toString() : range.minimum() + " .. " + range.maximum();
  }
}
