package io.github.huiqi.calculators.classification.techrating;

import io.github.huiqi.core.classification.techrating.TechRatingStandard;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.InputStep;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.money.MonetaryAmount;

/** What the 科技型中小企业 rating's hand-worked tests share: the built-in rules, an amount, the explaining form. */
final class TechRatingTesting {

  /** The built-in 评价办法 rules. */
  static final TechRatingStandard RULES = TechRatingStandard.builtIn();

  private TechRatingTesting() {
  }

  /** An amount in yuan, given. */
  static Optional<MonetaryAmount> yuan(String amount) {
    return Optional.of(Cny.of(amount));
  }

  /** The explaining form under the built-in rules. */
  static TechRatingResult explain(TechRatingRequest request) {
    return TechRatingCalculator.DEFAULT.explainRating(RULES, request);
  }

  /** The explanation's input steps (the three scores), rendered in English. */
  static List<String> scores(TechRatingResult result) {
    return result.explanation().stepsOf(InputStep.class).stream().map(step -> step.render(Locale.ENGLISH)).toList();
  }
}
