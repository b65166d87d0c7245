package io.github.huiqi.calculators.space.rent;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.rent.RentAreaMeasure;
import io.github.huiqi.core.space.rent.RentLease;
import io.github.huiqi.core.space.rent.RentPolicyMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lease counts toward a monthly rent figure only when it runs within the validity of the rate (2021 reply letter
 * 一): 光明区's 20 元/m² a month (valid from the letter, 2021-10-20) and the policy rent a month of 创新型产业用房
 * (valid from 2021-02-01). A lease with a day within the validity counts for a month's figure; one wholly before it
 * counts nothing; one with no end date that starts before it may have ended before: not known.
 */
class RentLeaseValidityTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  private static RentLease park(String id, String area, String start, String end) {
    RentLease.Builder lease = RentLease.builder().leaseId(id).area(new BigDecimal(area)).start(LocalDate.parse(start))
        .districtPark(true);
    return (end == null ? lease : lease.end(LocalDate.parse(end))).build();
  }

  private static MeasureOutcome guangming(RentLease... leases) {
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440311")
        .techSme(Qualification.held(true)).highTech(Qualification.held(false)).leases(List.of(leases)).build();
    return CatalogRuns.both(RentAreaMeasure.GUANGMING.id(), profile, AS_OF);
  }

  @Test
  void test_guangming_aLeaseEndedBeforeTheValidity_countsNothing() {
    // A: 1,000 m², 2019-01-01..2021-10-19, the day before the validity; B: 500 m² from its first day, 2021-10-20:
    // 20 × 500 = 10,000.00 a month (A's 1,000 m² were counted too: 20 × 1,500 = 30,000.00)
    MeasureOutcome both = guangming(park("A", "1000", "2019-01-01", "2021-10-19"),
        park("B", "500", "2021-10-20", "2024-10-19"));
    assertThat(both.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(both.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("10000.00")));
    assertThat(both.missingFacts()).isEmpty();
    // A alone: no lease in a park within the validity, ineligible (was 20 × 1,000 = 20,000.00)
    MeasureOutcome ended = guangming(park("A", "1000", "2019-01-01", "2021-10-19"));
    assertThat(ended.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(ended.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(ended.explanation().render(java.util.Locale.ENGLISH)).contains("runs within the rate's validity");
    // A ending on the validity's first day runs one day within it: 20 × 1,000 = 20,000.00 for that month
    assertThat(guangming(park("A", "1000", "2019-01-01", "2021-10-20")).amount())
        .isEqualTo(OutcomeAmount.atLeast(Cny.of("20000.00")));
  }

  @Test
  void test_guangming_noEndDate_beforeTheValidity_namesTheEnd() {
    // C: 1,000 m² from 2020-01-01, its end not given: it may have ended before 2021-10-20. With B: at least
    // 20 × 500 = 10,000.00, C's end asked (C would add 20,000.00)
    MeasureOutcome withB = guangming(park("C", "1000", "2020-01-01", null),
        park("B", "500", "2021-10-20", "2024-10-19"));
    assertThat(withB.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(withB.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("10000.00")));
    assertThat(withB.missingFacts()).containsExactly("/leases/0/end");
    // C alone: undetermined, nothing certain
    MeasureOutcome alone = guangming(park("C", "1000", "2020-01-01", null));
    assertThat(alone.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(alone.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.ZERO));
    assertThat(alone.missingFacts()).containsExactly("/leases/0/end");
    // no end date but starting within the validity: it runs within it, whenever it ends
    assertThat(guangming(park("D", "1000", "2021-10-20", null)).amount())
        .isEqualTo(OutcomeAmount.atLeast(Cny.of("20000.00")));
  }

  private static MeasureOutcome policyRent(String start, String end) {
    RentLease.Builder lease = RentFixtures.innovationLease().start(LocalDate.parse(start))
        .rentDiscount(Rate.parse("50%"));
    lease = end == null ? lease.end(java.util.Optional.empty()) : lease.end(LocalDate.parse(end));
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440305")
        .leases(List.of(lease.build())).build();
    return CatalogRuns.both(RentPolicyMeasure.SHENZHEN_2021.id(), profile, AS_OF);
  }

  @Test
  void test_policyRent_theLeaseWithinTheValidity() {
    // 60.00 × 1,200 m² × (1 − 50%) = 36,000.00 a month ("比参考价格优惠30%－70%"), the rate valid from 2021-02-01
    assertThat(policyRent("2018-01-01", "2021-02-01").amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("36000.00")));
    // ended 2021-01-31, the day before: ineligible, zero (was 36,000.00)
    MeasureOutcome ended = policyRent("2018-01-01", "2021-01-31");
    assertThat(ended.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(ended.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(ended.reasons()).extracting(Reason::code).contains(RentLeaseSpan.OUTSIDE);
    // no end date, started before: 0 or 36,000.00, naming the end
    MeasureOutcome open = policyRent("2018-01-01", null);
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.amount()).isEqualTo(OutcomeAmount.between(Cny.ZERO, Cny.of("36000.00")));
    assertThat(open.missingFacts()).containsExactly("/leases/0/end");
  }
}
