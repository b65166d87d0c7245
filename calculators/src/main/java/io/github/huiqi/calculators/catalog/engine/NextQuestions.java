package io.github.huiqi.calculators.catalog.engine;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the missing facts of a report's outcomes by the money each decides.
 * <p>
 * An undetermined amount in the total in reach (a counted outcome) is open by its width, maximum − minimum; each of
 * the facts it names gets an equal share of that width, since knowing any one of them closes part of it and knowing
 * all of them closes all of it. A fact's amount decided is the sum of its exact shares over the outcomes, rounded
 * once half-up to the fen; the outcomes with no upper bound that name it are counted apart. The order is the amount
 * decided (most first), then the unbounded measures it decides (most first), then the number of measures, then the
 * pointer; so a fact that settles money in reach comes before one that settles only outcomes outside it (ceilings,
 * a lender's compensation, closed windows).
 * <p>
 * When the profile leaves the firm's region open, the total in reach counts the region-bound measures of one place
 * only, the one that adds the most ({@link EntitlementTotals}); the measures of the other places are then outside the
 * total, as a closed window's are, so the amounts decided add up to the total's width, within half a fen a question
 * (each rounded on its own: two facts sharing 7,541.67 equally decide 3,770.84 each).
 * <p>
 * A group of alternative outcomes ({@link AlternativeGroups}, decisions register §4.6 items 49 and 50) is open by its
 * own width, the joint maximum − the joint minimum, shared equally among the union of its members' missing facts,
 * less those whose every value leaves the group's amount unchanged ({@link
 * io.github.huiqi.calculators.catalog.JointLimit#factsDecidingNothing()}, decisions register §4.6 item 85: such a
 * fact decides nothing for the group); its members' own widths count for nothing, so the amounts decided still add
 * up to the total's width. Not part of the public API.
 */
final class NextQuestions {

  private NextQuestions() {
  }

  static List<NextQuestion> rank(List<MeasureOutcome> outcomes, PossiblePlaces places) {
    return rank(outcomes, places, AlternativeGroups.NONE);
  }

  static List<NextQuestion> rank(List<MeasureOutcome> outcomes, PossiblePlaces places, AlternativeGroups groups) {
    Map<String, Tally> tallies = new HashMap<>();
    List<Tally> order = new ArrayList<>();
    int place = places.count() == 0 ? -1 : EntitlementTotals.placeInReach(outcomes, places, groups);
    for (int i = 0; i < outcomes.size(); i++) {
      MeasureOutcome outcome = outcomes.get(i);
      List<String> facts = outcome.missingFacts();
      if (facts.isEmpty()) {
        continue;
      }
      boolean counted = outcome.countedInTotal() && (!places.undecided(i) || place >= 0 && places.keeps(place, i));
      // a group's member names its facts, the group's width shares them below
      boolean grouped = groups.groupOf(i) >= 0;
      BigDecimal width = null;
      if (counted && !grouped && outcome.amount().isBounded()) {
        width = Cny.yuan(outcome.amount().maximum().get(), "maximum")
            .subtract(Cny.yuan(outcome.amount().minimum(), "minimum"));
      }
      for (String fact : facts) {
        Tally tally = tallies.get(fact);
        if (tally == null) {
          tally = new Tally(fact);
          tallies.put(fact, tally);
          order.add(tally);
        }
        tally.measures.add(outcome.measure());
        if (width != null) {
          tally.add(width, facts.size());
        } else if (counted && !grouped) {
          tally.unbounded++;
        }
      }
    }
    for (int group = 0; group < groups.count(); group++) {
      int lead = groups.members(group)[0];
      boolean counted = !places.undecided(lead) || place >= 0 && places.keeps(place, lead);
      List<String> facts = groups.decidingFacts(outcomes, group);
      if (!counted || facts.isEmpty()) {
        continue;
      }
      OutcomeAmount amount = groups.amount(group);
      BigDecimal width = Cny.yuan(amount.maximum().get(), "maximum").subtract(Cny.yuan(amount.minimum(), "minimum"));
      for (String fact : facts) {
        tallies.get(fact).add(width, facts.size());
      }
    }
    for (Tally tally : order) {
      // the sum of the exact shares, rounded once: rounding each share first can be a fen off (1,000,000 ÷ 6
      // + 200,000 ÷ 3 is 233,333.33, not 166,666.67 + 66,666.67 = 233,333.34)
      tally.amount = tally.numerator.divide(new BigDecimal(tally.denominator), 2, RoundingMode.HALF_UP);
    }
    order.sort(Tally.RANK);
    NextQuestion[] questions = new NextQuestion[order.size()];
    for (int i = 0; i < questions.length; i++) {
      Tally tally = order.get(i);
      questions[i] = new NextQuestion(tally.fact, Cny.of(tally.amount), tally.unbounded, tally.measures);
    }
    return List.of(questions);
  }

  private static final class Tally {
    /** The amount decided (most first), the unbounded measures (most first), the measures (most first), the fact. */
    static final Comparator<Tally> RANK = (a, b) -> {
      int order = b.amount.compareTo(a.amount);
      if (order == 0) {
        order = Integer.compare(b.unbounded, a.unbounded);
      }
      if (order == 0) {
        order = Integer.compare(b.measures.size(), a.measures.size());
      }
      return order != 0 ? order : a.fact.compareTo(b.fact);
    };

    private final String fact;
    private final List<MeasureId> measures = new ArrayList<>();
    /** The exact sum of the shares is numerator ÷ denominator, the denominator the least common multiple. */
    private BigDecimal numerator = BigDecimal.ZERO;
    private BigInteger denominator = BigInteger.ONE;
    private BigDecimal amount;
    private int unbounded;

    Tally(String fact) {
      this.fact = fact;
    }

    /** Adds width ÷ parts exactly. */
    void add(BigDecimal width, int parts) {
      if (parts == 1) {
        // the whole width: the common denominator stays, and a multiplication by one changes neither value nor scale
        numerator = numerator.add(denominator.equals(BigInteger.ONE) ? width
            : width.multiply(new BigDecimal(denominator)));
        return;
      }
      if (denominator.bitLength() < Integer.SIZE) {
        // the same sum in longs, without BigInteger's working objects: two numbers below 2^31 have a least common
        // multiple below 2^62
        long before = denominator.longValue();
        long common = before / gcd(before, parts) * parts;
        numerator = numerator.multiply(BigDecimal.valueOf(common / before))
            .add(width.multiply(BigDecimal.valueOf(common / parts)));
        denominator = BigInteger.valueOf(common);
        return;
      }
      BigInteger n = BigInteger.valueOf(parts);
      BigInteger common = denominator.divide(denominator.gcd(n)).multiply(n);
      numerator = numerator.multiply(new BigDecimal(common.divide(denominator)))
          .add(width.multiply(new BigDecimal(common.divide(n))));
      denominator = common;
    }

    /** The greatest common divisor of two positive numbers (Euclid). */
    private static long gcd(long a, long b) {
      return b == 0 ? a : gcd(b, a % b);
    }
  }
}
