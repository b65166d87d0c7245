package io.github.huiqi.calculators.employment.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EngineJsonOutcomes;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The late-fee waiver (深工信〔2023〕26号 第2条: contributions deferred under the phased policy and repaid by 2023-12-31
 * pay no late fee, 0.05% a day under 社会保险法 第八十六条) names a deferral's missing facts only while they leave the
 * verdict or the amount open ({@code MeasureOutcome#missingFacts}), through the engine typed (plain and explained) and
 * its {@code evaluateJson}. A deferral repaid on its due date waives a fee of zero whether or not its approval is
 * given, so beside an approved deferral that waives 3,000.00 the outcome is eligible at exactly 3,000.00 and, since
 * 2026-12-07, names nothing; before, it also named the approval, asking for a fact that decides nothing (found by
 * EntitlementContractPropertyTest, rich population, unknown facts 200‰, seed 2, firm 73).
 */
class InsuranceSettledFeeNamesNothingTest {

  private static final MeasureId WAIVER = new MeasureId("sz-gxj-2023-26.insurance-late-fee-waiver");
  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
  /** D0: pension 100,000.00 due 2023-01-15, deferred, repaid 2023-03-16. */
  private static final String D0 = "{\"deferralId\": \"D0\", \"kind\": \"PENSION\", \"deferredAmount\": {\"amount\":"
      + " 100000.00, \"currency\": \"CNY\"}, \"dueDate\": \"2023-01-15\", \"deferralApproved\": true,"
      + " \"repaidDate\": \"2023-03-16\"}";

  /** D1: pension 50,000.00 due 2023-02-15, its approval not given, repaid on the day given. */
  private static String d1(String repaid) {
    return "{\"deferralId\": \"D1\", \"kind\": \"PENSION\", \"deferredAmount\": {\"amount\": 50000.00, \"currency\":"
        + " \"CNY\"}, \"dueDate\": \"2023-02-15\", \"repaidDate\": \"" + repaid + "\"}";
  }

  private static String profile(String... deferrals) {
    return "{\"registrationRegionCode\": \"440305\", \"legalForm\": \"ENTERPRISE\", \"insuranceDeferrals\": ["
        + String.join(", ", deferrals) + "]}";
  }

  /** The measure's outcome the three ways: typed plain, typed explained, and through evaluateJson. */
  private static List<MeasureOutcome> outcomes(String profileJson) {
    return EngineJsonOutcomes.threeWays(profileJson, AS_OF, WAIVER);
  }

  @Test
  void test_anUndecidedDeferralWaivingNothing_isNotNamedBesideAnEligibleFee() {
    // D0: 2023-01-15 → 2023-03-16 is 16 + 28 + 16 = 60 days: 100,000.00 × 0.05% × 60 = 3,000.00. D1 repaid on its
    // due date: 0 days, 0.00 waived whether approved or not. Eligible, exactly 3,000.00, naming nothing
    for (MeasureOutcome outcome : outcomes(profile(D0, d1("2023-02-15")))) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("3000.00")));
      assertThat(outcome.missingFacts()).isEmpty();
    }
  }

  @Test
  void test_anUndecidedDeferralWaivingAFee_isStillNamed() {
    // D1 repaid 2023-02-20: 5 days, 50,000.00 × 0.05% × 5 = 125.00 if approved: 3,000.00 – 3,125.00, naming it
    for (MeasureOutcome outcome : outcomes(profile(D0, d1("2023-02-20")))) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.between(Cny.of("3000.00"), Cny.of("3125.00")));
      assertThat(outcome.missingFacts()).containsExactly("/insuranceDeferrals/1/deferralApproved");
    }
    // D1 alone, repaid on its due date: the verdict waits on the approval (0.00 either way), so it is named
    for (MeasureOutcome outcome : outcomes(profile(d1("2023-02-15")))) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
      assertThat(outcome.missingFacts()).containsExactly("/insuranceDeferrals/0/deferralApproved");
    }
  }
}
