package io.github.huiqi.examples.bank;

import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyLoan;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyResult;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
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
 * A Shenzhen bank prices a guarantee by a government financing guarantor on a one-year loan to a small 专精特新 firm:
 * the fee the guarantor may charge in 2023 (深工信〔2023〕26号 第6条: at most 40% off and never above 1%), the cap of the
 * 专精特新 draft (half the benchmark lending rate, indicative only), and the guarantee-fee subsidy the firm can then
 * claim (30% of the fee paid, Shenzhen's small/micro programme).
 * <p>
 * Demonstrates use of the library; not intended to be used in a production environment.
 */
public final class GuaranteeFeeExample {

  /**
   * What the example computes.
   *
   * @param fee  the reduced guarantee fee under 第6条
   * @param cap  the 专精特新 draft's cap (indicative)
   * @param subsidy  the firm's guarantee-fee subsidy for 2023
   */
  public record Outcome(GuaranteeFeeReductionResult fee, GuaranteeFeeBenchmarkCapResult cap,
      GuaranteeFeeSubsidyResult subsidy) {
  }

  private GuaranteeFeeExample() {
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
   * @return the three results
   */
  public static Outcome run(PrintStream out) {
    // 1. The measures, from the built-in policy data (a host may load its own packs instead).
    PolicyData data = PolicyData.builtIn();
    GuaranteeFeeReductionMeasure reduction = data.getMeasure(GuaranteeFeeReductionMeasure.SHENZHEN_2023);
    GuaranteeFeeBenchmarkCapMeasure draftCap = data.getMeasure(GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT);
    GuaranteeFeeSubsidyMeasure subsidyMeasure = data.getMeasure(
        GuaranteeFeeSubsidyMeasure.SHENZHEN_2021);

    // 2. The deal: 2,000,000 guaranteed for one year from 2023-03-15; the guarantor's standard rate is 2% a year.
    MonetaryAmount principal = Cny.of("2000000");
    LocalDate contract = LocalDate.of(2023, 3, 10);
    LocalDate start = LocalDate.of(2023, 3, 15);
    LocalDate maturity = LocalDate.of(2024, 3, 15);
    GuaranteeFeeReductionRequest deal = GuaranteeFeeReductionRequest.of(EnterpriseSize.SMALL, true, principal,
        Rate.parse("2%"), start, maturity);

    // 3. The fee under 第6条: 2% less 40% is 1.2%, above the 1% ceiling, so the limits conflict and 1% applies.
    MonetaryAmount fee = GuaranteeFeeReductionCalculator.DEFAULT.fee(reduction, deal);
    GuaranteeFeeReductionResult feeResult = GuaranteeFeeReductionCalculator.DEFAULT.explainFee(reduction, deal);
    out.println("担保费 / guarantee fee: " + fee + " at " + feeResult.reducedFeeRate()
        + (feeResult.limitsConflict() ? " (40% and 1% conflict: the 1% ceiling applies)" : ""));
    out.println(feeResult.explanation().render(Locale.SIMPLIFIED_CHINESE));

    // 4. The 专精特新 draft's cap for the same loan: half the PBoC 1-year benchmark, 4.35% ÷ 2 = 2.175%.
    GuaranteeFeeBenchmarkCapRequest capRequest = GuaranteeFeeBenchmarkCapRequest.of(contract, start, maturity)
        .withProposal(feeResult.reducedFeeRate(), principal);
    GuaranteeFeeBenchmarkCapResult cap =
        GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCap(draftCap, capRequest);
    out.println("专精特新上限（征求意见稿） / 专精特新 cap (draft, " + cap.documentStatus() + "): "
        + cap.feeRateCap().orElseThrow() + ", proposed rate within: " + cap.proposedWithinCap().orElseThrow());
    out.println(cap.explanation().render(Locale.ENGLISH));

    // 5. The firm's subsidy claim for 2023: 30% of the fee it paid, the loan at 3.65% (fee 1% ≤ 50% × 3.65%).
    GuaranteeFeeSubsidyLoan loan = GuaranteeFeeSubsidyLoan.of("SZ-GUAR-2023-0042", principal, start,
        Rate.parse("3.65%"), feeResult.reducedFeeRate(), fee);
    GuaranteeFeeSubsidyRequest claim = GuaranteeFeeSubsidyRequest.of(EnterpriseSize.SMALL, "440305", 2023,
        List.of(loan));
    GuaranteeFeeSubsidyResult subsidy = GuaranteeFeeSubsidyCalculator.DEFAULT.explainSubsidy(
        subsidyMeasure, claim);
    out.println("担保费资助 / guarantee-fee subsidy: " + subsidy.amount().maximum());

    // 6. The fee result as JSON, as a platform would receive it.
    out.println(HuiqiJson.write(feeResult));
    return new Outcome(feeResult, cap, subsidy);
  }
}
