package io.github.huiqi.calculators.grants.referral;

import static io.github.huiqi.calculators.grants.GrantProfiles.DATA;
import static io.github.huiqi.calculators.grants.GrantProfiles.held;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.calculators.ExplainedConditions.inputs;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.grants.GrantQualification;
import io.github.huiqi.core.grants.referral.ReferralMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The referral calculator on its own: the Shenzhen 专精特新 draft 第五条's pool compensation applies to a 专精特新
 * enterprise on the date asked, and names the pool measure that carries the figures.
 */
class ReferralCalculatorTest {

  private static final ReferralMeasure POOL = DATA.getMeasure(MeasureId.of("sz-gxj-zjtx-32-draft.pool-compensation"),
      ReferralMeasure.class);

  @Test
  void test_plainAndExplainedForms() {
    String held = "{\"specialisedAndInnovative\": {\"held\": true, \"since\": \"2022-09-01\", "
        + "\"until\": \"2025-08-31\"}, \"asOf\": \"2023-10-31\"}";
    ReferralRequest request = HuiqiJson.read(held, ReferralRequest.class);
    assertThat(ReferralCalculator.DEFAULT.applies(POOL, request)).isTrue();
    ReferralResult result = HuiqiJson.read(ReferralCalculator.DEFAULT.explainReferralJson(POOL, held),
        ReferralResult.class);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.refersTo()).containsExactly(MeasureId.of("sz-gxj-2023-26.risk-compensation-pool"));
    assertThat(result.detail().zh()).contains("来源未规定金额");
    // the one condition: a 专精特新 enterprise on 2023-10-31 (2022-09-01..2025-08-31)
    assertOutcomes(result.explanation(), MET);
    // the recognition ended the day before, and the firm is no 小巨人: it does not apply
    String lapsed = "{\"specialisedAndInnovative\": {\"held\": true, \"since\": \"2020-09-01\", "
        + "\"until\": \"2023-10-30\"}, \"littleGiant\": {\"held\": false}, \"asOf\": \"2023-10-31\"}";
    assertThat(ReferralCalculator.DEFAULT.applies(POOL, HuiqiJson.read(lapsed, ReferralRequest.class))).isFalse();
    assertOutcomes(ReferralCalculator.DEFAULT.explainReferral(POOL, HuiqiJson.read(lapsed, ReferralRequest.class))
        .explanation(), NOT_MET);
    // before: it did not apply with the 小巨人 recognition not given either; a 小巨人, recognised from among the
    // 专精特新中小企业, runs its own term, which may still run: not known, the 小巨人 recognition asked (decisions
    // register §4.6 item 59)
    String lapsedOnly = lapsed.replace("\"littleGiant\": {\"held\": false}, ", "");
    assertThatThrownBy(() -> ReferralCalculator.DEFAULT.applies(POOL, HuiqiJson.read(lapsedOnly,
        ReferralRequest.class))).isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/littleGiant"));
    // not known: the plain form names the fact
    assertThatThrownBy(() -> ReferralCalculator.DEFAULT.applies(POOL, HuiqiJson.read("{\"asOf\": \"2023-10-31\"}",
        ReferralRequest.class))).isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/specialisedAndInnovative"));
    assertOutcomes(ReferralCalculator.DEFAULT.explainReferral(POOL, HuiqiJson.read("{\"asOf\": \"2023-10-31\"}",
        ReferralRequest.class)).explanation(), UNKNOWN);
  }

  @Test
  void test_smallToScaleFee_fromJson_industryAndSize() {
    ReferralMeasure fee = DATA.getMeasure(ReferralMeasure.SHENZHEN_SMALL_TO_SCALE_FEE);
    // 小升规方案 第十四条, for 小型微型工业企业 (decisions register §1.3 item 001-14): a micro manufacturer applies
    String micro = "{\"industryCode\": \"C3911\", \"size\": \"MICRO\", \"asOf\": \"2023-10-31\"}";
    assertThat(ReferralCalculator.DEFAULT.applies(fee, HuiqiJson.read(micro, ReferralRequest.class))).isTrue();
    ReferralResult result = HuiqiJson.read(ReferralCalculator.DEFAULT.explainReferralJson(fee, micro),
        ReferralResult.class);
    assertOutcomes(result.explanation(), MET, MET);
    assertThat(result.refersTo()).containsExactly(
        MeasureId.of("sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy"));
    // a medium manufacturer does not; a firm of unknown industry and size is named
    assertThat(ReferralCalculator.DEFAULT.applies(fee, HuiqiJson.read(
        "{\"industryCode\": \"C3911\", \"size\": \"MEDIUM\", \"asOf\": \"2023-10-31\"}", ReferralRequest.class)))
        .isFalse();
    assertThatThrownBy(() -> ReferralCalculator.DEFAULT.applies(fee, HuiqiJson.read("{\"asOf\": \"2023-10-31\"}",
        ReferralRequest.class))).isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/industryCode", "/size"));
    // the 专精特新 draft's measure has no such population: industry and size do not change it
    assertThat(ReferralCalculator.DEFAULT.explainReferral(POOL, HuiqiJson.read("{\"industryCode\": \"I6510\", "
        + "\"size\": \"LARGE\", \"specialisedAndInnovative\": {\"held\": true}, \"asOf\": \"2023-10-31\"}",
        ReferralRequest.class)).eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  void test_noQualificationNorPopulation_appliesToEveryEnterprise() {
    // a host's referral with neither a qualification nor a population (the 小升规 measure without its
    // smallMicroIndustrial): it applies on the terms of the measure referred to, eligible, naming why
    ReferralMeasure fee = DATA.getMeasure(ReferralMeasure.SHENZHEN_SMALL_TO_SCALE_FEE);
    ReferralMeasure open = new ReferralMeasure(fee.id(), fee.clause(), fee.documentStatus(), fee.title(),
        Optional.empty(), Optional.empty(), fee.refersTo(), fee.noFigure());
    ReferralRequest any = HuiqiJson.read("{\"industryCode\": \"I6510\", \"size\": \"LARGE\", "
        + "\"asOf\": \"2023-10-31\"}", ReferralRequest.class);
    assertThat(ReferralCalculator.DEFAULT.applies(open, any)).isTrue();
    ReferralResult result = ReferralCalculator.DEFAULT.explainReferral(open, any);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.eligibility().reasons()).extracting(r -> r.code()).containsExactly("no-figure-of-its-own");
    assertThat(result.eligibility().missingFacts()).isEmpty();
  }

  @Test
  void test_badInput_namesTheField() {
    assertField(() -> ReferralCalculator.DEFAULT.explainReferralJson(POOL, "{\"industryCode\": \"C39111\", "
        + "\"asOf\": \"2023-10-31\"}"), "/industryCode");
    assertField(() -> ReferralCalculator.DEFAULT.explainReferralJson(POOL, "{\"size\": \"HUGE\", "
        + "\"asOf\": \"2023-10-31\"}"), "/size");
    assertField(() -> ReferralCalculator.DEFAULT.explainReferralJson(POOL, "{\"specialisedAndInnovative\": "
        + "{\"held\": true, \"since\": \"2023-09-01\", \"until\": \"2022-08-31\"}, \"asOf\": \"2023-10-31\"}"),
        "/specialisedAndInnovative/until");
  }

  @Test
  void test_explanation_andDetail_nameThePoolMeasure() {
    ReferralResult result = ReferralCalculator.DEFAULT.explainReferral(POOL, ReferralRequest.builder()
        .specialisedAndInnovative(held("2022-09-01", "2025-08-31")).asOf(LocalDate.of(2023, 10, 31)).build());
    // 第五条 refers to the one pool measure of 深工信〔2023〕26号
    assertThat(inputs(result.explanation(), Locale.ENGLISH)).singleElement().asString()
        .startsWith("Input: the source sets no figure; see = sz-gxj-2023-26.risk-compensation-pool — ");
    assertThat(result.detail().en()).isEqualTo("the source gives no figure of its own; the figures are those of: "
        + "sz-gxj-2023-26.risk-compensation-pool");
    assertThat(result.detail().zh()).isEqualTo("来源未规定金额；金额按以下措施测算：sz-gxj-2023-26.risk-compensation-pool");
  }

  @Test
  void test_conditionDetail_readsTheQualificationsFields_notItsToString() {
    // the explanation a bank officer reads: the recognition's fields, as the profile names them (the step once read
    // "specialisedAndInnovative = Qualification{held=false}")
    ReferralRequest notHeld = HuiqiJson.read("{\"specialisedAndInnovative\": {\"held\": false}, "
        + "\"asOf\": \"2023-10-31\"}", ReferralRequest.class);
    assertThat(ReferralCalculator.DEFAULT.explainReferral(POOL, notHeld).explanation().stepsOf(ConditionStep.class))
        .extracting(ConditionStep::detail).containsExactly("specialisedAndInnovative.held = false");
    ReferralRequest lapsed = HuiqiJson.read("{\"specialisedAndInnovative\": {\"held\": true, \"since\": "
        + "\"2020-09-01\", \"until\": \"2023-10-30\"}, \"littleGiant\": {\"held\": false}, "
        + "\"asOf\": \"2023-10-31\"}", ReferralRequest.class);
    assertThat(ReferralCalculator.DEFAULT.explainReferral(POOL, lapsed).explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("不满足（specialisedAndInnovative.held = true, specialisedAndInnovative.since = 2020-09-01, "
            + "specialisedAndInnovative.until = 2023-10-30）")
        .doesNotContain("Qualification{");
  }

  @Test
  void test_request_eachQualificationByItsKind_absentAsNotKnown() {
    Qualification tech = held("2021-01-01", "2023-12-31");
    Qualification specialised = held("2022-01-01", "2024-12-31");
    Qualification giant = held("2023-01-01", "2025-12-31");
    Qualification highTech = held("2020-01-01", "2022-12-31");
    ReferralRequest request = ReferralRequest.builder().techSme(tech).specialisedAndInnovative(specialised)
        .littleGiant(giant).highTech(highTech).asOf(LocalDate.of(2023, 10, 31)).build();
    assertThat(request.qualification(GrantQualification.TECH_SME)).contains(tech);
    assertThat(request.qualification(GrantQualification.SPECIALISED_AND_INNOVATIVE)).contains(specialised);
    assertThat(request.qualification(GrantQualification.LITTLE_GIANT)).contains(giant);
    assertThat(request.qualification(GrantQualification.HIGH_TECH)).contains(highTech);
    ReferralRequest none = ReferralRequest.builder().asOf(LocalDate.of(2023, 10, 31)).build();
    assertThat(none.techSme()).isEmpty();
    assertThat(none.specialisedAndInnovative()).isEmpty();
    assertThat(none.littleGiant()).isEmpty();
    assertThat(none.highTech()).isEmpty();
  }
}
