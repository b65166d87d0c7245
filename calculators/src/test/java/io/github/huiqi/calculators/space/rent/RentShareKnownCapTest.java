package io.github.huiqi.calculators.space.rent;

import static io.github.huiqi.calculators.space.rent.RentShareLonggangFirms.lease;
import static io.github.huiqi.calculators.space.rent.RentShareLonggangFirms.outcomes;
import static io.github.huiqi.calculators.space.rent.RentShareLonggangFirms.profile;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.rent.RentShareMeasure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 龙岗区's rent support when the rent known on park space already reaches the yearly cap (decisions register §4.6 item
 * 142), through the engine typed (plain and explained) and its {@code evaluateJson}: "连续三年给予不超过上一年度场地租金支出
 * 50%、每年最高20万元的扶持" (市工业和信息化局关于第20210370号提案答复意见的函 一). The maximum is min(200,000, 50% × the
 * prior year's rent on park space), rounded half-up to the fen; once the rent known on park space gives the cap, no
 * other lease's park or rent can move it, and none is named. Before 2026-12-07 the outcome named such a lease's
 * {@code districtPark} or {@code rentPaid}, a question whose answer changes nothing (found by
 * EntitlementFactNamingPropertyTest's completion audit on fresh seeds, seed 102, rich firm 21 on 2023-06-30: a park
 * lease that paid 1,581,792.00 in 2022 beside one whose park was not given, eligible 0 – 200,000.00 naming
 * {@code /leases/1/districtPark} though true and false both give 0 – 200,000.00).
 */
class RentShareKnownCapTest {

  @Test
  void test_theFoundFirm_aParkNotGiven_isNotNamed() {
    // L0 on park space paid 1,581,792.00 in 2022: × 50% = 790,896.00 > 200,000, the cap; L1's park not given
    // (121,026.00): in a park, (1,581,792.00 + 121,026.00) × 50% = 851,409.00 → 200,000.00; not, 200,000.00. Eligible
    // 0 – 200,000.00 either way, nothing named; the authority's part is the whole cap, 200,000.00
    for (MeasureOutcome outcome : outcomes(profile(true, lease("L0", true, "1581792.00"),
        lease("L1", null, "121026.00")))) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("200000.00")));
      assertThat(outcome.missingFacts()).isEmpty();
      assertThat(outcome.widthFixedByAuthority()).contains(Cny.of("200000.00"));
    }
  }

  @Test
  void test_theCapReachedExactly_orByTheRounding_namesNothing() {
    // 400,000.00 × 50% = 200,000.00, the cap exactly: L1's park (60,000.00) cannot move it, nothing named
    for (MeasureOutcome outcome : outcomes(profile(true, lease("L0", true, "400000.00"),
        lease("L1", null, "60000.00")))) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("200000.00")));
      assertThat(outcome.missingFacts()).isEmpty();
      assertThat(outcome.widthFixedByAuthority()).contains(Cny.of("200000.00"));
    }
    // 399,999.99 × 50% = 199,999.995, half-up to the fen 200,000.00: the cap, nothing named
    for (MeasureOutcome outcome : outcomes(profile(true, lease("L0", true, "399999.99"),
        lease("L1", null, "60000.00")))) {
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("200000.00")));
      assertThat(outcome.missingFacts()).isEmpty();
      assertThat(outcome.widthFixedByAuthority()).contains(Cny.of("200000.00"));
    }
  }

  @Test
  void test_justBelowTheCap_theParkIsStillNamed() {
    // 399,999.98 × 50% = 199,999.99 < 200,000: L1 in a park gives (399,999.98 + 60,000.00) × 50% = 229,999.99 →
    // 200,000.00, off park space 199,999.99, so its park decides the maximum and is named; the authority's part is
    // L0's share, 199,999.99
    for (MeasureOutcome outcome : outcomes(profile(true, lease("L0", true, "399999.98"),
        lease("L1", null, "60000.00")))) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("200000.00")));
      assertThat(outcome.missingFacts()).containsExactly("/leases/1/districtPark");
      assertThat(outcome.widthFixedByAuthority()).contains(Cny.of("199999.99"));
    }
  }

  @Test
  void test_aRentNotGiven_beyondTheCap_isNotNamed() {
    // L0 on park space 500,000.00 × 50% = 250,000.00 > 200,000: L1 on park space, its rent not given, cannot move
    // the cap; eligible 0 – 200,000.00, nothing named (before: /leases/1/rentPaid), the width 200,000.00
    for (MeasureOutcome outcome : outcomes(profile(true, lease("L0", true, "500000.00"), lease("L1", true, null)))) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("200000.00")));
      assertThat(outcome.missingFacts()).isEmpty();
      assertThat(outcome.widthFixedByAuthority()).contains(Cny.of("200000.00"));
    }
  }

  @Test
  void test_theQualificationNotGiven_isNamedAlone() {
    // the high-tech qualification not given: undetermined 0 – 200,000.00 (500,000.00 × 50% = 250,000.00 → the cap),
    // naming /highTech only: L1's rent not given moves nothing (before: /highTech and /leases/1/rentPaid)
    for (MeasureOutcome outcome : outcomes(profile(false, lease("L0", true, "500000.00"), lease("L1", true, null)))) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("200000.00")));
      assertThat(outcome.missingFacts()).containsExactly("/highTech");
      assertThat(outcome.widthFixedByAuthority()).contains(Cny.of("200000.00"));
    }
  }

  @Test
  void test_theCalculator_aRentNotGivenBeyondTheCap_givesTheCap() {
    // the calculator's forms alike: a park lease of 500,000.00 (× 50% = 250,000.00 > 200,000) beside a park lease
    // whose 2022 rent is not given: eligible, 0 – 200,000.00, nothing missing; the fast form gives 200,000.00 where
    // it refused the request naming /leases/1/rentPaid
    RentShareMeasure measure = PolicyData.builtIn().getMeasure(RentShareMeasure.LONGGANG);
    RentShareRequest request = RentShareRequest.builder().highTech(true).supportYear(2023).leases(List.of(
        RentFixtures.parkLease("500000.00").build(),
        RentFixtures.parkLease("1.00").leaseId("L-2").rentPaid(List.of()).build())).build();
    RentShareResult explained = RentShareCalculator.DEFAULT.explainMaximumSubsidy(measure, request);
    assertThat(explained.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(explained.eligibility().missingFacts()).isEmpty();
    assertThat(explained.subsidy().maximum()).isEqualTo(Cny.of("200000.00"));
    assertThat(RentShareCalculator.DEFAULT.maximumSubsidy(measure, request)).isEqualTo(Cny.of("200000.00"));
  }
}
