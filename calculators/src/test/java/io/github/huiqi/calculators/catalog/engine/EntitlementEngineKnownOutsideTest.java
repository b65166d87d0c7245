package io.github.huiqi.calculators.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.WindowStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The outcome of a measure whose region the firm is registered outside, once built, is taken for the window status
 * of the date asked, with no context made for it: on a date before the windows open, within and after them, the
 * second run gives each such measure the outcome of its entry alone, with the date's status, the same object as the
 * first run's.
 */
class EntitlementEngineKnownOutsideTest {

  /** An engine of its own, so that no other test has filled its outcomes. */
  private static final EntitlementEngine ENGINE = EntitlementEngine.of(Catalog.builtIn());
  /** 上海市浦东新区: every Shenzhen measure is outside its region. */
  private static final EnterpriseProfile PUDONG = EnterpriseProfile.builder().registrationRegionCode("310115")
      .industryCode("C3484").build();

  @Test
  void knownOutcome_forTheStatusOfTheDateAsked() {
    Catalog catalog = ENGINE.catalog();
    Set<WindowStatus> seen = EnumSet.noneOf(WindowStatus.class);
    // 2000: before every window; 2023-06-30: within the 2023 documents'; 2035: after every window
    for (LocalDate asOf : List.of(LocalDate.of(2000, 1, 1), LocalDate.of(2023, 6, 30), LocalDate.of(2035, 1, 1))) {
      EntitlementReport first = ENGINE.evaluate(PUDONG, asOf);
      EntitlementReport second = ENGINE.evaluate(PUDONG, asOf);
      // every measure evaluated: the outcomes are in catalogue positions
      assertThat(second.complete()).isTrue();
      assertThat(second.outcomes()).hasSize(catalog.entries().size());
      for (int i = 0; i < catalog.entries().size(); i++) {
        Catalog.Entry entry = catalog.entries().get(i);
        if (!entry.registeredElsewhere(PUDONG)) {
          continue;
        }
        EvaluationContext context = new EvaluationContext(asOf, catalog.data(), EngineOptions.DEFAULTS, entry);
        MeasureOutcome alone = entry.evaluate(PUDONG, context, false);
        assertThat(second.outcomes().get(i)).isEqualTo(alone).isSameAs(first.outcomes().get(i));
        assertThat(second.outcomes().get(i).windowStatus()).isEqualTo(context.windowStatus());
        seen.add(context.windowStatus());
      }
    }
    assertThat(seen).containsExactlyInAnyOrder(WindowStatus.values());
  }
}
