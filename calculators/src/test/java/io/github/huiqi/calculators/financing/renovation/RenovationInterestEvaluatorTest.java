package io.github.huiqi.calculators.financing.renovation;

import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.INTEREST_ID;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.agreeing;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.financed;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.level3;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.loan;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.profile;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.resolveIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The renovation loan interest subsidy evaluated on enterprise profiles, 小升规方案 第十条: "按实际支付利息的50%，给予
 * 最高500万元的贴息资助", for interest within three years of the subsidy start (2023-era operating rules, card
 * 001-10b; the per-project cap, domain reference §4.1 item 9). The profiles repeat the calculator tests' facts.
 */
class RenovationInterestEvaluatorTest {

  @Test
  void test_completeProfile_exactSumOverProjects() {
    // P-1: loan 100,000.00 + lease 80,000.01 in 2023: 50% × 180,000.01 = 90,000.005 → 90,000.01 (half-up);
    // P-2: 10,000,000.02 paid 2023-2024: 50% = 5,000,000.01 → capped at 5,000,000.00 ("最高500万元"), binding;
    // the enterprise: 90,000.01 + 5,000,000.00 = 5,090,000.01, exact
    EnterpriseProfile firm = profile(financed("P-1").build(), level3("P-2")
        .subsidyStart(RenovationFixtures.START).addInterestPayments(loan("L", 2023, 2025, "10000000.02")).build());
    MeasureOutcome outcome = agreeing(INTEREST_ID, firm);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("5090000.01")));
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.PAYMENT_TO_FIRM);
    assertThat(outcome.bindingLimit()).hasValueSatisfying(limit -> assertThat(limit.code())
        .isEqualTo("cap-per-project"));
    assertThat(outcome.missingFacts()).isEmpty();
    assertThat(outcome.explanation().render(Locale.ENGLISH)).contains("renovation project P-2")
        .contains("the plan is silent: from the operating rules");
  }

  @Test
  void test_supportNotKnown_rangeToWhatItWouldReceive() {
    // the authority's support not known: [0, 90,000.01], naming the project's eligibleProject
    MeasureOutcome outcome = agreeing(INTEREST_ID, profile(financed("P-1").eligibleProject(Optional.empty())
        .build()));
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("90000.01")));
    assertThat(outcome.missingFacts()).containsExactly("/renovationProjects/0/eligibleProject");
  }

  @Test
  void test_subsidyStartNotKnown_boundedByAllInterestPaid() {
    // no subsidy start: the subsidised years are unknown; at most 50% × (100,000.00 + 80,000.01) = 90,000.01,
    // as if every payment fell in them (a library bound, noted)
    MeasureOutcome outcome = agreeing(INTEREST_ID, profile(financed("P-1").subsidyStart(Optional.empty()).build()));
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("90000.01")));
    assertThat(outcome.missingFacts()).containsExactly("/renovationProjects/0/subsidyStart");
    assertThat(outcome.notes()).singleElement().satisfies(note -> {
      assertThat(note.code()).isEqualTo("renovation-subsidy-start-unknown-bound");
      assertThat(note.citation().provenance()).isEqualTo(Provenance.LIBRARY_DEFAULT);
    });
    // the bound is capped too: 50% × 12,000,000.00 = 6,000,000.00 → 5,000,000.00, binding
    MeasureOutcome large = agreeing(INTEREST_ID, profile(level3("P-1").eligibleProject(Optional.empty())
        .addInterestPayments(loan("L", 2020, 2030, "12000000.00")).build()));
    assertThat(large.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("5000000.00")));
    assertThat(large.missingFacts()).containsExactly("/renovationProjects/0/eligibleProject",
        "/renovationProjects/0/subsidyStart");
    assertThat(large.bindingLimit()).isPresent();
  }

  @Test
  void test_oneEligibleOneUndetermined_rangeFromTheCertainPart() {
    // P-1 eligible 90,000.01; P-2 not known supported: 50% × 1,000.00 = 500.00 more at most;
    // [90,000.01, 90,500.01], eligible, P-2's fact named
    EnterpriseProfile firm = profile(financed("P-1").build(), level3("P-2").eligibleProject(Optional.empty())
        .subsidyStart(RenovationFixtures.START).addInterestPayments(loan("L", 2023, 2024, "1000.00")).build());
    MeasureOutcome outcome = agreeing(INTEREST_ID, firm);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.between(Cny.of("90000.01"), Cny.of("90500.01")));
    assertThat(outcome.missingFacts()).containsExactly("/renovationProjects/1/eligibleProject");
  }

  @Test
  void test_noInterestOrRefusedOrNoProjects_ineligibleAndZero() {
    MeasureOutcome unpaid = agreeing(INTEREST_ID, profile(level3("P-1").build()));
    assertThat(unpaid.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(unpaid.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(unpaid.reasons()).extracting(Reason::code).containsExactly("no-renovation-interest-paid");
    // refused by the authority: nothing, whether its subsidy start is known or not
    MeasureOutcome refused = agreeing(INTEREST_ID, profile(financed("P-1").eligibleProject(false).build(),
        financed("P-2").eligibleProject(false).subsidyStart(Optional.empty()).build()));
    assertThat(refused.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(refused.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(refused.missingFacts()).isEmpty();
    assertThat(refused.reasons()).extracting(Reason::code).containsExactly("not-eligible-renovation-project");
    MeasureOutcome none = agreeing(INTEREST_ID, profile());
    assertThat(none.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(none.reasons()).extracting(Reason::code).containsExactly("no-renovation-projects");
  }

  @Test
  void test_projectsNotKnown_undeterminedWithNoUpperBound() {
    MeasureOutcome outcome = agreeing(INTEREST_ID, EnterpriseProfile.builder().registrationRegionCode("440305")
        .build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.ZERO));
    assertThat(outcome.missingFacts()).containsExactly("/renovationProjects");
  }

  @Test
  void test_missingFacts_resolveInAFullProfile() throws Exception {
    MeasureOutcome outcome = agreeing(INTEREST_ID, profile(financed("P-1").eligibleProject(Optional.empty())
        .subsidyStart(Optional.empty()).build()));
    assertThat(outcome.missingFacts()).hasSize(2);
    resolveIn(profile(financed("P-1").build()), outcome.missingFacts());
  }
}
