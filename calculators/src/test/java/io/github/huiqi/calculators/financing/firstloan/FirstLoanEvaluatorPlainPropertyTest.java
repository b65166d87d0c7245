package io.github.huiqi.calculators.financing.firstloan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.testing.PropertyRuns;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link FirstLoanEvaluator}'s plain outcome, which {@code FirstLoanPlainForm.decided} gives without condition objects
 * when nothing is left open, against the explaining outcome over the seeded random firms and loans of
 * {@link FirstLoanPlainFormPropertyTest} (every condition known met, known failed or unknown, each bound and its
 * neighbour, the cap binding): the same verdict, amount, binding limit, detail and missing facts
 * ({@link CatalogRuns#both}).
 */
class FirstLoanEvaluatorPlainPropertyTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  /** The kinds of outcome the generator must reach over the seeds, so that the property is not vacuous. */
  enum Case { ELIGIBLE, CAPPED, INELIGIBLE, ELIGIBLE_RANGE, UNDETERMINED }

  /** The profile holding a random request's firm and loans. */
  static EnterpriseProfile randomProfile(Random random) {
    FirstLoanRequest request = FirstLoanPlainFormPropertyTest.randomRequest(random);
    EnterpriseFacts firm = request.enterprise();
    return EnterpriseProfile.builder().registrationRegionCode(firm.registrationRegionCode())
        .independentLegalPerson(firm.independentLegalPerson()).firstTimeBorrower(firm.firstTimeBorrower())
        .onSeriousDishonestyList(firm.onSeriousDishonestyList()).loans(request.loans()).build();
  }

  /** Checks that the two outcomes agree (and the plain one is bare) and says which case it was. */
  static Case check(EnterpriseProfile profile) {
    MeasureOutcome outcome = CatalogRuns.both(FirstLoanMeasure.SHENZHEN_2023.id(), profile, AS_OF);
    if (outcome.verdict() == Verdict.INELIGIBLE) {
      return Case.INELIGIBLE;
    }
    if (outcome.verdict() == Verdict.UNDETERMINED) {
      return Case.UNDETERMINED;
    }
    if (!outcome.amount().isExact()) {
      return Case.ELIGIBLE_RANGE;
    }
    return outcome.bindingLimit().isPresent() ? Case.CAPPED : Case.ELIGIBLE;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_plainOutcomeEqualsTheExplainingOutcome(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 20; i++) {
      check(randomProfile(random));
    }
  }

  @Test
  void test_capReachedExactlyIsNotBinding() {
    // 40,000,000 drawn 2023-01-15, repaid 2023-04-15: 90 days; 40,000,000 × 2% × 90/360 = 200,000.00, the cap itself
    // (第5条 "单户企业贴息金额最高20万元"): paid in full, so the cap reduced nothing and binds nothing
    EnterpriseProfile profile = FirstLoanEvaluatorTest.firm().loans(List.of(FirstLoanFixtures.loan("L1")
        .principal(Cny.of("40000000")).repaymentDate(LocalDate.of(2023, 4, 15)).build())).build();
    MeasureOutcome plain = FirstLoanEvaluatorTest.plain(profile);
    assertThat(plain.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("200000.00")));
    assertThat(plain.bindingLimit()).isEmpty();
    assertThat(check(profile)).isEqualTo(Case.ELIGIBLE);
  }

  @Test
  void test_undeterminedFirmWhoseLoansEarnNothingStaysUndetermined() {
    // 0.01 for 90 days: 0.01 × 2% × 90/360 = 0.000005, 0.00 at the fen; whether the firm is a first-time borrower is
    // not given, so the verdict waits for it even though the amount is 0.00 either way
    EnterpriseProfile profile = FirstLoanEvaluatorTest.firm().firstTimeBorrower(Optional.empty())
        .loans(List.of(FirstLoanFixtures.loan("L1").principal(Cny.of("0.01"))
            .repaymentDate(LocalDate.of(2023, 4, 15)).build())).build();
    MeasureOutcome plain = FirstLoanEvaluatorTest.plain(profile);
    assertThat(plain.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(plain.missingFacts()).containsExactly("/firstTimeBorrower");
    assertThat(check(profile)).isEqualTo(Case.UNDETERMINED);
  }

  @Test
  void test_generatorReachesEveryCase() {
    assertThat(PropertyRuns.casesSeen(20, random -> check(randomProfile(random)))).containsOnly(Case.values());
  }
}
