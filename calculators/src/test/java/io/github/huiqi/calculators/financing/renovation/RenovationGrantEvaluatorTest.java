package io.github.huiqi.calculators.financing.renovation;

import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.GRANT_ID;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.agreeing;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.level3;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.plain;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.profile;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.resolveIn;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.upgrade;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The renovation grant evaluated on enterprise profiles, 小升规方案 第十条: "分档分类给予不超过项目总投资额10-20%的资助，
 * 资助上限为5000万元" with the operating rules' tiers (智能化改造 level ≥4 → 20%, 3 → 16%, 2 → 12%; 技术装备升级换代 →
 * 10%), card 001-10a. "不超过": the authority fixes the figure, so the outcome is always up to the maximum.
 */
class RenovationGrantEvaluatorTest {

  @Test
  void test_completeProfile_upToTheSumOfTheProjectsMaximums() {
    // P-1: level 3 → 16% × 10,000,000 = 1,600,000.00; P-2: equipment upgrade → 10% × 10,000,000 = 1,000,000.00;
    // no source caps the enterprise: up to 1,600,000.00 + 1,000,000.00 = 2,600,000.00
    MeasureOutcome outcome = agreeing(GRANT_ID, profile(level3("P-1").build(),
        upgrade("P-2", "10000000").build()));
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("2600000.00")));
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.PAYMENT_TO_FIRM);
    assertThat(outcome.missingFacts()).isEmpty();
    assertThat(outcome.bindingLimit()).isEmpty();
    assertThat(outcome.countedInTotal()).isTrue();
    assertThat(outcome.explanation().render(Locale.ENGLISH)).contains("renovation project P-1")
        .contains("renovation project P-2").contains("up to: the authority fixes the figure");
  }

  @Test
  void test_cap_bindsOneProject() {
    // level 4 → 20% × 250,000,000.05 = 50,000,000.01 → the cap 50,000,000.00 ("资助上限为5000万元"), binding;
    // with P-2's 1,000,000.00: up to 51,000,000.00
    EnterpriseProfile firm = profile(level3("BIG").maturityLevel(4).eligibleInvestment(Cny.of("250000000.05"))
        .totalInvestment(Cny.of("250000000.05")).fixedAssetInvestment(Cny.of("200000000.04"))
        .equipmentInvestment(Cny.of("140000000.03")).build(), upgrade("P-2", "10000000").build());
    MeasureOutcome outcome = agreeing(GRANT_ID, firm);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("51000000.00")));
    assertThat(outcome.bindingLimit()).hasValueSatisfying(limit -> {
      assertThat(limit.code()).isEqualTo("cap-per-project");
      assertThat(limit.limit().isEqualTo(Cny.of("50000000"))).isTrue();
    });
  }

  @Test
  void test_missingLevel_undeterminedAtTheHighestTier() {
    // level not known: the most favourable tier 20% × 10,000,000 = 2,000,000.00, naming the project's level
    MeasureOutcome outcome = agreeing(GRANT_ID, profile(level3("P-1").maturityLevel(Optional.empty()).build()));
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("2000000.00")));
    assertThat(outcome.missingFacts()).containsExactly("/renovationProjects/0/maturityLevel");
  }

  @Test
  void test_oneEligibleOneUndetermined_eligibleWithTheOpenFactsNamed() {
    // P-1 decided: 1,600,000.00; P-2's structure and support not known: its favourable 10% × 10,000,000 =
    // 1,000,000.00 is added and its facts named, since they leave the amount open
    EnterpriseProfile firm = profile(level3("P-1").build(), upgrade("P-2", "10000000")
        .totalInvestment(Optional.empty()).eligibleProject(Optional.empty()).build());
    MeasureOutcome outcome = agreeing(GRANT_ID, firm);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("2600000.00")));
    assertThat(outcome.missingFacts()).containsExactly("/renovationProjects/1/eligibleProject",
        "/renovationProjects/1/totalInvestment");
  }

  @Test
  void test_projectsNotKnown_undeterminedWithNoUpperBound() {
    MeasureOutcome outcome = agreeing(GRANT_ID, EnterpriseProfile.builder().registrationRegionCode("440305").name("x")
        .build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.ZERO));
    assertThat(outcome.missingFacts()).containsExactly("/renovationProjects");
  }

  @Test
  void test_noProjectsOrRefused_ineligibleAndZero() {
    MeasureOutcome none = agreeing(GRANT_ID, profile());
    assertThat(none.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(none.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(none.reasons()).extracting(Reason::code).containsExactly("no-renovation-projects");
    assertThat(none.countedInTotal()).isFalse();
    // a refused project and one at level 1 (below the lowest tier, 2) get nothing
    MeasureOutcome refused = agreeing(GRANT_ID, profile(level3("P-1").eligibleProject(false).build(),
        level3("P-2").maturityLevel(1).build()));
    assertThat(refused.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(refused.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(refused.reasons()).extracting(Reason::code)
        .contains("not-eligible-renovation-project", "not-maturity-level-tiered");
  }

  @Test
  void test_missingFacts_resolveInAFullProfile() throws Exception {
    EnterpriseProfile sparse = profile(RenovationProfiles.level3("P-1").maturityLevel(Optional.empty())
        .totalInvestment(Optional.empty()).fixedAssetInvestment(Optional.empty())
        .equipmentInvestment(Optional.empty()).eligibleProject(Optional.empty()).build());
    List<String> missing = plain(GRANT_ID, sparse).missingFacts();
    assertThat(missing).hasSize(5);
    resolveIn(profile(level3("P-1").build()), missing);
  }

  @Test
  void test_badFact_namesTheProfilePointer() {
    // fixed assets 12,000,000.01 above the total 12,000,000: the project's figures are inconsistent
    EnterpriseProfile firm = profile(upgrade("P-1", "100").build(),
        level3("P-2").fixedAssetInvestment(Cny.of("12000000.01")).build());
    assertField(() -> plain(GRANT_ID, firm), "/renovationProjects/1/fixedAssetInvestment");
    assertField(() -> RenovationProfiles.explained(GRANT_ID, firm), "/renovationProjects/1/fixedAssetInvestment");
  }
}
