package io.github.huiqi.calculators.catalog.engine;

import static io.github.huiqi.calculators.catalog.engine.EngineOracleCalls.SH_FIRST_LOAN;
import static io.github.huiqi.calculators.catalog.engine.EngineOracleCalls.SH_HIRING;
import static io.github.huiqi.calculators.catalog.engine.EngineOracleCalls.SZ_FIRST_LOAN;
import static io.github.huiqi.calculators.catalog.engine.EngineOracleCalls.SZ_RENOVATION_GRANT;
import static io.github.huiqi.calculators.catalog.engine.EngineOracleCalls.SZ_TECH_SME;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EngineOracleCalls.Reports;
import io.github.huiqi.calculators.catalog.engine.EngineOracleCalls.Typed;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The entitlement engine against the typed calculators, as an independent oracle: a platform reads each measure's
 * figure from {@link EntitlementEngine} over an {@link EnterpriseProfile}, a bank from the measure's typed calculator
 * on its own request ({@link EngineOracleRequests}, the oracle's own mapping of the profile's facts). Each anchor
 * firm's figures were worked by hand from the clauses first (arithmetic beside each assertion), then checked on the
 * engine's four paths (typed and {@code evaluateJson}, plain and explaining) and each calculator's three (plain,
 * explaining, JSON). Where a stacking rule changes an outcome (one Shenzhen municipal interest subsidy per loan,
 * domain §1.7), the typed calculator alone differs and the stacking's result is asserted by hand instead.
 * <p>
 * Found: a loan subsidised elsewhere brought the tech-SME claim within the enrolment's dates (fixed in
 * {@code StackingInterestSubsidyRule};
 * {@link #test_sz6b_aLoanSubsidisedElsewhere_cannotBringTheClaimWithinTheEnrolment}, decisions register §4.6
 * item 100); the same where the first-loan subsidy keeps the loan in the stacking, and there the firm, choosing the
 * larger, leaves the loan to the tech-SME subsidy when that gives it more in all
 * ({@link #test_sz6c_aLoanThatBringsTheClaimWithinTheEnrolment_goesWhereTheFirmGetsMore}).
 * <p>
 * Day counts are ACT/360 算头不算尾 (the first-loan subsidies' default, domain §1.2 card 000-5b); amounts are rounded
 * half-up to the fen once.
 */
class EngineCalculatorOracleBlindAuditTest {

  private static final String SZ_FIRM = """
      "registrationRegionCode": "440305", "legalForm": "ENTERPRISE", "independentLegalPerson": true,
      "industryCode": "C3484", "size": "SMALL", "onSeriousDishonestyList": false""";
  private static final String SH_FIRM = """
      "registrationRegionCode": "310115", "legalForm": "ENTERPRISE", "independentLegalPerson": true,
      "industryCode": "C3562", "onSeriousDishonestyList": false""";

  private static String cny(String yuan) {
    return "{\"amount\": " + yuan + ", \"currency\": \"CNY\"}";
  }

  /** A Shenzhen loan: lender 深圳 (440300), for production, no other municipal subsidy; {@code more} adds facts. */
  private static String szLoan(String id, String principal, String drawn, String matures, String rate,
      boolean firstDrawdown, String more) {
    return "{\"loanId\": \"" + id + "\", \"principal\": " + cny(principal) + ", \"drawdownDate\": \"" + drawn
        + "\", \"maturityDate\": \"" + matures + "\", \"annualInterestRate\": \"" + rate
        + "\", \"lenderRegionCode\": \"440300\", \"firstDrawdownOfFirstContract\": " + firstDrawdown
        + ", \"forProductionOrOperation\": true, \"subsidisedUnderAnotherMunicipalScheme\": false" + more + "}";
  }

  /** A Shanghai loan: lender 上海 (310000), first 普惠 loan, guaranteed through 市担保中心. */
  private static String shLoan(String id, String principal, String drawn, String matures, String rate, String more) {
    return "{\"loanId\": \"" + id + "\", \"principal\": " + cny(principal) + ", \"drawdownDate\": \"" + drawn
        + "\", \"maturityDate\": \"" + matures + "\", \"annualInterestRate\": \"" + rate
        + "\", \"lenderRegionCode\": \"310000\", \"firstDrawdownOfFirstContract\": true"
        + ", \"forProductionOrOperation\": true, \"firstInclusiveFinanceLoan\": true"
        + ", \"guarantee\": {\"governmentGuarantor\": true, \"policyFund\": true}" + more + "}";
  }

  private static String interest(String id, String loan, String from, String to, String paid, String amount) {
    return "{\"paymentId\": \"" + id + "\", \"loanId\": \"" + loan + "\", \"accrualStart\": \"" + from
        + "\", \"accrualEnd\": \"" + to + "\", \"paymentDate\": \"" + paid + "\", \"interestPaid\": " + cny(amount)
        + "}";
  }

  /** A profile: the firm, its facts, and every list this audit's measures read known (empty unless given). */
  private static String profile(String firm, String facts) {
    StringBuilder json = new StringBuilder("{").append(firm).append(", ").append(facts);
    for (String list : new String[] {"loans", "interestPayments", "guaranteeFeePayments", "insurancePremiumPayments",
        "renovationProjects", "hires", "grantEvents"}) {
      if (!facts.contains("\"" + list + "\"")) {
        json.append(", \"").append(list).append("\": []");
      }
    }
    return json.append("}").toString();
  }

  private static void exactly(MeasureOutcome outcome, String yuan) {
    assertThat(outcome.verdict()).as(outcome.measure().value()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).as(outcome.measure().value()).isEqualTo(OutcomeAmount.exactly(Cny.of(yuan)));
  }

  private static void nothing(MeasureOutcome outcome) {
    assertThat(outcome.verdict()).as(outcome.measure().value()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).as(outcome.measure().value()).isEqualTo(OutcomeAmount.ZERO);
  }

  private static void exactly(Typed typed, String yuan) {
    assertThat(typed.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(typed.outcomeAmount()).isEqualTo(OutcomeAmount.exactly(Cny.of(yuan)));
  }

  /** The engine's outcome is the typed calculator's: verdict and amount. */
  private static void same(MeasureOutcome outcome, Typed typed) {
    assertThat(outcome.verdict()).as(outcome.measure().value()).isEqualTo(typed.verdict());
    assertThat(outcome.amount()).as(outcome.measure().value()).isEqualTo(typed.outcomeAmount());
  }

  private static EnterpriseProfile read(String json) {
    return HuiqiJson.read(json, EnterpriseProfile.class);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_sz1_firstLoan_sixMonthsOfA2023Q1Drawdown() {
    String json = profile(SZ_FIRM, "\"firstTimeBorrower\": true, \"techSme\": {\"held\": false}, \"loans\": ["
        + szLoan("L1", "1000000", "2023-02-15", "2024-02-15", "3.65%", true, "") + "]");
    Reports reports = EngineOracleCalls.engine(json, "2023-12-31");
    EnterpriseProfile profile = read(json);
    // 深工信〔2023〕26号 第5条: first loan drawn 2023-02-15 (in 2023年1-3月) from a 深圳 bank, rate 3.65% ≥ 2%, still
    // outstanding: 6 months, 2023-02-15 → 2023-08-15 = 13 + 31 + 30 + 31 + 30 + 31 + 14 = 181 days;
    // 1,000,000 × 2% × 181 / 360 = 10,055.555… → 10,055.56 (below the 200,000 cap)
    exactly(reports.outcome(SZ_FIRST_LOAN), "10055.56");
    exactly(EngineOracleCalls.firstLoan(profile), "10055.56");
    // 第13条 needs 入库科技型中小企业: known not held, nothing, on both sides
    nothing(reports.outcome(SZ_TECH_SME));
    same(reports.outcome(SZ_TECH_SME), EngineOracleCalls.techSme(profile));
    // the Shanghai measures are not for a 深圳 firm (the engine's region condition; the calculators take no region
    // for hiring)
    nothing(reports.outcome(SH_FIRST_LOAN));
    nothing(reports.outcome(SH_HIRING));
    assertThat(reports.counted()).isEqualTo(OutcomeAmount.exactly(Cny.of("10055.56")));
  }

  @Test
  void test_sz2_firstLoan_theCapBinds() {
    String json = profile(SZ_FIRM, "\"firstTimeBorrower\": true, \"techSme\": {\"held\": false}, \"loans\": ["
        + szLoan("L1", "30000000", "2023-01-10", "2024-01-10", "4%", true, "") + "]");
    Reports reports = EngineOracleCalls.engine(json, "2023-12-31");
    // 2023-01-10 → 2023-07-10 = 31 + 28 + 31 + 30 + 31 + 30 = 181 days; 30,000,000 × 2% × 181 / 360 = 301,666.67,
    // above "单户企业贴息金额最高20万元": 200,000.00, the cap binding
    MeasureOutcome outcome = reports.outcome(SZ_FIRST_LOAN);
    exactly(outcome, "200000.00");
    assertThat(outcome.bindingLimit()).isPresent();
    exactly(EngineOracleCalls.firstLoan(read(json)), "200000.00");
  }

  @Test
  void test_sz3_firstLoan_repaidAfterExactlyOneMonth() {
    String json = profile(SZ_FIRM, "\"firstTimeBorrower\": true, \"techSme\": {\"held\": false}, \"loans\": ["
        + szLoan("L1", "500000", "2023-03-20", "2024-03-20", "3.45%", true, ", \"repaymentDate\": \"2023-04-20\"")
        + "]");
    Reports reports = EngineOracleCalls.engine(json, "2023-12-31");
    // used one calendar month exactly (2022 rules: "实际使用不足1个月的不予贴息"; repaid on the same day of the next
    // month is a month): 2023-03-20 → 2023-04-20 = 31 days; 500,000 × 2% × 31 / 360 = 861.111… → 861.11
    exactly(reports.outcome(SZ_FIRST_LOAN), "861.11");
    exactly(EngineOracleCalls.firstLoan(read(json)), "861.11");
  }

  @Test
  void test_sz4_firstLoan_repaidADayShortOfAMonth_orBelowTheRateFloor() {
    String shortJson = profile(SZ_FIRM, "\"firstTimeBorrower\": true, \"techSme\": {\"held\": false}, \"loans\": ["
        + szLoan("L1", "500000", "2023-03-20", "2024-03-20", "3.45%", true, ", \"repaymentDate\": \"2023-04-19\"")
        + "]");
    // repaid 2023-04-19: 30 days, less than a month: "不予贴息", nothing on both sides
    nothing(EngineOracleCalls.engine(shortJson, "2023-12-31").outcome(SZ_FIRST_LOAN));
    same(EngineOracleCalls.engine(shortJson, "2023-12-31").outcome(SZ_FIRST_LOAN),
        EngineOracleCalls.firstLoan(read(shortJson)));
    String lowRate = profile(SZ_FIRM, "\"firstTimeBorrower\": true, \"techSme\": {\"held\": false}, \"loans\": ["
        + szLoan("L1", "500000", "2023-03-20", "2024-03-20", "1.99%", true, "") + "]");
    // annual rate 1.99% < 2% ("贷款年利率低于2%的不予贴息"): nothing
    nothing(EngineOracleCalls.engine(lowRate, "2023-12-31").outcome(SZ_FIRST_LOAN));
    same(EngineOracleCalls.engine(lowRate, "2023-12-31").outcome(SZ_FIRST_LOAN),
        EngineOracleCalls.firstLoan(read(lowRate)));
    String elsewhere = profile(SZ_FIRM, "\"firstTimeBorrower\": true, \"techSme\": {\"held\": false}, \"loans\": ["
        + szLoan("L1", "500000", "2023-03-20", "2024-03-20", "3.45%", true, "").replace(
            "\"subsidisedUnderAnotherMunicipalScheme\": false", "\"subsidisedUnderAnotherMunicipalScheme\": true")
        + "]");
    // already subsidised by another municipal department ("不重复享受市直其他部门财政贴息"): nothing
    nothing(EngineOracleCalls.engine(elsewhere, "2023-12-31").outcome(SZ_FIRST_LOAN));
    same(EngineOracleCalls.engine(elsewhere, "2023-12-31").outcome(SZ_FIRST_LOAN),
        EngineOracleCalls.firstLoan(read(elsewhere)));
  }

  @Test
  void test_sz5_techSme_ordinaryBorrower_aQuarterAcrossNewYear() {
    String json = profile(SZ_FIRM, "\"firstTimeBorrower\": false, "
        + "\"techSme\": {\"held\": true, \"since\": \"2022-01-01\", \"until\": \"2025-12-31\"}, "
        + "\"techSmeSubsidyReceived\": " + cny("0") + ", \"loans\": ["
        + szLoan("L1", "900000", "2022-06-21", "2024-06-21", "4%", false, "") + "], \"interestPayments\": ["
        + interest("I1", "L1", "2022-12-21", "2023-03-21", "2023-03-21", "9000.00") + ", "
        + interest("I2", "L1", "2023-03-21", "2023-06-21", "2023-06-21", "9200.00") + "]");
    Reports reports = EngineOracleCalls.engine(json, "2023-12-31");
    // 第13条 + 2020 办法 第十四条: base 50% (not a first-time borrower), 2023 interest +30 pp = 80%.
    // I1 2022-12-21 → 2023-03-21: 11 days in 2022, 79 in 2023 (31 + 28 + 20), 90 in all:
    //   9,000 × (80% × 79 + 50% × 11) / 90 = 9,000 × 68.7 / 90 = 6,870.00
    // I2 2023-03-21 → 2023-06-21, all 92 days in 2023: 9,200 × 80% = 7,360.00
    // sum 14,230.00, under 1,000,000 a year and 3,000,000 over the programme
    exactly(reports.outcome(SZ_TECH_SME), "14230.00");
    exactly(EngineOracleCalls.techSme(read(json)), "14230.00");
    // 第5条: not a first-time borrower, nothing
    nothing(reports.outcome(SZ_FIRST_LOAN));
    same(reports.outcome(SZ_FIRST_LOAN), EngineOracleCalls.firstLoan(read(json)));
  }

  @Test
  void test_sz6_firstLoanAndTechSmeOnOneLoan_oneMunicipalSubsidy() {
    String json = profile(SZ_FIRM, "\"firstTimeBorrower\": true, "
        + "\"techSme\": {\"held\": true, \"since\": \"2022-01-01\", \"until\": \"2025-12-31\"}, "
        + "\"techSmeSubsidyReceived\": " + cny("0") + ", \"loans\": ["
        + szLoan("L1", "2000000", "2023-02-01", "2024-02-01", "4%", true, "") + "], \"interestPayments\": ["
        + interest("I1", "L1", "2023-02-01", "2023-05-01", "2023-05-01", "19777.78") + "]");
    Reports reports = EngineOracleCalls.engine(json, "2023-12-31");
    EnterpriseProfile profile = read(json);
    // alone, each calculator:
    // 第5条: 2023-02-01 → 2023-08-01 = 28 + 31 + 30 + 31 + 30 + 31 = 181 days; 2,000,000 × 2% × 181 / 360 = 20,111.11
    exactly(EngineOracleCalls.firstLoan(profile), "20111.11");
    // 第13条: a first-time borrower's 70% + 30 pp = 100%, capped at 80%; 19,777.78 × 80% = 15,822.224 → 15,822.22
    exactly(EngineOracleCalls.techSme(profile), "15822.22");
    // stacked (domain §1.7, "同一笔贷款只能享受一次贴息政策"): L1 takes one of them; no claim recorded, the larger,
    // 20,111.11 > 15,822.22: the first-loan subsidy keeps L1, the tech-SME subsidy has no other interest: the firm's
    // total is 20,111.11, not 35,933.33
    exactly(reports.outcome(SZ_FIRST_LOAN), "20111.11");
    MeasureOutcome techSme = reports.outcome(SZ_TECH_SME);
    // the engine keeps the tech-SME outcome (the firm is enrolled) at 0.00, noting the rule
    exactly(techSme, "0.00");
    assertThat(techSme.notes()).extracting(note -> note.code()).contains("one-interest-subsidy-per-loan");
    assertThat(reports.counted()).isEqualTo(OutcomeAmount.exactly(Cny.of("20111.11")));
  }

  @Test
  void test_sz6b_aLoanSubsidisedElsewhere_cannotBringTheClaimWithinTheEnrolment() {
    // found by EngineCalculatorOraclePropertyTest (seed 20261264), simplified: enrolled only from 2023-12-24
    String json = profile(SZ_FIRM, "\"firstTimeBorrower\": false, "
        + "\"techSme\": {\"held\": true, \"since\": \"2023-12-24\"}, "
        + "\"techSmeSubsidyReceived\": " + cny("0") + ", \"loans\": ["
        + szLoan("L0", "3000000", "2023-09-29", "2024-09-29", "4%", false, "").replace(
            "\"subsidisedUnderAnotherMunicipalScheme\": false", "\"subsidisedUnderAnotherMunicipalScheme\": true")
        + ", " + szLoan("L1", "1000000", "2023-01-03", "2023-06-04", "5%", false, "") + "], \"interestPayments\": ["
        + interest("I0", "L0", "2023-09-29", "2023-12-29", "2023-12-30", "30333.33") + ", "
        + interest("I1", "L1", "2023-01-03", "2023-04-03", "2023-04-05", "12500.00") + "]");
    Reports reports = EngineOracleCalls.engine(json, "2023-12-31");
    EnterpriseProfile profile = read(json);
    // L0 already has another municipal interest subsidy: it takes neither Shenzhen subsidy ("同一笔贷款只能享受一次贴息
    // 政策，不重复享受市直其他部门财政贴息", domain §1.7), so I0 is no part of the tech-SME claim. The claim is I1 alone,
    // 2023-01-03 .. 2023-04-05; the enrolment, granted 2023-12-24, does not reach it ("入库科技型中小企业": decisions
    // register §1.2 card 000-13, an enrolment granted after the claim is not held for it; §4.6 item 100): 0.00.
    // Before the fix the engine kept the enrolment the whole claim (to 2023-12-30) reached and paid I1:
    // 12,500 × 80% = 10,000.00.
    MeasureOutcome techSme = reports.outcome(SZ_TECH_SME);
    assertThat(techSme.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(techSme.notes()).extracting(note -> note.code()).contains("one-interest-subsidy-per-loan");
    // the rule replaces the amount and keeps the verdict of the measure alone (register §4.1 item 10: "the one left
    // with nothing stays eligible at 0.00"); the calculator on the claim kept is ineligible, 0.00
    assertThat(techSme.verdict()).isEqualTo(Verdict.ELIGIBLE);
    EngineOracleCalls.Typed kept = EngineOracleCalls.techSme(profile, true, true);
    assertThat(kept.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(kept.outcomeAmount()).isEqualTo(OutcomeAmount.ZERO);
    // the calculator on both payments (a bank unaware of the other subsidy): the claim reaches 2023-12-30, enrolled;
    // I0 2023-09-29 → 2023-12-29 all in 2023 (base 50% + 30 pp = 80%): 30,333.33 × 80% = 24,266.664 → 24,266.66;
    // I1 12,500 × 80% = 10,000.00; 34,266.66
    exactly(EngineOracleCalls.techSme(profile), "34266.66");
  }

  @Test
  void test_sz6c_aLoanThatBringsTheClaimWithinTheEnrolment_goesWhereTheFirmGetsMore() {
    String json = profile(SZ_FIRM, "\"firstTimeBorrower\": true, "
        + "\"techSme\": {\"held\": true, \"since\": \"2023-06-01\"}, "
        + "\"techSmeSubsidyReceived\": " + cny("0") + ", \"loans\": ["
        + szLoan("L1", "2000000", "2023-02-01", "2024-02-01", "4%", true, "") + ", "
        + szLoan("L2", "1000000", "2023-01-03", "2023-06-04", "5%", false, "") + "], \"interestPayments\": ["
        + interest("I1", "L1", "2023-05-01", "2023-08-01", "2023-08-01", "20444.44") + ", "
        + interest("I2", "L2", "2023-01-03", "2023-04-03", "2023-04-05", "12500.00") + "]");
    Reports reports = EngineOracleCalls.engine(json, "2023-12-31");
    EnterpriseProfile profile = read(json);
    // alone: 第5条 on L1 (the first drawdown of the first contract), 2023-02-01 → 2023-08-01 = 181 days:
    // 2,000,000 × 2% × 181 / 360 = 20,111.11
    exactly(EngineOracleCalls.firstLoan(profile), "20111.11");
    // 第13条 on the whole claim, 2023-01-03 .. 2023-08-01, which the enrolment of 2023-06-01 reaches: all in 2023 at
    // min(70% + 30 pp, 80%) = 80%: 20,444.44 × 80% = 16,355.552 → 16,355.55; 12,500 × 80% = 10,000.00; 26,355.55
    exactly(EngineOracleCalls.techSme(profile), "26355.55");
    // stacked: L1 takes one subsidy (§1.7). Were it the first-loan subsidy's, the larger on the loan (20,111.11 >
    // 16,355.55), the tech-SME claim kept would be I2 alone, 2023-01-03 .. 2023-04-05, before the enrolment of
    // 2023-06-01 (register §1.2 card 000-13): not held for it (register §4.6 item 100), 0.00; 20,111.11 in all.
    // Left to the tech-SME subsidy, its claim I1 + I2 reaches the enrolment: 26,355.55 in all. With no claim
    // recorded the larger decides, as the firm would choose (§4.1 item 10, §4.6 item 100): 0.00 and 26,355.55.
    // (Before 2026-12-06 the engine paid 20,111.11 and 10,000.00, then 20,111.11 and 0.00.)
    assertThat(reports.outcome(SZ_FIRST_LOAN).verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(reports.outcome(SZ_FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.ZERO);
    exactly(reports.outcome(SZ_TECH_SME), "26355.55");
    // 第5条 recorded as claimed first on L1 (register §4.6 item 72): the claim keeps the loan, and the tech-SME
    // claim kept misses the enrolment: 20,111.11 and 0.00
    Reports claimed = EngineOracleCalls.engine(json.replace("\"firstDrawdownOfFirstContract\": true",
        "\"firstDrawdownOfFirstContract\": true, \"interestSubsidyClaimedFirst\": \"FIRST_LOAN\""), "2023-12-31");
    exactly(claimed.outcome(SZ_FIRST_LOAN), "20111.11");
    assertThat(claimed.outcome(SZ_TECH_SME).amount()).isEqualTo(OutcomeAmount.ZERO);
  }

  @Test
  void test_sz7_techSme_theProgrammeCapBinds() {
    String json = profile(SZ_FIRM, "\"firstTimeBorrower\": false, "
        + "\"techSme\": {\"held\": true, \"since\": \"2021-05-01\", \"until\": \"2024-04-30\"}, "
        + "\"techSmeSubsidyReceived\": " + cny("2990000") + ", \"loans\": ["
        + szLoan("L1", "5000000", "2023-04-01", "2024-04-01", "4%", false, "") + "], \"interestPayments\": ["
        + interest("I1", "L1", "2023-04-01", "2023-07-01", "2023-07-01", "50000.00") + "]");
    Reports reports = EngineOracleCalls.engine(json, "2023-12-31");
    // 50,000 × 80% = 40,000.00, but 3,000,000 over the programme less 2,990,000 received leaves 10,000.00
    MeasureOutcome outcome = reports.outcome(SZ_TECH_SME);
    exactly(outcome, "10000.00");
    assertThat(outcome.bindingLimit()).isPresent();
    exactly(EngineOracleCalls.techSme(read(json)), "10000.00");
  }

  @Test
  void test_sz8_techSme_2024Interest_theBaseRatioOnly_andA2024LoanOutsideTheFirstLoanWindow() {
    String json = profile(SZ_FIRM, "\"firstTimeBorrower\": true, "
        + "\"techSme\": {\"held\": true, \"since\": \"2023-06-01\", \"until\": \"2026-05-31\"}, "
        + "\"techSmeSubsidyReceived\": " + cny("0") + ", \"loans\": ["
        + szLoan("L1", "1000000", "2024-01-01", "2025-01-01", "4%", true, "") + "], \"interestPayments\": ["
        + interest("I1", "L1", "2024-01-01", "2024-04-01", "2024-04-01", "10000.00") + "]");
    Reports reports = EngineOracleCalls.engine(json, "2024-06-30");
    // 第5条: drawn 2024-01-01, outside 2023年1-3月: nothing
    nothing(reports.outcome(SZ_FIRST_LOAN));
    same(reports.outcome(SZ_FIRST_LOAN), EngineOracleCalls.firstLoan(read(json)));
    // 第13条's +30 pp is for "2023年期间产生的利息" only; interest of 2024 earns the 2020 办法's base, 70% for a
    // first-time borrower (第十四条（一）): 10,000 × 70% = 7,000.00
    exactly(reports.outcome(SZ_TECH_SME), "7000.00");
    exactly(EngineOracleCalls.techSme(read(json)), "7000.00");
  }

  @Test
  void test_sz9_renovationGrants_tiersBoundsAndTheCap() {
    String json = profile(SZ_FIRM, "\"renovationProjects\": ["
        + "{\"projectId\": \"P1\", \"category\": \"INTELLIGENT\", \"maturityLevel\": 3, \"eligibleInvestment\": "
        + cny("30000000") + ", \"totalInvestment\": " + cny("30000000") + ", \"fixedAssetInvestment\": "
        + cny("24000000") + ", \"equipmentInvestment\": " + cny("16800000") + ", \"eligibleProject\": true,"
        + " \"interestPayments\": []}, "
        + "{\"projectId\": \"P2\", \"category\": \"EQUIPMENT_UPGRADE\", \"eligibleInvestment\": " + cny("600000000")
        + ", \"totalInvestment\": " + cny("600000000") + ", \"fixedAssetInvestment\": " + cny("500000000")
        + ", \"equipmentInvestment\": " + cny("400000000") + ", \"eligibleProject\": true,"
        + " \"interestPayments\": []}, "
        + "{\"projectId\": \"P3\", \"category\": \"INTELLIGENT\", \"maturityLevel\": 1, \"eligibleInvestment\": "
        + cny("10000000") + ", \"totalInvestment\": " + cny("10000000") + ", \"fixedAssetInvestment\": "
        + cny("9000000") + ", \"equipmentInvestment\": " + cny("8000000") + ", \"eligibleProject\": true,"
        + " \"interestPayments\": []}]");
    Reports reports = EngineOracleCalls.engine(json, "2023-12-31");
    // 小升规方案 第十条 "分档分类给予不超过项目总投资额10-20%的资助，资助上限为5000万元" with the tiers (domain §1.3):
    // P1 智能化 level 3 → 16%; fixed assets 24,000,000 = 80% of 30,000,000 and equipment 16,800,000 = 70% of the
    //   fixed assets, both bounds met exactly (inclusive): up to 30,000,000 × 16% = 4,800,000.00
    // P2 技术装备升级换代 → 10%: 600,000,000 × 10% = 60,000,000 > 50,000,000: up to 50,000,000.00 (cap per project)
    // P3 level 1: no tier, nothing
    // the firm: up to 54,800,000.00 ("不超过": a range from 0)
    MeasureOutcome outcome = reports.outcome(SZ_RENOVATION_GRANT);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("54800000.00")));
    same(outcome, EngineOracleCalls.renovationGrant(read(json)));
  }

  @Test
  void test_sh1_guaranteedFirstLoanAndHires() {
    String json = profile(SH_FIRM, "\"size\": \"SMALL\", \"firstTimeBorrower\": true, \"loans\": ["
        + shLoan("L1", "1000000", "2022-11-15", "2023-11-15", "3.5%", "") + "], \"hires\": ["
        + "{\"hireId\": \"H1\", \"hireDate\": \"2023-05-08\", \"registeredUnemployedMonths\": 4,"
        + " \"shanghaiGraduate\": false, \"openEndedContract\": false, \"contractEnd\": \"2024-05-07\","
        + " \"socialInsurancePaid\": true}, "
        + "{\"hireId\": \"H2\", \"hireDate\": \"2023-12-31\", \"registeredUnemployedMonths\": 0,"
        + " \"shanghaiGraduate\": true, \"graduationYear\": 2023, \"openEndedContract\": true,"
        + " \"socialInsurancePaid\": true}, "
        + "{\"hireId\": \"H3\", \"hireDate\": \"2023-06-01\", \"registeredUnemployedMonths\": 2,"
        + " \"shanghaiGraduate\": false, \"openEndedContract\": true, \"socialInsurancePaid\": true}, "
        + "{\"hireId\": \"H4\", \"hireDate\": \"2022-12-31\", \"registeredUnemployedMonths\": 6,"
        + " \"shanghaiGraduate\": false, \"openEndedContract\": true, \"socialInsurancePaid\": true}]");
    Reports reports = EngineOracleCalls.engine(json, "2023-12-31");
    EnterpriseProfile profile = read(json);
    // 沪企服办〔2023〕1号 第十五条: first 普惠 loan drawn 2022-11-15 (2022年第四季度), 上海 bank, 市担保中心 guarantee, a
    // small firm; no term in the source: the library's 12 months (register §4.1 item 5), 2022-11-15 → 2023-11-15 =
    // 365 days; min(2%, 3.5%) = 2%: 1,000,000 × 2% × 365 / 360 = 20,277.777… → 20,277.78
    exactly(reports.outcome(SH_FIRST_LOAN), "20277.78");
    exactly(EngineOracleCalls.guaranteedFirstLoan(profile), "20277.78");
    // 第十九条, 2,000 元/人: H1 unemployed 4 months ≥ 3, contract 2023-05-08 → 2024-05-07 exactly one year ("1年及
    // 以上"); H2 a 2023 Shanghai graduate hired on the window's last day, open-ended; H3 unemployed 2 months < 3 and
    // not a graduate; H4 hired 2022-12-31, a day before the window. 2 × 2,000 = 4,000.00
    exactly(reports.outcome(SH_HIRING), "4000.00");
    exactly(EngineOracleCalls.hiring(profile), "4000.00");
    // the Shenzhen first-loan subsidy is not for a 上海 firm
    nothing(reports.outcome(SZ_FIRST_LOAN));
    same(reports.outcome(SZ_FIRST_LOAN), EngineOracleCalls.firstLoan(profile));
  }

  @Test
  void test_sh2_guaranteedFirstLoan_aRateBelow2Percent_repaidEarly() {
    String json = profile(SH_FIRM, "\"size\": \"MICRO\", \"firstTimeBorrower\": true, \"loans\": ["
        + shLoan("L1", "800000", "2022-11-15", "2023-11-15", "1.5%", ", \"repaymentDate\": \"2023-02-15\"") + "]");
    Reports reports = EngineOracleCalls.engine(json, "2023-12-31");
    // repaid 2023-02-15: 2022-11-15 → 2023-02-15 = 30 + 31 + 31 = 92 days (within the 12 months); the subsidy rate
    // is the loan's own 1.5% where below 2% (the calculator's reading: never above the interest): 800,000 × 1.5% ×
    // 92 / 360 = 3,066.666… → 3,066.67
    exactly(reports.outcome(SH_FIRST_LOAN), "3066.67");
    exactly(EngineOracleCalls.guaranteedFirstLoan(read(json)), "3066.67");
    // no hires, known: nothing on both sides
    nothing(reports.outcome(SH_HIRING));
    same(reports.outcome(SH_HIRING), EngineOracleCalls.hiring(read(json)));
  }

  @Test
  void test_sh3_guaranteedFirstLoan_aLargeFirm_andADrawdownOutsideTheQuarter() {
    String large = profile(SH_FIRM, "\"size\": \"LARGE\", \"firstTimeBorrower\": true, \"loans\": ["
        + shLoan("L1", "800000", "2022-12-31", "2023-12-31", "3%", "") + "]");
    // "中小微企业" only: a large firm, nothing
    nothing(EngineOracleCalls.engine(large, "2023-12-31").outcome(SH_FIRST_LOAN));
    same(EngineOracleCalls.engine(large, "2023-12-31").outcome(SH_FIRST_LOAN),
        EngineOracleCalls.guaranteedFirstLoan(read(large)));
    String late = profile(SH_FIRM, "\"size\": \"MEDIUM\", \"firstTimeBorrower\": true, \"loans\": ["
        + shLoan("L1", "800000", "2023-01-01", "2024-01-01", "3%", "") + "]");
    // drawn 2023-01-01, a day after 2022年第四季度: nothing
    nothing(EngineOracleCalls.engine(late, "2023-12-31").outcome(SH_FIRST_LOAN));
    same(EngineOracleCalls.engine(late, "2023-12-31").outcome(SH_FIRST_LOAN),
        EngineOracleCalls.guaranteedFirstLoan(read(late)));
    String lastDay = profile(SH_FIRM, "\"size\": \"MEDIUM\", \"firstTimeBorrower\": true, \"loans\": ["
        + shLoan("L1", "800000", "2022-12-31", "2023-06-30", "3%", "") + "]");
    // drawn 2022-12-31, the quarter's last day, matures 2023-06-30 before the 12 months: 2022-12-31 → 2023-06-30 =
    // 181 days; 800,000 × 2% × 181 / 360 = 8,044.444… → 8,044.44
    exactly(EngineOracleCalls.engine(lastDay, "2023-12-31").outcome(SH_FIRST_LOAN), "8044.44");
    exactly(EngineOracleCalls.guaranteedFirstLoan(read(lastDay)), "8044.44");
  }

  @Test
  void test_sh4_specialisedRecognitionAward_aFloor() {
    String json = profile(SH_FIRM, "\"size\": \"SMALL\", "
        + "\"specialisedAndInnovative\": {\"held\": true, \"since\": \"2023-04-15\"}, "
        + "\"littleGiant\": {\"held\": false}");
    Reports reports = EngineOracleCalls.engine(json, "2023-12-31");
    // 沪企服办〔2023〕1号 第一条: "对新认定专精特新中小企业给予不低于10万元奖励": recognised 2023-04-15, in 2023, not a
    // 小巨人: at least 100,000.00, no upper bound (不低于, a floor)
    MeasureOutcome award = reports.outcome(EngineOracleCalls.SH_AWARD);
    assertThat(award.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(award.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("100000.00")));
    same(award, EngineOracleCalls.award(read(json), true));
    String earlier = profile(SH_FIRM, "\"size\": \"SMALL\", "
        + "\"specialisedAndInnovative\": {\"held\": true, \"since\": \"2022-12-31\"}, "
        + "\"littleGiant\": {\"held\": false}");
    // recognised 2022-12-31, a day before 2023: not a new recognition of the measure's year, nothing
    MeasureOutcome none = EngineOracleCalls.engine(earlier, "2023-12-31").outcome(EngineOracleCalls.SH_AWARD);
    nothing(none);
    same(none, EngineOracleCalls.award(read(earlier), true));
  }
}
