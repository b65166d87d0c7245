package io.github.huiqi.calculators.catalog.engine;

import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Test support for {@link EntitlementMeasureSubsetPropertyTest}: the totals of a report of some measures, which are,
 * as {@link EntitlementTotals} and {@code AlternativeGroups} document, the totals of the outcomes reported and of
 * nothing else.
 * <ul>
 *   <li>A report's totals are its outcomes summed by the engine's rules: the places its outcomes leave open
 *       ({@link PossiblePlaces}, decisions register §0.6) and the groups of alternatives that hold on them
 *       ({@link AlternativeGroups}, §4.6 items 49 and 50). Checked on the whole run too, so that the sum the subsets
 *       are held to is the one the whole run is.</li>
 *   <li>A subset's joint limits are the whole run's whose members it asks for all of: a limit one of whose members is
 *       not asked no longer holds (its members are then added apart, too wide, never too narrow).</li>
 *   <li>Two halves that split the catalogue add up to a range that holds the whole run's totals (in reach and each
 *       kind, a kind absent counting as zero): a group split between the halves is added apart (its members' minima,
 *       at most its joint minimum, and maxima, at least its joint maximum), and a firm of open region may be placed
 *       apart in each half. Where the firm's region decides every outcome and no group is split, the halves add up
 *       to the whole run's totals exactly.</li>
 * </ul>
 */
final class SubsetTotals {

  private SubsetTotals() {
  }

  /** Checks that the whole run's totals are its outcomes summed by the engine's rules. */
  static void checkWhole(String where, EntitlementReport whole, EnterpriseProfile profile, List<String> differences,
      Map<String, Integer> kinds) {
    EntitlementTotals summed = summed(whole.outcomes(), whole.jointLimits(), profile);
    if (!summed.equals(whole.totals())) {
      EntitlementMeasureSubsetPropertyTest.note(where + ": whole totals " + HuiqiJson.write(whole.totals())
          + ", its outcomes' " + HuiqiJson.write(summed), "whole totals", differences, kinds);
    }
  }

  /** Checks a subset's joint limits and totals against its own outcomes and the whole run's limits. */
  static void check(String where, List<MeasureId> subset, EntitlementReport whole, EntitlementReport part,
      EnterpriseProfile profile, List<String> differences, Map<String, Integer> kinds) {
    List<JointLimit> kept = whole.jointLimits().stream().filter(limit -> subset.containsAll(limit.measures()))
        .toList();
    if (!HuiqiJson.write(kept).equals(HuiqiJson.write(part.jointLimits()))) {
      EntitlementMeasureSubsetPropertyTest.note(where + ": joint limits " + HuiqiJson.write(part.jointLimits())
          + ", the whole run's asked " + HuiqiJson.write(kept), "joint limits", differences, kinds);
    }
    EntitlementTotals summed = summed(part.outcomes(), kept, profile);
    if (!summed.equals(part.totals())) {
      EntitlementMeasureSubsetPropertyTest.note(where + ": totals " + HuiqiJson.write(part.totals())
          + ", its outcomes' " + HuiqiJson.write(summed), "subset totals", differences, kinds);
    }
  }

  /**
   * Splits the catalogue in two at random, evaluates each half, and checks that their totals add up to a range
   * holding the whole run's, exactly the whole run's where nothing is left open between them.
   *
   * @return the runs made: two
   */
  static int checkHalves(String where, Random random, EntitlementReport whole, EntitlementRequest request,
      List<String> differences, Map<String, Integer> kinds) {
    List<MeasureId> catalogue = EntitlementEngine.builtIn().catalog().entries().stream()
        .map(entry -> entry.measure().id()).toList();
    List<MeasureId> first = new ArrayList<>();
    List<MeasureId> second = new ArrayList<>();
    for (MeasureId id : catalogue) {
      (random.nextBoolean() ? first : second).add(id);
    }
    if (first.isEmpty() || second.isEmpty()) {
      return 0;
    }
    EntitlementReport one = EntitlementEngine.builtIn().evaluate(request.withMeasures(first));
    EntitlementReport two = EntitlementEngine.builtIn().evaluate(request.withMeasures(second));
    boolean split = whole.jointLimits().stream().anyMatch(limit -> !first.containsAll(limit.measures())
        && !second.containsAll(limit.measures()));
    String code = request.profile().registrationRegionCode().orElse(null);
    boolean exact = !split && PossiblePlaces.of(whole.outcomes(), code, EntitlementEngine.builtIn().catalog())
        == PossiblePlaces.NONE;
    String halves = where + ", halves " + first + " and " + second;
    compareSum(halves + ", in reach", one.totals().inReach().plus(two.totals().inReach()),
        whole.totals().inReach(), exact, differences, kinds);
    Set<AmountKind> every = EnumSet.noneOf(AmountKind.class);
    every.addAll(whole.totals().byKind().keySet());
    every.addAll(one.totals().byKind().keySet());
    every.addAll(two.totals().byKind().keySet());
    for (AmountKind kind : every) {
      OutcomeAmount sum = kindOf(one, kind).plus(kindOf(two, kind));
      compareSum(halves + ", " + kind, sum, kindOf(whole, kind), exact, differences, kinds);
    }
    return 2;
  }

  private static OutcomeAmount kindOf(EntitlementReport report, AmountKind kind) {
    return report.totals().byKind().getOrDefault(kind, OutcomeAmount.ZERO);
  }

  /** Checks that the halves' sum holds the whole run's total, and equals it when nothing is open between them. */
  private static void compareSum(String where, OutcomeAmount sum, OutcomeAmount whole, boolean exact,
      List<String> differences, Map<String, Integer> kinds) {
    boolean holds = sum.minimum().isLessThanOrEqualTo(whole.minimum()) && (sum.maximum().isEmpty()
        || whole.maximum().isPresent() && sum.maximum().get().isGreaterThanOrEqualTo(whole.maximum().get()));
    if (!holds || exact && !sum.equals(whole)) {
      EntitlementMeasureSubsetPropertyTest.note(where + ": the halves add up to " + sum + ", the whole run "
          + whole, holds ? "halves not exact" : "halves not holding the whole", differences, kinds);
    }
  }

  /** The outcomes summed by the engine's rules, with the limits given (those that hold on them count once). */
  private static EntitlementTotals summed(List<MeasureOutcome> outcomes, List<JointLimit> limits,
      EnterpriseProfile profile) {
    PossiblePlaces places = PossiblePlaces.of(outcomes, profile.registrationRegionCode().orElse(null),
        EntitlementEngine.builtIn().catalog());
    return EntitlementTotals.of(outcomes, places, AlternativeGroups.of(outcomes, limits, places));
  }
}
