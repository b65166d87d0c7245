package io.github.huiqi.calculators.financing.firstloan;

import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.financing.firstloan.FirstLoanGuaranteedMeasure;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hint a guaranteed first loan's outcome gives when the profile states the loan's guarantee fee: 沪企服办〔2023〕1号
 * 第十五条 pays "2%的贴息补助" on the principal, whatever the fee the fund charges, so a flat, low or zero fee adds
 * nothing to this subsidy; the fee falls under the same clause's second sentence, the guarantors' average fee of at
 * most 1% (measure {@code sh-qfb-2023-1.average-guarantee-fee-ceiling}). What changes the amount is the principal,
 * the drawdown, the end of use and the subsidy term.
 * <p>
 * This class is immutable and thread-safe.
 */
final class FirstLoanGuaranteedFeeHint {

  private FirstLoanGuaranteedFeeHint() {
  }

  /**
   * Returns the hint when a loan that is not ineligible states its guarantee's fee rate or fee paid.
   *
   * @param measure  the measure, for the subsidy rate and its citation
   * @param loans  the profile's loans, in order
   * @param decisions  each loan's decision, in the same order
   * @return the note, if any loan states its fee
   */
  static Optional<Reason> of(FirstLoanGuaranteedMeasure measure, List<LoanFacts> loans,
      List<TracedCondition.Decision> decisions) {
    List<String> fees = new ArrayList<>();
    for (int i = 0; i < loans.size() && i < decisions.size(); i++) {
      if (decisions.get(i).verdict() == Verdict.INELIGIBLE) {
        continue;
      }
      LoanFacts loan = loans.get(i);
      Optional<LoanGuarantee> guarantee = loan.guarantee();
      Optional<String> fee = guarantee.flatMap(LoanGuarantee::feeRate).map(Object::toString)
          .or(() -> guarantee.flatMap(LoanGuarantee::feePaid).map(paid -> paid.getNumber().toString() + " CNY"));
      fee.ifPresent(f -> fees.add(loan.loanId() + " " + f));
    }
    if (fees.isEmpty()) {
      return Optional.empty();
    }
    String list = String.join(", ", fees);
    String rate = measure.annualSubsidyRate().value().toString();
    return Optional.of(new Reason("guarantee-fee-not-in-subsidy", LocalizedText.of(
        "担保费（" + list + "）不影响本项贴息：第十五条按本金给予" + rate + "的贴息补助，担保费率高低（含零费率）均不增减；担保费由同条"
            + "“政府性融资担保机构平均担保费率保持1%（含）以下”约束（措施 sh-qfb-2023-1.average-guarantee-fee-ceiling）。"
            + "改变金额的只有本金、放款日、使用结束日和贴息期限",
        "the guarantee fee (" + list + ") does not change this subsidy: 第十五条 pays " + rate + " of the principal "
            + "whatever the fee, flat, low or zero; the fee falls under the same clause's average fee of at most 1% "
            + "(measure sh-qfb-2023-1.average-guarantee-fee-ceiling). Only the principal, the drawdown, the end of "
            + "use and the subsidy term change the amount"), measure.annualSubsidyRate().citation()));
  }
}
