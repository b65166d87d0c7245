package io.github.huiqi.calculators.procurement.arrears;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.calculators.ExplainedConditions.detailsOf;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.procurement.arrears.ArrearsClaim;
import io.github.huiqi.core.procurement.arrears.ArrearsClass;
import io.github.huiqi.core.procurement.arrears.ArrearsDebtorKind;
import io.github.huiqi.core.procurement.arrears.ArrearsMeasure;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link ArrearsCalculator} and {@link ArrearsEvaluator} against 沪企服办〔2023〕1号 第二十一条: "实现无分歧账款化解率
 * 100%，50 万元以下无分歧账款清偿率 100%" (机关、事业单位、大型国企 as debtors).
 */
class ArrearsCalculatorTest {

  private static final ArrearsMeasure MEASURE = PolicyData.builtIn().getMeasure(ArrearsMeasure.SHANGHAI_2023);
  private static final ArrearsCalculator CALC = ArrearsCalculator.DEFAULT;

  private static ArrearsClaim.Builder claim(String id, String amount) {
    return ArrearsClaim.builder().claimId(id).debtorKind(ArrearsDebtorKind.GOVERNMENT_AGENCY).amount(Cny.of(amount))
        .disputed(false);
  }

  private static Optional<ArrearsClass> classOf(ArrearsClaim claim) {
    return CALC.explainClasses(MEASURE, new ArrearsRequest(List.of(claim))).claims().get(0).arrearsClass();
  }

  @Test
  void test_limit_500000included_oneFenAboveNot() {
    assertThat(classOf(claim("A", "500000.00").build())).contains(ArrearsClass.FULL_CLEARANCE);
    assertThat(classOf(claim("A", "500000.01").build())).contains(ArrearsClass.RESOLUTION);
    assertThat(classOf(claim("A", "500000.00").disputed(true).build())).contains(ArrearsClass.DISPUTED);
    assertThat(classOf(claim("A", "100.00").debtorKind(ArrearsDebtorKind.OTHER).build()))
        .contains(ArrearsClass.NOT_COVERED);
  }

  @Test
  void test_total_ofTheFullClearanceClaims() {
    // 500,000.00 + 120,000.00 classed for full clearance; 500,000.01 for resolution
    ArrearsRequest request = new ArrearsRequest(List.of(claim("A", "500000.00").build(),
        claim("B", "120000.00").debtorKind(ArrearsDebtorKind.LARGE_STATE_ENTERPRISE).build(),
        claim("C", "500000.01").build()));
    assertThat(CALC.fullClearanceTotal(MEASURE, request)).isEqualTo(Cny.of("620000.00"));
  }

  @Test
  void test_disputeNotKnown_aboveTheLimit_decidesNoTotal() {
    // 500,000.01 is above "50 万元以下" (第二十一条): not cleared in full whether disputed or not, so the plain form's
    // total is B's 120,000.00 alone; its class (disputed or for resolution) is still not known to the explaining form
    ArrearsRequest request = new ArrearsRequest(List.of(claim("A", "500000.01").disputed(Optional.empty()).build(),
        claim("B", "120000.00").build()));
    assertThat(CALC.fullClearanceTotal(MEASURE, request)).isEqualTo(Cny.of("120000.00"));
    ArrearsResult explained = CALC.explainClasses(MEASURE, request);
    assertThat(explained.missingFacts()).containsExactly("/arrearsClaims/0/disputed");
    assertThat(explained.fullClearanceTotal()).isEqualTo(Cny.of("120000.00"));
    // at the limit, 500,000.00, the dispute status decides whether it is cleared in full: the plain form asks for it
    ArrearsRequest atLimit = new ArrearsRequest(List.of(claim("A", "500000.00").disputed(Optional.empty()).build()));
    assertThatThrownBy(() -> CALC.fullClearanceTotal(MEASURE, atLimit)).isInstanceOf(MissingFactsException.class)
        .satisfies(ex -> assertThat(((MissingFactsException) ex).missingFacts())
            .containsExactly("/arrearsClaims/0/disputed"));
  }

  @Test
  void test_disputeNotKnown_named_badAmount() {
    ArrearsResult result = CALC.explainClasses(MEASURE, new ArrearsRequest(List.of(claim("A", "1.00")
        .disputed(Optional.empty()).build())));
    assertThat(result.missingFacts()).containsExactly("/arrearsClaims/0/disputed");
    assertField(() -> claim("A", "0.00").build(), "amount");
    assertField(() -> CALC.explainClassesJson(MEASURE, "{\"arrearsClaims\": [{\"claimId\": \"A\", "
        + "\"debtorKind\": \"BANK\", \"amount\": {\"amount\": 5, \"currency\": \"CNY\"}}]}"),
        "/arrearsClaims/0/debtorKind");
    // the measure's own classing, from the Java API: before, a bare NullPointerException for a null amount
    assertField(() -> MEASURE.classify(ArrearsDebtorKind.GOVERNMENT_AGENCY, null, false), "amountYuan");
  }

