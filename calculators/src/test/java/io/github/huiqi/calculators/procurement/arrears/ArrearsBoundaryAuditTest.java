package io.github.huiqi.calculators.procurement.arrears;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.procurement.arrears.ArrearsClass;
import io.github.huiqi.core.procurement.arrears.ArrearsMeasure;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Second-pass QA audit of 沪企服办〔2023〕1号 第二十一条 ("实施机关、事业单位、大型国企逾期未支付中小微企业账款信息披露制度，实现
 * 无分歧账款化解率 100%，50 万元以下无分歧账款清偿率 100%"; domain.md §1.5 card 003-21: a classification at 500,000, not a
 * payment formula), hand-worked through the typed calculator and the engine's JSON. 以下 includes the number (the
 * measure's citation note, 民法典 第一千二百五十九条).
 */
class ArrearsBoundaryAuditTest {

  private static final ArrearsMeasure MEASURE = PolicyData.builtIn().getMeasure(ArrearsMeasure.SHANGHAI_2023);

  private static ArrearsRequest request(String claims) {
    return HuiqiJson.read(("{'arrearsClaims': [" + claims + "]}").replace('\'', '"'), ArrearsRequest.class);
  }

  private static String claim(String id, String debtor, String amount, String disputed) {
    return "{'claimId': '" + id + "', 'debtorKind': '" + debtor + "', 'amount': {'amount': " + amount
        + ", 'currency': 'CNY'}" + (disputed == null ? "" : ", 'disputed': " + disputed) + "}";
  }

  private static MeasureOutcome engine(String profileTail, LocalDate asOf) {
    return CatalogProfiles.outcome(CatalogProfiles.quoted("{" + profileTail + "}"), asOf,
        ArrearsMeasure.SHANGHAI_2023.id(), true);
  }

  @Test
  void test_limitIsPerClaim_notPerCreditor() {
    // 第二十一条 "50 万元以下无分歧账款": the limit reads each claim. 300,000.10 (agency) and 200,000.00 (institution) are
    // each ≤ 500,000 and undisputed: both for full clearance, total 300,000.10 + 200,000.00 = 500,000.10 — above
    // 500,000 in all, which does not matter; 500,000.01 (large SOE, undisputed) is above: resolution only.
    ArrearsRequest request = request(claim("A", "GOVERNMENT_AGENCY", "300000.10", "false") + ", "
        + claim("B", "PUBLIC_INSTITUTION", "200000.00", "false") + ", "
        + claim("C", "LARGE_STATE_ENTERPRISE", "500000.01", "false"));
    assertThat(ArrearsCalculator.DEFAULT.fullClearanceTotal(MEASURE, request)).isEqualTo(Cny.of("500000.10"));
    ArrearsResult explained = ArrearsCalculator.DEFAULT.explainClasses(MEASURE, request);
    assertThat(explained.claims().get(0).arrearsClass()).contains(ArrearsClass.FULL_CLEARANCE);
    assertThat(explained.claims().get(1).arrearsClass()).contains(ArrearsClass.FULL_CLEARANCE);
    assertThat(explained.claims().get(2).arrearsClass()).isNotEqualTo(explained.claims().get(0).arrearsClass());
    assertThat(explained.missingFacts()).isEmpty();
  }

  @Test
  void test_otherDebtor_andDisputed_areOutside() {
    // 第二十一条 names 机关、事业单位、大型国企 only: a private debtor's 100.00 is not covered, its dispute not asked;
    // a disputed 100.00 on an agency is not 无分歧. Nothing for full clearance: 0.00.
    ArrearsRequest request = request(claim("P", "OTHER", "100.00", null) + ", "
        + claim("D", "GOVERNMENT_AGENCY", "100.00", "true"));
    assertThat(ArrearsCalculator.DEFAULT.fullClearanceTotal(MEASURE, request)).isEqualTo(Cny.of("0.00"));
    assertThat(ArrearsCalculator.DEFAULT.explainClasses(MEASURE, request).missingFacts()).isEmpty();
  }

  @Test
  void test_unknownDisputeWithinTheLimit_typedApiNamesIt() {
    // 500,000.00 on an agency, dispute not known: it is ≤ 500,000, so whether it is 无分歧 decides the total
    MissingFactsException missing = catchThrowableOfType(() -> ArrearsCalculator.DEFAULT.fullClearanceTotal(MEASURE,
        request(claim("A", "GOVERNMENT_AGENCY", "500000.00", null))), MissingFactsException.class);
    assertThat(missing.missingFacts()).containsExactly("/arrearsClaims/0/disputed");
  }

