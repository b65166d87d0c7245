package io.github.huiqi.calculators.financing.renovation;

import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.AS_OF;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.CATALOG;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.GRANT_ID;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.INTEREST_ID;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.financed;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.level3;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.profile;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.vat.VatMeasure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The renovation grant and the interest subsidy stack, 小升规方案 第十条: "对其中采用银行固定资产贷款或融资租赁方式开展技术改造的
 * 项目，还可叠加享受贷款贴息". The rule is called directly on the built-in catalogue's outcomes.
 */
class RenovationStackingRuleTest {

  private static final RenovationStackingRule RULE = RenovationStackingRule.DEFAULT;

  /** The outcomes of the built-in interest subsidy, small-scale VAT and grant for the firm, in the given form. */
  private static List<MeasureOutcome> outcomes(EnterpriseProfile firm, boolean explain) {
    List<MeasureOutcome> outcomes = new ArrayList<>();
    for (MeasureId id : List.of(INTEREST_ID, VatMeasure.SHENZHEN_2023.id(), GRANT_ID)) {
      Catalog.Entry entry = CATALOG.get(id);
      EvaluationContext context = new EvaluationContext(AS_OF, CATALOG.data(), EngineOptions.DEFAULTS, entry);
      outcomes.add(entry.evaluate(firm, context, explain));
    }
    return outcomes;
  }

  private static List<MeasureOutcome> apply(List<MeasureOutcome> outcomes, EnterpriseProfile firm, boolean explain) {
    Catalog.Entry first = CATALOG.entries().get(0);
    return RULE.apply(outcomes, firm, new EvaluationContext(AS_OF, CATALOG.data(), EngineOptions.DEFAULTS, first),
        CATALOG, explain);
  }

  private static int indexOf(List<MeasureOutcome> outcomes, MeasureId id) {
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i).measure().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no outcome of " + id);
  }

  @Test
  void test_bothPresent_eachNotedWithTheClauseNothingElseChanges() {
    // grant up to 1,600,000.00 and subsidy 90,000.01 on the same project: both count, each notes the clause
    EnterpriseProfile firm = profile(financed("P-1").build());
    for (boolean explain : new boolean[] {false, true}) {
      List<MeasureOutcome> before = outcomes(firm, explain);
      List<MeasureOutcome> after = apply(before, firm, explain);
      assertThat(after).hasSameSizeAs(before);
      int grant = indexOf(after, GRANT_ID);
      int interest = indexOf(after, INTEREST_ID);
      for (int i : new int[] {grant, interest}) {
        Reason note = after.get(i).notes().get(after.get(i).notes().size() - 1);
        assertThat(note.code()).isEqualTo("renovation-grant-and-interest-stack");
        assertThat(note.citation().provenance()).isEqualTo(Provenance.SOURCE_TEXT);
        assertThat(note.citation().article()).isEqualTo("第十条");
        assertThat(note.citation().quote()).hasValueSatisfying(q -> assertThat(q).contains("还可叠加享受贷款贴息"));
        // without the note the outcome is as before: amounts, verdicts and counting unchanged
        MeasureOutcome restored = after.get(i).toBuilder().notes(before.get(i).notes()).build();
        assertThat(restored).isEqualTo(before.get(i));
        assertThat(after.get(i).countedInTotal()).isTrue();
      }
      for (int i = 0; i < before.size(); i++) {
        if (i != grant && i != interest) {
          assertThat(after.get(i)).isSameAs(before.get(i));
        }
      }
    }
  }

  @Test
  void test_oneIneligible_noNote() {
    // the project has no interest paid: the subsidy is ineligible, so nothing stacks and nothing changes
    EnterpriseProfile firm = profile(level3("P-1").build());
    List<MeasureOutcome> before = outcomes(firm, true);
    assertThat(before.get(indexOf(before, INTEREST_ID)).verdict())
        .isEqualTo(Verdict.INELIGIBLE);
    assertThat(apply(before, firm, true)).isEqualTo(before);
  }

  @Test
  void test_oneOutOfTheTotal_noNote() {
    // the same project, the grant's outcome out of the total (as when its window has closed or a rule set it aside):
    // the note would say both count, so neither is noted and nothing changes
    EnterpriseProfile firm = profile(financed("P-1").build());
    List<MeasureOutcome> before = new ArrayList<>(outcomes(firm, true));
    int grant = indexOf(before, GRANT_ID);
    before.set(grant, before.get(grant).withCountedInTotal(false));
    assertThat(before.get(grant).verdict()).isNotEqualTo(Verdict.INELIGIBLE);
    assertThat(apply(before, firm, true)).isEqualTo(before);
  }

  @Test
  void test_onlyOnePresent_noNote() {
    // a list without the grant's outcome: the subsidy alone is not noted
    EnterpriseProfile firm = profile(financed("P-1").build());
    List<MeasureOutcome> only = List.of(outcomes(firm, true).get(indexOf(outcomes(firm, true), INTEREST_ID)));
    assertThat(apply(only, firm, true)).isEqualTo(only);
    assertThat(RULE.code()).isEqualTo("renovation-grant-and-interest-stack");
  }
}
