package io.github.huiqi.core.financing.riskpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskPoolMeasureTest {

  static RiskPoolMeasure sut() {
    return PolicyData.builtIn().getMeasure(RiskPoolMeasure.SHENZHEN_2023);
  }

  @Test
  void test_builtIn_valuesFromTheSources() {
    RiskPoolMeasure measure = sut();
    // 第5条: "补偿比例最高为80%"
    assertThat(measure.ceiling().value()).isEqualTo(Rate.parse("80%"));
    assertThat(measure.ceiling().citation().provenance()).isEqualTo(Provenance.SOURCE_TEXT);
    // 第5条: 2023-01-01..2023-03-31 +30 pp; 惠企纾困"30条": 2022-03-01..2022-06-30 +30 pp (domain §2.1)
    assertThat(measure.upliftWindows()).extracting(w -> w.value().grantWindow()).containsExactly(
        DateRange.of(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 6, 30)),
        DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31)));
    assertThat(measure.upliftWindows()).extracting(w -> w.value().uplift()).containsOnly(Rate.parse("30%"));
    assertThat(measure.upliftWindows().get(0).citation().provenance()).isEqualTo(Provenance.EXTERNAL_INSTRUMENT);
    assertThat(measure.upliftWindows().get(1).citation().provenance()).isEqualTo(Provenance.SOURCE_TEXT);
    // 2019 细则 / seed 002: "总体按30%"
    assertThat(measure.baseRatioFor(RiskPoolLoanCategory.GENERAL).ratio().value()).isEqualTo(Rate.parse("30%"));
    assertThat(measure.baseRatioFor(RiskPoolLoanCategory.GENERAL).ratio().citation().provenance())
        .isEqualTo(Provenance.EXTERNAL_INSTRUMENT);
    for (RiskPoolLoanCategory category : RiskPoolLoanCategory.values()) {
      RiskPoolBaseRatio row = measure.baseRatioFor(category);
      assertThat(row.category()).isEqualTo(category);
      if (category != RiskPoolLoanCategory.GENERAL) {
        assertThat(row.ratio().citation().provenance()).isEqualTo(Provenance.LIBRARY_DEFAULT);
      }
    }
    assertThat(measure.lossBasis().value()).isEqualTo(RiskPoolLossBasis.PRINCIPAL);
    assertThat(measure.returnRecoveries().value()).isTrue();
  }

  @Test
  void test_findUplift_windowEdges() {
    RiskPoolMeasure measure = sut();
    assertThat(measure.findUplift(LocalDate.of(2022, 2, 28))).isEmpty();
    assertThat(measure.findUplift(LocalDate.of(2022, 3, 1))).isPresent();
    assertThat(measure.findUplift(LocalDate.of(2022, 6, 30))).isPresent();
    assertThat(measure.findUplift(LocalDate.of(2022, 7, 1))).isEmpty();
    assertThat(measure.findUplift(LocalDate.of(2022, 12, 31))).isEmpty();
    assertThat(measure.findUplift(LocalDate.of(2023, 1, 1))).isPresent();
    assertThat(measure.findUplift(LocalDate.of(2023, 3, 31))).isPresent();
    assertThat(measure.findUplift(LocalDate.of(2023, 4, 1))).isEmpty();
  }

  @Test
  void test_baseRatioFor_missingRowFallsBackToGeneral() {
    RiskPoolMeasure measure = sut();
    List<RiskPoolBaseRatio> onlyGeneral = List.of(measure.baseRatioFor(RiskPoolLoanCategory.GENERAL));
    RiskPoolMeasure reduced = withRows(measure, onlyGeneral);
    assertThat(reduced.baseRatioFor(RiskPoolLoanCategory.GREEN).category()).isEqualTo(RiskPoolLoanCategory.GENERAL);
  }

  @Test
  void test_invariants_baseAboveCeilingRejected() {
    RiskPoolMeasure measure = sut();
    RiskPoolBaseRatio general = measure.baseRatioFor(RiskPoolLoanCategory.GENERAL);
    RiskPoolBaseRatio tooHigh = new RiskPoolBaseRatio(RiskPoolLoanCategory.GREEN, general.ratio()
        .withValue(Rate.parse("80.01%")));
    assertThatThrownBy(() -> withRows(measure, List.of(general, tooHigh)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("baseRatios/1/ratio/value"));
    RiskPoolBaseRatio atCeiling = new RiskPoolBaseRatio(RiskPoolLoanCategory.GREEN, general.ratio()
        .withValue(Rate.parse("80%")));
    assertThat(withRows(measure, List.of(general, atCeiling)).baseRatioFor(RiskPoolLoanCategory.GREEN).ratio().value())
        .isEqualTo(Rate.parse("80%"));
  }

  @Test
  void test_invariants_repeatedCategoryAndMissingGeneralRejected() {
    RiskPoolMeasure measure = sut();
    RiskPoolBaseRatio general = measure.baseRatioFor(RiskPoolLoanCategory.GENERAL);
    RiskPoolBaseRatio green = measure.baseRatioFor(RiskPoolLoanCategory.GREEN);
    assertThatThrownBy(() -> withRows(measure, List.of(general, general)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("baseRatios/1/category"));
    assertThatThrownBy(() -> withRows(measure, List.of(green)))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("baseRatios"));
  }

  @Test
  void test_invariants_overlappingWindowsRejected() {
    RiskPoolMeasure measure = sut();
    List<Parameter<RiskPoolUpliftWindow>> windows = new ArrayList<>(measure.upliftWindows());
    Parameter<RiskPoolUpliftWindow> first = windows.get(1);
    windows.add(first.withValue(RiskPoolUpliftWindow.of(
        DateRange.of(LocalDate.of(2023, 3, 31), LocalDate.of(2023, 4, 30)), Rate.parse("10%"))));
    assertThatThrownBy(() -> new RiskPoolMeasure(measure.id(), measure.clause(),
        measure.documentStatus(), measure.title(), measure.baseRatios(), windows, measure.ceiling(),
        measure.lossBasis(), measure.returnRecoveries(), measure.rounding(), measure.exclusionRules(),
        measure.lossTrigger()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("upliftWindows/2/value/grantWindow"));
  }

  @Test
  void test_json_roundTrip() {
    RiskPoolMeasure measure = sut();
    String json = HuiqiJson.write(measure);
    assertThat(json).contains("\"type\" : \"" + RiskPoolMeasure.TYPE + "\"");
    assertThat(HuiqiJson.read(json, Measure.class)).isEqualTo(measure);
  }

  @Test
  void test_json_unknownCategoryIsBadInputNamingTheField() {
    String json = HuiqiJson.write(sut()).replaceFirst("\"FIRST_LOAN\"", "\"MORTGAGE\"");
    assertThatThrownBy(() -> HuiqiJson.read(json, Measure.class))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("/baseRatios/1/category"));
  }

  static RiskPoolMeasure withRows(RiskPoolMeasure m, List<RiskPoolBaseRatio> rows) {
    return new RiskPoolMeasure(m.id(), m.clause(), m.documentStatus(), m.title(), rows,
        m.upliftWindows(), m.ceiling(), m.lossBasis(), m.returnRecoveries(), m.rounding(), m.exclusionRules(),
        m.lossTrigger());
  }
}
