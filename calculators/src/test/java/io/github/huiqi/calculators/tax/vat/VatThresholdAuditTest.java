package io.github.huiqi.calculators.tax.vat;

import static io.github.huiqi.calculators.tax.vat.VatFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.MEASURE;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.due;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.excluding;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.month;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.quarter;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.saved;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QA audit (second pass): the small-scale VAT relief at its thresholds, for monthly and quarterly filers, across the
 * change of rules at 2022/2023, and through the engine's JSON, each figure worked by hand.
 * <p>
 * 2023–2027: "月销售额10万元以下（含本数）…免征增值税" and for quarterly filers "季度销售额30万元以下（含本数）"
 * (财政部 税务总局公告2023年第1号 第一条, 国家税务总局公告2023年第1号 第一条, extended by 2023年第19号); above the threshold
 * the whole period's sales "适用3%征收率的应税销售收入，减按1%征收率征收" (2023年第1号 第二条, restated by
 * 深工信〔2023〕26号 第1条). 2022-04..2022-12: 15万元 a month / 45万元 a quarter, and the 3%-rate sales exempt whatever
 * their amount (2022年第15号 第二条). 2022-01..03: 450,000 a quarter, 1% above it (2021年第11号, 2022年第15号 第一条).
 * The amount is the VAT saved against the standard 3% with no exemption, each rounded half-up to the fen once per
 * filing period (decisions register §4.5 item 35).
 */
class VatThresholdAuditTest {

  private static String period(int year, String unit, int number, String sales) {
    return "{'period': {'year': " + year + ", '" + unit + "': " + number + "}, 'sales': {'amount': " + sales
        + ", 'currency': 'CNY'}, 'salesBasis': 'EXCLUDING_VAT'}";
  }

  private static String request(String asOf, String smallScale, String years) {
    return ("{'profile': {'registrationRegionCode': '440306'" + smallScale + ", 'years': [" + years + "]}, "
        + "'asOf': '" + asOf + "', 'measures': ['sz-gxj-2023-26.small-scale-vat'], 'explain': true}")
        .replace('\'', '"');
  }

  private static String year(int year, String... periods) {
    return "{'year': " + year + ", 'vatPeriods': [" + String.join(", ", periods) + "]}";
  }

