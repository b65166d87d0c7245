package io.github.huiqi.calculators.catalog.engine;

import io.github.huiqi.calculators.catalog.JointLimit;
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
 * A firm whose registration region the profile leaves open is registered in one place, so the measures of two
 * regions are never added up: each total is the sum of the outcomes that apply wherever the firm is, plus the most
 * that the measures of any one region add (the Shenzhen measures' or the Shanghai measures', not both); the
 * region-bound measures add nothing to the minimum, since the firm may be registered in neither (decisions register
 * §0.6).
 * <p>
 * Outcomes a stacking rule declared alternatives ({@link JointLimit}: the first-loan and the tech-SME subsidies on a
 * loan whose choice is open, of which only one pays on it) count as one amount, from their joint minimum to their
 * joint maximum, in the total in reach and, when they are of one kind, in their kind's total (decisions register §4.6
 * items 49 and 50); {@link #of(List)} declares no group.
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
   * Sums outcomes by the rules above, every outcome's region decided (as for a profile that gives its region).
   *
   * @param outcomes  the outcomes
   * @return the totals
   */
  public static EntitlementTotals of(List<MeasureOutcome> outcomes) {
    return of(outcomes, PossiblePlaces.NONE);
  }

  /**
   * Sums outcomes by the rules above, every outcome's region decided, each group of alternatives that holds on them
   * counted once (a limit that does not hold, such as one whose member is out of the total, is left out).
   *
   * @param outcomes  the outcomes
   * @param jointLimits  the groups of alternative outcomes a stacking rule declared
   * @return the totals
   * @throws io.github.huiqi.core.error.InvalidInputException if a list or an element is null
   */
  public static EntitlementTotals of(List<MeasureOutcome> outcomes, List<JointLimit> jointLimits) {
    List<MeasureOutcome> all = Args.listCopy(outcomes, "outcomes");
    return of(all, PossiblePlaces.NONE,
        AlternativeGroups.of(all, Args.listCopy(jointLimits, "jointLimits"), PossiblePlaces.NONE));
  }

  /**
   * Sums outcomes by the rules above, the firm registered in one of the places the profile leaves open: each total
   * is the decided outcomes' sum plus, of the places, the one whose kept outcomes add up to the most (decisions
   * register §0.6; each total chooses its own place, so the totals by kind may add up to more than the total in
   * reach).
   */
  static EntitlementTotals of(List<MeasureOutcome> outcomes, PossiblePlaces places) {
    return of(outcomes, places, AlternativeGroups.NONE);
  }

  /** Sums outcomes as {@link #of(List, PossiblePlaces)} does, each group of alternatives counted as one amount. */
  static EntitlementTotals of(List<MeasureOutcome> outcomes, PossiblePlaces places, AlternativeGroups groups) {
    List<MeasureOutcome> all = Args.listCopy(outcomes, "outcomes");
    PlacedSum inReach = new PlacedSum(places);
    // by the kind's ordinal: most kinds have no live outcome, and the map is made once, of those that have
    PlacedSum[] sums = new PlacedSum[KINDS.length];
    for (int i = 0; i < all.size(); i++) {
      MeasureOutcome outcome = all.get(i);
      int group = groups.groupOf(i);
      // a group's lead carries the group's amount, its other members nothing (each member is counted)
      OutcomeAmount grouped = group < 0 ? null
          : groups.leads(i) ? groups.amount(group) : OutcomeAmount.exactly(Cny.ZERO);
      if (outcome.countedInTotal()) {
        inReach.add(i, grouped != null ? grouped : outcome.amount());
      }
      boolean live = outcome.verdict() != Verdict.INELIGIBLE && outcome.windowStatus() == WindowStatus.OPEN
          && outcome.documentStatus() != DocumentStatus.DRAFT;
      AmountKind kind = outcome.amountKind();
      boolean included = kind.isBenefitToFirm() ? outcome.countedInTotal() : live;
      if (included) {
        PlacedSum sum = sums[kind.ordinal()];
        if (sum == null) {
          sum = new PlacedSum(places);
          sums[kind.ordinal()] = sum;
        }
        sum.add(i, grouped != null && groups.oneKind(all, group) ? grouped : outcome.amount());
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

  /**
   * The place whose kept outcomes add the most to the total in reach, as {@link #of(List, PossiblePlaces)} chooses
   * it (an unbounded sum before any bounded one, then the largest maximum, then the first place).
   *
   * @return the place's index; -1 when there is no place, or no counted outcome is undecided
   */
  static int placeInReach(List<MeasureOutcome> outcomes, PossiblePlaces places, AlternativeGroups groups) {
    PlacedSum inReach = new PlacedSum(places);
    for (int i = 0; i < outcomes.size(); i++) {
      int group = groups.groupOf(i);
      if (outcomes.get(i).countedInTotal() && (group < 0 || groups.leads(i))) {
        inReach.add(i, group < 0 ? outcomes.get(i).amount() : groups.amount(group));
      }
    }
    return inReach.best();
  }

  /** The decided outcomes' sum, and the undecided ones' sum per place. */
  private static final class PlacedSum {
    private final PossiblePlaces places;
    private final Sum decided = new Sum();
    /** Per place, the undecided outcomes it keeps; null until an undecided outcome is added. */
    private Sum[] byPlace;

    PlacedSum(PossiblePlaces places) {
      this.places = places;
    }

    void add(int outcome, OutcomeAmount amount) {
      if (!places.undecided(outcome)) {
        decided.add(amount);
        return;
      }
      if (byPlace == null) {
        byPlace = new Sum[places.count()];
        for (int p = 0; p < byPlace.length; p++) {
          byPlace[p] = new Sum();
        }
      }
      for (int p = 0; p < byPlace.length; p++) {
        if (places.keeps(p, outcome)) {
          byPlace[p].add(amount);
        }
      }
    }

    int best() {
      if (byPlace == null) {
        return -1;
      }
      int best = 0;
      for (int p = 1; p < byPlace.length; p++) {
        if (byPlace[p].exceeds(byPlace[best])) {
          best = p;
        }
      }
      return best;
    }

    OutcomeAmount amount() {
      int best = best();
      return best < 0 ? decided.amount() : decided.withMost(byPlace[best]);
    }
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

    /** Whether this sum's maximum is above another's: unbounded above bounded, then by the figure. */
    boolean exceeds(Sum other) {
      if (bounded != other.bounded) {
        return !bounded;
      }
      return bounded && maximum.compareTo(other.maximum) > 0;
    }

    /**
     * This sum with a place's most added: the same minimum (the firm may be registered in none of the places), the
     * maximum the two maxima's sum, unbounded if either is.
     */
    OutcomeAmount withMost(Sum place) {
      return bounded && place.bounded ? OutcomeAmount.between(Cny.of(minimum), Cny.of(maximum.add(place.maximum)))
          : OutcomeAmount.atLeast(Cny.of(minimum));
    }
  }
}
