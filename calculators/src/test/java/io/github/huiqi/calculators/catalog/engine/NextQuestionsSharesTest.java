package io.github.huiqi.calculators.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The next questions' shares summed exactly and rounded once, whatever the common denominator: while it is below
 * 2^31 the ranking sums in longs, above it in {@code BigInteger}s, and both give the exact sum's rounding.
 */
class NextQuestionsSharesTest {

  private static final LocalDate MID_2023 = LocalDate.of(2023, 6, 30);
  /** Facts per outcome whose least common multiple passes 2^31 = 2,147,483,648 at 23, before 29 is added. */
  private static final int[] PARTS = {16, 9, 5, 7, 11, 13, 17, 19, 23, 29};

  @Test
  void sharesOfAFact_summedExactly_pastTheLongDenominator() {
    List<MeasureOutcome> outcomes = new ArrayList<>();
    for (int parts : PARTS) {
      outcomes.add(open("1.00", parts));
    }
    // then the whole of a width: multiplied by a denominator of 155,272,637,520
    outcomes.add(open("1.00", 1));
    NextQuestion shared = question(NextQuestions.rank(outcomes, PossiblePlaces.NONE), "/shared");
    // 1/16 + 1/9 + 1/5 + 1/7 + 1/11 + 1/13 + 1/17 + 1/19 + 1/23 + 1/29 = 0.0625 + 0.111111… + 0.2 + 0.142857…
    // + 0.090909… + 0.076923… + 0.058823… + 0.052631… + 0.043478… + 0.034482… = 0.873716…; + 1.00 = 1.873716… → 1.87
    // (each share rounded first: 0.06 + 0.11 + 0.20 + 0.14 + 0.09 + 0.08 + 0.06 + 0.05 + 0.04 + 0.03 + 1.00 = 1.86)
    assertThat(shared.amountDecided()).isEqualTo(Cny.of("1.87"));
    assertThat(shared.measures()).hasSize(PARTS.length + 1);
    // a fact of the outcome with 7 facts only: 1.00 ÷ 7 = 0.142857… → 0.14
    assertThat(question(NextQuestions.rank(outcomes, PossiblePlaces.NONE), "/own7/1").amountDecided())
        .isEqualTo(Cny.of("0.14"));
  }

  @Test
  void sharesOfAFact_inTheOtherOrder_sameSum() {
    // the same outcomes, the whole width first, then 29, 23, … 9 and 16: the denominator passes 2^31 at 9
    // (9,704,539,845), so only 16 is added in BigIntegers
    List<MeasureOutcome> outcomes = new ArrayList<>();
    outcomes.add(open("1.00", 1));
    for (int i = PARTS.length - 1; i >= 0; i--) {
      outcomes.add(open("1.00", PARTS[i]));
    }
    // the same exact sum as above, 1.873716… → 1.87
    assertThat(question(NextQuestions.rank(outcomes, PossiblePlaces.NONE), "/shared").amountDecided())
        .isEqualTo(Cny.of("1.87"));
  }

  /**
   * A counted outcome open from 0 to a width, naming {@code /shared} and, for more than one part, facts of its own
   * ({@code /own<parts>/i}): each fact's share is the width ÷ the parts.
   */
  private static MeasureOutcome open(String width, int parts) {
    MeasureOutcome sample = Catalog.builtIn().evaluate(FirstLoanMeasure.SHENZHEN_2023.id(), CatalogProfiles.sample(),
        MID_2023);
    List<String> facts = new ArrayList<>();
    facts.add("/shared");
    for (int i = 1; i < parts; i++) {
      facts.add("/own" + parts + "/" + i);
    }
    MeasureOutcome open = sample.toBuilder().verdict(Verdict.UNDETERMINED)
        .amount(OutcomeAmount.between(Cny.ZERO, Cny.of(width))).missingFacts(facts).build();
    assertThat(open.countedInTotal()).isTrue();
    return open;
  }

  private static NextQuestion question(List<NextQuestion> questions, String fact) {
    return questions.stream().filter(question -> question.fact().equals(fact)).findFirst().orElseThrow();
  }
}