  private static void assertExact(JsonNode outcome, String verdict, String amount) {
    assertThat(outcome.at("/verdict").asText()).isEqualTo(verdict);
    assertThat(outcome.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo(amount);
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo(amount);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_quarterlyFiler2023_aYearThroughTheEngine_aTaxSavedNotAPayment() {
    // quarterly 2023 (国家税务总局公告2023年第1号 第一条: 季度销售额30万元以下（含本数）免征):
    // Q1 300,000.00 ≤ 300,000 → exempt: due 0, standard 300,000 × 3% = 9,000.00, saved 9,000.00
    // Q2 300,000.01 > 300,000 → whole at 1%: 3,000.0001 → 3,000.00; standard 9,000.0003 → 9,000.00; saved 6,000.00
    // Q3 0 → saved 0.00
    // Q4 450,000 → 1%: 4,500.00; standard 13,500.00; saved 9,000.00
    // year 9,000 + 6,000 + 0 + 9,000 = 24,000.00, an amount of tax saved (TAX_SAVED), not a payment to the firm
    String request = request("2023-12-31", ", 'smallScaleTaxpayer': true", year(2023,
        period(2023, "quarter", 1, "300000.00"), period(2023, "quarter", 2, "300000.01"),
        period(2023, "quarter", 3, "0"), period(2023, "quarter", 4, "450000")));
    JsonNode report = EngineJson.report(request);
    JsonNode outcome = report.at("/outcomes/0");
    assertExact(outcome, "ELIGIBLE", "24000.00");
    assertThat(outcome.at("/amountKind").asText()).isEqualTo("TAX_SAVED");
    assertThat(report.at("/totals/byKind/TAX_SAVED/minimum/amount").decimalValue()).isEqualByComparingTo("24000.00");
    assertThat(report.at("/totals/byKind").size()).isEqualTo(1);
    // the reasons of an explained outcome cite the clause the Shenzhen notice restates
    assertThat(outcome.at("/reasons").findValuesAsText("code")).contains("small-scale-taxpayer",
        "within-exemption-threshold", "reduced-levy");
  }

  @Test
  void test_monthlyVsQuarterlyFiler_theSameQuarterSalesSaveDifferently() {
    // a monthly filer, 2023-07..09: July 250,000 > 100,000 → 1% 2,500.00, standard 7,500.00, saved 5,000.00;
    // August and September 25,000 each ≤ 100,000 → exempt, saved 750.00 each; quarter 6,500.00
    assertThat(saved(excluding(month(2023, 7), "250000"))).isEqualByComparingTo("5000.00");
    assertThat(saved(excluding(month(2023, 8), "25000"))).isEqualByComparingTo("750.00");
    // a quarterly filer, 2023-Q3 with the same 300,000 ≤ 300,000 (含本数) → exempt, saved 300,000 × 3% = 9,000.00
    assertThat(due(excluding(quarter(2023, 3), "300000"))).isEqualByComparingTo("0");
    assertThat(saved(excluding(quarter(2023, 3), "300000"))).isEqualByComparingTo("9000.00");
    // through the engine, the two filers' years
    JsonNode monthly = EngineJson.firstOutcome(request("2023-12-31", ", 'smallScaleTaxpayer': true", year(2023,
        period(2023, "month", 7, "250000"), period(2023, "month", 8, "25000"), period(2023, "month", 9, "25000"))));
    assertExact(monthly, "ELIGIBLE", "6500.00");
    JsonNode quarterly = EngineJson.firstOutcome(request("2023-12-31", ", 'smallScaleTaxpayer': true",
        year(2023, period(2023, "quarter", 3, "300000"))));
    assertExact(quarterly, "ELIGIBLE", "9000.00");
  }

  @Test
  void test_quarterlyFiler_2022Q4Vs2023Q1_theRulesChangeAtTheQuarter() {
    // 2022-Q4, 400,000 ≤ 450,000 (国家税务总局公告2021年第5号: 季度销售额45万元以下) → exempt; saved 12,000.00
    assertThat(due(excluding(quarter(2022, 4), "400000"))).isEqualByComparingTo("0");
    assertThat(saved(excluding(quarter(2022, 4), "400000"))).isEqualByComparingTo("12000.00");
    // 2023-Q1, 400,000 > 300,000 → 1%: 4,000.00; standard 12,000.00; saved 8,000.00
    assertThat(due(excluding(quarter(2023, 1), "400000"))).isEqualByComparingTo("4000.00");
    assertThat(saved(excluding(quarter(2023, 1), "400000"))).isEqualByComparingTo("8000.00");
  }

  @Test
  void test_2022Q4_aboveTheQuarterlyThreshold_stillExempt_byTheLevyNotTheThreshold() {
    // 2022-Q4, 450,000.01 > 450,000, but 2022年第15号 第二条 exempts the 3%-rate sales whatever their amount:
    // due 0; standard 450,000.01 × 3% = 13,500.0003 → 13,500.00, all saved
    assertThat(due(excluding(quarter(2022, 4), "450000.01"))).isEqualByComparingTo("0");
    assertThat(saved(excluding(quarter(2022, 4), "450000.01"))).isEqualByComparingTo("13500.00");
    VatResult result = CALCULATOR.explainVatDue(MEASURE, excluding(quarter(2022, 4), "450000.01"));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    // 免征 here by the levy, not within the threshold: the reason is the levy's
    assertThat(result.eligibility().reasons()).extracting(Reason::code).containsExactly("reduced-levy");
    assertThat(result.withinThreshold()).contains(false);
  }

  @Test
  void test_2022Q1_quarterlyThreshold450000_thenOnePercent() {
    // 2022-Q1: 450,000.00 ≤ 450,000 (2021年第5号, 含本数) → exempt; saved 13,500.00
    assertThat(saved(excluding(quarter(2022, 1), "450000.00"))).isEqualByComparingTo("13500.00");
    // 450,000.01 → 1% (2021年第7号 extended to 2022-03-31 by 2022年第15号 第一条): 4,500.0001 → 4,500.00;
    // standard 13,500.0003 → 13,500.00; saved 9,000.00
    assertThat(due(excluding(quarter(2022, 1), "450000.01"))).isEqualByComparingTo("4500.00");
    assertThat(saved(excluding(quarter(2022, 1), "450000.01"))).isEqualByComparingTo("9000.00");
  }

  @Test
  void test_exemptVsReduced_theReasonsAndTheirCitations_2023And2024() {
    // 2023-05 at 100,000.00: exempt (免征) within the threshold, the threshold cited from 深工信〔2023〕26号 第1条
    VatResult within = CALCULATOR.explainVatDue(MEASURE, excluding(month(2023, 5), "100000.00"));
    assertThat(within.eligibility().reasons()).extracting(Reason::code).contains("within-exemption-threshold");
    Reason threshold = within.eligibility().reasons().stream()
        .filter(r -> r.code().equals("within-exemption-threshold")).findFirst().orElseThrow();
    assertThat(threshold.citation().document()).isEqualTo("深工信〔2023〕26号");
    assertThat(threshold.citation().article()).isEqualTo("第1条");
    // one fen over: 减按1% only, cited from the same clause in 2023 …
    VatResult over = CALCULATOR.explainVatDue(MEASURE, excluding(month(2023, 5), "100000.01"));
    assertThat(over.eligibility().reasons()).extracting(Reason::code).containsExactly("reduced-levy");
    assertThat(over.eligibility().reasons().get(0).citation().document()).isEqualTo("深工信〔2023〕26号");
    // … and from the extension in 2024 (财政部 税务总局公告2023年第19号, 2024-01-01..2027-12-31)
    VatResult extended = CALCULATOR.explainVatDue(MEASURE, excluding(month(2024, 5), "100000.01"));
    assertThat(extended.eligibility().reasons().get(0).citation().document()).isEqualTo("财政部 税务总局公告2023年第19号");
    // 100,000.01 × 1% = 1,000.0001 → 1,000.00; standard 3,000.0003 → 3,000.00; saved 2,000.00 in both years
    assertThat(saved(excluding(month(2024, 5), "100000.01"))).isEqualByComparingTo("2000.00");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_aQuarterAcrossAChangeOfRules_throughTheEngine_exemptWithin_aFailureNamingThePeriodAbove() {
    // 2020-Q1: 3% in January–February, 1% from March (财政部 税务总局公告2020年第13号), the threshold 300,000 a quarter
    // under both (国家税务总局公告2019年第4号): 280,000 is exempt whichever months it fell in (decisions register §4.6
    // item 84), saving 280,000 × 3% = 8,400.00 for a Shenzhen firm (440306, outside Hubei)
    JsonNode within = EngineJson.firstOutcome(request("2020-12-31", ", 'smallScaleTaxpayer': true",
        year(2020, period(2020, "quarter", 1, "280000"))));
    assertExact(within, "ELIGIBLE", "8400.00");
    // 300,000.01: above it, the VAT turns on the months, which a quarter's sales do not give; the engine names the
    // profile's pointer
    JsonNode report = EngineJson.report(request("2020-12-31", ", 'smallScaleTaxpayer': true",
        year(2020, period(2020, "quarter", 1, "300000.01"))));
    assertThat(report.at("/outcomes").size()).isZero();
    assertThat(report.at("/failures/0/code").asText()).isEqualTo("input.invalid");
    assertThat(report.at("/failures/0/field").asText()).isEqualTo("/years/0/vatPeriods/0/period");
  }

  @Test
  void test_missingPeriods_thePointerIsTheChosenYearsIndex() {
    // the tax year read on 2023-06-30 is 2023 (decisions register §4.6); its vatPeriods are not given
    String given = year(2022, period(2022, "quarter", 4, "100000"));
    String notGiven = "{'year': 2023}";
    JsonNode second = EngineJson.firstOutcome(request("2023-06-30", ", 'smallScaleTaxpayer': true",
        given + ", " + notGiven));
    assertThat(second.at("/verdict").asText()).isEqualTo("UNDETERMINED");
    assertThat(texts(second.at("/missingFacts"))).containsExactly("/years/1/vatPeriods");
    // the years in the other order: the pointer follows the list, not the calendar
    JsonNode first = EngineJson.firstOutcome(request("2023-06-30", ", 'smallScaleTaxpayer': true",
        notGiven + ", " + given));
    assertThat(texts(first.at("/missingFacts"))).containsExactly("/years/0/vatPeriods");
  }

  @Test
  void test_smallScaleStatus_false_ineligible_absent_fromZeroToTheSaving() {
    String periods = year(2023, period(2023, "month", 5, "100000.01"));
    // not a small-scale taxpayer (a general taxpayer): ineligible, zero
    EngineJson.assertIneligible(EngineJson.firstOutcome(request("2023-12-31", ", 'smallScaleTaxpayer': false",
        periods)));
    // not known: 0 .. 2,000.00 (100,000.01: 3,000.00 − 1,000.00), naming /smallScaleTaxpayer
    JsonNode unknown = EngineJson.firstOutcome(request("2023-12-31", "", periods));
    assertThat(unknown.at("/verdict").asText()).isEqualTo("UNDETERMINED");
    assertThat(unknown.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("0");
    assertThat(unknown.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("2000.00");
    assertThat(texts(unknown.at("/missingFacts"))).containsExactly("/smallScaleTaxpayer");
  }

  @Test
  void test_individualBusiness_aSmallScaleTaxpayerToo_getsTheVatRelief() {
    // a 个体工商户 pays no enterprise income tax, but VAT relief is for every 增值税小规模纳税人 (2023年第1号 第一条):
    // 2023-05, 120,000 > 100,000 → 1% 1,200.00 against 3,600.00, saved 2,400.00
    JsonNode outcome = EngineJson.firstOutcome(request("2023-12-31", ", 'smallScaleTaxpayer': true, "
        + "'legalForm': 'INDIVIDUAL_BUSINESS', 'independentLegalPerson': false",
        year(2023, period(2023, "month", 5, "120000"))));
    assertExact(outcome, "ELIGIBLE", "2400.00");
  }

  @Test
  void test_validity_aYearAfterTheTable_andTheLastYearOfIt() {
    // 2028: no instrument extends the relief beyond 2027-12-31 (2023年第19号): ineligible, no rules for the year
    JsonNode after = EngineJson.firstOutcome(request("2028-06-30", ", 'smallScaleTaxpayer': true",
        year(2028, period(2028, "month", 1, "50000"))));
    EngineJson.assertIneligible(after);
    assertThat(after.at("/reasons").findValuesAsText("code")).contains("no-rules-for-tax-year");
    // 2027-12, the table's last month: 50,000 ≤ 100,000 → exempt, saved 1,500.00
    JsonNode last = EngineJson.firstOutcome(request("2027-12-31", ", 'smallScaleTaxpayer': true",
        year(2027, period(2027, "month", 12, "50000"))));
    assertExact(last, "ELIGIBLE", "1500.00");
    // read on 2028-06-30 the latest year up to 2028 is 2027: the relief it gave is shown, but the measure's window
    // (2019-01-01..2027-12-31) has closed, so it is not counted in the total of what is in reach
    JsonNode closed = EngineJson.report(request("2028-06-30", ", 'smallScaleTaxpayer': true",
        year(2027, period(2027, "month", 12, "50000"))));
    assertExact(closed.at("/outcomes/0"), "ELIGIBLE", "1500.00");
    assertThat(closed.at("/outcomes/0/windowStatus").asText()).isEqualTo("CLOSED");
    assertThat(closed.at("/outcomes/0/countedInTotal").asBoolean()).isFalse();
    assertThat(closed.at("/totals/inReach/maximum/amount").decimalValue()).isEqualByComparingTo("0");
    // 2018: before the table (the 30,000 threshold of earlier years is not in the sources): ineligible
    JsonNode before = EngineJson.firstOutcome(request("2018-12-31", ", 'smallScaleTaxpayer': true",
        year(2018, period(2018, "month", 12, "50000"))));
    EngineJson.assertIneligible(before);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new java.util.ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
