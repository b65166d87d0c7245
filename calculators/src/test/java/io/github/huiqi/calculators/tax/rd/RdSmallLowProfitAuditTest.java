package io.github.huiqi.calculators.tax.rd;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EngineJsonOutcomes;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.rd.RdMeasure;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import org.junit.jupiter.api.Test;

/**
 * QA audit (second pass): the R&amp;D extra deduction and the 小型微利企业 relief of one firm-year through the engine's
 * JSON, the deduction taken before the 小型微利企业 test (domain.md §1.7, decisions register §1.7), each figure worked
 * by hand.
 * <p>
 * The saving is split as the register says: the R&amp;D measure saves std(TIb) − std(TIa), the deduction at the
 * standard 25% (企业所得税法 第四条), and the 小型微利企业 measure std(TIa) − due(TIa), where TIa = TIb − E. The
 * 小型微利企业 rates: 2021 and 2022 ≤ 1,000,000 at 12.5% × 20% = 2.5% (2021年第12号); 1,000,000–3,000,000 at
 * 50% × 20% = 10% in 2021 (财税〔2019〕13号) and 25% × 20% = 5% in 2022 (2022年第13号); 5% on both from 2023
 * (2023年第6号); none above 3,000,000 (2022年第13号 第二条: 不超过300万元). Every firm here has 50 employees and
 * 10,000,000 of assets in every quarter, well within 300 and 50,000,000.
 */
class RdSmallLowProfitAuditTest {

  private static final String TECH_SME_2022 = "{'held': true, 'since': '2022-03-01', 'until': '2025-02-28'}";
  private static final String NOT_TECH_SME = "{'held': false}";

  private static String cny(String yuan) {
    return "{'amount': " + yuan + ", 'currency': 'CNY'}";
  }

  private static String year(int year, String incomeBeforeRd, String rdPersonnel) {
    StringBuilder quarters = new StringBuilder();
    for (int q = 1; q <= 4; q++) {
      quarters.append(q > 1 ? ", " : "").append("{'quarter': ").append(q).append(", 'employeesAtStart': 50, ")
          .append("'employeesAtEnd': 50, 'totalAssetsAtStart': ").append(cny("10000000"))
          .append(", 'totalAssetsAtEnd': ").append(cny("10000000")).append('}');
    }
    String zero = cny("0");
    return "{'year': " + year + (incomeBeforeRd == null ? "" : ", 'taxableIncomeBeforeRd': " + cny(incomeBeforeRd))
        + ", 'quarters': [" + quarters + "], 'rdIntangibles': [], 'rdExpensedCosts': {'personnel': "
        + cny(rdPersonnel) + ", 'directInputs': " + zero + ", 'depreciation': " + zero + ", 'intangibleAmortisation': "
        + zero + ", 'newProductDesign': " + zero + ", 'otherRelated': " + zero + "}}";
  }

  private static String request(String asOf, String industry, String techSme, String... years) {
    return ("{'profile': {'registrationRegionCode': '440305', 'industryCode': '" + industry + "', "
        + "'restrictedOrProhibitedIndustry': false, 'techSme': " + techSme + ", 'icOrMachineTool': false, "
        + "'years': [" + String.join(", ", years) + "]}, 'asOf': '" + asOf + "', 'explain': true, "
        + "'measures': ['sz-gxj-2023-26.small-low-profit-enterprise', 'sz-gxj-2023-26.rd-super-deduction']}")
        .replace('\'', '"');
  }

  private static MeasureOutcome rd(String request) {
    return EngineJsonOutcomes.outcome(request, RdMeasure.SHENZHEN_2023.id());
  }

  private static MeasureOutcome slpe(String request) {
    return EngineJsonOutcomes.outcome(request, SmallLowProfitMeasure.SHENZHEN_2023.id());
  }

