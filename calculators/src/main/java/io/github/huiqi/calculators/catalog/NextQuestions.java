package io.github.huiqi.calculators.catalog;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;

/**
 * Ranks the missing facts of a report's outcomes by the money each decides.
 * <p>
 * For each fact: the sum of the widths of the counted outcomes (those in the total in reach) that name it, the
 * number of those outcomes that have no upper bound, and every outcome that names it. The order is the amount
 * decided (most first), then the unbounded measures it decides (most first), then the number of measures, then the
 * pointer; so a fact that settles money in reach always comes before one that settles only outcomes outside it
 * (ceilings, a lender's compensation, closed windows). Not part of the public API.
 */
final class NextQuestions {

  private NextQuestions() {
  }

  static List<NextQuestion> rank(List<MeasureOutcome> outcomes) {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (MeasureOutcome outcome : outcomes) {
      for (String fact : outcome.missingFacts()) {
        Tally tally = tallies.computeIfAbsent(fact, Tally::new);
        tally.measures.add(outcome.measure());
        if (outcome.countedInTotal()) {
          if (outcome.amount().isBounded()) {
            tally.amount = tally.amount.add(outcome.amount().width().orElseThrow());
          } else {
            tally.unbounded++;
          }
        }
      }
    }
    List<NextQuestion> questions = new ArrayList<>(tallies.size());
    for (Tally tally : tallies.values()) {
      questions.add(new NextQuestion(tally.fact, tally.amount, tally.unbounded, tally.measures));
    }
    questions.sort(Comparator.comparing((NextQuestion q) -> q.amountDecided().getNumber()
        .numberValueExact(BigDecimal.class)).reversed()
        .thenComparing(Comparator.comparingInt(NextQuestion::unboundedMeasures).reversed())
        .thenComparing(Comparator.comparingInt((NextQuestion q) -> q.measures().size()).reversed())
        .thenComparing(NextQuestion::fact));
    return List.copyOf(questions);
  }

  private static final class Tally {
    private final String fact;
    private final List<MeasureId> measures = new ArrayList<>();
    private MonetaryAmount amount = Cny.ZERO;
    private int unbounded;

    Tally(String fact) {
      this.fact = fact;
    }
  }
}
