package io.github.huiqi.calculators.space.rent;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.calculators.ExplainedConditions.calculation;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.rent.RentLease;
import io.github.huiqi.core.space.rent.RentPolicyMeasure;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link RentPolicyCalculator} against 《深圳市创新型产业用房管理办法（修订版）》 as the 2021 reply letter (一) states
 * it: "租金价格原则上应比参考价格优惠30%－70%": rent = reference × area × (1 − discount).
 */
class RentPolicyCalculatorTest {

  private static final RentPolicyMeasure MEASURE = PolicyData.builtIn().getMeasure(RentPolicyMeasure.SHENZHEN_2021);
  private static final RentPolicyCalculator CALC = RentPolicyCalculator.DEFAULT;

  private static RentPolicyRequest of(RentLease lease) {
    return new RentPolicyRequest(List.of(lease));
  }

  @Test
  void test_discountGiven_exact() {
    // 60.00 × 1,200 m² = 72,000.00 a month at reference; 40% off: 72,000 × 60% = 43,200.00
    assertThat(CALC.monthlyRent(MEASURE, of(RentFixtures.innovationLease().rentDiscount(Rate.parse("40%")).build())))
        .isEqualTo(AmountRange.exactly(Cny.of("43200.00")));
  }

  @Test
  void test_discountBounds_30and70_included() {
    // 72,000 × 70% = 50,400.00; 72,000 × 30% = 21,600.00
    assertThat(CALC.monthlyRent(MEASURE, of(RentFixtures.innovationLease().rentDiscount(Rate.parse("30%")).build())))
        .isEqualTo(AmountRange.exactly(Cny.of("50400.00")));
    assertThat(CALC.monthlyRent(MEASURE, of(RentFixtures.innovationLease().rentDiscount(Rate.parse("70%")).build())))
        .isEqualTo(AmountRange.exactly(Cny.of("21600.00")));
  }

  @Test
  void test_noDiscount_theRange() {
    assertThat(CALC.monthlyRent(MEASURE, of(RentFixtures.innovationLease().build())))
        .isEqualTo(new AmountRange(Cny.of("21600.00"), Cny.of("50400.00")));
  }

  @Test
  void test_discountOutsideTheRange_rejectedNamingTheLease() {
    assertField(() -> CALC.monthlyRent(MEASURE, of(RentFixtures.innovationLease().rentDiscount(Rate.parse("29.99%"))
        .build())), "/leases/0/rentDiscount");
    assertField(() -> CALC.monthlyRent(MEASURE, of(RentFixtures.innovationLease().rentDiscount(Rate.parse("70.01%"))
        .build())), "/leases/0/rentDiscount");
  }

  @Test
  void test_notInnovationSpace_ineligible_referenceUnknown_named() {
    RentPolicyResult other = CALC.explainMonthlyRent(MEASURE, of(RentFixtures.innovationLease().innovationSpace(false)
        .build()));
    assertThat(other.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    RentPolicyResult unknown = CALC.explainMonthlyRent(MEASURE, of(RentFixtures.innovationLease()
        .referenceRent(Optional.empty()).build()));
    assertThat(unknown.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(unknown.missingFacts()).containsExactly("/leases/0/referenceRent");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_conditions_innovationSpaceAndReferenceRent() {
    // government-led innovative space, a reference rent known, and the lease (2021-01-01..2025-12-31) within the
    // rate's validity (from 2021-02-01): met, not met, not known
    assertOutcomes(CALC.explainMonthlyRent(MEASURE, of(RentFixtures.innovationLease().build())).explanation(),
        MET, MET, MET);
    assertOutcomes(CALC.explainMonthlyRent(MEASURE, of(RentFixtures.innovationLease().innovationSpace(false)
        .build())).explanation(), NOT_MET, MET, MET);
    assertOutcomes(CALC.explainMonthlyRent(MEASURE, of(RentFixtures.innovationLease().innovationSpace(Optional.empty())
        .referenceRent(Optional.empty()).build())).explanation(), UNKNOWN, UNKNOWN, MET);
  }

  @Test
  void test_explanation_eachLeasesRent_theUpperEndWhenNoDiscountIsGiven() {
    // no discount: 60.00 × 1,200 × (1 − 70% … 30%), shown at its upper end 72,000 × 70% = 50,400.00
    RentPolicyResult open = CALC.explainMonthlyRent(MEASURE, of(RentFixtures.innovationLease().build()));
    assertThat(calculation(open.explanation(), "policy rent a month").formula())
        .isEqualTo("CNY 60.00/m² × 1200 m² × (1 − 70% … 30%)");
    assertThat(calculation(open.explanation(), "policy rent a month").result()).isEqualByComparingTo("50400.00");
    // 40% off: 72,000 × 60% = 43,200.00
    RentPolicyResult given = CALC.explainMonthlyRent(MEASURE, of(RentFixtures.innovationLease()
        .rentDiscount(Rate.parse("40%")).build()));
    assertThat(calculation(given.explanation(), "policy rent a month").formula())
        .isEqualTo("CNY 60.00/m² × 1200 m² × (1 − 40%)");
    assertThat(calculation(given.explanation(), "policy rent a month").result()).isEqualByComparingTo("43200.00");
  }

  @Test
  void test_noLease_ineligible_withItsReason() {
    RentPolicyResult none = CALC.explainMonthlyRent(MEASURE, new RentPolicyRequest(List.of()));
    assertThat(none.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(none.eligibility().reasons()).extracting(r -> r.code()).containsExactly("no-leases");
  }
}
