package io.github.huiqi.calculators.catalog.engine;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.Collections;
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

  private static final AmountKind[] KINDS = AmountKind.values();

  /**
   * Creates totals.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field, a kind or a kind's total is null
   */
  public EntitlementTotals {
    Args.notNull(inReach, "inReach");
    byKind = inKindOrder(Args.notNull(byKind, "byKind"));
  }

  /**
   * Copies the totals by kind in the kinds' declared order, so that the report's JSON lists them alike on every run
   * (an unordered copy's order changes from one JVM to the next).
   */
  private static Map<AmountKind, OutcomeAmount> inKindOrder(Map<AmountKind, OutcomeAmount> byKind) {
    Map<AmountKind, OutcomeAmount> copy = new EnumMap<>(AmountKind.class);
    for (Map.Entry<AmountKind, OutcomeAmount> total : byKind.entrySet()) {
      AmountKind kind = Args.notNull(total.getKey(), "byKind");
      if (total.getValue() == null) {
        throw new InvalidInputException("byKind/" + kind.name());
      }
      copy.put(kind, total.getValue());
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Sums outcomes by the rules above.
   *
   * @param outcomes  the outcomes
   * @return the totals
   */
  public static EntitlementTotals of(List<MeasureOutcome> outcomes) {
    Sum inReach = new Sum();
    // by the kind's ordinal: most kinds have no live outcome, and the map is made once, of those that have
    Sum[] sums = new Sum[KINDS.length];
    for (MeasureOutcome outcome : Args.listCopy(outcomes, "outcomes")) {
      if (outcome.countedInTotal()) {
        inReach.add(outcome.amount());
      }
      boolean live = outcome.verdict() != Verdict.INELIGIBLE && outcome.windowStatus() == WindowStatus.OPEN
          && outcome.documentStatus() != DocumentStatus.DRAFT;
      AmountKind kind = outcome.amountKind();
      boolean included = kind.isBenefitToFirm() ? outcome.countedInTotal() : live;
      if (included) {
        Sum sum = sums[kind.ordinal()];
        if (sum == null) {
          sum = new Sum();
          sums[kind.ordinal()] = sum;
        }
        sum.add(outcome.amount());
      }
    }
    Map<AmountKind, OutcomeAmount> byKind = new EnumMap<>(AmountKind.class);
    for (int k = 0; k < sums.length; k++) {
      if (sums[k] != null) {
        byKind.put(KINDS[k], sums[k].amount());
      }
    }
    return new EntitlementTotals(inReach.amount(), byKind);
  }

  private static final class Sum {
    private static final BigDecimal ZERO_FEN = BigDecimal.ZERO.setScale(2);

    private BigDecimal minimum = ZERO_FEN;
    private BigDecimal maximum = ZERO_FEN;
    private boolean bounded = true;

    void add(OutcomeAmount amount) {
      // a zero adds nothing (most ranges start at zero): no sum is made for it
      BigDecimal least = Cny.yuan(amount.minimum(), "minimum");
      minimum = least.signum() == 0 ? minimum : minimum.add(least);
      if (bounded && amount.maximum().isPresent()) {
        BigDecimal most = Cny.yuan(amount.maximum().get(), "maximum");
        maximum = most.signum() == 0 ? maximum : maximum.add(most);
      } else {
        bounded = false;
      }
    }

    OutcomeAmount amount() {
      return bounded ? OutcomeAmount.between(Cny.of(minimum), Cny.of(maximum))
          : OutcomeAmount.atLeast(Cny.of(minimum));
    }
  }
}
