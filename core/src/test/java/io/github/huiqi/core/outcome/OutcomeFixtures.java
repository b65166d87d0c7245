package io.github.huiqi.core.outcome;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.ClauseRef;
import io.github.huiqi.core.policy.DocumentId;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;

/** Outcomes the outcome tests start from. */
final class OutcomeFixtures {

  private OutcomeFixtures() {
  }

  /**
   * An eligible first-loan subsidy of 30,000.00 in an open window of a document in force (深工信〔2023〕26号 第5条):
   * every part of the counted-in-total rule holds, and nothing is in any list.
   *
   * @return a builder to change and build
   */
  static MeasureOutcome.Builder firstLoanSubsidy() {
    return MeasureOutcome.builder()
        .measure(MeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy"))
        .title(LocalizedText.of("首贷户贷款贴息", "first-loan interest subsidy"))
        .clause(ClauseRef.of(DocumentId.of("sz-gxj-2023-26"), "第5条"))
        .clauseLabel("深工信〔2023〕26号 第5条")
        .documentStatus(DocumentStatus.IN_FORCE)
        .window(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))
        .windowStatus(WindowStatus.OPEN)
        .verdict(Verdict.ELIGIBLE)
        .amountKind(AmountKind.PAYMENT_TO_FIRM)
        .amount(OutcomeAmount.exactly(Cny.of("30000.00")))
        .explanation(new Explanation(List.of()));
  }
}
