package io.github.huiqi.calculators.space.rent;

import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.calculators.ExplainedConditions.calculation;
import static io.github.huiqi.calculators.ExplainedConditions.detailsOf;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.DefaultUsedStep;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.rent.RentAreaMeasure;
import io.github.huiqi.core.space.rent.RentLease;
import io.github.huiqi.core.space.rent.RentPeriodUnit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link RentAreaCalculator} against 光明区's subsidy in the 2021 reply letter (一): "对入驻区级科技创新产业园的各类
 * 科技型企业，按实际面积给予20元/m2的补贴": 20 × actual area, for one period (a month by default, §4.4 item 28).
 */
class RentAreaCalculatorTest {

  private static final RentAreaMeasure MEASURE = PolicyData.builtIn().getMeasure(RentAreaMeasure.GUANGMING);
  private static final RentAreaCalculator CALC = RentAreaCalculator.DEFAULT;

  private static RentAreaRequest techSme(RentLease lease) {
    return RentAreaRequest.builder().techSme(true).leases(List.of(lease)).build();
  }

  @Test
  void test_twentyPerSquareMetre_perMonthByDefault() {
    // 20 × 1,200 m² = 24,000.00 for one month
    RentAreaResult result = CALC.explainSubsidyPerPeriod(MEASURE, techSme(RentFixtures.parkLease("1.00").build()));
    assertThat(result.perPeriod()).isEqualTo(Cny.of("24000.00"));
    assertThat(result.periodUnit()).isEqualTo(RentPeriodUnit.MONTH);
    assertThat(result.defaultPeriodUsed()).isTrue();
    // 20 × 100.555 m² = 2,011.10
    assertThat(CALC.subsidyPerPeriod(MEASURE, techSme(RentFixtures.parkLease("1.00").area(new BigDecimal("100.555"))
        .build()))).isEqualTo(Cny.of("2011.10"));
  }

  @Test
  void test_periodOption_year() {
    RentAreaResult result = CALC.explainSubsidyPerPeriod(MEASURE, RentAreaRequest.builder().highTech(true)
        .leases(List.of(RentFixtures.parkLease("1.00").build())).periodUnit(RentPeriodUnit.YEAR).build());
    assertThat(result.perPeriod()).isEqualTo(Cny.of("24000.00"));
    assertThat(result.periodUnit()).isEqualTo(RentPeriodUnit.YEAR);
    assertThat(result.defaultPeriodUsed()).isFalse();
  }

  @Test
  void test_notATechFirm_orNotInAPark_ineligible() {
    assertThat(CALC.subsidyPerPeriod(MEASURE, RentAreaRequest.builder().techSme(false).highTech(false)
        .leases(List.of(RentFixtures.parkLease("1.00").build())).build())).isEqualTo(Cny.of("0.00"));
    assertThat(CALC.subsidyPerPeriod(MEASURE, techSme(RentFixtures.parkLease("1.00").districtPark(false).build())))
        .isEqualTo(Cny.of("0.00"));
  }

  @Test
  void test_unknownQualifications_bothNamed() {
    RentAreaResult result = CALC.explainSubsidyPerPeriod(MEASURE, RentAreaRequest.builder()
        .leases(List.of(RentFixtures.parkLease("1.00").build())).build());
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/techSme", "/highTech");
  }

