package io.github.huiqi.calculators.financing.renovation;

import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.AS_OF;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.CATALOG;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.GRANT_ID;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.INTEREST_ID;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.financed;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.profile;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The renovation stacking note (小升规方案 第十条, "还可叠加享受贷款贴息") goes to the document's first live grant and first
 * live interest subsidy wherever they stand in the list: the grant before the subsidy, and a second outcome of either
 * measure left as it is.
 */
class RenovationStackingRuleOrderTest {

  private static final String CODE = RenovationStackingRule.CODE;
  /** Grant up to 1,600,000.00 and subsidy 90,000.01 on the same project, both counted. */
  private static final EnterpriseProfile FIRM = profile(financed("P-1").build());

  private static MeasureOutcome outcome(MeasureId id) {
    Catalog.Entry entry = CATALOG.get(id);
    return entry.evaluate(FIRM, new EvaluationContext(AS_OF, CATALOG.data(), EngineOptions.DEFAULTS, entry), false);
  }

  private static List<MeasureOutcome> apply(List<MeasureOutcome> outcomes) {
    Catalog.Entry first = CATALOG.entries().get(0);
    return RenovationStackingRule.DEFAULT.apply(outcomes, FIRM,
        new EvaluationContext(AS_OF, CATALOG.data(), EngineOptions.DEFAULTS, first), CATALOG, false);
  }

  private static long notes(MeasureOutcome outcome) {
    return outcome.notes().stream().filter(note -> note.code().equals(CODE)).count();
  }

  @Test
  void grantBeforeTheSubsidy_bothNoted() {
    MeasureOutcome grant = outcome(GRANT_ID);
    MeasureOutcome interest = outcome(INTEREST_ID);
    List<MeasureOutcome> after = apply(List.of(grant, interest));
    assertThat(after).hasSize(2);
    assertThat(notes(after.get(0))).isEqualTo(1);
    assertThat(notes(after.get(1))).isEqualTo(1);
    assertThat(after.get(0).measure()).isEqualTo(GRANT_ID);
    assertThat(after.get(1).measure()).isEqualTo(INTEREST_ID);
  }

  @Test
  void aSecondOutcomeOfEither_leftAsItIs() {
    MeasureOutcome grant = outcome(GRANT_ID);
    MeasureOutcome interest = outcome(INTEREST_ID);
    List<MeasureOutcome> before = List.of(interest, grant, interest, grant);
    List<MeasureOutcome> after = apply(before);
    // the first of each noted once; the second of each the same object as before
    assertThat(notes(after.get(0))).isEqualTo(1);
    assertThat(notes(after.get(1))).isEqualTo(1);
    assertThat(after.get(2)).isSameAs(interest);
    assertThat(after.get(3)).isSameAs(grant);
  }
}