  @Test
  void test_engine_mediumFirm_eligibleNonMonetary_windowByAsOf() {
    // 中小微企业 includes a medium firm; 499,999.99 undisputed on an agency: for full clearance, an action that pays the
    // firm nothing new (NON_MONETARY, 0). The 2023 action (validity 2023-01-01..2023-12-31): open on 2023-12-31,
    // closed on 2024-01-01 (decisions register §4.6 item 38: a period's last day is included).
    String profile = "'registrationRegionCode': '310115', 'size': 'MEDIUM', 'arrearsClaims': ["
        + claim("A", "GOVERNMENT_AGENCY", "499999.99", "false") + "]";
    MeasureOutcome last = engine(profile, LocalDate.of(2023, 12, 31));
    assertThat(last.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(last.amountKind()).isEqualTo(AmountKind.NON_MONETARY);
    assertThat(last.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(last.windowStatus()).isEqualTo(WindowStatus.OPEN);
    assertThat(last.detail().orElseThrow().en()).contains("499,999.99 in all");
    assertThat(engine(profile, LocalDate.of(2024, 1, 1)).windowStatus()).isEqualTo(WindowStatus.CLOSED);
  }

  @Test
  void test_engine_largeFirm_ineligibleEvenWithClaimsUnknown() {
    // the claims must be 中小微企业账款: a large creditor is outside whatever its claims, so the unknown claims are
    // not asked (a condition that fails decides; unknown is not false, decisions register §0.3, but cannot matter)
    MeasureOutcome outcome = engine("'registrationRegionCode': '310115', 'size': 'LARGE'", LocalDate.of(2023, 6, 30));
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.missingFacts()).isEmpty();
    assertThat(outcome.reasons()).extracting(r -> r.code()).contains("not-sme");
  }

  @Test
  void test_engine_region() {
    String claims = ", 'size': 'SMALL', 'arrearsClaims': [" + claim("A", "GOVERNMENT_AGENCY", "100", "false") + "]";
    LocalDate asOf = LocalDate.of(2023, 6, 30);
    // a Shanghai measure for a Shenzhen firm (440306): ineligible, 0
    MeasureOutcome shenzhen = engine("'registrationRegionCode': '440306'" + claims, asOf);
    assertThat(shenzhen.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(shenzhen.reasons()).extracting(r -> r.code()).contains("not-enterprise-in-region");
    // region not known: at most undetermined, the region asked first
    MeasureOutcome unknown = engine("'industryCode': 'C3484'" + claims, asOf);
    assertThat(unknown.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(unknown.missingFacts()).startsWith("/registrationRegionCode");
  }

  @Test
  void test_engineJson_badClaimAmount_namesThePointer() {
    // a claim of 0 is no overdue payment ("amount overdue, positive"): bad input at its pointer
    String json = "{\"asOf\": \"2023-06-30\", \"measures\": [\"sh-qfb-2023-1.arrears-clearance\"], \"profile\": {"
        + "\"registrationRegionCode\": \"310115\", \"arrearsClaims\": [" + claim("A", "GOVERNMENT_AGENCY", "0", "false")
        .replace('\'', '"') + "]}}";
    assertField(() -> EntitlementEngine.builtIn().evaluateJson(json), "/profile/arrearsClaims/0/amount");
  }

  @Test
  void test_typedJson_repeatedClaimId_namesThePointer() {
    // each id at most once (ArrearsRequest): the second "A" is named at its JSON Pointer
    assertField(() -> ArrearsCalculator.DEFAULT.explainClassesJson(MEASURE, ("{'arrearsClaims': ["
        + claim("A", "GOVERNMENT_AGENCY", "1", "false") + ", " + claim("A", "OTHER", "2", null) + "]}")
        .replace('\'', '"')), "/arrearsClaims/1/claimId");
  }

  @Test
  void test_engine_sizeAndClaimsUnknown_bothNamed() {
    // neither the size (中小微企业?) nor the claims known: both decide, both are named, the size first (as when the
    // claims are given). Before the fix only /arrearsClaims was named, so a platform needed a second round for /size.
    MeasureOutcome outcome = engine("'registrationRegionCode': '310115'", LocalDate.of(2023, 6, 30));
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    // then the facts the engine would size the firm from (工信部联企业〔2011〕300号: the industry and the year's figures)
    assertThat(outcome.missingFacts()).containsExactly("/size", "/arrearsClaims", "/industryCode", "/years");
  }
}
