package io.github.huiqi.calculators.space.rent;

import static io.github.huiqi.calculators.space.rent.RentShareLonggangFirms.lease;
import static io.github.huiqi.calculators.space.rent.RentShareLonggangFirms.outcomes;
import static io.github.huiqi.calculators.space.rent.RentShareLonggangFirms.profile;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The part of 龙岗区's rent support the authority fixes (decisions register §4.4 item 29, §4.6 item 129), through the
 * engine typed (plain and explained) and its {@code evaluateJson}: "连续三年给予不超过上一年度场地租金支出50%、每年最高20万元的
 * 扶持" (市工业和信息化局关于第20210370号提案答复意见的函 一). "不超过" leaves the figure to the authority up to 50% of the
 * prior year's rent, so no fact decides the range [0, that share]: the outcome's {@code widthFixedByAuthority} is the
 * share of the rent known on park space, within the yearly cap; a rent or a park not given opens the rest of the
 * range, and is named. Before 2026-12-07 the outcome gave no width, so an eligible 0 – 150,000.00 with nothing named
 * read as open by no fact and by no authority (found by EntitlementContractPropertyTest, rich population, unknown facts
 * 200‰, seed 1, firm 82: eligible 0.00 – 200,000.00 on 2024-03-15, naming nothing).
 */
class RentShareAuthorityWidthTest {

  @Test
  void test_rentKnown_theWholeRangeIsTheAuthoritys() {
    // 300,000.00 × 50% = 150,000.00 ≤ 200,000: eligible 0 – 150,000.00, nothing named; "不超过" leaves all of it to
    // the authority, 150,000.00
    for (MeasureOutcome outcome : outcomes(profile(true, lease("L0", true, "300000.00")))) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("150000.00")));
      assertThat(outcome.missingFacts()).isEmpty();
      assertThat(outcome.widthFixedByAuthority()).contains(Cny.of("150000.00"));
    }
  }

  @Test
  void test_shareAboveTheCap_theAuthorityFixesUpToTheCap() {
    // 400,000.02 × 50% = 200,000.01 > "每年最高20万元": 0 – 200,000.00, the cap binding; the width 200,000.00
    for (MeasureOutcome outcome : outcomes(profile(true, lease("L0", true, "400000.02")))) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("200000.00")));
      assertThat(outcome.widthFixedByAuthority()).contains(Cny.of("200000.00"));
    }
  }

  @Test
  void test_aRentNotGiven_opensTheRestOfTheRange() {
    // L0 on park space paid 100,000.00 in 2022, L1's rent not given: up to the cap 200,000.00 (the rent, the base,
    // opens the maximum only: eligible, naming /leases/1/rentPaid); the authority's part is L0's share alone,
    // 100,000.00 × 50% = 50,000.00
    for (MeasureOutcome outcome : outcomes(profile(true, lease("L0", true, "100000.00"), lease("L1", true, null)))) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("200000.00")));
      assertThat(outcome.missingFacts()).containsExactly("/leases/1/rentPaid");
      assertThat(outcome.widthFixedByAuthority()).contains(Cny.of("50000.00"));
    }
  }

  @Test
  void test_aParkNotGiven_isNotTheAuthoritys() {
    // L0 on park space 100,000.00, L1's park not given with 60,000.00: the maximum counts L1 were it in a park,
    // (100,000.00 + 60,000.00) × 50% = 80,000.00, naming /leases/1/districtPark; the authority's part, L0's share,
    // 50,000.00
    for (MeasureOutcome outcome : outcomes(profile(true, lease("L0", true, "100000.00"),
        lease("L1", null, "60000.00")))) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("80000.00")));
      assertThat(outcome.missingFacts()).containsExactly("/leases/1/districtPark");
      assertThat(outcome.widthFixedByAuthority()).contains(Cny.of("50000.00"));
    }
  }

  @Test
  void test_undeterminedOrIneligible() {
    // the high-tech qualification not given: undetermined 0 – 150,000.00 naming /highTech; a "yes" to it leaves
    // 300,000.00 × 50% = 150,000.00 to the authority, so the width is 150,000.00
    for (MeasureOutcome outcome : outcomes(profile(false, lease("L0", true, "300000.00")))) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("150000.00")));
      assertThat(outcome.missingFacts()).containsExactly("/highTech");
      assertThat(outcome.widthFixedByAuthority()).contains(Cny.of("150000.00"));
    }
    // the only lease known not on park space: ineligible, 0.00, no width
    for (MeasureOutcome outcome : outcomes(profile(true, lease("L0", false, "300000.00")))) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
      assertThat(outcome.widthFixedByAuthority()).isEmpty();
    }
  }
}
