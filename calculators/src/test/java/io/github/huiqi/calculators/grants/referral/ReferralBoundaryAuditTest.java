package io.github.huiqi.calculators.grants.referral;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.grants.referral.ReferralMeasure;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Second-pass QA audit of the measures with no figure of their own, hand-worked: the 小升规 plan's 第十四条 ("为有潜质的
 * “小升规”企业出台专属解决方案…符合条件的，担保费予以补贴"; domain.md §1.3 card 001-14; decisions register §1.3 item
 * 001-14: small or micro 工业 firms, the figures those of the municipal guarantee-fee subsidy) and the Shenzhen 专精特新
 * draft's 第五条 (a draft, not binding), through the typed calculator, its JSON and the engine.
 */
class ReferralBoundaryAuditTest {

  private static final MeasureId GUARANTEE = MeasureId.of("sz-gxj-2022-small-to-scale.guarantee-fee-subsidy");
  private static final MeasureId DRAFT_POOL = MeasureId.of("sz-gxj-zjtx-32-draft.pool-compensation");
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  private static MeasureOutcome engine(MeasureId measure, String profile, LocalDate asOf, boolean explain) {
    return CatalogProfiles.outcome(CatalogProfiles.quoted(profile), asOf, measure, explain);
  }

  @ParameterizedTest(name = "{0}, {1}: {2}")
  @CsvSource({
      // a small manufacturer (C): a "小升规" firm, the measure applies
      "C3484, SMALL, ELIGIBLE",
      // 电力 (D4411) is 工业; micro
      "D4411, MICRO, ELIGIBLE",
      // a medium firm is not 小型微型 (decisions register: (十六) serves those already above scale)
      "C3484, MEDIUM, INELIGIBLE",
      // 批发业 (F5121) is not 工业
      "F5121, SMALL, INELIGIBLE"})
  void test_guarantee_engine_population(String industry, EnterpriseSize size, Verdict verdict) {
    MeasureOutcome outcome = engine(GUARANTEE, "{'registrationRegionCode': '440306', 'industryCode': '" + industry
        + "', 'size': '" + size + "'}", AS_OF, false);
    assertThat(outcome.verdict()).isEqualTo(verdict);
    // no figure of its own: a non-monetary outcome of 0 whose detail names the measure carrying the figures
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.NON_MONETARY);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(outcome.detail().orElseThrow().en())
        .contains("sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy");
  }

  @Test
  void test_guarantee_engine_sizeFromTheFigures_atTheMediumEdge() {
    // 工信部联企业〔2011〕300号 工业: medium needs 从业人员 ≥ 300 and 营业收入 ≥ 20,000,000 together.
    // 300 persons and 19,999,999.99: small, the measure applies; 300 and 20,000,000.00: medium, it does not
    String small = "{'registrationRegionCode': '440306', 'industryCode': 'C3484', 'years': [{'year': 2022, "
        + "'employees': 300, 'revenue': {'amount': 19999999.99, 'currency': 'CNY'}}]}";
    assertThat(engine(GUARANTEE, small, AS_OF, false).verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(engine(GUARANTEE, small.replace("19999999.99", "20000000.00"), AS_OF, false).verdict())
        .isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_guarantee_engine_unknownFacts_region_andWindow() {
    // industry known to be 工业, size not given and no figures: undetermined, /size, then /years, the figures the
    // engine would size the firm from (工信部联企业〔2011〕300号)
    MeasureOutcome noSize = engine(GUARANTEE, "{'registrationRegionCode': '440306', 'industryCode': 'C3484'}",
        AS_OF, false);
    assertThat(noSize.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(noSize.missingFacts()).containsExactly("/size", "/years");
    // a Shenzhen measure for a Shanghai firm: ineligible
    assertThat(engine(GUARANTEE, "{'registrationRegionCode': '310115', 'industryCode': 'C3484', 'size': 'SMALL'}",
        AS_OF, false).verdict()).isEqualTo(Verdict.INELIGIBLE);
    // region not known: undetermined, naming the region
    MeasureOutcome noRegion = engine(GUARANTEE, "{'industryCode': 'C3484', 'size': 'SMALL'}", AS_OF, false);
    assertThat(noRegion.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(noRegion.missingFacts()).containsExactly("/registrationRegionCode");
    // the plan runs 2022–2024: open on 2024-12-31, closed on 2025-01-01
    String firm = "{'registrationRegionCode': '440306', 'industryCode': 'C3484', 'size': 'SMALL'}";
    assertThat(engine(GUARANTEE, firm, LocalDate.of(2024, 12, 31), false).windowStatus())
        .isEqualTo(WindowStatus.OPEN);
    assertThat(engine(GUARANTEE, firm, LocalDate.of(2025, 1, 1), false).windowStatus())
        .isEqualTo(WindowStatus.CLOSED);
  }

  @Test
  void test_draft_carriesItsStatus_inForce_doesNot() {
    // the 专精特新 draft (征求意见稿) is flagged as not binding; the 小升规 plan is in force and carries no such note
    MeasureOutcome draft = engine(DRAFT_POOL, "{'registrationRegionCode': '440306', 'specialisedAndInnovative': "
        + "{'held': true, 'since': '2022-01-01', 'until': '2024-12-31'}}", AS_OF, true);
    assertThat(draft.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    assertThat(draft.notes()).extracting(Reason::code).contains("draft");
    MeasureOutcome inForce = engine(GUARANTEE, "{'registrationRegionCode': '440306', 'industryCode': 'C3484', "
        + "'size': 'SMALL'}", AS_OF, true);
    assertThat(inForce.documentStatus()).isEqualTo(DocumentStatus.IN_FORCE);
    assertThat(inForce.notes()).extracting(Reason::code).doesNotContain("draft").contains("refers-to");
  }

  @Test
  void test_typed_missingAndBadInput() {
    ReferralMeasure measure = (ReferralMeasure) PolicyData.builtIn().findMeasure(GUARANTEE).orElseThrow();
    // industry and size both not known: both named, in the order the clause tests them
    MissingFactsException missing = catchThrowableOfType(() -> ReferralCalculator.DEFAULT.applies(measure,
        ReferralRequest.builder().asOf(AS_OF).build()), MissingFactsException.class);
    assertThat(missing.missingFacts()).containsExactly("/industryCode", "/size");
    // a malformed industry code: bad input at its JSON Pointer, through the calculator's JSON and the engine's
    assertField(() -> ReferralCalculator.DEFAULT.explainReferralJson(measure, "{\"industryCode\": \"C34841\", "
        + "\"asOf\": \"2023-06-30\"}"), "/industryCode");
    assertField(() -> EntitlementEngine.builtIn().evaluateJson("{\"asOf\": \"2023-06-30\", \"profile\": "
        + "{\"registrationRegionCode\": \"440306\", \"industryCode\": \"34\"}}"), "/profile/industryCode");
  }

  @Test
  void test_guarantee_engine_sizeLeftOpenByTheFigures_asksTheHeadcount() {
    // 25,000,000 of revenue with the headcount not known: under 工信部联企业〔2011〕300号 工业 the firm may be medium
    // (≥ 300 persons), small (20–299) or micro (< 20); medium is outside 第十四条's 小型微型, the others inside, so the
    // headcount decides (decisions register §0.4): undetermined, naming /years/0/employees
    MeasureOutcome open = engine(GUARANTEE, "{'registrationRegionCode': '440306', 'industryCode': 'C3484', "
        + "'years': [{'year': 2022, 'revenue': {'amount': 25000000, 'currency': 'CNY'}}]}", AS_OF, false);
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.missingFacts()).contains("/years/0/employees");
    // below 20,000,000 no headcount makes it medium: small or micro either way, the measure applies (§0.4)
    MeasureOutcome small = engine(GUARANTEE, "{'registrationRegionCode': '440306', 'industryCode': 'C3484', "
        + "'years': [{'year': 2022, 'revenue': {'amount': 19999999.99, 'currency': 'CNY'}}]}", AS_OF, false);
    assertThat(small.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(small.missingFacts()).isEmpty();
  }
}
