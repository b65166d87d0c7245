package io.github.huiqi.calculators.financing.renovation;

import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.AS_OF;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.GRANT_ID;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.level3;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.profile;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EngineJsonOutcomes;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The renovation grant's range is fixed by the authority, not by a fact (register §4.6 item 149): 小升规方案 第十条
 * "分档分类给予不超过项目总投资额10-20%的资助" leaves the figure within each supported project's maximum to the authority,
 * so an eligible outcome from zero to the maximums with no fact named says so in
 * {@link MeasureOutcome#widthFixedByAuthority}, as the 小升规 reward's "最高20万元" does (§4.4 item 29). Found by the
 * engine contract hunt over the financing population (EntitlementContractPropertyTest, seeds 301–303: "eligible range
 * nothing opens" on every firm with a supported project). Each case runs through the engine typed plain, explained
 * and {@code evaluateJson}.
 */
class RenovationGrantAuthorityWidthTest {

  @Test
  void test_everyFactKnown_theWholeRangeIsTheAuthoritys() {
    // P-1: level 3 → 16% × 10,000,000 = 1,600,000.00, "不超过": 0.00 – 1,600,000.00; no fact open, so the authority
    // fixes the whole width, 1,600,000.00
    for (MeasureOutcome outcome : threeWays(profile(level3("P-1").build()))) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("1600000.00")));
      assertThat(outcome.missingFacts()).isEmpty();
      assertThat(outcome.widthFixedByAuthority()).hasValue(Cny.of("1600000.00"));
    }
  }

  @Test
  void test_twoProjects_theirMaximumsAdded() {
    // P-1: 16% × 10,000,000 = 1,600,000.00; P-2: equipment upgrade → 10% × 10,000,000 = 1,000,000.00;
    // 1,600,000.00 + 1,000,000.00 = 2,600,000.00, all the authority's
    for (MeasureOutcome outcome : threeWays(profile(level3("P-1").build(), upgrade("P-2", "10000000").build()))) {
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("2600000.00")));
      assertThat(outcome.widthFixedByAuthority()).hasValue(Cny.of("2600000.00"));
    }
  }

  @Test
  void test_oneProjectOpenByItsLevel_onlyTheOtherIsTheAuthoritys() {
    // P-1's level not given: the highest tier, 20% × 10,000,000 = 2,000,000.00, opened by /maturityLevel (level 1
    // earns none); P-2: 10% × 10,000,000 = 1,000,000.00 with every fact known. The firm is eligible (P-2) up to
    // 2,000,000.00 + 1,000,000.00 = 3,000,000.00; the authority fixes P-2's 1,000,000.00, P-1's range is the fact's
    EnterpriseProfile firm = profile(level3("P-1").maturityLevel(Optional.empty()).build(),
        upgrade("P-2", "10000000").build());
    for (MeasureOutcome outcome : threeWays(firm)) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("3000000.00")));
      assertThat(outcome.missingFacts()).containsExactly("/renovationProjects/0/maturityLevel");
      assertThat(outcome.widthFixedByAuthority()).hasValue(Cny.of("1000000.00"));
    }
  }

  @Test
  void test_undeterminedOrIneligible_noWidthIsTheAuthoritys() {
    // P-1's level not given alone: undetermined, 0.00 – 2,000,000.00 (20% × 10,000,000), all of it the fact's
    for (MeasureOutcome outcome : threeWays(profile(level3("P-1").maturityLevel(Optional.empty()).build()))) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("2000000.00")));
      assertThat(outcome.widthFixedByAuthority()).isEmpty();
    }
    // not supported (eligibleProject false): ineligible at 0.00, nothing to fix
    for (MeasureOutcome outcome : threeWays(profile(level3("P-1").eligibleProject(false).build()))) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
      assertThat(outcome.widthFixedByAuthority()).isEmpty();
    }
  }

  private static List<MeasureOutcome> threeWays(EnterpriseProfile firm) {
    return EngineJsonOutcomes.threeWays(HuiqiJson.write(firm), AS_OF, GRANT_ID);
  }
}
