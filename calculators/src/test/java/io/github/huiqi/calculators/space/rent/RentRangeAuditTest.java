package io.github.huiqi.calculators.space.rent;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * QA audit of the space measures of the 2021 reply letter (一) under partial facts: the policy rent of 创新型产业用房
 * (深圳市创新型产业用房管理办法 "租金价格原则上应比参考价格优惠30%－70%"), a lease of 1,000 m² at a reference rent of
 * 80 元/m²/month whose discount or space flag is left out; and 光明区's 20 元/m² rent subsidy for 科技型企业 in district
 * parks, whose park or qualification is left out.
 */
class RentRangeAuditTest {

  private static final MeasureId RENT = MeasureId.of("sz-gxj-2021-reply-20210370.innovation-space-rent");
  private static final MeasureId GUANGMING = MeasureId.of("sz-gxj-2021-reply-20210370.guangming-rent-subsidy");
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  private static MeasureOutcome outcome(String facts) {
    return CatalogProfiles.outcome(CatalogProfiles.quoted("{'registrationRegionCode': '440306', 'leases': [{"
        + "'leaseId': 'L', 'area': 1000, 'start': '2022-01-01', 'referenceRent': {'amount': 80, 'currency': 'CNY'}"
        + facts + "}]}"), AS_OF, RENT, false);
  }

  @Test
  void test_discountNotGiven_rangeNamesTheDiscount() {
    // 80 × 1,000 = 80,000 a month at the reference rent; 70% off: 80,000 × 30% = 24,000.00; 30% off: 80,000 × 70%
    // = 56,000.00. The discount decides where in that range the rent falls, so it is the missing fact
    MeasureOutcome open = outcome(", 'innovationSpace': true");
    assertThat(open.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(open.amount()).isEqualTo(OutcomeAmount.between(Cny.of("24000.00"), Cny.of("56000.00")));
    assertThat(open.missingFacts()).containsExactly("/leases/0/rentDiscount");
    // filled both ways, within the range: 30% off 56,000.00, 70% off 24,000.00
    assertThat(outcome(", 'innovationSpace': true, 'rentDiscount': '30%'").amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("56000.00")));
    assertThat(outcome(", 'innovationSpace': true, 'rentDiscount': '70%'").amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("24000.00")));
  }

  private static MeasureOutcome guangming(String qualifications, String park) {
    return CatalogProfiles.outcome(CatalogProfiles.quoted("{'registrationRegionCode': '440311', " + qualifications
        + "'leases': [{'leaseId': 'L', 'area': 2000, 'start': '2021-01-01', 'end': '2025-12-31'" + park + "}]}"), AS_OF,
        GUANGMING, false);
  }

  @Test
  void test_guangming_notKnownToQualify_nothingIsCertain() {
    // 光明区: 20 元/m² × 2,000 m² = 40,000.00 for a period (the source states no duration: no upper bound)
    String tech = "'techSme': {'held': true, 'since': '2022-01-01'}, ";
    MeasureOutcome eligible = guangming(tech, ", 'districtPark': true");
    assertThat(eligible.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(eligible.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("40000.00")));
    // the park not known: a lease outside a district park gets nothing (filled false: ineligible, 0.00), so the
    // least certain is 0.00, not the 40,000.00 it would get in a park
    MeasureOutcome park = guangming(tech, "");
    assertThat(park.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(park.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("0.00")));
    assertThat(park.missingFacts()).containsExactly("/leases/0/districtPark");
    assertThat(guangming(tech, ", 'districtPark': false").verdict()).isEqualTo(Verdict.INELIGIBLE);
    // neither qualification known (科技型中小企业 or 高新技术企业): likewise at least 0.00, naming both
    MeasureOutcome qualification = guangming("", ", 'districtPark': true");
    assertThat(qualification.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(qualification.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("0.00")));
    assertThat(qualification.missingFacts()).containsExactly("/techSme", "/highTech");
  }

  @Test
  void test_spaceFlagNotGiven_boundedByTheLeasesRent() {
    // not known to be such space: the policy rent is nothing (not such space) or the lease's own, 80,000 × (1 − 50%)
    // = 40,000.00 a month; the reference rent and the discount are given, so nothing else can raise it
    MeasureOutcome open = outcome(", 'rentDiscount': '50%'");
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0.00"), Cny.of("40000.00")));
    assertThat(open.missingFacts()).containsExactly("/leases/0/innovationSpace");
    // both not given: up to the 30% discount, 56,000.00, naming both
    MeasureOutcome both = outcome("");
    assertThat(both.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0.00"), Cny.of("56000.00")));
    assertThat(both.missingFacts()).containsExactly("/leases/0/innovationSpace", "/leases/0/rentDiscount");
    // filled both ways: such space 40,000.00 (within), not such space ineligible, 0.00
    assertThat(outcome(", 'innovationSpace': true, 'rentDiscount': '50%'").amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("40000.00")));
    assertThat(outcome(", 'innovationSpace': false, 'rentDiscount': '50%'").verdict()).isEqualTo(Verdict.INELIGIBLE);
  }
}
