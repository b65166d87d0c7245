package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.FEE_SUBSIDY;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.FIRST_LOAN;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.RENOVATION;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.TECH_SME;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.assertAmount;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.assertTotal;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.result.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The split of the loans the renovation interest payments name that pays the firm most in all (decisions register
 * §4.6 item 147): the renovation-loan pass (item 43, one municipal interest subsidy per loan, 2022 深圳 首贷 rules
 * "同一笔贷款只能享受一次贴息政策") compared the loans one at a time, so two fen more of premium could send it to a split
 * that paid the firm 12,534.99 less. Worked by hand, on 2023-06-30, through the engine typed, plain and explained,
 * and {@code evaluateJson}.
 * <p>
 * The firm is the monotonicity hunt's financing seed 314 firm 32, reduced: a 南山区 small enterprise, not a first-time
 * borrower (第5条 pays nothing: ineligible), enrolled as a 科技型中小企业 2022-01-01 – 2022-11-24, 2,951,738 already
 * received from the programme: 3,000,000 − 2,951,738 = 48,262.00 left (2020 办法 第十四条（四）). 深工信〔2023〕26号
 * 第13条 on the guarantee fee G-L2 (10,453 × 50% = 5,226.50), the premium P-L2 (P × 50%), L1's interest I-L1-0
 * (46,887.75 × 80% = 37,510.20) and L2's interest I-L2-0 (16,835.65 in the hunt's report, at most 80% × 24,072.70 =
 * 19,258.16). The project R1 pays 25,070 of interest on L2 (小升规方案 第十条 50% = 12,535.00) and R on L1 (R × 50%).
 * The small/micro guarantee-fee subsidy on G-L2 (2017 guide: 30% × 10,453 = 3,135.90) stands apart from the pass.
 * <p>
 * The splits (L1, L2 each to 第13条 or 第十条), P = 20,522, R = 13,269: L1 to 第13条 and L2 to 第十条, min(48,262.00,
 * 5,226.50 + 10,261.00 + 37,510.20 = 52,997.70) = 48,262.00, + 12,535.00 = 60,797.00, the most any split pays (第13条
 * never more than 48,262.00, 第十条 no more than 12,535.00 on L2); both to 第13条, 48,262.00 + 0.00; L1 to 第十条 and
 * L2 to 第13条, at most 5,226.50 + P × 50% + 19,258.16 + R × 50%; both to 第十条, 5,226.50 + P × 50% + (25,070 + R)
 * × 50%. With the fee subsidy 63,932.90 in all. The raises below keep 60,797.00 the most: at P = 41,864.88 the
 * others are at most 5,226.50 + 20,932.44 + 19,258.16 + 6,634.50 = 52,051.60 and 5,226.50 + 20,932.44 + 19,169.50 =
 * 45,328.44; at R = 31,877.72, 5,226.50 + 10,261.00 + 19,258.16 + 15,938.86 = 50,684.52 and 5,226.50 + 10,261.00 +
 * 28,473.86 = 43,961.36.
 */
class RenovationLoanBestSplitTest {

