package io.github.huiqi.calculators.catalog.engine;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the missing facts of a report's outcomes by the money each decides.
 * <p>
 * An undetermined amount in the total in reach (a counted outcome) is open by its width, maximum − minimum; each of
 * the facts it names gets an equal share of that width (rounded half-up to the fen), since knowing any one of them
 * closes part of it and knowing all of them closes all of it. A fact's amount decided is the sum of its shares over
 * the outcomes; the outcomes with no upper bound that name it are counted apart. The order is the amount decided
 * (most first), then the unbounded measures it decides (most first), then the number of measures, then the
 * pointer; so a fact that settles money in reach comes before one that settles only outcomes outside it (ceilings,
 * a lender's compensation, closed windows). Not part of the public API.
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
            BigDecimal width = outcome.amount().width().orElseThrow().getNumber().numberValueExact(BigDecimal.class);
            BigDecimal share = width.divide(BigDecimal.valueOf(outcome.missingFacts().size()), 2,
                RoundingMode.HALF_UP);
            tally.amount = tally.amount.add(share);
          } else {
            tally.unbounded++;
          }
        }
      }
    }
    List<NextQuestion> questions = new ArrayList<>(tallies.size());
    for (Tally tally : tallies.values()) {
      questions.add(new NextQuestion(tally.fact, Cny.of(tally.amount), tally.unbounded, tally.measures));
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
    private BigDecimal amount = BigDecimal.ZERO.setScale(2);
    private int unbounded;

    Tally(String fact) {
      this.fact = fact;
    }
  }
}
