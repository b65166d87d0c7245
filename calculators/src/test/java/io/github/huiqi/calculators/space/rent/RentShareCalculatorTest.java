package io.github.huiqi.calculators.space.rent;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.RoundingStep;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.rent.RentLease;
import io.github.huiqi.core.space.rent.RentShareMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link RentShareCalculator} against 龙岗区's support in the 2021 reply letter (第20210370号提案答复 一): "对入驻区级
 * 科技企业加速器、科技创新产业园的国家高新技术企业，连续三年给予不超过上一年度场地租金支出50%、每年最高20万元的扶持":
 * maximum = min(200,000, 50% × rent of the year before).
 */
class RentShareCalculatorTest {

  private static final RentShareMeasure MEASURE = PolicyData.builtIn().getMeasure(RentShareMeasure.LONGGANG);
  private static final RentShareCalculator CALC = RentShareCalculator.DEFAULT;

  private static RentShareRequest request(RentLease lease, Integer first) {
    return RentShareRequest.builder().highTech(true).leases(List.of(lease)).supportYear(2023)
        .firstSupportYear(Optional.ofNullable(first)).build();
  }

  /** A builder for a 国家高新技术企业 with one lease, the years to set. */
  private static RentShareRequest.Builder share(RentLease lease) {
    return RentShareRequest.builder().highTech(true).leases(List.of(lease));
  }

