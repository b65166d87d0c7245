package io.github.huiqi.calculators.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Catalog#measuresOf}, by which the stacking rules find each outcome's measure: a whole run's outcomes by
 * position, and outcomes in another order, a subset, copies read back from JSON and an outcome of a measure the
 * catalogue lacks by id.
 */
class CatalogMeasuresOfTest {

  private static final Catalog CATALOG = Catalog.builtIn();
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  private static List<MeasureOutcome> wholeRun() {
    return EntitlementEngine.builtIn().evaluate(CatalogProfiles.sample(), AS_OF).outcomes();
  }

  private static List<MeasureId> ids(Measure[] measures) {
    return Arrays.stream(measures).map(measure -> measure == null ? null : measure.id()).toList();
  }

  private static List<MeasureId> ids(List<MeasureOutcome> outcomes) {
    return outcomes.stream().map(MeasureOutcome::measure).toList();
  }

  @Test
  void test_wholeRun_eachOutcomesOwnMeasureInCatalogueOrder() {
    List<MeasureOutcome> outcomes = wholeRun();
    Measure[] measures = CATALOG.measuresOf(outcomes);
    assertThat(measures).hasSize(CATALOG.entries().size());
    for (int i = 0; i < measures.length; i++) {
      assertThat(measures[i]).isSameAs(CATALOG.entries().get(i).measure());
    }
  }

  @Test
  void test_otherOrderAndCopiesFromJson_foundById() {
    List<MeasureOutcome> reversed = new ArrayList<>(wholeRun());
    Collections.reverse(reversed);
    assertThat(ids(CATALOG.measuresOf(reversed))).isEqualTo(ids(reversed));
    // the same size and order as a whole run, but ids that are equal, not the entries' own: still each one's measure
    List<MeasureOutcome> copies = new ArrayList<>();
    for (MeasureOutcome outcome : wholeRun()) {
      copies.add(HuiqiJson.read(HuiqiJson.write(outcome), MeasureOutcome.class));
    }
    assertThat(copies.get(0).measure()).isNotSameAs(CATALOG.entries().get(0).measure().id());
    assertThat(ids(CATALOG.measuresOf(copies))).isEqualTo(ids(copies));
  }

  @Test
  void test_positionsOf_eachEntryOfTheClass_inCatalogueOrder() {
    // the 小型微利企业 relief is listed twice: 深工信〔2023〕26号 第1条 (the sixth measure, position 5) and 沪企服办〔2023〕1号 第二十二条
    int[] positions = CATALOG.positionsOf(SmallLowProfitMeasure.class);
    assertThat(positions).hasSize(2);
    assertThat(CATALOG.entries().get(positions[0]).measure().id()).isEqualTo(SmallLowProfitMeasure.SHENZHEN_2023.id());
    assertThat(CATALOG.entries().get(positions[1]).measure().id()).isEqualTo(SmallLowProfitMeasure.SHANGHAI_2023.id());
    assertThat(positions[0]).isEqualTo(5);
    // a new array each call: changing one changes nothing
    positions[0] = 0;
    assertThat(CATALOG.positionsOf(SmallLowProfitMeasure.class)[0]).isEqualTo(5);
    assertThat(CATALOG.positionsOf(Measure.class)).isEmpty();
  }

  @Test
  void test_subset_foundById() {
    List<MeasureOutcome> two = EntitlementEngine.builtIn().evaluate(EntitlementRequest.of(CatalogProfiles.sample(),
        AS_OF).withMeasures(List.of(TechSmeMeasure.SHENZHEN_2023.id(), FirstLoanMeasure.SHENZHEN_2023.id())))
        .outcomes();
    assertThat(CATALOG.measuresOf(two)).extracting(Measure::id).containsExactly(
        FirstLoanMeasure.SHENZHEN_2023.id(), TechSmeMeasure.SHENZHEN_2023.id());
  }

  @Test
  void test_measureNotInTheCatalogue_null() {
    List<MeasureOutcome> outcomes = new ArrayList<>(wholeRun());
    MeasureOutcome first = outcomes.get(0);
    outcomes.set(0, MeasureOutcome.builder().from(first).measure(MeasureId.of("elsewhere.not-in-catalogue")).build());
    Measure[] measures = CATALOG.measuresOf(outcomes);
    assertThat(measures[0]).isNull();
    assertThat(measures[1]).isSameAs(CATALOG.entries().get(1).measure());
  }

  @Test
  void test_null_namesTheField() {
    assertThatThrownBy(() -> CATALOG.measuresOf(null)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("outcomes");
    List<MeasureOutcome> withNull = new ArrayList<>(wholeRun());
    withNull.set(3, null);
    assertThatThrownBy(() -> CATALOG.measuresOf(withNull)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("outcomes");
  }
}
