package io.github.huiqi.calculators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Runs one built-in measure through the catalogue (with its enterprise-region condition) in both forms, checks that
 * they agree and that the plain form carries no texts, and returns the explained outcome.
 */
public final class CatalogRuns {

  private static final Catalog CATALOG = Catalog.builtIn();

  private CatalogRuns() {
  }

  /**
   * Evaluates a measure in both forms.
   *
   * @param id  the measure
   * @param profile  the enterprise
   * @param asOf  the evaluation date
   * @return the explained outcome
   */
  public static MeasureOutcome both(MeasureId id, EnterpriseProfile profile, LocalDate asOf) {
    Catalog.Entry entry = CATALOG.get(id);
    MeasureOutcome explained = entry.evaluate(profile, new EvaluationContext(asOf, CATALOG.data(),
        EngineOptions.DEFAULTS, entry), true);
    MeasureOutcome plain = entry.evaluate(profile, new EvaluationContext(asOf, CATALOG.data(),
        EngineOptions.DEFAULTS, entry), false);
    assertThat(plain.verdict()).isEqualTo(explained.verdict());
    assertThat(plain.amount()).isEqualTo(explained.amount());
    assertThat(plain.bindingLimit()).isEqualTo(explained.bindingLimit());
    assertThat(plain.missingFacts()).isEqualTo(explained.missingFacts());
    assertThat(plain.detail()).isEqualTo(explained.detail());
    assertThat(plain.reasons()).isEmpty();
    assertThat(plain.explanation().steps()).isEmpty();
    return explained;
  }

  /**
   * Asserts an outcome's verdict and the ends of its amount, which must have both.
   *
   * @param label  what the assertion messages say
   * @param outcome  the outcome
   * @param verdict  the verdict's name
   * @param least  the least, in yuan
   * @param most  the most, in yuan
   */
  public static void assertRange(String label, MeasureOutcome outcome, String verdict, BigDecimal least,
      BigDecimal most) {
    assertThat(outcome.verdict().name()).as(label).isEqualTo(verdict);
    assertThat(Cny.yuan(outcome.amount().minimum(), "minimum")).as(label).isEqualByComparingTo(least);
    assertThat(Cny.yuan(outcome.amount().maximum().orElseThrow(), "maximum")).as(label).isEqualByComparingTo(most);
  }
}
