package io.github.huiqi.calculators.space.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A blind QA audit of what the purchase of state-owned space (专精特新 draft 第二十九条, "对年产值达3亿以上、租用国有产业
 * 用房3年以上的专精特新企业") says when its recognition lapsed, through the engine's explained form. The verdicts and
 * figures on the three paths are HuiqiCliSpaceBlindAuditTest's.
 * <p>
 * The audit found that a firm whose 专精特新中小企业 recognition was given and had lapsed, its 小巨人 one not given
 * (undetermined, asking {@code /littleGiant}, decisions register §4.6 item 59), was explained as "a 专精特新
 * enterprise — unknown (fact missing) (specialisedAndInnovative not given)": the profile gives that recognition, and
 * the fact the outcome asks is the other one.
 */
class PurchaseBlindAuditTest {

  private static final MeasureId PURCHASE = MeasureId.of("sz-gxj-zjtx-32-draft.state-owned-space-purchase");

  private static MeasureOutcome outcome(String recognitions, LocalDate asOf) {
    // 2022 output 500,000,000 ≥ 3亿; state-owned space from 2019-01-01, over 3 years by 2023-06-30
    return CatalogProfiles.outcome(CatalogProfiles.quoted("{'registrationRegionCode': '440306', " + recognitions
        + "'industrialOutputs': [{'year': 2022, 'grossOutput': {'amount': 500000000, 'currency': 'CNY'}}], "
        + "'leases': [{'leaseId': 'SO', 'area': 5000, 'start': '2019-01-01', 'end': '2030-06-30', "
        + "'stateOwned': true}]}"), asOf, PURCHASE, true);
  }

  private static List<ConditionStep> recognitionSteps(MeasureOutcome outcome) {
    return outcome.explanation().stepsOf(ConditionStep.class).stream()
        .filter(step -> step.condition().en().contains("专精特新")).toList();
  }

  @Test
  void test_recognitionLapsed_theStepNamesTheLittleGiantNotGiven() {
    // held 2020-07-01..2023-06-29: on 2023-06-30 it has lapsed; a 小巨人 (also a 专精特新企业) is not given:
    // undetermined, the 小巨人 recognition asked, and the step says so
    MeasureOutcome lapsed = outcome("'specialisedAndInnovative': {'held': true, 'since': '2020-07-01', "
        + "'until': '2023-06-29'}, ", LocalDate.of(2023, 6, 30));
    assertThat(lapsed.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(lapsed.missingFacts()).containsExactly("/littleGiant");
    List<ConditionStep> steps = recognitionSteps(lapsed);
    assertThat(steps).hasSize(1);
    assertThat(steps.get(0).outcome()).isEqualTo(ConditionOutcome.UNKNOWN);
    assertThat(steps.get(0).detail()).isEqualTo("littleGiant not given").doesNotContain("specialisedAndInnovative");
  }

  @Test
  void test_recognitionNotGivenAtAll_theStepNamesIt() {
    // neither recognition given: the 专精特新中小企业 one is asked, and the step names it
    MeasureOutcome open = outcome("", LocalDate.of(2023, 6, 30));
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.missingFacts()).containsExactly("/specialisedAndInnovative");
    assertThat(recognitionSteps(open).get(0).detail()).isEqualTo("specialisedAndInnovative not given");
  }
}
