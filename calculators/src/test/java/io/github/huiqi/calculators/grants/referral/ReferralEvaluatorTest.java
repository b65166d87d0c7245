package io.github.huiqi.calculators.grants.referral;

import static io.github.huiqi.calculators.grants.GrantProfiles.DATA;
import static io.github.huiqi.calculators.grants.GrantProfiles.agreeing;
import static io.github.huiqi.calculators.grants.GrantProfiles.held;
import static io.github.huiqi.calculators.grants.GrantProfiles.shenzhen;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.grants.referral.ReferralMeasure;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The measures with no figure of their own: the 小升规 plan's guarantee-fee subsidy (第十四条 "符合条件的，担保费予以补贴")
 * and the Shenzhen 专精特新 draft's pool compensation and interest subsidy (第五条 "按有关规定给予贴息补助"). Each outcome
 * is non-monetary, says the source gives no number and names the measures that carry the figures.
 */
class ReferralEvaluatorTest {

  private static final MeasureId POOL = MeasureId.of("sz-gxj-zjtx-32-draft.pool-compensation");
  private static final MeasureId INTEREST = MeasureId.of("sz-gxj-zjtx-32-draft.rd-renovation-interest-subsidy");

  @Test
  void test_smallToScaleFee_pointsToTheFeeSubsidy() {
    // a small manufacturer (C3484, section C 制造业): a 小型微型工业企业, so a “小升规”企业 (decisions register §1.3 item
    // 001-14)
    MeasureOutcome outcome = agreeing(ReferralMeasure.SHENZHEN_SMALL_TO_SCALE_FEE.id(), shenzhen()
        .industryCode("C3484").size(EnterpriseSize.SMALL).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertOutcomes(outcome.explanation(), MET, MET);
    assertThat(outcome.missingFacts()).isEmpty();
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.NON_MONETARY);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(outcome.countedInTotal()).isFalse();
    assertThat(outcome.detail()).hasValueSatisfying(detail -> assertThat(detail.en())
        .contains("no figure of its own").contains("sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy"));
    assertThat(outcome.notes()).extracting(Reason::code).containsExactly("refers-to");
    // the note names the measure referred to by its title in each language, and its id
    MeasureId fee = MeasureId.of("sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy");
    Measure referred = DATA.findMeasure(fee).orElseThrow();
    assertThat(outcome.notes().get(0).message().en()).isEqualTo("figures in: " + referred.title().en() + " (" + fee
        + ")");
    assertThat(outcome.notes().get(0).message().zh()).isEqualTo("金额见：" + referred.title().zh() + "（" + fee + "）");
    assertThat(referred.title().en()).isNotEmpty().isNotEqualTo(referred.title().zh());
  }

  @Test
  void test_smallToScaleFee_onlyForSmallAndMicroIndustrialFirms() {
    MeasureId fee = ReferralMeasure.SHENZHEN_SMALL_TO_SCALE_FEE.id();
    // 第十四条's “小升规”企业 are 小型微型工业企业: a micro miner (B0610) and a small utility (D4411) are; a medium
    // manufacturer is not (size); a small software firm (I6510, section I) is not (industry)
    assertThat(agreeing(fee, shenzhen().industryCode("B0610").size(EnterpriseSize.MICRO).build()).verdict())
        .isEqualTo(Verdict.ELIGIBLE);
    assertThat(agreeing(fee, shenzhen().industryCode("D4411").size(EnterpriseSize.SMALL).build()).verdict())
        .isEqualTo(Verdict.ELIGIBLE);
    MeasureOutcome medium = agreeing(fee, shenzhen().industryCode("C3484").size(EnterpriseSize.MEDIUM).build());
    assertThat(medium.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertOutcomes(medium.explanation(), MET, NOT_MET);
    assertThat(medium.reasons()).extracting(Reason::code).contains("not-small-or-micro");
    MeasureOutcome software = agreeing(fee, shenzhen().industryCode("I6510").size(EnterpriseSize.SMALL).build());
    assertThat(software.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertOutcomes(software.explanation(), NOT_MET, MET);
    assertThat(software.reasons()).extracting(Reason::code).contains("not-industrial-enterprise");
    // not known: undetermined, naming the profile's facts; a known non-industrial firm is ineligible whatever its size
    MeasureOutcome bare = agreeing(fee, shenzhen().build());
    assertThat(bare.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(bare.missingFacts()).containsExactly("/industryCode", "/size");
    assertOutcomes(bare.explanation(), UNKNOWN, UNKNOWN);
    assertThat(agreeing(fee, shenzhen().industryCode("C3484").build()).missingFacts()).containsExactly("/size");
    assertThat(agreeing(fee, shenzhen().industryCode("I6510").build()).verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_draftPool_needsTheRecognitionOnTheEvaluationDate() {
    LocalDate asOf = LocalDate.of(2023, 10, 31);
    MeasureOutcome held = agreeing(POOL, shenzhen().specialisedAndInnovative(held("2022-09-01", "2025-08-31"))
        .build(), asOf);
    assertThat(held.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(held.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    assertThat(held.notes()).extracting(Reason::code).startsWith("draft");
    // expired the day before the evaluation date, and no 小巨人: not a 专精特新 enterprise then
    assertThat(agreeing(POOL, shenzhen().specialisedAndInnovative(held("2020-11-01", "2023-10-30"))
        .littleGiant(Qualification.held(false)).build(), asOf).verdict()).isEqualTo(Verdict.INELIGIBLE);
    // before: INELIGIBLE with the 小巨人 recognition not given; a 小巨人 (recognised from among the 专精特新中小企业, on
    // its own term) may still be one: not known, and asked (decisions register §4.6 item 59)
    MeasureOutcome lapsed = agreeing(POOL, shenzhen().specialisedAndInnovative(held("2020-11-01", "2023-10-30"))
        .build(), asOf);
    assertThat(lapsed.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(lapsed.missingFacts()).containsExactly("/littleGiant");
    MeasureOutcome unknown = agreeing(INTEREST, shenzhen().build(), asOf);
    assertThat(unknown.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(unknown.missingFacts()).containsExactly("/specialisedAndInnovative");
    assertThat(agreeing(INTEREST, shenzhen().specialisedAndInnovative(Qualification.held(false)).build(), asOf)
        .verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_everyMeasureReferredTo_isInTheCatalogue() {
    for (Measure measure : DATA.measures()) {
      if (measure instanceof ReferralMeasure) {
        for (MeasureId id : ((ReferralMeasure) measure).refersTo().value()) {
          assertThat(DATA.findMeasure(id)).as(measure.id() + " refers to " + id).isPresent();
        }
      }
    }
  }
}
