package io.github.huiqi.calculators.catalog.engine;

import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The groups of alternative outcomes that a report's totals and next questions count as one: the joint limits the
 * stacking rules declared ({@link JointLimit}, decisions register §4.6 item 49) that still hold on the report's
 * outcomes.
 * <p>
 * A limit holds when each of its measures has one outcome in the report, in no other group, counted in the total in
 * reach and bounded; the members are kept by the same places ({@link PossiblePlaces}); its maximum lies between
 * the sum of the members' minima and the sum of their maxima, and is at least each member's maximum; and its minimum
 * lies between the sum of the members' minima and its maximum. A limit that does not hold (a later rule set a member
 * aside, or the request asked for one member only) is dropped: the members are then added up apart, too wide, never
 * too narrow. A group's amount is from the joint minimum (decisions register §4.6 item 50) to the joint maximum, and
 * its open width is shared equally among the union of the members' missing facts, less those the limit declares to
 * leave the group's amount unchanged whichever way they fall (decisions register §4.6 item 85).
 * <p>
 * This class is immutable. Not part of the public API.
 */
final class AlternativeGroups {

  /** No group: every outcome counts apart. */
  static final AlternativeGroups NONE = new AlternativeGroups(new int[0], List.of(), List.of(), List.of());

  /** Per outcome, the index of its group; -1 for none (empty when there is no group). */
  private final int[] groupOf;
  /** Per group, the indices of its members, in report order; the first is the lead, which carries the group. */
  private final List<int[]> members;
  /** Per group, its amount: the joint minimum, up to the joint maximum. */
  private final List<OutcomeAmount> amounts;
  private final List<JointLimit> held;

  private AlternativeGroups(int[] groupOf, List<int[]> members, List<OutcomeAmount> amounts, List<JointLimit> held) {
    this.groupOf = groupOf;
    this.members = members;
    this.amounts = amounts;
    this.held = held;
  }

  /**
   * Finds the declared limits that hold on the outcomes.
   *
   * @param outcomes  the report's outcomes, in its order
   * @param limits  the limits the stacking rules declared
   * @param places  the places the profile leaves open
   * @return the groups; {@link #NONE} when no limit holds
   */
  static AlternativeGroups of(List<MeasureOutcome> outcomes, List<JointLimit> limits, PossiblePlaces places) {
    if (limits.isEmpty()) {
      return NONE;
    }
    int[] groupOf = new int[outcomes.size()];
    Arrays.fill(groupOf, -1);
    List<int[]> members = new ArrayList<>();
    List<OutcomeAmount> amounts = new ArrayList<>();
    List<JointLimit> held = new ArrayList<>();
    for (JointLimit limit : limits) {
      int[] indices = indices(outcomes, limit.measures(), groupOf);
      if (indices == null || !samePlaces(indices, places)) {
        continue;
      }
      BigDecimal least = BigDecimal.ZERO;
      BigDecimal sumOfMaxima = BigDecimal.ZERO;
      BigDecimal largestMaximum = BigDecimal.ZERO;
      for (int index : indices) {
        OutcomeAmount amount = outcomes.get(index).amount();
        BigDecimal most = Cny.yuan(amount.maximum().get(), "maximum");
        least = least.add(Cny.yuan(amount.minimum(), "minimum"));
        sumOfMaxima = sumOfMaxima.add(most);
        largestMaximum = largestMaximum.max(most);
      }
      BigDecimal joint = Cny.yuan(limit.maximum(), "maximum");
      BigDecimal jointLeast = Cny.yuan(limit.minimum(), "minimum");
      if (joint.compareTo(least) < 0 || joint.compareTo(largestMaximum) < 0 || joint.compareTo(sumOfMaxima) > 0
          || jointLeast.compareTo(least) < 0 || jointLeast.compareTo(joint) > 0) {
        continue;
      }
      for (int index : indices) {
        groupOf[index] = members.size();
      }
      Arrays.sort(indices);
      members.add(indices);
      amounts.add(OutcomeAmount.between(Cny.of(jointLeast), Cny.of(joint)));
      held.add(limit);
    }
    return held.isEmpty() ? NONE : new AlternativeGroups(groupOf, List.copyOf(members), List.copyOf(amounts),
        List.copyOf(held));
  }

  /** The members' indices: each measure's one outcome, counted, bounded, in no group yet; null if any is not. */
  private static int[] indices(List<MeasureOutcome> outcomes, List<MeasureId> measures, int[] groupOf) {
    int[] indices = new int[measures.size()];
    for (int m = 0; m < indices.length; m++) {
      indices[m] = -1;
      for (int i = 0; i < outcomes.size(); i++) {
        if (outcomes.get(i).measure().equals(measures.get(m))) {
          if (indices[m] >= 0) {
            return null;
          }
          indices[m] = i;
        }
      }
      if (indices[m] < 0 || groupOf[indices[m]] >= 0) {
        return null;
      }
      MeasureOutcome member = outcomes.get(indices[m]);
      if (!member.countedInTotal() || !member.amount().isBounded()) {
        return null;
      }
    }
    return indices;
  }

  /** Whether the members are all decided, or all undecided and kept by the same places. */
  private static boolean samePlaces(int[] indices, PossiblePlaces places) {
    int first = indices[0];
    for (int index : indices) {
      if (places.undecided(index) != places.undecided(first)) {
        return false;
      }
      if (places.undecided(first)) {
        for (int p = 0; p < places.count(); p++) {
          if (places.keeps(p, index) != places.keeps(p, first)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** The limits that hold, in the order declared. */
  List<JointLimit> held() {
    return held;
  }

  /** How many groups there are. */
  int count() {
    return members.size();
  }

  /** The group of the outcome at an index; -1 when it is in none. */
  int groupOf(int outcome) {
    return groupOf.length == 0 ? -1 : groupOf[outcome];
  }

  /** Whether the outcome at an index carries its group (the group's first member in the report). */
  boolean leads(int outcome) {
    int group = groupOf(outcome);
    return group >= 0 && members.get(group)[0] == outcome;
  }

  /** The indices of a group's members, in report order. */
  int[] members(int group) {
    return members.get(group).clone();
  }

  /** A group's amount: the joint minimum, up to the joint maximum. */
  OutcomeAmount amount(int group) {
    return amounts.get(group);
  }

  /**
   * The facts that share a group's width: the union of its members' missing facts, in report order, less those its
   * limit declares to decide nothing ({@link JointLimit#factsDecidingNothing()}, decisions register §4.6 item 85);
   * the whole union when none would be left.
   */
  List<String> decidingFacts(List<MeasureOutcome> outcomes, int group) {
    LinkedHashSet<String> facts = new LinkedHashSet<>();
    for (int index : members.get(group)) {
      facts.addAll(outcomes.get(index).missingFacts());
    }
    List<String> nothing = held.get(group).factsDecidingNothing();
    if (!facts.isEmpty() && !nothing.containsAll(facts)) {
      facts.removeAll(nothing);
    }
    return List.copyOf(facts);
  }

  /** Whether a group's members are all of one kind of money, so that the totals by kind count it as one too. */
  boolean oneKind(List<MeasureOutcome> outcomes, int group) {
    int[] indices = members.get(group);
    for (int index : indices) {
      if (outcomes.get(index).amountKind() != outcomes.get(indices[0]).amountKind()) {
        return false;
      }
    }
    return true;
  }
}
