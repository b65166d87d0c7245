package io.github.huiqi.calculators.catalog.engine;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.result.Verdict;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The totals of an entitlement report, each kind of money apart.
 * <p>
 * {@code inReach} is the firm's total in reach: the sum of the outcomes counted in it
 * ({@link io.github.huiqi.core.outcome.MeasureOutcome#countedInTotal()}: payments, tax saved and fees saved, not
 * ineligible, in an open window, not a draft, not set aside by a stacking rule). {@code byKind} sums every kind
 * apart over the outcomes that are live (not ineligible, in an open window, not a draft; for the benefit kinds, the
 * counted ones), so that a ceiling or a lender's compensation is never added to the firm's benefits.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param inReach  the total in reach, exact part and range
 * @param byKind  each kind's total; a kind with no live outcome is absent
 */
public record EntitlementTotals(OutcomeAmount inReach, Map<AmountKind, OutcomeAmount> byKind) {

  /**
   * Creates totals.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public EntitlementTotals {
    Args.notNull(inReach, "inReach");
    byKind = Map.copyOf(Args.notNull(byKind, "byKind"));
  }

  /**
   * Sums outcomes by the rules above.
   *
   * @param outcomes  the outcomes
   * @return the totals
   */
  public static EntitlementTotals of(List<MeasureOutcome> outcomes) {
    OutcomeAmount inReach = OutcomeAmount.ZERO;
    Map<AmountKind, OutcomeAmount> byKind = new EnumMap<>(AmountKind.class);
    for (MeasureOutcome outcome : Args.listCopy(outcomes, "outcomes")) {
      if (outcome.countedInTotal()) {
        inReach = inReach.plus(outcome.amount());
      }
      boolean live = outcome.verdict() != Verdict.INELIGIBLE && outcome.windowStatus() == WindowStatus.OPEN
          && outcome.documentStatus() != DocumentStatus.DRAFT;
      boolean included = outcome.amountKind().isBenefitToFirm() ? outcome.countedInTotal() : live;
      if (included) {
        byKind.merge(outcome.amountKind(), outcome.amount(), OutcomeAmount::plus);
      }
    }
    return new EntitlementTotals(inReach, byKind);
  }
}
