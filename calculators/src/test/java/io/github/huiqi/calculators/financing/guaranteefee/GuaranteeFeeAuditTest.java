package io.github.huiqi.calculators.financing.guaranteefee;

import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.atLeast;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.between;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.both;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QA audit of the guarantee-fee measures on boundaries the family's other tests leave out: a profile whose loans are
 * not given but whose size already rules the measure out, through the engine's Java and JSON entry points, and the
 * calculators' JSON entry points on a ceiling that binds by a hair and a half-fen of 30%.
 */
class GuaranteeFeeAuditTest {

  private static final MeasureId REDUCTION = GuaranteeFeeReductionMeasure.SHENZHEN_2023.id();
  private static final MeasureId SUBSIDY = GuaranteeFeeSubsidyMeasure.SHENZHEN_2021.id();
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  private static EnterpriseProfile shenzhen(EnterpriseSize size) {
    return EnterpriseProfile.builder().registrationRegionCode("440306").industryCode("F5211").size(size).build();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_loansNotGiven_largeOrMediumFirm_ineligibleNotUndetermined() {
    // 深工信〔2023〕26号 第6条 "针对小微企业", and the small/micro fee subsidy's "小型微型企业" (2017 guide): a firm known to
    // be large or medium fails the size condition of every loan it could name, so its missing loans decide nothing
    // (before the fix: undetermined, the subsidy "0 – 300,000" and /loans asked for)
    for (EnterpriseSize size : new EnterpriseSize[] {EnterpriseSize.LARGE, EnterpriseSize.MEDIUM}) {
      MeasureOutcome reduction = both(REDUCTION, shenzhen(size), AS_OF);
      assertThat(reduction.verdict()).as("reduction, %s", size).isEqualTo(Verdict.INELIGIBLE);
      assertThat(reduction.amount()).isEqualTo(OutcomeAmount.ZERO);
      assertThat(reduction.missingFacts()).isEmpty();
      assertThat(reduction.reasons()).extracting(Reason::code).containsExactly("not-borrower-small-or-micro");

      MeasureOutcome subsidy = both(SUBSIDY, shenzhen(size), AS_OF);
      assertThat(subsidy.verdict()).as("subsidy, %s", size).isEqualTo(Verdict.INELIGIBLE);
      assertThat(subsidy.amount()).isEqualTo(OutcomeAmount.ZERO);
      assertThat(subsidy.missingFacts()).isEmpty();
      assertThat(subsidy.reasons()).extracting(Reason::code).containsExactly("not-enterprise-small-or-micro");
    }
  }

  @Test
  void test_loansNotGiven_smallMicroOrUnknownSize_stillUndetermined() {
    for (EnterpriseSize size : new EnterpriseSize[] {EnterpriseSize.SMALL, EnterpriseSize.MICRO}) {
      assertThat(both(REDUCTION, shenzhen(size), AS_OF).amount()).isEqualTo(atLeast("0"));
      // cap 300,000 per firm a year (2017 guide)
      assertThat(both(SUBSIDY, shenzhen(size), AS_OF).amount()).isEqualTo(between("0", "300000.00"));
    }
    // neither size nor loans given: both decide, so both are named (the engine fills /size from the figures)
    EnterpriseProfile unknownSize = EnterpriseProfile.builder().registrationRegionCode("440306").build();
    assertThat(both(REDUCTION, unknownSize, AS_OF).verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(both(REDUCTION, unknownSize, AS_OF).missingFacts()).containsExactly("/loans", "/size");
    assertThat(both(SUBSIDY, unknownSize, AS_OF).verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(both(SUBSIDY, unknownSize, AS_OF).missingFacts()).containsExactly("/loans", "/size");
  }

  @Test
  void test_engineJson_sizeFromFigures_withoutLoans() throws IOException {
    // 工信部联企业〔2011〕300号 工业: medium from 300 employees and 20,000,000 revenue (both lower bounds, included);
    // 299 employees misses the medium bound: small. The engine classifies on the prior year (2022 for 2023-06-30).
    assertThat(verdicts(300)).containsExactly("INELIGIBLE", "INELIGIBLE");
    assertThat(verdicts(299)).containsExactly("UNDETERMINED", "UNDETERMINED");
  }

  private static List<String> verdicts(int employees) throws IOException {
    String request = "{\"profile\": {\"registrationRegionCode\": \"440306\", \"industryCode\": \"C3484\","
        + " \"years\": [{\"year\": 2022, \"employees\": " + employees + ", \"revenue\": {\"amount\": 20000000,"
        + " \"currency\": \"CNY\"}}]}, \"asOf\": \"2023-06-30\", \"measures\": [\"" + REDUCTION.value() + "\", \""
        + SUBSIDY.value() + "\"]}";
    JsonNode report = new ObjectMapper().readTree(EntitlementEngine.builtIn().evaluateJson(request));
    List<String> verdicts = new ArrayList<>();
    report.at("/outcomes").forEach(outcome -> verdicts.add(outcome.at("/verdict").asText()));
    return verdicts;
  }

  @Test
  void test_engineJson_largeFirmWithoutLoans_bothIneligible() throws IOException {
    String request = "{\"profile\": {\"registrationRegionCode\": \"440306\", \"industryCode\": \"F5211\","
        + " \"size\": \"LARGE\"}, \"asOf\": \"2023-06-30\", \"measures\": [\"" + REDUCTION.value() + "\", \""
        + SUBSIDY.value() + "\"]}";
    JsonNode report = new ObjectMapper().readTree(EntitlementEngine.builtIn().evaluateJson(request));
    assertThat(report.at("/outcomes").size()).isEqualTo(2);
    for (JsonNode outcome : report.at("/outcomes")) {
      assertThat(outcome.at("/verdict").asText()).as(outcome.at("/measure").asText()).isEqualTo("INELIGIBLE");
    }
  }

  @Test
  void test_draftCap_loansNotGiven_notSpecialised_ineligible() {
    // 32条(五) "鼓励政府性融资担保…机构加大对专精特新企业融资担保支持力度，担保费率不高于…基准利率的二分之一": a firm that
    // holds no 专精特新 recognition is out on every contract date, whatever its loans
    MeasureId cap = GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT.id();
    MeasureOutcome none = both(cap, EnterpriseProfile.builder().registrationRegionCode("440306")
        .specialisedAndInnovative(Qualification.held(false)).build(), AS_OF);
    assertThat(none.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(none.missingFacts()).isEmpty();
    assertThat(none.reasons()).extracting(Reason::code).containsExactly("not-specialised-and-innovative");
    // held (on some date) or not known: the loans' contract dates decide
    assertThat(both(cap, EnterpriseProfile.builder().registrationRegionCode("440306")
        .specialisedAndInnovative(Qualification.held(true)).build(), AS_OF).verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(both(cap, EnterpriseProfile.builder().registrationRegionCode("440306").build(), AS_OF).verdict())
        .isEqualTo(Verdict.UNDETERMINED);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_reductionJson_ceilingBindsByAHair() throws IOException {
    GuaranteeFeeReductionMeasure measure = PolicyData.builtIn().getMeasure(GuaranteeFeeReductionMeasure.SHENZHEN_2023);
    // 第6条: 1.6667% × (1 − 40%) = 1.00002% > 1%: the 1% ceiling binds; 1.66% × 60% = 0.996% ≤ 1%: it does not.
    // 1,000,000 for 2023-01-01 → 2024-01-01, 12 whole months (the measure's default basis 年费率 × 月 ÷ 12):
    // standard 1,000,000 × 1.6667% = 16,667.00; at the ceiling 1,000,000 × 1% = 10,000.00
    JsonNode hair = reduction(measure, "1.6667%");
    assertThat(hair.at("/reducedFeeRate").asText()).isEqualTo("1%");
    assertThat(hair.at("/ceilingBinding").asBoolean()).isTrue();
    assertThat(hair.at("/standardFee/amount").decimalValue()).isEqualByComparingTo("16667.00");
    assertThat(hair.at("/reducedFee/amount").decimalValue()).isEqualByComparingTo("10000.00");
    // 1,000,000 × 0.996% = 9,960.00
    JsonNode below = reduction(measure, "1.66%");
    assertThat(below.at("/reducedFeeRate").asText()).isEqualTo("0.996%");
    assertThat(below.at("/ceilingBinding").asBoolean()).isFalse();
    assertThat(below.at("/reducedFee/amount").decimalValue()).isEqualByComparingTo("9960.00");
  }

  @Test
  void test_subsidyJson_halfAFenRoundsUp() throws IOException {
    GuaranteeFeeSubsidyMeasure measure = PolicyData.builtIn().getMeasure(GuaranteeFeeSubsidyMeasure.SHENZHEN_2021);
    // 2017 guide: 补贴额 = 实际发生的担保费 × 30%; 1,000.05 × 30% = 300.015, half-up to the fen 300.02 (decisions
    // register §4.5 item 35); the fee rate 1% ≤ 50% × the loan rate 4%, the loan 100,000 ≤ 3,000,000
    String request = "{\"enterpriseSize\": \"SMALL\", \"registrationRegionCode\": \"440305\", \"subsidyYear\": 2023,"
        + " \"loans\": [{\"loanId\": \"L0\", \"principal\": {\"amount\": 100000, \"currency\": \"CNY\"},"
        + " \"drawdownDate\": \"2023-03-01\", \"annualInterestRate\": \"4%\", \"guaranteeFeeRate\": \"1%\","
        + " \"guaranteeFeePaid\": {\"amount\": 1000.05, \"currency\": \"CNY\"}, \"guarantorInRegion\": true,"
        + " \"vehicleOrRealEstatePurchase\": false}]}";
    JsonNode result = new ObjectMapper().readTree(GuaranteeFeeSubsidyCalculator.DEFAULT.explainSubsidyJson(measure,
        request));
    assertThat(result.at("/eligibility/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(result.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("300.02");
    assertThat(result.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("300.02");
  }

  @Test
  void test_draftCapJson_termBracketsAtTheirEdges() throws IOException {
    // 32条(五) "担保费率不高于国家当期银行贷款基准利率的二分之一", the PBoC benchmark by term (银发〔2015〕325号): ≤1 year
    // 4.35% → 2.175%; 1–5 years (5 included) 4.75% → 2.375%; over 5 years 4.90% → 2.45%
    assertThat(feeRateCap("2023-01-01", "2024-01-01")).isEqualTo("2.175%");
    assertThat(feeRateCap("2023-01-01", "2024-01-02")).isEqualTo("2.375%");
    assertThat(feeRateCap("2023-01-01", "2028-01-01")).isEqualTo("2.375%");
    assertThat(feeRateCap("2023-01-01", "2028-01-02")).isEqualTo("2.45%");
    // from 29 February a year runs to 28 February (no 2025-02-29): 2025-02-28 is within a year, 2025-03-01 is not
    assertThat(feeRateCap("2024-02-29", "2025-02-28")).isEqualTo("2.175%");
    assertThat(feeRateCap("2024-02-29", "2025-03-01")).isEqualTo("2.375%");
  }

  private static String feeRateCap(String start, String maturity) throws IOException {
    GuaranteeFeeBenchmarkCapMeasure measure = PolicyData.builtIn()
        .getMeasure(GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT);
    String request = "{\"specialisedAndInnovative\": true, \"governmentGuarantor\": true, \"contractDate\": \""
        + start + "\", \"loanStart\": \"" + start + "\", \"maturity\": \"" + maturity + "\", \"proposedFeeRate\":"
        + " \"1%\", \"guaranteedPrincipal\": {\"amount\": 1000000, \"currency\": \"CNY\"}}";
    return new ObjectMapper().readTree(GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCapJson(measure,
        request)).at("/feeRateCap").asText();
  }

  private static JsonNode reduction(GuaranteeFeeReductionMeasure measure, String standard) throws IOException {
    String request = "{\"borrowerSize\": \"SMALL\", \"governmentGuarantor\": true, \"guaranteedPrincipal\":"
        + " {\"amount\": 1000000, \"currency\": \"CNY\"}, \"standardFeeRate\": \"" + standard + "\","
        + " \"guaranteeStart\": \"2023-01-01\", \"guaranteeEnd\": \"2024-01-01\"}";
    return new ObjectMapper().readTree(GuaranteeFeeReductionCalculator.DEFAULT.explainFeeJson(measure, request));
  }
}