  private static final String FIRM = """
      {"registrationRegionCode": "440305", "legalForm": "ENTERPRISE", "independentLegalPerson": true,
       "registrationDate": "2016-05-01", "industryCode": "C3484", "restrictedOrProhibitedIndustry": false,
       "size": "SMALL", "smallScaleTaxpayer": false, "onSeriousDishonestyList": false, "firstTimeBorrower": false,
       "techSme": {"held": true, "since": "2022-01-01", "until": "2022-11-24"},
       "techSmeSubsidyReceived": {"amount": 2951738.00, "currency": "CNY"},
       "loans": [
        {"loanId": "L1", "principal": {"amount": 6412000.00, "currency": "CNY"}, "drawdownDate": "2023-01-11",
         "maturityDate": "2024-01-11", "annualInterestRate": "4.05%", "lenderRegionCode": "440300",
         "firstDrawdownOfFirstContract": true, "forProductionOrOperation": true,
         "subsidisedUnderAnotherMunicipalScheme": false, "vehicleOrRealEstatePurchase": false, "guaranteed": false},
        {"loanId": "L2", "principal": {"amount": 1031000.00, "currency": "CNY"}, "drawdownDate": "2022-11-09",
         "maturityDate": "2023-11-09", "annualInterestRate": "5.32%", "lenderRegionCode": "440300",
         "firstDrawdownOfFirstContract": false, "forProductionOrOperation": true,
         "subsidisedUnderAnotherMunicipalScheme": false, "vehicleOrRealEstatePurchase": false, "guaranteed": true,
         "guarantee": {"governmentGuarantor": true, "policyFund": false, "guarantorInRegion": true,
          "reGuaranteed": false, "standardFeeRate": "2%", "feeRate": "1%",
          "feePaid": {"amount": 10453.00, "currency": "CNY"}}}],
       "interestPayments": [
        {"paymentId": "I-L1-0", "loanId": "L1", "accrualStart": "2023-01-11", "accrualEnd": "2023-03-17",
         "paymentDate": "2023-03-18", "interestPaid": {"amount": 46887.75, "currency": "CNY"}},
        {"paymentId": "I-L2-0", "loanId": "L2", "accrualStart": "2022-11-09", "accrualEnd": "2023-04-16",
         "paymentDate": "2023-04-16", "interestPaid": {"amount": 24072.70, "currency": "CNY"}}],
       "guaranteeFeePayments": [{"paymentId": "G-L2", "paymentDate": "2022-11-09",
        "amountPaid": {"amount": 10453.00, "currency": "CNY"}}],
       "insurancePremiumPayments": [{"paymentId": "P-L2", "paymentDate": "2022-11-09",
        "amountPaid": {"amount": PREMIUM, "currency": "CNY"}}],
       "renovationProjects": [{"projectId": "R1", "category": "EQUIPMENT_UPGRADE",
        "eligibleInvestment": {"amount": 31000000.00, "currency": "CNY"},
        "totalInvestment": {"amount": 31000000.00, "currency": "CNY"},
        "fixedAssetInvestment": {"amount": 27900000.00, "currency": "CNY"},
        "equipmentInvestment": {"amount": 24800000.00, "currency": "CNY"},
        "eligibleProject": true, "subsidyStart": "2023-01-01", "interestPayments": [
         {"paymentId": "RP-0", "kind": "BANK_FIXED_ASSET_LOAN", "interestFrom": "2023-05-01",
          "interestUntil": "2023-11-30", "interestPaid": {"amount": 25070.00, "currency": "CNY"}, "loanId": "L2"},
         {"paymentId": "RP-1", "kind": "BANK_FIXED_ASSET_LOAN", "interestFrom": "2023-05-13",
          "interestUntil": "2024-04-18", "interestPaid": {"amount": ON_L1, "currency": "CNY"}, "loanId": "L1"}]}]}""";

  private static String firm(String premium, String onL1) {
    return FIRM.replace("PREMIUM", premium).replace("ON_L1", onL1);
  }

  /** The four outcomes on 2023-06-30 through the engine typed, plain and explained, and JSON; explained returned. */
  private static EntitlementReport run(String profile) {
    return RenovationLoanPassOrderTest.runOn(profile, FIRST_LOAN, TECH_SME, RENOVATION, FEE_SUBSIDY);
  }

  private static String note(MeasureOutcome outcome) {
    return RenovationLoanPassOrderTest.note(outcome);
  }

