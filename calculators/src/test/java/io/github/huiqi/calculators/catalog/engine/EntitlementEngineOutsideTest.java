package io.github.huiqi.calculators.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests the engine's short path for measures whose region the enterprise is registered outside: the outcome is the
 * one the catalogue entry gives by itself (ineligible, zero), for each window status, and it is reused.
 */
class EntitlementEngineOutsideTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  private static final Catalog CATALOG = ENGINE.catalog();
  /** 上海市浦东新区: every Shenzhen measure is outside its region. */
  private static final EnterpriseProfile PUDONG = EnterpriseProfile.builder().registrationRegionCode("310115")
      .industryCode("C3484").build();

  @Test
  void test_sameAsTheEntryAlone() {
    for (LocalDate asOf : List.of(LocalDate.of(2023, 6, 30), LocalDate.of(2035, 1, 1))) {
      EntitlementReport report = ENGINE.evaluate(PUDONG, asOf);
      int outside = 0;
      for (Catalog.Entry entry : CATALOG.entries()) {
        MeasureOutcome outcome = outcomeOf(report, entry);
        if (!entry.registeredElsewhere(PUDONG)) {
          continue;
        }
        outside++;
        MeasureOutcome alone = entry.evaluate(PUDONG,
            new EvaluationContext(asOf, CATALOG.data(), EngineOptions.DEFAULTS, entry), false);
        assertThat(outcome).isEqualTo(alone);
        assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
        assertThat(outcome.countedInTotal()).isFalse();
      }
      // the Shenzhen measures of the four Shenzhen documents: at least the 26号 ones are outside Shanghai
      assertThat(outside).isGreaterThan(10);
    }
  }

  @Test
  void test_windowStatusKeptApart() {
    Catalog.Entry shenzhen = CATALOG.entries().stream().filter(entry -> entry.registeredElsewhere(PUDONG))
        .findFirst().orElseThrow();
    MeasureOutcome open = outcomeOf(ENGINE.evaluate(PUDONG, LocalDate.of(2023, 6, 30)), shenzhen);
    MeasureOutcome later = outcomeOf(ENGINE.evaluate(PUDONG, LocalDate.of(2035, 1, 1)), shenzhen);
    assertThat(open.windowStatus()).isEqualTo(WindowStatus.OPEN);
    assertThat(later.windowStatus()).isEqualTo(WindowStatus.CLOSED);
  }

  @Test
  void test_reused() {
    LocalDate asOf = LocalDate.of(2023, 6, 30);
    EntitlementReport first = ENGINE.evaluate(PUDONG, asOf);
    EntitlementReport second = ENGINE.evaluate(EnterpriseProfile.builder().from(PUDONG).industryCode("C3499").build(),
        asOf);
    Catalog.Entry shenzhen = CATALOG.entries().stream().filter(entry -> entry.registeredElsewhere(PUDONG))
        .findFirst().orElseThrow();
    assertThat(outcomeOf(second, shenzhen)).isSameAs(outcomeOf(first, shenzhen));
  }

  @Test
  void test_explainedTakesTheLongPath() {
    // the explained form names the region condition, which the shared plain outcome has no room for
    Catalog.Entry shenzhen = CATALOG.entries().stream().filter(entry -> entry.registeredElsewhere(PUDONG))
        .findFirst().orElseThrow();
    MeasureOutcome explained = outcomeOf(ENGINE.explain(PUDONG, LocalDate.of(2023, 6, 30)), shenzhen);
    assertThat(explained.explanation().steps()).isNotEmpty();
    assertThat(explained.reasons()).extracting(reason -> reason.code()).contains("not-enterprise-in-region");
  }

  @Test
  void test_regionNotGiven() {
    EnterpriseProfile unknown = EnterpriseProfile.builder().industryCode("C3484").build();
    assertThat(CATALOG.entries()).noneMatch(entry -> entry.registeredElsewhere(unknown));
  }

  @Test
  void test_answersKeptPerRegionAndBeyondTheBound() {
    OutsideOutcomes table = new OutsideOutcomes(CATALOG.entries());
    // fill the kept answers with other codes first, so that the last codes are worked out each time
    for (int code = 0; code < OutsideOutcomes.REMEMBERED_REGIONS; code++) {
      table.elsewhere(String.valueOf(100_000 + code));
    }
    for (String code : List.of("310115", "440306", "440300", "440311", "110105")) {
      boolean[] answers = table.elsewhere(code);
      assertThat(table.elsewhere(code)).isEqualTo(answers);
      EnterpriseProfile firm = EnterpriseProfile.builder().registrationRegionCode(code).build();
      for (int position = 0; position < answers.length; position++) {
        assertThat(answers[position]).as(code + " at " + position)
            .isEqualTo(CATALOG.entries().get(position).registeredElsewhere(firm));
      }
    }
    // 深圳市's own code is inside every Shenzhen region (a district measure is undetermined, not ineligible)
    assertThat(table.elsewhere("440300")).contains(true).contains(false);
    assertThat(table.elsewhere(null)).containsOnly(false);
  }

  private static MeasureOutcome outcomeOf(EntitlementReport report, Catalog.Entry entry) {
    return report.outcomes().stream().filter(outcome -> outcome.measure().equals(entry.measure().id())).findFirst()
        .orElseThrow();
  }
}
