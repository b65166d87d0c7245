package io.github.huiqi.calculators.grants.share;

import static io.github.huiqi.calculators.grants.GrantProfiles.agreeing;
import static io.github.huiqi.calculators.grants.GrantProfiles.event;
import static io.github.huiqi.calculators.grants.GrantProfiles.held;
import static io.github.huiqi.calculators.grants.GrantProfiles.shenzhen;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.grants.share.ShareFeeMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Shenzhen 专精特新 draft 第十二条 ("纳入名录内的机构对专精特新企业开展的…事项,按50%比例收取服务费用") evaluated on
 * profiles: the fee saved is the other 50% of each standard fee. The conditions, for each fee event: in the draft's
 * window (from 2023-01-01), then a 专精特新 enterprise on the service's date.
 */
class ShareFeeEvaluatorTest {

  private static final MeasureId FEE = ShareFeeMeasure.SHENZHEN_PLATFORM_FEE_DRAFT.id();

  @Test
  void test_halfTheStandardFeeSaved_aDraft() {
    // 40,000.00 and 12,345.67 standard fees, charged 50%: 20,000.00 and 6,172.835 → 6,172.84 (half-up), so saved
    // 40,000 − 20,000 = 20,000.00 and 12,345.67 − 6,172.84 = 6,172.83 (decisions register §4.6 item 51: charge and
    // saving add up to the standard fee; before, the saving itself rounded to 6,172.84); together 26,172.83
    MeasureOutcome outcome = agreeing(FEE, shenzhen().specialisedAndInnovative(held("2022-09-01", "2025-08-31"))
        .grantEvents(List.of(event("F-1", "sz-public-service-platform-fee", "2023-05-10", "40000.00"),
            event("F-2", "sz-public-service-platform-fee", "2023-06-01", "12345.67"))).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("26172.83")));
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.FEE_SAVED);
    assertThat(outcome.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    assertThat(outcome.countedInTotal()).isFalse();
    // both services in 2023, both while recognised (2022-09-01..2025-08-31)
    assertOutcomes(outcome.explanation(), MET, MET, MET, MET);
  }

  @Test
  void test_windowAndRecognition() {
    MeasureOutcome before = agreeing(FEE, shenzhen().specialisedAndInnovative(held("2022-09-01", null))
        .grantEvents(List.of(event("F-1", "sz-public-service-platform-fee", "2023-01-01", "40000"),
            event("F-2", "sz-public-service-platform-fee", "2022-12-31", "40000"))).build());
    // F-2 is outside the draft's window (from 2023-01-01); F-1 is in: 20,000.00
    assertThat(before.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("20000.00")));
    // F-1 in the window and recognised; F-2 outside the window, its recognition not looked at
    assertOutcomes(before.explanation(), MET, MET, NOT_MET);
    // a service on 2023-05-10 before the recognition of 2023-06-01:
    // the full fee is charged
    MeasureOutcome notYet = agreeing(FEE, shenzhen().specialisedAndInnovative(held("2023-06-01", null))
        .grantEvents(List.of(event("F-1", "sz-public-service-platform-fee", "2023-05-10", "40000"))).build());
    assertThat(notYet.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertOutcomes(notYet.explanation(), MET, NOT_MET);
    MeasureOutcome unknown = agreeing(FEE, shenzhen().grantEvents(List.of(
        event("F-1", "sz-public-service-platform-fee", "2023-05-10", "40000"))).build());
    assertThat(unknown.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(unknown.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("20000.00")));
    assertThat(unknown.missingFacts()).containsExactly("/specialisedAndInnovative");
    assertOutcomes(unknown.explanation(), MET, UNKNOWN);
  }
}