  @ParameterizedTest(name = "premium {0}, renovation interest on L1 {1}")
  @CsvSource({
      // the firm: L2 adds nothing to 第13条 (52,997.70 without it is above 48,262.00), left as it is; L1 adds
      // 48,262.00 − (5,226.50 + 10,261.00 + 16,835.65) = 15,938.85 > 6,634.50: to 第13条 (the pass alone)
      "20522.00, 13269.00, false",
      // 19,565.35 of premium subsidy: L1 adds 48,262.00 − 41,627.50 = 6,634.50, a tie 第13条 keeps (item 43)
      "39130.70, 13269.00, false",
      // two fen more, 19,565.36: L1 adds 6,634.49 < 6,634.50 and went to 第十条, then L2 to 第13条 (16,835.65 >
      // 12,535.00): 41,627.51 + 6,634.50 + 3,135.90 = 51,397.91 before 2026-12-07
      "39130.72, 13269.00, true",
      // the hunt's raise, 20,932.44: L1 adds 5,267.41 and went to 第十条: 42,994.59 + 6,634.50 + 3,135.90 = 52,764.99
      "41864.88, 13269.00, true",
      // 第十条 15,938.85 on L1, a tie with what it adds to 第13条: 第13条 keeps it
      "20522.00, 31877.70, false",
      // 15,938.86 on L1 went to 第十条, L2 to 第13条: 32,323.15 + 15,938.86 + 3,135.90 = 51,397.91 before 2026-12-07
      "20522.00, 31877.72, true"})
  void test_theSplitThatPaysMost_L1ToTheTechSmeSubsidyAndL2ToTheRenovationSubsidy(String premium, String onL1,
      boolean replaced) {
    EntitlementReport r = run(firm(premium, onL1));
    assertAmount(outcome(r, FIRST_LOAN), Verdict.INELIGIBLE, "0.00", "0.00");
    // 第13条: min(48,262.00, 5,226.50 + P × 50% + 37,510.20) = 48,262.00 (the programme's cap left)
    assertAmount(outcome(r, TECH_SME), Verdict.ELIGIBLE, "48262.00", "48262.00");
    // 第十条: 25,070 × 50% = 12,535.00 on L2 alone
    assertAmount(outcome(r, RENOVATION), Verdict.ELIGIBLE, "12535.00", "12535.00");
    // 30% × 10,453 = 3,135.90
    assertAmount(outcome(r, FEE_SUBSIDY), Verdict.ELIGIBLE, "3135.90", "3135.90");
    // 48,262.00 + 12,535.00 + 3,135.90 = 63,932.90, whichever input was raised
    assertTotal(r, "63932.90", "63932.90");
    String said = "the loans compared one at a time did not give the firm most in all; it takes the split that "
        + "does (60797.00 CNY): loans L2 to the renovation interest subsidy, loans L1 to the first-loan or tech-SME "
        + "subsidy";
    if (replaced) {
      // 48,262.00 + 12,535.00 = 60,797.00, the split's interest subsidies
      assertThat(note(outcome(r, RENOVATION))).contains(said);
    } else {
      assertThat(note(outcome(r, RENOVATION))).doesNotContain("did not give the firm most");
    }
  }

  @Test
  void test_thePaymentsListedTheOtherWay_theSameSplit() {
    // RP-1 (L1) listed before RP-0 (L2): the pass compares L1 first, the split that pays most is the same
    String swapped = firm("41864.88", "13269.00");
    int rp0 = swapped.indexOf("{\"paymentId\": \"RP-0\"");
    int rp1 = swapped.indexOf("{\"paymentId\": \"RP-1\"");
    int end = swapped.indexOf("}]}]}");
    String first = swapped.substring(rp0, rp1).trim();
    String second = swapped.substring(rp1, end + 1).trim();
    swapped = swapped.substring(0, rp0) + second + ",\n" + first.substring(0, first.length() - 1)
        + swapped.substring(end + 1);
    EntitlementReport r = run(swapped);
    // 48,262.00 + 12,535.00 + 3,135.90 = 63,932.90
    assertAmount(outcome(r, TECH_SME), Verdict.ELIGIBLE, "48262.00", "48262.00");
    assertAmount(outcome(r, RENOVATION), Verdict.ELIGIBLE, "12535.00", "12535.00");
    assertTotal(r, "63932.90", "63932.90");
  }
}
