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
 * QA audit of the policy rent of 创新型产业用房 under partial facts (2021 reply letter 一: 深圳市创新型产业用房管理办法
 * "租金价格原则上应比参考价格优惠30%－70%"): a lease of 1,000 m² at a reference rent of 80 元/m²/month, whose discount
 * or space flag is left out.
 */
class RentRangeAuditTest {

  private static final MeasureId RENT = MeasureId.of("sz-gxj-2021-reply-20210370.innovation-space-rent");
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