  private static void assertExact(MeasureOutcome outcome, Verdict verdict, String amount) {
    assertThat(outcome.verdict()).isEqualTo(verdict);
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.TAX_SAVED);
    assertRange(outcome, amount, amount);
  }

  private static void assertRange(MeasureOutcome outcome, String minimum, String maximum) {
    assertThat(Cny.yuan(outcome.amount().minimum(), "minimum")).isEqualByComparingTo(minimum);
    assertThat(Cny.yuan(outcome.amount().maximum().orElseThrow(), "maximum")).isEqualByComparingTo(maximum);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_2022_softwareFirmNotEnrolled_seventyFivePercentThenTheRelief() {
    // TIb 3,200,000; R&D 300,000 at 75% (财税〔2018〕99号, 2021年第6号) → E 225,000; TIa 2,975,000 ≤ 3,000,000
    // R&D: 225,000 × 25% = 56,250.00
    // 小型微利: std(TIa) 2,975,000 × 25% = 743,750.00; due 1,000,000 × 2.5% + 1,975,000 × 5% = 25,000 + 98,750
    // = 123,750.00; relief 620,000.00. In all 676,250.00 = std(TIb) 800,000 − 123,750
    String request = request("2022-12-31", "I6510", NOT_TECH_SME, year(2022, "3200000", "300000"));
    assertExact(rd(request), Verdict.ELIGIBLE, "56250.00");
    assertExact(slpe(request), Verdict.ELIGIBLE, "620000.00");
  }

  @Test
  void test_2022_softwareFirmEnrolledTechSme_oneHundredPercentThenTheRelief() {
    // 深工信〔2023〕26号 第1条 (2022年第16号): 100% → E 300,000; TIa 2,900,000
    // R&D: 300,000 × 25% = 75,000.00
    // 小型微利: std 725,000 − (25,000 + 1,900,000 × 5% = 95,000 → 120,000) = 605,000.00; in all 680,000.00
    String request = request("2022-12-31", "I6510", TECH_SME_2022, year(2022, "3200000", "300000"));
    assertExact(rd(request), Verdict.ELIGIBLE, "75000.00");
    assertExact(slpe(request), Verdict.ELIGIBLE, "605000.00");
  }

  @Test
  void test_2022_theTechSmeEnrolmentDecidesTheCliff() {
    // TIb 3,225,000.01, R&D 300,000.
    // Not enrolled: E 225,000 → TIa 3,000,000.01 > 3,000,000: no 小型微利 relief at all (the cliff);
    // R&D std(TIb) 806,250.0025 → 806,250.00 − std(TIa) 750,000.0025 → 750,000.00 = 56,250.00
    String not = request("2022-12-31", "I6510", NOT_TECH_SME, year(2022, "3225000.01", "300000"));
    assertThat(slpe(not).verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(Cny.yuan(slpe(not).amount().maximum().orElseThrow(), "maximum")).isEqualByComparingTo("0");
    assertExact(rd(not), Verdict.ELIGIBLE, "56250.00");
    // Enrolled: E 300,000 → TIa 2,925,000.01 within: due 25,000 + 1,925,000.01 × 5% = 121,250.0005 → 121,250.00;
    // std(TIa) 731,250.0025 → 731,250.00; relief 610,000.00; R&D 806,250.00 − 731,250.00 = 75,000.00
    String enrolled = request("2022-12-31", "I6510", TECH_SME_2022, year(2022, "3225000.01", "300000"));
    assertExact(slpe(enrolled), Verdict.ELIGIBLE, "610000.00");
    assertExact(rd(enrolled), Verdict.ELIGIBLE, "75000.00");
  }

  @Test
  void test_2022_enrolmentNotKnown_bothReliefsARangeNamingTechSme() {
    // the same firms with the enrolment not given (no techSme): the rate is 75% or 100%, so /techSme is asked.
    // TIb 3,200,000: R&D [56,250.00, 75,000.00]; 小型微利 at TIa 2,900,000 or 2,975,000: [605,000.00, 620,000.00]
    String open = request("2022-12-31", "I6510", "null", year(2022, "3200000", "300000"))
        .replace("\"techSme\": null, ", "");
    assertRange(rd(open), "56250.00", "75000.00");
    assertRange(slpe(open), "605000.00", "620000.00");
    assertThat(rd(open).missingFacts()).contains("/techSme");
    assertThat(slpe(open).missingFacts()).contains("/techSme");
    // TIb 3,225,000.01: at 75% above the limit (nothing), at 100% 610,000.00: [0, 610,000.00], undetermined
    String cliff = request("2022-12-31", "I6510", "null", year(2022, "3225000.01", "300000"))
        .replace("\"techSme\": null, ", "");
    assertThat(slpe(cliff).verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertRange(slpe(cliff), "0", "610000.00");
    assertThat(slpe(cliff).missingFacts()).contains("/techSme");
  }

  @Test
  void test_2021_manufacturerVsSoftwareFirm_theLargerDeductionLeavesLessToRelieve() {
    // TIb 1,300,000, R&D 400,000; 2021 小型微利: 2.5% to 1,000,000, 10% above.
    // Software (75%): E 300,000 → TIa 1,000,000 → due 25,000.00; std 250,000.00; relief 225,000.00;
    // R&D 75,000.00; in all 300,000.00 = 325,000 − 25,000
    String software = request("2021-12-31", "I6510", NOT_TECH_SME, year(2021, "1300000", "400000"));
    assertExact(slpe(software), Verdict.ELIGIBLE, "225000.00");
    assertExact(rd(software), Verdict.ELIGIBLE, "75000.00");
    // Manufacturer C4190 (2021年第13号, 100%, read from section C): E 400,000 → TIa 900,000 → due 22,500.00;
    // std 225,000.00; relief 202,500.00; R&D 100,000.00; in all 302,500.00 = 325,000 − 22,500
    String maker = request("2021-12-31", "C4190", NOT_TECH_SME, year(2021, "1300000", "400000"));
    assertExact(slpe(maker), Verdict.ELIGIBLE, "202500.00");
    assertExact(rd(maker), Verdict.ELIGIBLE, "100000.00");
  }

  @Test
  void test_2023_negativeListIndustry_noDeduction_soTheIncomeStaysAboveTheLimit() {
    // retail (F5211) is on the negative list (财税〔2015〕119号 第四条): E = 0, so TIa = TIb = 3,100,000 > 3,000,000
    // and no 小型微利 relief; had the 200,000 been deducted (at 100%) the income would have been 2,900,000, within
    String request = request("2023-12-31", "F5211", NOT_TECH_SME, year(2023, "3100000", "200000"));
    assertThat(rd(request).verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(slpe(request).verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(Cny.yuan(slpe(request).amount().maximum().orElseThrow(), "maximum")).isEqualByComparingTo("0");
  }

  @Test
  void test_icEnterprise_oneHundredTwentyPercentFrom2023Only() {
    // an IC manufacturer (C3973, icOrMachineTool true), TIb 3,480,000, R&D 400,000.
    // 2023: 120% (2023年第44号 第一条) → E 480,000 → TIa 3,000,000 (含): R&D 480,000 × 25% = 120,000.00;
    // 小型微利 std 750,000 − due 3,000,000 × 5% = 150,000 → 600,000.00
    String y2023 = request("2023-12-31", "C3973", NOT_TECH_SME, year(2023, "3480000", "400000"))
        .replace("\"icOrMachineTool\": false", "\"icOrMachineTool\": true");
    assertExact(rd(y2023), Verdict.ELIGIBLE, "120000.00");
    assertExact(slpe(y2023), Verdict.ELIGIBLE, "600000.00");
    // 2022: the 120% row starts 2023-01-01, so a manufacturer's 100% (2021年第13号) → E 400,000 → TIa 3,080,000
    // above the limit: R&D 100,000.00, no 小型微利 relief
    String y2022 = request("2022-12-31", "C3973", NOT_TECH_SME, year(2022, "3480000", "400000"))
        .replace("\"icOrMachineTool\": false", "\"icOrMachineTool\": true");
    assertExact(rd(y2022), Verdict.ELIGIBLE, "100000.00");
    assertThat(slpe(y2022).verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_incomeNotGiven_thePointerIsTheChosenYearsIndex_inEitherOrder() {
    // read on 2023-06-30: the 2023 year (decisions register §4.6); its taxable income before R&D not given
    String complete = year(2022, "1000000", "100000");
    String incomplete = year(2023, null, "100000");
    String second = request("2023-06-30", "I6510", NOT_TECH_SME, complete, incomplete);
    // the deduction's conditions are all known (off the negative list, a tax year with rules): eligible, the amount
    // open and the income asked for
    assertThat(rd(second).verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(rd(second).missingFacts()).containsExactly("/years/1/taxableIncomeBeforeRd");
    assertThat(slpe(second).missingFacts()).contains("/years/1/taxableIncomeBeforeRd");
    String first = request("2023-06-30", "I6510", NOT_TECH_SME, incomplete, complete);
    assertThat(rd(first).missingFacts()).containsExactly("/years/0/taxableIncomeBeforeRd");
    assertThat(slpe(first).missingFacts()).contains("/years/0/taxableIncomeBeforeRd");
    // the R&D saving then runs from 0 (a loss) to the standard tax on the deduction: 100,000 × 100% × 25%
    // = 25,000.00 (2023年第7号)
    assertThat(Cny.yuan(rd(first).amount().minimum(), "minimum")).isEqualByComparingTo("0");
    assertThat(Cny.yuan(rd(first).amount().maximum().orElseThrow(), "maximum")).isEqualByComparingTo("25000.00");
  }

  @Test
  void test_validity_before2019AndAfter2027_theReliefHasNoRules_theDeductionHas() {
    // 2018: the 小型微利 table starts with 财税〔2019〕13号 (2019-01-01): no rules for the year
    String y2018 = request("2018-12-31", "I6510", NOT_TECH_SME, year(2018, "1000000", "400000"));
    assertThat(slpe(y2018).verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(slpe(y2018).reasons()).extracting(Reason::code).contains("no-rules-for-tax-year");
    // the R&D deduction of 2018: 75% (财税〔2018〕99号) → 300,000 × 25% = 75,000.00
    assertExact(rd(y2018), Verdict.ELIGIBLE, "75000.00");
    // 2028: 2023年第12号 runs to 2027-12-31 and nothing extends it: no rules; the R&D 100% of 2023年第7号 has no end
    // date (作为制度性安排长期实施): 400,000 × 25% = 100,000.00
    String y2028 = request("2028-12-31", "I6510", NOT_TECH_SME, year(2028, "1000000", "400000"));
    assertThat(slpe(y2028).verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(slpe(y2028).reasons()).extracting(Reason::code).contains("no-rules-for-tax-year");
    assertExact(rd(y2028), Verdict.ELIGIBLE, "100000.00");
  }

  @Test
  void test_citations_theRdReliefOf2023CitesTheRowApplied() {
    // 2023, a software firm: the 100% of 2023年第7号 applies; the saving's own step cites decisions register §1.7
    MeasureOutcome outcome = rd(request("2023-12-31", "I6510", NOT_TECH_SME, year(2023, "2000000", "400000")));
    assertExact(outcome, Verdict.ELIGIBLE, "100000.00");
    assertThat(outcome.reasons()).extracting(reason -> reason.citation().document())
        .anySatisfy(document -> assertThat(document).contains("2023年第7号"));
  }
}
