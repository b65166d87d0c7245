package io.github.huiqi.calculators.financing.guaranteefee;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * QA audit of the guarantee-fee reduction (深工信〔2023〕26号 第6条 "2023年，政府性融资担保机构针对小微企业的担保费率最高减免40%、
 * 且不高于1%"; reduced rate min(standard × (1 − 40%), 1%), decisions register §4.3 item 18; fee = principal × rate ×
 * (whole months ÷ 12 + odd days ÷ 360), §4.3 item 21; fee saved = standard fee − reduced fee, each rounded half-up to
 * the fen, §2.8) on a fee-free guarantee, a principal with a half yuan and a year with a leap day, through the
 * calculator and the engine's JSON.
 */
class GuaranteeFeeReductionAuditTest {

  private static final GuaranteeFeeReductionMeasure MEASURE =
      PolicyData.builtIn().getMeasure(GuaranteeFeeReductionMeasure.SHENZHEN_2023);
  private static final GuaranteeFeeReductionCalculator SUT = GuaranteeFeeReductionCalculator.DEFAULT;

  private static GuaranteeFeeReductionRequest request(String principal, String standard, String start, String end) {
    return GuaranteeFeeReductionRequest.builder().borrowerSize(EnterpriseSize.SMALL).governmentGuarantor(true)
        .guaranteedPrincipal(Cny.of(principal)).standardFeeRate(Rate.parse(standard))
        .guaranteeStart(LocalDate.parse(start)).guaranteeEnd(LocalDate.parse(end)).build();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_feeFreeGuarantee_calculator() {
    // standard 0%: min(0% × 60%, 1%) = 0%, fee 0.00; the guarantee qualifies (government guarantor, small firm, 2023)
    GuaranteeFeeReductionResult result = SUT.explainFee(MEASURE,
        request("1000000", "0%", "2023-03-01", "2024-03-01"));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.reducedFeeRate()).isEqualTo(Rate.ZERO);
    assertThat(result.standardFee()).isEqualTo(Cny.of("0.00"));
    assertThat(result.reducedFee()).isEqualTo(Cny.of("0.00"));
    assertThat(result.limitsConflict()).isFalse();
  }

  @Test
  void test_feeFreeGuarantee_engineJsonIsComplete() throws IOException {
    // the profile schema allows a 0% standard rate; the report is complete and the fee saved is 0.00
    String request = """
        {"asOf": "2023-06-30", "measures": ["sz-gxj-2023-26.guarantee-fee-reduction"],
         "profile": {"registrationRegionCode": "440306", "size": "SMALL",
           "loans": [{"loanId": "F", "principal": {"amount": 1000000, "currency": "CNY"},
             "drawdownDate": "2023-03-01", "maturityDate": "2024-03-01", "annualInterestRate": "3.65%",
             "guarantee": {"governmentGuarantor": true, "standardFeeRate": "0%"}}]}}
        """;
    JsonNode report = new ObjectMapper().readTree(EntitlementEngine.builtIn().evaluateJson(request));
    assertThat(report.at("/complete").asBoolean()).isTrue();
    assertThat(report.at("/failures").size()).isZero();
    assertThat(report.at("/outcomes/0/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(report.at("/outcomes/0/amount/maximum/amount").decimalValue()).isEqualByComparingTo("0");
  }

  @Test
  void test_halfYuanPrincipal_eachFeeRoundedOnce() {
    // 1,000,000.50 for a whole year (12 months ÷ 12) at a standard 1.66666%: 1.66666% × 60% = 0.999996% ≤ 1%;
    // standard fee 1,000,000.50 × 1.66666% = 16,666.6083… → 16,666.61; reduced 1,000,000.50 × 0.999996%
    // = 9,999.9649… → 9,999.96; saved 6,666.65 (each fee rounded once, decisions register §2.8), not the
    // 6,666.64 that rounding 1,000,000.50 × 0.666664% = 6,666.6433… once would give
    GuaranteeFeeReductionResult result = SUT.explainFee(MEASURE,
        request("1000000.50", "1.66666%", "2023-01-01", "2024-01-01"));
    assertThat(result.standardFee()).isEqualTo(Cny.of("16666.61"));
    assertThat(result.reducedFee()).isEqualTo(Cny.of("9999.96"));
    assertThat(result.limitsConflict()).isFalse();
  }

  @Test
  void test_leapYear_wholeMonthsIgnoreTheLeapDay() {
    // 2023-12-31 → 2024-12-31 is 12 whole months (366 days with 2024-02-29): 12/12 of a year, so at the 1% ceiling
    // (2% × 60% = 1.2% > 1%) the fee is 1,000,000 × 1% = 10,000.00 and the standard 20,000.00, whatever the leap day
    GuaranteeFeeReductionResult result = SUT.explainFee(MEASURE,
        request("1000000", "2%", "2023-12-31", "2024-12-31"));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.reducedFee()).isEqualTo(Cny.of("10000.00"));
    assertThat(result.standardFee()).isEqualTo(Cny.of("20000.00"));
    assertThat(result.limitsConflict()).isTrue();
  }
}