  @Test
  void test_halfOfTheYearBefore() {
    // 50% × 300,000.00 (2022) = 150,000.00 ≤ 200,000
    RentShareResult result = CALC.explainMaximumSubsidy(MEASURE, request(RentFixtures.parkLease("300000.00")
        .build(), null));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.subsidy().minimum()).isEqualTo(Cny.of("0.00"));
    assertThat(result.subsidy().maximum()).isEqualTo(Cny.of("150000.00"));
    assertThat(result.bindingLimit()).isEmpty();
  }

  @Test
  void test_cap_exactlyReached_oneFenOver_oneFenUnder() {
    // 50% × 400,000.00 = 200,000.00: the cap reached exactly, not binding
    assertThat(CALC.maximumSubsidy(MEASURE, request(RentFixtures.parkLease("400000.00").build(), null)))
        .isEqualTo(Cny.of("200000.00"));
    assertThat(CALC.explainMaximumSubsidy(MEASURE, request(RentFixtures.parkLease("400000.00").build(), null))
        .bindingLimit()).isEmpty();
    // 50% × 400,000.02 = 200,000.01 → capped at 200,000.00 (每年最高20万元), binding
    RentShareResult over = CALC.explainMaximumSubsidy(MEASURE, request(RentFixtures.parkLease("400000.02").build(),
        null));
    assertThat(over.subsidy().maximum()).isEqualTo(Cny.of("200000.00"));
    assertThat(over.bindingLimit()).isPresent();
    // 50% × 399,999.98 = 199,999.99
    assertThat(CALC.maximumSubsidy(MEASURE, request(RentFixtures.parkLease("399999.98").build(), null)))
        .isEqualTo(Cny.of("199999.99"));
    // 50% × 0.01 = 0.005 → 0.01 half-up
    assertThat(CALC.maximumSubsidy(MEASURE, request(RentFixtures.parkLease("0.01").build(), null)))
        .isEqualTo(Cny.of("0.01"));
  }

  @Test
  void test_threeConsecutiveYears() {
    // support from 2021: 2021, 2022, 2023 are the three years; from 2020, 2023 is the fourth
    assertThat(CALC.explainMaximumSubsidy(MEASURE, request(RentFixtures.parkLease("300000.00").build(), 2021))
        .eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(CALC.explainMaximumSubsidy(MEASURE, request(RentFixtures.parkLease("300000.00").build(), 2020))
        .eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_notHighTech_orNotInAPark_ineligible() {
    RentShareRequest notHighTech = RentShareRequest.builder().highTech(false)
        .leases(List.of(RentFixtures.parkLease("300000.00").build())).supportYear(2023).build();
    assertThat(CALC.maximumSubsidy(MEASURE, notHighTech)).isEqualTo(Cny.of("0.00"));
    assertThat(CALC.explainMaximumSubsidy(MEASURE, request(RentFixtures.parkLease("300000.00").districtPark(false)
        .build(), null)).eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_missingFacts_named() {
    RentShareResult park = CALC.explainMaximumSubsidy(MEASURE, request(RentFixtures.parkLease("300000.00")
        .districtPark(Optional.empty()).build(), null));
    assertThat(park.eligibility().missingFacts()).containsExactly("/leases/0/districtPark");
    // the rent of 2022 not known: up to the cap
    RentShareResult rent = CALC.explainMaximumSubsidy(MEASURE, request(RentFixtures.parkLease("300000.00")
        .rentPaid(List.of()).build(), null));
    assertThat(rent.eligibility().missingFacts()).containsExactly("/leases/0/rentPaid");
    assertThat(rent.subsidy().maximum()).isEqualTo(Cny.of("200000.00"));
    RentShareResult highTech = CALC.explainMaximumSubsidy(MEASURE, RentShareRequest.builder()
        .leases(List.of(RentFixtures.parkLease("300000.00").build())).supportYear(2023).build());
    assertThat(highTech.eligibility().missingFacts()).containsExactly("/highTech");
  }

  @Test
  void test_bad_yearsOutOfOrder_zeroArea_endBeforeStart() {
    RentLease lease = RentFixtures.parkLease("1.00").build();
    assertField(() -> share(lease).supportYear(2023).firstSupportYear(2024).build(), "supportYear");
    // the first support year may be the support year itself
    assertThat(share(lease).supportYear(2023).firstSupportYear(2023).build().firstSupportYear()).contains(2023);
    // support years 1900 and 2200 are the bounds, both accepted; 1899 and 2201 are refused
    assertThat(share(lease).supportYear(1900).build().supportYear()).isEqualTo(1900);
    assertThat(share(lease).supportYear(2200).build().supportYear()).isEqualTo(2200);
    assertField(() -> share(lease).supportYear(1899).build(), "supportYear");
    assertField(() -> share(lease).supportYear(2201).build(), "supportYear");
    assertField(() -> RentFixtures.parkLease("1.00").area(BigDecimal.ZERO).build(), "area");
    assertField(() -> RentFixtures.parkLease("1.00").end(LocalDate.of(2020, 12, 31)).build(), "end");
    assertField(() -> CALC.explainMaximumSubsidyJson(MEASURE, "{\"leases\": [], \"supportYear\": 2023.5}"),
        "/supportYear");
  }

  //-------------------------------------------------------------------------
  // Conditions in order: a national high-tech enterprise; within 3 consecutive years (when the first year is given);
  // each lease's prior-year rent when not given; space in a district accelerator or park.
  @Test
  void test_conditions_eachOutcome() {
    RentLease lease = RentFixtures.parkLease("300000.00").build();
    assertOutcomes(CALC.explainMaximumSubsidy(MEASURE, request(lease, null)).explanation(), MET, MET);
    // first supported 2021: 2023 is the third year (met); first supported 2020: the fourth (not met)
    assertOutcomes(CALC.explainMaximumSubsidy(MEASURE, request(lease, 2021)).explanation(), MET, MET, MET);
    assertOutcomes(CALC.explainMaximumSubsidy(MEASURE, request(lease, 2020)).explanation(), MET, NOT_MET, MET);
    assertOutcomes(CALC.explainMaximumSubsidy(MEASURE, RentShareRequest.builder().highTech(false)
        .leases(List.of(lease)).supportYear(2023).build()).explanation(), NOT_MET, MET);
    assertOutcomes(CALC.explainMaximumSubsidy(MEASURE, RentShareRequest.builder().leases(List.of(lease))
        .supportYear(2023).build()).explanation(), UNKNOWN, MET);
    assertOutcomes(CALC.explainMaximumSubsidy(MEASURE, request(RentFixtures.parkLease("300000.00").districtPark(false)
        .build(), null)).explanation(), MET, NOT_MET);
    assertOutcomes(CALC.explainMaximumSubsidy(MEASURE, request(RentFixtures.parkLease("300000.00")
        .districtPark(Optional.empty()).build(), null)).explanation(), MET, UNKNOWN);
    // the 2022 rent not given: UNKNOWN
    assertOutcomes(CALC.explainMaximumSubsidy(MEASURE, request(RentFixtures.parkLease("300000.00").rentPaid(List.of())
        .build(), null)).explanation(), MET, UNKNOWN, MET);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_yearNotGiven_isRequired_namingThePointer() {
    // a request without its support year, a profile's rent payment without its year: "is required" naming the
    // pointer (was input.wrong-type, "must be a whole JSON number but was '}'")
    InvalidInputException support = assertField(() -> CALC.explainMaximumSubsidyJson(MEASURE,
        "{\"highTech\": true, \"leases\": []}"), "/supportYear");
    assertThat(support.code()).isEqualTo(InvalidInputException.REQUIRED);
    InvalidInputException payment = assertField(() -> EntitlementEngine.builtIn().evaluateJson("{\"profile\": "
        + "{\"leases\": [{\"leaseId\": \"L-1\", \"area\": 100, \"start\": \"2021-01-01\", \"rentPaid\": [{\"amount\": "
        + "{\"amount\": 1, \"currency\": \"CNY\"}}]}]}, \"asOf\": \"2023-06-30\"}"),
        "/profile/leases/0/rentPaid/0/year");
    assertThat(payment.code()).isEqualTo(InvalidInputException.REQUIRED);
  }

  @Test
  void test_leaseNotKnownInAPark_countsInTheMaximumAlsoWhenEligible() {
    // L-1 in a district park paid 100,000.00 in 2022; L-2's park not known, 60,000.00 paid. Eligible by L-1; the base
    // known to count is L-1's 100,000.00, but L-2 may be in a park too ("不超过上一年度场地租金支出50%"), so the
    // maximum is what it would be were it: 50% × (100,000.00 + 60,000.00) = 80,000.00 ≤ 200,000 (RentShareResult:
    // "while facts are missing the maximum is what it would be were they favourable"), not 50% × 100,000.00
    RentShareRequest mixed = RentShareRequest.builder().highTech(true).leases(List.of(
        RentFixtures.parkLease("100000.00").build(),
        RentFixtures.parkLease("60000.00").leaseId("L-2").districtPark(Optional.empty()).build())).supportYear(2023)
        .build();
    RentShareResult result = CALC.explainMaximumSubsidy(MEASURE, mixed);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.priorYearRent()).isEqualTo(Cny.of("100000.00"));
    assertThat(result.subsidy().maximum()).isEqualTo(Cny.of("80000.00"));
    assertThat(CALC.maximumSubsidy(MEASURE, mixed)).isEqualTo(Cny.of("80000.00"));
    // L-2's rent not known either: it could reach the cap, 每年最高20万元
    RentShareRequest noRent = RentShareRequest.builder().highTech(true).leases(List.of(
        RentFixtures.parkLease("100000.00").build(),
        RentFixtures.parkLease("60000.00").leaseId("L-2").districtPark(Optional.empty()).rentPaid(List.of())
            .build())).supportYear(2023).build();
    assertThat(CALC.explainMaximumSubsidy(MEASURE, noRent).subsidy().maximum()).isEqualTo(Cny.of("200000.00"));
    // L-2 alone: undetermined, up to 50% × 60,000.00 = 30,000.00 were it in a park
    RentShareResult open = CALC.explainMaximumSubsidy(MEASURE, request(RentFixtures.parkLease("60000.00")
        .districtPark(Optional.empty()).build(), null));
    assertThat(open.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.subsidy().maximum()).isEqualTo(Cny.of("30000.00"));
  }

  @Test
  void test_explanation_leaseFactsThenConditionsThenTheSum() {
    // 50% × 300,000.00 = 150,000.00 ≤ 200,000; the support since 2022: 2023 is its second year ("连续三年")
    List<ExplanationStep> steps = CALC.explainMaximumSubsidy(MEASURE,
        request(RentFixtures.parkLease("300000.00").build(), 2022)).explanation().steps();
    assertThat(steps).extracting(step -> (Object) step.getClass()).containsExactly(InputStep.class,
        ConditionStep.class, ConditionStep.class, ConditionStep.class, CalculationStep.class, RoundingStep.class,
        CapStep.class);
    assertThat(steps.get(0)).isEqualTo(new InputStep(LocalizedText.of("租赁 L-1（/leases/0）", "lease L-1 (/leases/0)"),
        "districtPark = true, rent paid in 2022 = 300000.00"));
    assertThat(steps).filteredOn(ConditionStep.class::isInstance).extracting(step -> ((ConditionStep) step).detail())
        .containsExactly("highTech = true", "first support year 2022, support year 2023",
            "a lease with districtPark = true");
    assertThat(((CalculationStep) steps.get(4)).formula()).isEqualTo("300000.00 × 50%");
    assertThat(((RoundingStep) steps.get(5)).after()).isEqualByComparingTo("150000.00");
    assertThat(((CapStep) steps.get(6)).after()).isEqualByComparingTo("150000.00");
    // no lease in a park
    assertThat(CALC.explainMaximumSubsidy(MEASURE, request(RentFixtures.parkLease("300000.00").districtPark(false)
        .build(), null)).explanation().steps()).filteredOn(ConditionStep.class::isInstance)
        .extracting(step -> ((ConditionStep) step).detail()).containsExactly("highTech = true",
            "no lease in a district park");
  }
}