  @Test
  void test_evaluator() {
    LocalDate asOf = LocalDate.of(2023, 6, 30);
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("310115")
        .size(EnterpriseSize.SMALL).arrearsClaims(List.of(claim("A", "500000.00").build())).build();
    MeasureOutcome outcome = CatalogRuns.both(ArrearsMeasure.SHANGHAI_2023.id(), profile, asOf);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.NON_MONETARY);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(outcome.detail().orElseThrow().zh()).contains("合计 500,000.00 元");
    MeasureOutcome noSize = CatalogRuns.both(ArrearsMeasure.SHANGHAI_2023.id(), EnterpriseProfile.builder()
        .from(profile).size(Optional.empty()).build(), asOf);
    assertThat(noSize.missingFacts()).containsExactly("/size");
    MeasureOutcome large = CatalogRuns.both(ArrearsMeasure.SHANGHAI_2023.id(), EnterpriseProfile.builder()
        .from(profile).size(EnterpriseSize.LARGE).build(), asOf);
    assertThat(large.verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_conditions_eachClaimItsOutcome() {
    // one condition per claim, "undisputed and at most 500,000": A 500,000.00 met; B 500,000.01 not met; C disputed
    // not met; D dispute not known: unknown
    ArrearsResult result = CALC.explainClasses(MEASURE, new ArrearsRequest(List.of(claim("A", "500000.00").build(),
        claim("B", "500000.01").build(), claim("C", "100.00").disputed(true).build(),
        claim("D", "100.00").disputed(Optional.empty()).build())));
    assertOutcomes(result.explanation(), MET, NOT_MET, NOT_MET, UNKNOWN);
    assertThat(detailsOf(result.explanation(), "undisputed")).element(3).asString()
        .isEqualTo("D: GOVERNMENT_AGENCY, 100.00, disputed not given → unknown");
  }

  @Test
  void test_evaluator_reasons_andEachVerdict() {
    LocalDate asOf = LocalDate.of(2023, 6, 30);
    EnterpriseProfile small = EnterpriseProfile.builder().registrationRegionCode("310115")
        .size(EnterpriseSize.SMALL).arrearsClaims(List.of(claim("A", "500000.00").build())).build();
    // 500,000.00 ≤ "50 万元以下": for full clearance
    assertThat(CatalogRuns.both(ArrearsMeasure.SHANGHAI_2023.id(), small, asOf).reasons()).extracting(Reason::code)
        .containsExactly("full-clearance");
    // 500,000.01, above the limit: none for full clearance, ineligible, nothing missing
    MeasureOutcome above = CatalogRuns.both(ArrearsMeasure.SHANGHAI_2023.id(), EnterpriseProfile.builder().from(small)
        .arrearsClaims(List.of(claim("A", "500000.01").build())).build(), asOf);
    assertThat(above.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(above.reasons()).extracting(Reason::code).containsExactly("not-full-clearance");
    assertThat(above.missingFacts()).isEmpty();
    assertThat(above.detail()).isEmpty();
    // the dispute not known: undetermined, naming it
    MeasureOutcome open = CatalogRuns.both(ArrearsMeasure.SHANGHAI_2023.id(), EnterpriseProfile.builder().from(small)
        .arrearsClaims(List.of(claim("A", "100.00").disputed(Optional.empty()).build())).build(), asOf);
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.missingFacts()).containsExactly("/arrearsClaims/0/disputed");
    // a full-clearance claim, the size not known: undetermined on the size alone
    MeasureOutcome noSize = CatalogRuns.both(ArrearsMeasure.SHANGHAI_2023.id(), EnterpriseProfile.builder()
        .from(small).size(Optional.empty()).build(), asOf);
    assertThat(noSize.verdict()).isEqualTo(Verdict.UNDETERMINED);
    // no claim at all: ineligible
    MeasureOutcome none = CatalogRuns.both(ArrearsMeasure.SHANGHAI_2023.id(), EnterpriseProfile.builder()
        .from(small).arrearsClaims(List.of()).build(), asOf);
    assertThat(none.verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_request_aRepeatedClaimIdNamed() {
    assertField(() -> new ArrearsRequest(List.of(claim("A", "1.00").build(), claim("B", "2.00").build(),
        claim("A", "3.00").build())), "arrearsClaims/2/claimId");
  }
}
