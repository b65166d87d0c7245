package io.github.huiqi.calculators.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Whole firms through the engine, each worked by hand from the seeds across every measure it reaches: a Shanghai
 * 专精特新 firm with a hire and a renovation project, a manufacturer on the medium/small bound of 工信部联企业〔2011〕300号
 * whose derived size decides four measures, and a first loan that either municipal interest subsidy may take while
 * what the tech-SME programme already paid is not known. The typed and the JSON entry points give the same report.
 */
class EntitlementEngineWholeFirmTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();

  private static EntitlementReport both(String requestJson) {
    EntitlementReport typed = ENGINE.evaluate(HuiqiJson.read(requestJson, EntitlementRequest.class));
    assertThat(HuiqiJson.read(ENGINE.evaluateJson(requestJson), EntitlementReport.class)).isEqualTo(typed);
    return typed;
  }

  private static MeasureOutcome outcome(EntitlementReport report, String id) {
    return report.outcome(MeasureId.of(id)).orElseThrow();
  }

  private static OutcomeAmount exactly(String yuan) {
    return OutcomeAmount.exactly(Cny.of(yuan));
  }

  private static final String SHANGHAI = """
      {"asOf": "2023-10-31", "profile": {
        "registrationRegionCode": "310115", "legalForm": "ENTERPRISE", "independentLegalPerson": true,
        "industryCode": "C3562", "restrictedOrProhibitedIndustry": false, "size": "SMALL",
        "smallScaleTaxpayer": false, "techSme": {"held": true, "since": "2022-04-01", "until": "2024-03-31"},
        "specialisedAndInnovative": {"held": true, "since": "2023-04-15"}, "littleGiant": {"held": false},
        "highTech": {"held": true, "since": "2021-12-01", "until": "2024-11-30"},
        "firstTimeBorrower": false, "onSeriousDishonestyList": false,
        "hires": [
          {"hireId": "H1", "hireDate": "2023-05-08", "registeredUnemployedMonths": 4, "openEndedContract": false,
           "contractEnd": "2025-05-07", "socialInsurancePaid": true},
          {"hireId": "H2", "hireDate": "2023-07-03", "shanghaiGraduate": true, "graduationYear": 2023,
           "openEndedContract": false, "contractEnd": "2024-07-01", "socialInsurancePaid": true}],
        "grantEvents": [{"eventId": "R1", "code": "sh-technical-renovation-project", "date": "2023-08-20",
          "amount": {"amount": 12500000, "currency": "CNY"}}],
        "loans": [], "interestPayments": [], "guaranteeFeePayments": [], "insurancePremiumPayments": [],
        "insuranceDeferrals": [], "leases": [], "housingFundDeferrals": [], "industrialOutputs": [],
        "arrearsClaims": [], "trainingSessions": [], "utilityBills": []}}
      """;

  @Test
  void test_shanghaiSpecialisedFirm_aFloorARangeAndAnExactSubsidy() {
    EntitlementReport report = both(SHANGHAI);
    // 沪企服办〔2023〕1号 第一条: 专精特新 newly recognised on 2023-04-15, "给予不低于10万元奖励": at least 100,000.00
    MeasureOutcome award = outcome(report, "sh-qfb-2023-1.specialised-recognition-award");
    assertThat(award.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(award.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("100000.00")));
    // 第五条: approved total investment 12,500,000 ≥ 10,000,000 (门槛 1000万元以上), "不超过核定总投资的10%": up to
    // 12,500,000 × 10% = 1,250,000.00
    MeasureOutcome renovation = outcome(report, "sh-qfb-2023-1.technical-renovation-support");
    assertThat(renovation.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(renovation.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("1250000.00")));
    // 第十九条, 2,000 元/人: H1 registered unemployed 4 months (≥ 3) with a contract to 2025-05-07 (≥ 1 year) counts;
    // H2's contract 2023-07-03..2024-07-01 ends a day short of one year (2024-07-02). One hire: 2,000.00
    assertThat(outcome(report, "sh-qfb-2023-1.hiring-subsidy").amount()).isEqualTo(exactly("2000.00"));
    // a Shenzhen measure is not for it
    assertThat(outcome(report, "sz-gxj-2023-26.first-loan-interest-subsidy").verdict())
        .isEqualTo(Verdict.INELIGIBLE);
    // in reach: 100,000.00 + 0.00 + 2,000.00 at least, no upper bound (the floor, and the tax years not given)
    assertThat(report.totals().inReach()).isEqualTo(OutcomeAmount.atLeast(Cny.of("102000.00")));
    assertThat(report.totals().byKind().get(AmountKind.PAYMENT_TO_FIRM))
        .isEqualTo(OutcomeAmount.atLeast(Cny.of("102000.00")));
    // the only fact still missing: the tax years, which open the R&D deduction and the 小型微利企业 relief, at most
    // its relief at the 3,000,000 limit in 2022 (1,000,000 × 22.5% + 2,000,000 × 20% = 625,000.00)
    assertThat(report.nextQuestions()).singleElement().satisfies(question -> {
      assertThat(question.fact()).isEqualTo("/years");
      assertThat(question.unboundedMeasures()).isEqualTo(1);
      assertThat(question.amountDecided()).isEqualTo(Cny.of("625000.00"));
    });
  }

  /** A 宝安区 manufacturer (C3311) with 2022 figures of the given headcount and 20,000,000 of revenue. */
  private static String onTheBound(int employees2022) {
    return """
        {"asOf": "2023-06-30", "profile": {
          "registrationRegionCode": "440306", "legalForm": "ENTERPRISE", "independentLegalPerson": true,
          "industryCode": "C3311", "restrictedOrProhibitedIndustry": false, "smallScaleTaxpayer": false,
          "techSme": {"held": false}, "specialisedAndInnovative": {"held": false}, "littleGiant": {"held": false},
          "highTech": {"held": false}, "icOrMachineTool": false, "firstTimeBorrower": false,
          "onSeriousDishonestyList": false, "affectedByEpidemic": true,
          "years": [
            {"year": 2022, "revenue": {"amount": 20000000, "currency": "CNY"}, "employees": %d,
             "totalAssets": {"amount": 40000000, "currency": "CNY"}, "aboveScale": true},
            {"year": 2023, "revenue": {"amount": 21000000, "currency": "CNY"}, "aboveScale": true,
             "taxableIncomeBeforeRd": {"amount": 1500000, "currency": "CNY"},
             "quarters": [%s, %s, %s, %s],
             "rdExpensedCosts": {"personnel": {"amount": 0, "currency": "CNY"},
               "directInputs": {"amount": 0, "currency": "CNY"}, "depreciation": {"amount": 0, "currency": "CNY"},
               "intangibleAmortisation": {"amount": 0, "currency": "CNY"},
               "newProductDesign": {"amount": 0, "currency": "CNY"},
               "otherRelated": {"amount": 0, "currency": "CNY"}},
             "rdIntangibles": [], "vatPeriods": []}],
          "loans": [
            {"loanId": "L1", "principal": {"amount": 1000000, "currency": "CNY"}, "drawdownDate": "2022-03-01",
             "maturityDate": "2022-11-30", "annualInterestRate": "4.35%%", "lenderRegionCode": "440300",
             "firstDrawdownOfFirstContract": false, "forProductionOrOperation": true, "guaranteed": false,
             "requestedDeferredDate": "2023-05-31"},
            {"loanId": "L2", "principal": {"amount": 2500000, "currency": "CNY"}, "drawdownDate": "2022-09-01",
             "maturityDate": "2023-08-31", "annualInterestRate": "4.5%%", "lenderRegionCode": "440300",
             "firstDrawdownOfFirstContract": false, "forProductionOrOperation": true,
             "vehicleOrRealEstatePurchase": false, "guaranteed": true,
             "guarantee": {"governmentGuarantor": true, "guarantorInRegion": true, "reGuaranteed": false,
               "standardFeeRate": "2%%", "feeRate": "1.5%%", "feePaid": {"amount": 37500, "currency": "CNY"}}},
            {"loanId": "L3", "principal": {"amount": 3000000, "currency": "CNY"}, "drawdownDate": "2023-04-10",
             "maturityDate": "2024-04-10", "annualInterestRate": "4%%", "lenderRegionCode": "440300",
             "firstDrawdownOfFirstContract": false, "forProductionOrOperation": true,
             "vehicleOrRealEstatePurchase": false, "guaranteed": true,
             "guarantee": {"governmentGuarantor": true, "guarantorInRegion": true, "reGuaranteed": false,
               "standardFeeRate": "1.8%%", "feeRate": "1%%", "feePaid": {"amount": 30000, "currency": "CNY"}}}],
          "interestPayments": [],
          "guaranteeFeePayments": [
            {"paymentId": "G2", "paymentDate": "2022-09-01", "amountPaid": {"amount": 37500, "currency": "CNY"}},
            {"paymentId": "G3", "paymentDate": "2023-04-10", "amountPaid": {"amount": 30000, "currency": "CNY"}}],
          "insurancePremiumPayments": [], "renovationProjects": [], "grantEvents": [], "hires": [],
          "insuranceDeferrals": [], "leases": [], "housingFundDeferrals": [], "industrialOutputs": [],
          "arrearsClaims": [], "trainingSessions": [], "utilityBills": []}}
        """.formatted(employees2022, quarter(1, 296, 298), quarter(2, 298, 300), quarter(3, 300, 298),
        quarter(4, 298, 296));
  }

  private static String quarter(int quarter, int start, int end) {
    return ("{\"quarter\": %d, \"employeesAtStart\": %d, \"employeesAtEnd\": %d, \"totalAssetsAtStart\": "
        + "{\"amount\": 40000000, \"currency\": \"CNY\"}, \"totalAssetsAtEnd\": {\"amount\": 41000000, "
        + "\"currency\": \"CNY\"}}").formatted(quarter, start, end);
  }

  @Test
  void test_onTheMediumBound_theDerivedSizeDecidesFourMeasures() {
    // 工信部联企业〔2011〕300号 第四条（二）工业: "从业人员300人及以上，且营业收入2000万元及以上的为中型企业"; the 2022
    // figures (the prior full year) of 300 employees and 20,000,000 make the firm medium, 299 small
    EntitlementReport medium = both(onTheBound(300));
    EntitlementReport small = both(onTheBound(299));
    // 深工信〔2023〕26号 第6条 (针对小微企业): L3's guarantee starts in 2023 at a standard 1.8%; the fee under the
    // measure min(1.8% × 60%, 1%) = 1%, a whole year: 3,000,000 × (1.8% − 1%) = 24,000.00 saved, for a small firm
    String fee = "sz-gxj-2023-26.guarantee-fee-reduction";
    assertThat(outcome(medium, fee).verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome(small, fee).amount()).isEqualTo(exactly("24000.00"));
    // the 2021 reply letter's small/micro fee subsidy, loans drawn in 2022 (decisions register §2.4): L2, 2,500,000
    // ≤ 3,000,000 at 1.5% ≤ 50% × 4.5%: 30% × 37,500 = 11,250.00
    String subsidy = "sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy";
    assertThat(outcome(medium, subsidy).verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome(small, subsidy).amount()).isEqualTo(exactly("11250.00"));
    // 第7条 小微企业贷款: L1 due 2022-11-30 (2022-Q4), deferral asked to 2023-05-31 (≤ 2023-06-30)
    String deferral = "sz-gxj-2023-26.loan-deferral";
    assertThat(outcome(medium, deferral).verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome(small, deferral).verdict()).isEqualTo(Verdict.ELIGIBLE);
    // 小升规方案 第十四条, for small and micro industrial firms (decisions register §1.3 item 001-14)
    String scaleFee = "sz-gxj-2022-small-to-scale.guarantee-fee-subsidy";
    assertThat(outcome(medium, scaleFee).verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome(small, scaleFee).verdict()).isEqualTo(Verdict.ELIGIBLE);
    // the 小型微利企业 relief does not read the 300号 class: 2023 employees average 298 ≤ 300, assets ≤ 50,000,000,
    // taxable income 1,500,000 (no R&D): 1,500,000 × 25% − 1,500,000 × 5% = 300,000.00 in both
    String slpe = "sz-gxj-2023-26.small-low-profit-enterprise";
    assertThat(outcome(medium, slpe).amount()).isEqualTo(exactly("300000.00"));
    assertThat(outcome(small, slpe).amount()).isEqualTo(exactly("300000.00"));
    // in reach, with the 小升规 reward's 0 – 200,000 (its year of first entry not given): medium 300,000.00 –
    // 500,000.00; small 300,000.00 + 24,000.00 + 11,250.00 = 335,250.00 – 535,250.00
    assertThat(medium.totals().inReach()).isEqualTo(OutcomeAmount.between(Cny.of("300000.00"),
        Cny.of("500000.00")));
    assertThat(small.totals().inReach()).isEqualTo(OutcomeAmount.between(Cny.of("335250.00"),
        Cny.of("535250.00")));
    assertThat(small.totals().byKind().get(AmountKind.FEE_SAVED)).isEqualTo(exactly("24000.00"));
    assertThat(medium.totals().byKind()).doesNotContainKey(AmountKind.FEE_SAVED);
  }

  @Test
  void test_firstLoanAndTechSme_whatTheProgrammePaidNotKnown_bothOpenAndTheFactRanked() {
    // a 宝安区 tech SME enrolled 2023-05-01, first-time borrower; F1 1,500,000 drawn 2023-03-28, the first
    // drawdown of its first contract: 第5条 six months to 2023-09-28 = 184 days, 1,500,000 × 2% × 184/360 =
    // 15,333.33; 第13条 80% of the 40,000.00 of 2023 interest paid = 32,000.00. Neither claimed, so the larger, the
    // tech-SME subsidy, when its 3,000,000 programme cap has room; what it already paid is not given, so either may
    // take the loan (decisions register §4.1 items 8 and 10): first-loan 0 – 15,333.33, tech-SME 0 – 32,000.00
    EntitlementReport report = both("""
        {"asOf": "2023-07-15", "profile": {
          "registrationRegionCode": "440306", "legalForm": "ENTERPRISE", "independentLegalPerson": true,
          "industryCode": "C3913", "size": "SMALL", "techSme": {"held": true, "since": "2023-05-01"},
          "firstTimeBorrower": true, "onSeriousDishonestyList": false,
          "loans": [{"loanId": "F1", "principal": {"amount": 1500000, "currency": "CNY"},
            "drawdownDate": "2023-03-28", "maturityDate": "2024-03-28", "annualInterestRate": "3.9%",
            "lenderRegionCode": "440300", "firstDrawdownOfFirstContract": true, "forProductionOrOperation": true,
            "guaranteed": false, "subsidisedUnderAnotherMunicipalScheme": false,
            "vehicleOrRealEstatePurchase": false}],
          "interestPayments": [{"paymentId": "P1", "loanId": "F1", "accrualStart": "2023-03-28",
            "accrualEnd": "2023-06-21", "paymentDate": "2023-06-21",
            "interestPaid": {"amount": 40000, "currency": "CNY"}}],
          "guaranteeFeePayments": [], "insurancePremiumPayments": []}}
        """);
    MeasureOutcome first = outcome(report, "sz-gxj-2023-26.first-loan-interest-subsidy");
    MeasureOutcome tech = outcome(report, "sz-gxj-2023-26.tech-sme-interest-subsidy");
    assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(first.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0.00"), Cny.of("15333.33")));
    assertThat(tech.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0.00"), Cny.of("32000.00")));
    // the fact decides both widths: 15,333.33 + 32,000.00 = 47,333.33
    assertThat(report.nextQuestions()).filteredOn(question -> question.fact().equals("/techSmeSubsidyReceived"))
        .singleElement().satisfies(question -> {
          assertThat(question.amountDecided()).isEqualTo(Cny.of("47333.33"));
          assertThat(question.measures()).extracting(MeasureId::value).containsExactly(
              "sz-gxj-2023-26.first-loan-interest-subsidy", "sz-gxj-2023-26.tech-sme-interest-subsidy");
        });
  }
}
