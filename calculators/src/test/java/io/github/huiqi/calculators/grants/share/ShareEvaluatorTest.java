package io.github.huiqi.calculators.grants.share;

import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.calculators.grants.GrantProfiles.agreeing;
import static io.github.huiqi.calculators.grants.GrantProfiles.event;
import static io.github.huiqi.calculators.grants.GrantProfiles.held;
import static io.github.huiqi.calculators.grants.GrantProfiles.shanghai;
import static io.github.huiqi.calculators.grants.GrantProfiles.shenzhen;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.grants.share.ShareMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The share measures of 沪企服办〔2023〕1号 evaluated on enterprise profiles through the catalogue: the profile's
 * pointers, the region listed for the measure (上海市), the departments, and agreement of the two forms.
 */
class ShareEvaluatorTest {

  @Test
  void test_fourAbove_shanghaiHighTech_exactlyCapped() {
    // 第二条: 5% × 12,000,000 = 600,000 → capped at 500,000.00 ("最高50万元"), the cap binding
    EnterpriseProfile firm = shanghai().highTech(held("2021-12-23", "2024-12-22"))
        .grantEvents(List.of(event("E-1", "first-four-above", "2023-03-31", "12000000"))).build();
    MeasureOutcome outcome = agreeing(ShareMeasure.SHANGHAI_FOUR_ABOVE_HIGH_TECH_2023.id(), firm);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("500000.00")));
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.PAYMENT_TO_FIRM);
    assertThat(outcome.bindingLimit()).hasValueSatisfying(limit -> assertThat(limit.code())
        .isEqualTo("cap-per-event"));
    assertThat(outcome.countedInTotal()).isTrue();
    assertThat(outcome.clauseLabel()).isEqualTo("沪企服办〔2023〕1号 第二条");
    assertThat(outcome.responsibleDepartments()).extracting(text -> text.zh())
        .containsExactly("市经济信息化委", "市科委", "市财政局", "各区政府");
  }

  @Test
  void test_contract_missingAmount_namesTheProfilePointer() {
    // the second contract's amount unknown: the first gives up to 30% × 500,000 = 150,000.00, the second is open
    // with no upper bound (no cap in 第八条); a small firm, within 第八条's 中小企业
    EnterpriseProfile firm = shanghai().size(EnterpriseSize.SMALL).grantEvents(List.of(
        event("C-1", "sh-digital-service-contract", "2023-07-01", "500000"),
        event("C-2", "sh-digital-service-contract", "2023-08-01", null))).build();
    MeasureOutcome outcome = agreeing(ShareMeasure.SHANGHAI_DIGITAL_CONTRACT_2023.id(), firm);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.ZERO));
    assertThat(outcome.missingFacts()).containsExactly("/grantEvents/1/amount");
  }

  @Test
  void test_eventsUnknown_undetermined_andRegionFirst() {
    // a small firm (第五条 supports 中小企业), its events not known
    MeasureOutcome unknown = agreeing(ShareMeasure.SHANGHAI_RENOVATION_2023.id(),
        shanghai().size(EnterpriseSize.SMALL).build());
    assertThat(unknown.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(unknown.missingFacts()).containsExactly("/grantEvents");
    // region not known: it is asked first
    MeasureOutcome noRegion = agreeing(ShareMeasure.SHANGHAI_RENOVATION_2023.id(), EnterpriseProfile.builder()
        .size(EnterpriseSize.SMALL).build());
    assertThat(noRegion.missingFacts()).containsExactly("/registrationRegionCode", "/grantEvents");
    // the catalogue's region condition (enterprise registered in Shanghai) unknown, put first; then the events'
    assertOutcomes(noRegion.explanation(), UNKNOWN, UNKNOWN);
    // registered in Shanghai: the region condition is met and not shown; only the measure's own, events unknown
    assertOutcomes(unknown.explanation(), UNKNOWN);
    // a Shenzhen firm: the Shanghai measure does not apply
    MeasureOutcome shenzhenFirm = agreeing(ShareMeasure.SHANGHAI_RENOVATION_2023.id(), shenzhen().grantEvents(
        List.of(event("R-1", "sh-technical-renovation-project", "2023-08-15", "10000000"))).build());
    assertThat(shenzhenFirm.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(shenzhenFirm.reasons()).extracting(Reason::code).containsExactly("not-enterprise-in-region");
    // registered in Shenzhen: the region condition alone, not met; the measure itself does not run
    assertOutcomes(shenzhenFirm.explanation(), NOT_MET);
  }

  @Test
  void test_renovation_thresholdOnTheProfile() {
    // 第五条: 10,000,000.00 approved → up to 1,000,000.00; 9,999,999.99 → nothing (a medium firm, within 中小企业)
    MeasureOutcome at = agreeing(ShareMeasure.SHANGHAI_RENOVATION_2023.id(), shanghai().size(EnterpriseSize.MEDIUM)
        .grantEvents(List.of(
        event("R-1", "sh-technical-renovation-project", "2023-08-15", "10000000.00"))).build());
    assertThat(at.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("1000000.00")));
    assertThat(at.verdict()).isEqualTo(Verdict.ELIGIBLE);
    MeasureOutcome below = agreeing(ShareMeasure.SHANGHAI_RENOVATION_2023.id(), shanghai().grantEvents(List.of(
        event("R-1", "sh-technical-renovation-project", "2023-08-15", "9999999.99"))).build());
    assertThat(below.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(below.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(below.missingFacts()).isEmpty();
  }
}