  //-------------------------------------------------------------------------
  // Conditions in order: a technology firm (科技型中小企业 or 国家高新技术企业; each unknown part shown on its own), space
  // in a district science park (each lease whose park is unknown shown on its own).
  @Test
  void test_conditions_eachOutcome() {
    RentAreaResult both = CALC.explainSubsidyPerPeriod(MEASURE, techSme(RentFixtures.parkLease("1.00").build()));
    assertOutcomes(both.explanation(), MET, MET);
    assertThat(detailsOf(both.explanation(), "district")).singleElement().asString().startsWith("park area 1200");
    assertOutcomes(CALC.explainSubsidyPerPeriod(MEASURE, RentAreaRequest.builder().techSme(false).highTech(false)
        .leases(List.of(RentFixtures.parkLease("1.00").build())).build()).explanation(), NOT_MET, MET);
    RentAreaResult outside = CALC.explainSubsidyPerPeriod(MEASURE, techSme(RentFixtures.parkLease("1.00")
        .districtPark(false).build()));
    assertOutcomes(outside.explanation(), MET, NOT_MET);
    assertThat(detailsOf(outside.explanation(), "district")).containsExactly("no lease in a district park");
    assertOutcomes(CALC.explainSubsidyPerPeriod(MEASURE, RentAreaRequest.builder()
        .leases(List.of(RentFixtures.parkLease("1.00").build())).build()).explanation(), UNKNOWN, UNKNOWN, MET);
    assertOutcomes(CALC.explainSubsidyPerPeriod(MEASURE, techSme(RentFixtures.parkLease("1.00")
        .districtPark(Optional.empty()).build())).explanation(), MET, UNKNOWN);
  }

  @Test
  void test_explanation_periodDefault_techDetail_andTheFormulaPerPeriod() {
    RentAreaResult month = CALC.explainSubsidyPerPeriod(MEASURE, techSme(RentFixtures.parkLease("1.00").build()));
    assertThat(month.explanation().stepsOf(DefaultUsedStep.class)).singleElement()
        .satisfies(step -> assertThat(step.value()).isEqualTo("MONTH"))
        .satisfies(step -> assertThat(step.overridden()).isFalse());
    assertThat(detailsOf(month.explanation(), "a technology firm"))
        .containsExactly("techSme = true, highTech = not given");
    // 20 × 1,200 m² = 24,000.00 a month
    CalculationStep perMonth = calculation(month.explanation(), "subsidy per month");
    assertThat(perMonth.name().zh()).isEqualTo("面积补贴（每月）");
    assertThat(perMonth.formula()).matches("20(\\.00)? × 1200 m²");
    assertThat(perMonth.result()).isEqualByComparingTo("24000.00");
    RentAreaResult year = CALC.explainSubsidyPerPeriod(MEASURE, RentAreaRequest.builder().techSme(false)
        .highTech(true).leases(List.of(RentFixtures.parkLease("1.00").build())).periodUnit(RentPeriodUnit.YEAR)
        .build());
    assertThat(year.explanation().stepsOf(DefaultUsedStep.class)).singleElement()
        .satisfies(step -> assertThat(step.value()).isEqualTo("YEAR"))
        .satisfies(step -> assertThat(step.overridden()).isTrue());
    assertThat(detailsOf(year.explanation(), "a technology firm")).containsExactly("techSme = false, highTech = true");
    assertThat(calculation(year.explanation(), "subsidy per year").name().zh()).isEqualTo("面积补贴（每年）");
  }

  @Test
  void test_aParkUnknown_countedOnlyWhileTheVerdictIsOpen() {
    List<RentLease> leases = List.of(RentFixtures.parkLease("1.00").area(new BigDecimal("100")).build(),
        RentFixtures.parkLease("1.00").leaseId("L-2").area(new BigDecimal("50")).districtPark(Optional.empty())
            .build());
    // a tech SME with 100 m² in a district park: eligible on that area, 20 × 100 = 2,000.00; the 50 m² whose park
    // is not known is not counted
    RentAreaResult eligible = CALC.explainSubsidyPerPeriod(MEASURE, RentAreaRequest.builder().techSme(true)
        .leases(leases).build());
    assertThat(eligible.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(eligible.perPeriod()).isEqualTo(Cny.of("2000.00"));
    // the technology status not known: undetermined, up to 20 × (100 + 50) = 3,000.00
    RentAreaResult open = CALC.explainSubsidyPerPeriod(MEASURE, RentAreaRequest.builder().leases(leases).build());
    assertThat(open.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.perPeriod()).isEqualTo(Cny.of("3000.00"));
  }
}
