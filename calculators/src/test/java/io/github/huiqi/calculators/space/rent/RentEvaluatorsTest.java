package io.github.huiqi.calculators.space.rent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.rent.RentAreaMeasure;
import io.github.huiqi.core.space.rent.RentPolicyMeasure;
import io.github.huiqi.core.space.rent.RentShareMeasure;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests the three rent evaluators of the 2021 reply letter (一) on profiles, through the catalogue with their
 * districts: 龙岗区 (share of the year before's rent, up to), 光明区 (20 元/m², at least one period) and Shenzhen's
 * 创新型产业用房 (a rent the landlord may charge).
 */
class RentEvaluatorsTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  @Test
  void test_longgang_upToHalfOfLastYearsRent() {
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440307")
        .highTech(Qualification.held(true)).leases(List.of(RentFixtures.parkLease("500000.00").build())).build();
    MeasureOutcome outcome = CatalogRuns.both(RentShareMeasure.LONGGANG.id(), profile, AS_OF);
    // 50% × 500,000.00 (2022) = 250,000.00 → at most 200,000.00 a year ("每年最高20万元"), up to: the authority fixes it
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("200000.00")));
    assertThat(outcome.bindingLimit()).isPresent();
    assertThat(outcome.notes()).extracting(n -> n.citation().provenance()).contains(Provenance.LIBRARY_DEFAULT);
    // a 宝安区 firm is outside 龙岗区
    assertThat(CatalogRuns.both(RentShareMeasure.LONGGANG.id(), EnterpriseProfile.builder().from(profile)
        .registrationRegionCode("440306").build(), AS_OF)
        .verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_longgang_eligibleWithALeaseWhoseParkIsNotKnown_namesIt_throughTheJson() {
    // L-1 in a 龙岗区 district park paid 100,000.00 in 2022; L-2's park not given, 60,000.00 paid. Eligible by L-1, and
    // up to 50% × (100,000.00 + 60,000.00) = 80,000.00 were L-2 in a park ("不超过上一年度场地租金支出50%、每年最高20万元",
    // 2021 reply letter 一); L-2's districtPark decides 30,000.00 of it, so it is asked (was: up to 50,000.00, nothing
    // asked)
    String lease = "{'leaseId': '%s', 'area': 100, 'start': '2021-01-01', 'end': '2025-12-31', %s'rentPaid': "
        + "[{'year': 2022, 'amount': {'amount': %s, 'currency': 'CNY'}}]}";
    String profile = "{'registrationRegionCode': '440307', 'highTech': {'held': true}, 'leases': ["
        + lease.formatted("L-1", "'districtPark': true, ", "100000") + ", " + lease.formatted("L-2", "", "60000")
        + "]}";
    JsonNode outcome = EngineJson.firstOutcome(("{'profile': " + profile + ", 'asOf': '2023-06-30', 'measures': ['"
        + RentShareMeasure.LONGGANG.id() + "']}").replace('\'', '"'));
    assertThat(outcome.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(outcome.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("0");
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("80000.00");
    assertThat(outcome.at("/missingFacts")).extracting(JsonNode::asText).containsExactly("/leases/1/districtPark");
    // the typed engine on the same profile, both forms
    MeasureOutcome typed = CatalogRuns.both(RentShareMeasure.LONGGANG.id(), CatalogProfiles.quoted(profile), AS_OF);
    assertThat(typed.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(typed.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("80000.00")));
    assertThat(typed.missingFacts()).containsExactly("/leases/1/districtPark");
  }

  @Test
  void test_guangming_atLeastOneMonth() {
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440311")
        .techSme(Qualification.held(true)).leases(List.of(RentFixtures.parkLease("1.00").build())).build();
    MeasureOutcome outcome = CatalogRuns.both(RentAreaMeasure.GUANGMING.id(), profile, AS_OF);
    // 20 × 1,200 m² = 24,000.00 a month; no duration is stated, so no upper bound
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("24000.00")));
    assertThat(outcome.detail().orElseThrow().zh()).isEqualTo("金额为一个月的补贴（20元/m²，按实际面积）；来源未规定补贴期限");
    assertThat(outcome.detail().orElseThrow().en()).isEqualTo("the amount is one month's subsidy (20 yuan a square "
        + "metre of actual area); the source states no duration");
    assertThat(outcome.notes()).extracting(n -> n.code()).contains("period-unit-default");
    assertThat(outcome.notes()).filteredOn(n -> n.code().equals("period-unit-default"))
        .singleElement().satisfies(n -> assertThat(n.message().zh()).isEqualTo("补贴标准按每平方米每月计（来源未规定，默认值）"));
  }

  @Test
  void test_guangming_eligibleWithALeaseWhoseParkIsNotKnown_namesIt() {
    // a 光明区 tech SME: 100 m² in a district park, 50 m² whose park is not given. At least 20 × 100 = 2,000.00 a month
    // ("按实际面积给予20元/m2的补贴", 2021 reply letter 一); were the 50 m² in a park too, 20 × 150 = 3,000.00, so its
    // districtPark is asked (was: nothing asked)
    String profile = "{'registrationRegionCode': '440311', 'techSme': {'held': true}, 'leases': ["
        + "{'leaseId': 'L-1', 'area': 100, 'start': '2021-01-01', 'end': '2025-12-31', 'districtPark': true}, "
        + "{'leaseId': 'L-2', 'area': 50, 'start': '2021-01-01', 'end': '2025-12-31'}]}";
    MeasureOutcome outcome = CatalogRuns.both(RentAreaMeasure.GUANGMING.id(), CatalogProfiles.quoted(profile), AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("2000.00")));
    assertThat(outcome.missingFacts()).containsExactly("/leases/1/districtPark");
  }

  @Test
  void test_innovationSpace_counterpartyCeiling() {
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440305")
        .leases(List.of(RentFixtures.innovationLease().rentDiscount(Rate.parse("50%")).build())).build();
    MeasureOutcome outcome = CatalogRuns.both(RentPolicyMeasure.SHENZHEN_2021.id(), profile, AS_OF);
    // 60.00 × 1,200 × (1 − 50%) = 36,000.00 a month
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.COUNTERPARTY_CEILING);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("36000.00")));
    assertThat(outcome.countedInTotal()).isFalse();
    // no discount given: 72,000 × 30% = 21,600.00 to 72,000 × 70% = 50,400.00 (优惠30%－70%)
    MeasureOutcome open = CatalogRuns.both(RentPolicyMeasure.SHENZHEN_2021.id(), EnterpriseProfile.builder()
        .registrationRegionCode("440305").leases(List.of(RentFixtures.innovationLease().build())).build(), AS_OF);
    assertThat(open.amount()).isEqualTo(OutcomeAmount.between(Cny.of("21600.00"), Cny.of("50400.00")));
  }

  @Test
  void test_leasesUnknown_andNone() {
    EnterpriseProfile unknown = EnterpriseProfile.builder().registrationRegionCode("440307")
        .highTech(Qualification.held(true)).build();
    MeasureOutcome outcome = CatalogRuns.both(RentShareMeasure.LONGGANG.id(), unknown, AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.missingFacts()).containsExactly("/leases");
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("200000.00")));
    // "每年最高20万元", the amount's upper end, is its binding limit with its clause, as when the leases are given and
    // their rent is not (decisions register §4.6 items 46 and 88; before, none)
    assertThat(outcome.bindingLimit()).hasValueSatisfying(limit -> {
      assertThat(limit.code()).isEqualTo("cap-per-year");
      assertThat(limit.limit()).isEqualTo(Cny.of("200000"));
      assertThat(limit.citation().quote()).hasValueSatisfying(quote -> assertThat(quote).contains("最高20万元"));
    });
    MeasureOutcome none = CatalogRuns.both(RentAreaMeasure.GUANGMING.id(), EnterpriseProfile.builder()
        .from(unknown).registrationRegionCode("440311").leases(List.of()).build(), AS_OF);
    assertThat(none.verdict()).isEqualTo(Verdict.INELIGIBLE);
  }
}
