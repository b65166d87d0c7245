package io.github.huiqi.calculators.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whole firms through the engine on several evaluation dates, each figure worked by hand from the seeds: a 宝安区
 * manufacturer sized from its figures whose first loan both municipal interest subsidies could take, with a renovation
 * project and a guaranteed loan; the same firm with no region; a 浦东 software firm against the Shenzhen restatements;
 * and interest on loans the profile does not hold. Every measure asked alone gets the outcome it gets among all.
 */
class EntitlementEngineAsOfAuditTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String FEE_REDUCTION = "sz-gxj-2023-26.guarantee-fee-reduction";
  private static final String FEE_SUBSIDY = "sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy";

  /**
   * 宝安区, C3484, no size: 2022 revenue 15,000,000, 80 employees (工信部联企业〔2011〕300号 第四条（二）工业: small,
   * 从业人员20人及以上且营业收入300万元及以上, below medium's 300 and 2,000万). A tech SME enrolled 2022-01-01..2025-12-31,
   * a first-time borrower, nothing yet received from the programme. F1: 2,000,000 drawn 2023-02-15, its first loan;
   * L2: 1,000,000 drawn 2022-06-01; L3: 3,000,000 drawn 2023-04-01 under a government guarantee at 1% (standard 2%).
   */
  private static final String SHENZHEN = """
      {"asOf": "2023-06-30", "profile": {
        "registrationRegionCode": "440306", "legalForm": "ENTERPRISE", "independentLegalPerson": true,
        "registrationDate": "2016-05-01", "industryCode": "C3484", "restrictedOrProhibitedIndustry": false,
        "smallScaleTaxpayer": false, "techSme": {"held": true, "since": "2022-01-01", "until": "2025-12-31"},
        "specialisedAndInnovative": {"held": false}, "littleGiant": {"held": false}, "highTech": {"held": false},
        "icOrMachineTool": false, "firstTimeBorrower": true, "onSeriousDishonestyList": false,
        "affectedByEpidemic": false, "techSmeSubsidyReceived": {"amount": 0, "currency": "CNY"},
        "years": [
          {"year": 2022, "revenue": {"amount": 15000000, "currency": "CNY"}, "employees": 80,
           "totalAssets": {"amount": 20000000, "currency": "CNY"}, "aboveScale": false},
          {"year": 2023, "revenue": {"amount": 17000000, "currency": "CNY"}, "employees": 86,
           "totalAssets": {"amount": 22000000, "currency": "CNY"}, "aboveScale": false,
           "taxableIncomeBeforeRd": {"amount": 3300000, "currency": "CNY"},
           "quarters": [%s, %s, %s, %s],
           "rdExpensedCosts": {"personnel": {"amount": 600000, "currency": "CNY"},
             "directInputs": {"amount": 0, "currency": "CNY"}, "depreciation": {"amount": 0, "currency": "CNY"},
             "intangibleAmortisation": {"amount": 0, "currency": "CNY"},
             "newProductDesign": {"amount": 0, "currency": "CNY"}, "otherRelated": {"amount": 0, "currency": "CNY"}},
           "rdIntangibles": [], "vatPeriods": []}],
        "loans": [
          {"loanId": "F1", "principal": {"amount": 2000000, "currency": "CNY"}, "drawdownDate": "2023-02-15",
           "maturityDate": "2024-02-15", "annualInterestRate": "3.8%%", "lenderRegionCode": "440300",
           "firstDrawdownOfFirstContract": true, "forProductionOrOperation": true,
           "subsidisedUnderAnotherMunicipalScheme": false, "vehicleOrRealEstatePurchase": false, "guaranteed": false},
          {"loanId": "L2", "principal": {"amount": 1000000, "currency": "CNY"}, "drawdownDate": "2022-06-01",
           "maturityDate": "2023-05-31", "annualInterestRate": "4%%", "lenderRegionCode": "440300",
           "firstDrawdownOfFirstContract": false, "forProductionOrOperation": true,
           "subsidisedUnderAnotherMunicipalScheme": false, "vehicleOrRealEstatePurchase": false, "guaranteed": false},
          {"loanId": "L3", "principal": {"amount": 3000000, "currency": "CNY"}, "drawdownDate": "2023-04-01",
           "maturityDate": "2024-04-01", "annualInterestRate": "4%%", "lenderRegionCode": "440300",
           "firstDrawdownOfFirstContract": false, "forProductionOrOperation": true,
           "subsidisedUnderAnotherMunicipalScheme": false, "vehicleOrRealEstatePurchase": false, "guaranteed": true,
           "guarantee": {"governmentGuarantor": true, "guarantorInRegion": true, "reGuaranteed": false,
             "standardFeeRate": "2%%", "feeRate": "1%%", "feePaid": {"amount": 30000, "currency": "CNY"}}}],
        "interestPayments": [
          {"paymentId": "P1", "loanId": "F1", "accrualStart": "2023-02-15", "accrualEnd": "2023-05-15",
           "paymentDate": "2023-05-15", "interestPaid": {"amount": 18788.89, "currency": "CNY"}},
          {"paymentId": "P2", "loanId": "L2", "accrualStart": "2023-01-01", "accrualEnd": "2023-04-01",
           "paymentDate": "2023-04-01", "interestPaid": {"amount": 10000, "currency": "CNY"}}],
        "guaranteeFeePayments": [
          {"paymentId": "G3", "paymentDate": "2023-04-01", "amountPaid": {"amount": 30000, "currency": "CNY"}}],
        "insurancePremiumPayments": [],
        "renovationProjects": [
          {"projectId": "R1", "category": "EQUIPMENT_UPGRADE", "eligibleInvestment": {"amount": 6000000,
           "currency": "CNY"}, "totalInvestment": {"amount": 6000000, "currency": "CNY"},
           "fixedAssetInvestment": {"amount": 5400000, "currency": "CNY"},
           "equipmentInvestment": {"amount": 4000000, "currency": "CNY"}, "eligibleProject": true,
           "subsidyStart": "2023-01-01", "interestPayments": [{"paymentId": "RI1", "kind": "BANK_FIXED_ASSET_LOAN",
             "interestFrom": "2023-01-01", "interestUntil": "2023-07-01",
             "interestPaid": {"amount": 120000, "currency": "CNY"}}]}],
        "grantEvents": [], "hires": [], "insuranceDeferrals": [], "leases": [], "housingFundDeferrals": [],
        "industrialOutputs": [], "arrearsClaims": [], "trainingSessions": [], "utilityBills": []}}
      """.formatted(quarter(1, 80, 82, 20), quarter(2, 82, 84, 21), quarter(3, 84, 86, 21), quarter(4, 86, 86, 22));

  private static String quarter(int quarter, int start, int end, int millionsOfAssets) {
    return ("{\"quarter\": %d, \"employeesAtStart\": %d, \"employeesAtEnd\": %d, \"totalAssetsAtStart\": "
        + "{\"amount\": %d000000, \"currency\": \"CNY\"}, \"totalAssetsAtEnd\": {\"amount\": %d000000, "
        + "\"currency\": \"CNY\"}}").formatted(quarter, start, end, millionsOfAssets, millionsOfAssets);
  }

  private static EntitlementReport both(String requestJson) {
    EntitlementReport typed = ENGINE.evaluate(HuiqiJson.read(requestJson, EntitlementRequest.class));
    assertThat(HuiqiJson.read(ENGINE.evaluateJson(requestJson), EntitlementReport.class)).isEqualTo(typed);
    return typed;
  }

  private static EntitlementReport on(String requestJson, String asOf) {
    return both(requestJson.replaceFirst("\"asOf\": \"[0-9-]+\"", "\"asOf\": \"" + asOf + "\""));
  }

  private static MeasureOutcome outcome(EntitlementReport report, String id) {
    return report.outcome(MeasureId.of(id)).orElseThrow();
  }

  private static OutcomeAmount exactly(String yuan) {
    return OutcomeAmount.exactly(Cny.of(yuan));
  }

  private static OutcomeAmount between(String least, String most) {
    return OutcomeAmount.between(Cny.of(least), Cny.of(most));
  }

  /** Each measure asked alone, through the JSON request's measures, has the outcome it has among all. */
  private static void eachAloneAsAmongAll(String requestJson) {
    EntitlementRequest request = HuiqiJson.read(requestJson, EntitlementRequest.class);
    EntitlementReport all = ENGINE.evaluate(request);
    for (MeasureOutcome among : all.outcomes()) {
      EntitlementReport alone = ENGINE.evaluate(request.withMeasures(List.of(among.measure())));
      assertThat(alone.outcomes()).as(among.measure().value()).containsExactly(among);
      assertThat(alone.failures()).isEmpty();
    }
  }

  @Test
  void test_shenzhenManufacturer_midYear_everyFigureByHand() {
    EntitlementReport report = both(SHENZHEN);
    // 深工信〔2023〕26号 第5条 "给予2%的贴息补助…贴息期限不超过6个月": F1 from 2023-02-15 to 2023-08-15, 14 + 31 + 30 + 31
    // + 30 + 31 + 14 = 181 days, ACT/360 (decisions register §4.1 item 1): 2,000,000 × 2% × 181 / 360 = 20,111.11
    assertThat(outcome(report, FIRST_LOAN).amount()).isEqualTo(exactly("20111.11"));
    // 第13条 "提高30个百分点，最高可按照实际支付利息的80%": F1's 18,788.89 × 80% = 15,031.11 < 20,111.11, so F1 takes
    // the first-loan subsidy (neither claimed: the larger, register §4.1 item 10); L2's 10,000 × 80% = 8,000.00, and
    // the 贴保 on L3's fee 30,000 × 50% = 15,000.00: 23,000.00
    assertThat(outcome(report, TECH_SME).amount()).isEqualTo(exactly("23000.00"));
    // 第6条, small from the 2022 figures: L3's fee min(2% × 60%, 1%) = 1% over a whole year: 3,000,000 × 1% = 30,000
    assertThat(outcome(report, FEE_REDUCTION).amount()).isEqualTo(exactly("30000.00"));
    // R&D: 600,000 × 100% extra deduction, taxable income 3,300,000 → 2,700,000: 600,000 × 25% = 150,000.00; the
    // 小型微利企业 test then passes (2,700,000 ≤ 3,000,000, 83.75 employees and 21,250,000 of assets on the
    // quarterly averages): 2,700,000 × 25% − 2,700,000 × 25% × 20% = 675,000 − 135,000 = 540,000.00
    assertThat(outcome(report, "sz-gxj-2023-26.rd-super-deduction").amount()).isEqualTo(exactly("150000.00"));
    assertThat(outcome(report, "sz-gxj-2023-26.small-low-profit-enterprise").amount())
        .isEqualTo(exactly("540000.00"));
    // 小升规方案 第十条: equipment upgrade ≤ 10% of 6,000,000 = 0 – 600,000.00, and 50% of 120,000 interest = 60,000.00
    assertThat(outcome(report, "sz-gxj-2022-small-to-scale.technical-renovation-grant").amount())
        .isEqualTo(between("0.00", "600000.00"));
    assertThat(outcome(report, "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy").amount())
        .isEqualTo(exactly("60000.00"));
    // payments 20,111.11 + 23,000 + 60,000 = 103,111.11, up to 703,111.11; tax 690,000; fees 30,000: in reach
    // 823,111.11 – 1,423,111.11
    assertThat(report.totals().byKind().get(AmountKind.PAYMENT_TO_FIRM))
        .isEqualTo(between("103111.11", "703111.11"));
    assertThat(report.totals().byKind().get(AmountKind.TAX_SAVED)).isEqualTo(exactly("690000.00"));
    assertThat(report.totals().byKind().get(AmountKind.FEE_SAVED)).isEqualTo(exactly("30000.00"));
    assertThat(report.totals().inReach()).isEqualTo(between("823111.11", "1423111.11"));
    // the tech-SME subsidy asked alone is 23,000.00 too, not 38,031.11: the first-loan subsidy still takes F1
    eachAloneAsAmongAll(SHENZHEN);
  }

  @Test
  void test_shenzhenManufacturer_acrossTheWindows() {
    // 2022-12-31: 第5条 (window 2023) not yet open, so it takes no loan (its outcome is not counted) and the tech-SME
    // subsidy keeps F1: 15,031.11 + 23,000.00 = 38,031.11; the size from 2021 figures is not known
    EntitlementReport before = on(SHENZHEN, "2022-12-31");
    assertThat(outcome(before, FIRST_LOAN).windowStatus()).isEqualTo(WindowStatus.NOT_YET_OPEN);
    assertThat(outcome(before, FIRST_LOAN).countedInTotal()).isFalse();
    assertThat(outcome(before, TECH_SME).amount()).isEqualTo(exactly("38031.11"));
    // first and last day of the first-loan and fee-reduction windows: the same mid-year total
    for (String day : List.of("2023-01-01", "2023-03-31", "2023-12-31")) {
      EntitlementReport report = on(SHENZHEN, day);
      assertThat(outcome(report, FIRST_LOAN).windowStatus()).as(day).isEqualTo(WindowStatus.OPEN);
      assertThat(report.totals().inReach()).as(day).isEqualTo(between("823111.11", "1423111.11"));
    }
    // 2024-01-15: 第5条 and 第6条 closed (not counted, kind FEE_SAVED gone); the tech-SME subsidy keeps F1 again
    // (38,031.11); the reply letter's fee subsidy now claims the loans of 2023 (register §2.4): L3, 3,000,000 ≤
    // 3,000,000 at 1% ≤ 50% × 4%: 30% × 30,000 = 9,000.00, stacked with the 贴保 under COUNT_BOTH. Payments
    // 38,031.11 + 60,000 + 9,000 = 107,031.11 (up to 707,031.11), tax 690,000: 797,031.11 – 1,397,031.11
    EntitlementReport after = on(SHENZHEN, "2024-01-15");
    assertThat(outcome(after, FIRST_LOAN).windowStatus()).isEqualTo(WindowStatus.CLOSED);
    assertThat(outcome(after, FIRST_LOAN).countedInTotal()).isFalse();
    assertThat(outcome(after, FEE_REDUCTION).countedInTotal()).isFalse();
    assertThat(outcome(after, TECH_SME).amount()).isEqualTo(exactly("38031.11"));
    assertThat(outcome(after, FEE_SUBSIDY).amount()).isEqualTo(exactly("9000.00"));
    assertThat(after.totals().byKind()).doesNotContainKey(AmountKind.FEE_SAVED);
    assertThat(after.totals().inReach()).isEqualTo(between("797031.11", "1397031.11"));
    eachAloneAsAmongAll(SHENZHEN.replace("2023-06-30", "2024-01-15"));
  }

  @Test
  void test_noRegion_theStackingNeverRaisesTheLeast() {
    // without a region every Shenzhen measure may not be the firm's: the tech-SME subsidy runs from 0 (not from the
    // 23,000.00 it gets in Shenzhen); the least in reach is the two national reliefs read for anywhere under the
    // Shenzhen restatement, 540,000 + 150,000 = 690,000.00 (register §1.7), the Shanghai ones set aside
    String noRegion = SHENZHEN.replace("\"registrationRegionCode\": \"440306\", ", "");
    EntitlementReport report = both(noRegion);
    assertThat(outcome(report, TECH_SME).amount().minimum()).isEqualTo(Cny.of("0.00"));
    assertThat(outcome(report, TECH_SME).verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(report.totals().inReach().minimum()).isEqualTo(Cny.of("690000.00"));
    assertThat(outcome(report, "sh-qfb-2023-1.small-low-profit-enterprise").countedInTotal()).isFalse();
    eachAloneAsAmongAll(noRegion);
  }

  @Test
  void test_shanghaiFirm_theShenzhenRestatementAskedAlone_isNotTheFirms() {
    // a 浦东 software firm (I6510; 2022: 60 employees, 8,000,000 of revenue: small under 300号 第四条（十）): 2023
    // taxable income 1,200,000 less 200,000 of R&D × 100% = 1,000,000: R&D 200,000 × 25% = 50,000.00, 小型微利企业
    // 1,000,000 × 25% − 1,000,000 × 5% = 200,000.00, each under 沪企服办〔2023〕1号 第二十二条 only (register §1.7)
    String request = ShanghaiTaxFirm.asking("\"sz-gxj-2023-26.small-low-profit-enterprise\"");
    EntitlementReport alone = both(request);
    // asked alone it was eligible for 200,000.00 and counted, though among all it is not the firm's
    MeasureOutcome shenzhen = alone.outcomes().get(0);
    assertThat(shenzhen.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(shenzhen.countedInTotal()).isFalse();
    assertThat(alone.outcomes()).hasSize(1);
    assertThat(alone.totals().inReach()).isEqualTo(exactly("0.00"));
    EntitlementReport all = both(request.replace("\"measures\": [\"sz-gxj-2023-26.small-low-profit-enterprise\"], ",
        ""));
    assertThat(outcome(all, "sh-qfb-2023-1.small-low-profit-enterprise").amount()).isEqualTo(exactly("200000.00"));
    assertThat(outcome(all, "sh-qfb-2023-1.rd-super-deduction").amount()).isEqualTo(exactly("50000.00"));
    assertThat(all.totals().byKind().get(AmountKind.TAX_SAVED)).isEqualTo(exactly("250000.00"));
  }

  @Test
  void test_interestOnLoansNotHeld_onlyThoseThatMayBeFirstLoansLeaveTheLeast() {
    // a 南山区 tech SME, first-time borrower, loans not given. I1 accrues 2022-10-01..2023-01-01: its loan was drawn
    // by 2022-10-01, before 第5条's "2023年1-3月", so no first loan: the 2020 办法 第十四条（一） 70% of a first-time
    // borrower's 2022 interest, 10,000 × 70% = 7,000.00, is certain. I2 accrues from 2023-02-01: its loan may be a
    // first loan of 2023-Q1, which the first-loan subsidy would take (register §4.1 item 10): 2023 interest at 70% +
    // 30 points, at most 80% (第13条): 10,000 × 80% = 8,000.00 is open. 7,000.00 – 15,000.00
    String request = """
        {"asOf": "2023-06-30", "profile": {"registrationRegionCode": "440305", "techSme": {"held": true},
          "firstTimeBorrower": true, "techSmeSubsidyReceived": {"amount": 0, "currency": "CNY"},
          "interestPayments": [
            {"paymentId": "I1", "loanId": "L1", "accrualStart": "2022-10-01", "accrualEnd": "2023-01-01",
             "paymentDate": "2023-01-01", "interestPaid": {"amount": 10000, "currency": "CNY"}},
            {"paymentId": "I2", "loanId": "L2", "accrualStart": "2023-02-01", "accrualEnd": "2023-05-01",
             "paymentDate": "2023-05-01", "interestPaid": {"amount": 10000, "currency": "CNY"}}],
          "guaranteeFeePayments": [], "insurancePremiumPayments": []}}
        """;
    EntitlementReport report = both(request);
    assertThat(outcome(report, TECH_SME).amount()).isEqualTo(between("7000.00", "15000.00"));
    assertThat(outcome(report, TECH_SME).missingFacts()).containsExactly("/loans");
    // I1 alone: 7,000.00 exactly, as the conformance pack's vector has it (the first loan cannot take it)
    EntitlementReport pre = both(request.replaceFirst(",\\s*\\{\"paymentId\": \"I2\"[^}]*\\}[^}]*\\}", ""));
    assertThat(outcome(pre, TECH_SME).amount()).isEqualTo(exactly("7000.00"));
    assertThat(outcome(pre, TECH_SME).verdict()).isEqualTo(Verdict.ELIGIBLE);
  }
}
