package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.FIRST_LOAN;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.RENOVATION;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.TECH_SME;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.assertAmount;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.assertTotal;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.noted;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.result.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Loans the renovation-loan pass leaves as they are while each side pays on them together (decisions register §4.6
 * item 153): every loan's interest fills the tech-SME programme's cap without it, so the tech-SME subsidy pays
 * nothing more on any one loan, and the pass (item 130) left each in both claims, both interest subsidies counting
 * them, against one municipal interest subsidy per loan (2022 深圳 首贷 rules "同一笔贷款只能享受一次贴息政策", §1.7).
 * Worked by hand, on 2023-06-30, through the engine typed, plain and explained, and {@code evaluateJson}.
 * <p>
 * The firm: a 南山区 small enterprise, not a first-time borrower (第5条 ineligible), enrolled as a 科技型中小企业 since
 * 2022-01-01, 2,990,000 already received: 3,000,000 − 2,990,000 = 10,000.00 left (2020 办法 第十四条（四）). Each loan Li
 * (not a first drawdown) pays interest Ii in 2023, of which 深工信〔2023〕26号 第13条 pays 80%; the project R1 pays
 * renovation interest Ri on it, of which 小升规方案 第十条 pays 50%.
 */
class RenovationLoanLeftSettledTest {

  /** The firm with one loan per pair of interest figures: {Ii, Ri}; enrolled or not. */
  static String firm(boolean enrolled, String[]... loans) {
    List<String> loanJson = new ArrayList<>();
    List<String> interest = new ArrayList<>();
    List<String> renovation = new ArrayList<>();
    for (int i = 1; i <= loans.length; i++) {
      loanJson.add("{\"loanId\": \"L" + i + "\", \"principal\": {\"amount\": 1000000.00, \"currency\": \"CNY\"},"
          + " \"drawdownDate\": \"2023-01-11\", \"maturityDate\": \"2024-01-11\", \"annualInterestRate\": \"4.05%\","
          + " \"lenderRegionCode\": \"440300\", \"firstDrawdownOfFirstContract\": false,"
          + " \"forProductionOrOperation\": true, \"subsidisedUnderAnotherMunicipalScheme\": false,"
          + " \"vehicleOrRealEstatePurchase\": false, \"guaranteed\": false}");
      interest.add("{\"paymentId\": \"I" + i + "\", \"loanId\": \"L" + i + "\", \"accrualStart\": \"2023-01-11\","
          + " \"accrualEnd\": \"2023-03-17\", \"paymentDate\": \"2023-03-18\","
          + " \"interestPaid\": {\"amount\": " + loans[i - 1][0] + ", \"currency\": \"CNY\"}}");
      renovation.add("{\"paymentId\": \"R" + i + "\", \"kind\": \"BANK_FIXED_ASSET_LOAN\","
          + " \"interestFrom\": \"2023-05-01\", \"interestUntil\": \"2023-11-30\","
          + " \"interestPaid\": {\"amount\": " + loans[i - 1][1] + ", \"currency\": \"CNY\"},"
          + " \"loanId\": \"L" + i + "\"}");
    }
    return "{\"registrationRegionCode\": \"440305\", \"legalForm\": \"ENTERPRISE\", \"independentLegalPerson\": true,"
        + " \"registrationDate\": \"2016-05-01\", \"industryCode\": \"C3484\","
        + " \"restrictedOrProhibitedIndustry\": false,"
        + " \"size\": \"SMALL\", \"smallScaleTaxpayer\": false, \"onSeriousDishonestyList\": false,"
        + " \"firstTimeBorrower\": false,"
        + " \"techSme\": " + (enrolled ? "{\"held\": true, \"since\": \"2022-01-01\"}" : "{\"held\": false}") + ","
        + " \"techSmeSubsidyReceived\": {\"amount\": 2990000.00, \"currency\": \"CNY\"},"
        + " \"loans\": [" + String.join(", ", loanJson) + "],"
        + " \"interestPayments\": [" + String.join(", ", interest) + "],"
        + " \"guaranteeFeePayments\": [], \"insurancePremiumPayments\": [],"
        + " \"renovationProjects\": [{\"projectId\": \"R1\", \"category\": \"EQUIPMENT_UPGRADE\","
        + " \"eligibleInvestment\": {\"amount\": 31000000.00, \"currency\": \"CNY\"},"
        + " \"totalInvestment\": {\"amount\": 31000000.00, \"currency\": \"CNY\"},"
        + " \"fixedAssetInvestment\": {\"amount\": 27900000.00, \"currency\": \"CNY\"},"
        + " \"equipmentInvestment\": {\"amount\": 24800000.00, \"currency\": \"CNY\"},"
        + " \"eligibleProject\": true, \"subsidyStart\": \"2023-01-01\","
        + " \"interestPayments\": [" + String.join(", ", renovation) + "]}]}";
  }

  private static EntitlementReport run(String profile) {
    return RenovationLoanPassOrderTest.runOn(profile, FIRST_LOAN, TECH_SME, RENOVATION);
  }

  @Test
  void twoLoans_eachFillingTheCapAlone_oneToEachSubsidy_theSplitThatPaysMost() {
    // 第13条: 80% × 15,013.00 = 12,010.40 on L1, 80% × 15,026.00 = 12,020.80 on L2, either alone above the 10,000.00
    // left; 第十条: 50% × 9,017.00 = 4,508.50 on L1, 50% × 9,034.00 = 4,517.00 on L2.
    // The pass: 第13条 pays 10,000.00 with both loans and 10,000.00 without either, nothing on each: both were left
    // as they are, 10,000.00 + 9,025.50 = 19,025.50, both subsidies on both loans. Settled (item 153): L1 to 第十条
    // (4,508.50 against 0.00), then L2 to 第13条 (10,000.00 with it, 0.00 without, against 4,517.00): 14,508.50.
    // The best split (item 147): L1 to 第13条 (10,000.00) and L2 to 第十条 (4,517.00), 14,517.00 > 14,508.50
    EntitlementReport r = run(firm(true, new String[] {"15013.00", "9017.00"}, new String[] {"15026.00", "9034.00"}));
    assertAmount(outcome(r, FIRST_LOAN), Verdict.INELIGIBLE, "0.00", "0.00");
    assertAmount(outcome(r, TECH_SME), Verdict.ELIGIBLE, "10000.00", "10000.00");
    assertAmount(outcome(r, RENOVATION), Verdict.ELIGIBLE, "4517.00", "4517.00");
    // 10,000.00 + 4,517.00 = 14,517.00 (it read 19,025.50)
    assertTotal(r, "14517.00", "14517.00");
    assertThat(RenovationLoanPassOrderTest.note(outcome(r, RENOVATION))).contains("it takes the split that does "
        + "(14517.00 CNY): loans L2 to the renovation interest subsidy, loans L1 to the first-loan or tech-SME "
        + "subsidy");
  }

  @Test
  void nineLoans_beyondTheBestSplitsBudget_eachGivenInTurn_theLastToTheTechSmeSubsidy() {
    // nine loans, each 80% × 15,000.00 = 12,000.00 of 第13条 (above the 10,000.00 left alone) and 50% × 9,000.00 =
    // 4,500.00 of 第十条: more loans than item 147's budget of 8, so the pass's split stands. Settled: L1 to L8 each
    // to 第十条 (4,500.00 against 0.00: the loans after it still fill the 10,000.00), L9 to 第13条 (10,000.00 with it,
    // 0.00 without, against 4,500.00): 8 × 4,500.00 = 36,000.00 and 10,000.00 (it read 9 × 4,500.00 = 40,500.00
    // and 10,000.00, 50,500.00). No split pays more: 第13条 never above 10,000.00, 第十条 on at most eight loans
    String[][] loans = new String[9][];
    for (int i = 0; i < loans.length; i++) {
      loans[i] = new String[] {"15000.00", "9000.00"};
    }
    EntitlementReport r = run(firm(true, loans));
    assertAmount(outcome(r, TECH_SME), Verdict.ELIGIBLE, "10000.00", "10000.00");
    assertAmount(outcome(r, RENOVATION), Verdict.ELIGIBLE, "36000.00", "36000.00");
    // 10,000.00 + 36,000.00 = 46,000.00
    assertTotal(r, "46000.00", "46000.00");
    assertThat(RenovationLoanPassOrderTest.note(outcome(r, RENOVATION)))
        .contains("loan L8 takes the renovation interest subsidy (4500.00 CNY, more than the first-loan or tech-SME "
            + "subsidy's 0.00 CNY)")
        .endsWith("loan L9 takes the first-loan or tech-SME subsidy (10000.00 CNY, not less than the renovation "
            + "interest subsidy's 4500.00 CNY); the renovation interest subsidy leaves its interest out");
  }

  @Test
  void notEnrolled_theTechSmeSubsidyPaysNothingOnThemTogether_theLoansStayAsTheyAre() {
    // not enrolled: 第13条 ineligible, 0.00 with or without the loans, so the loans left as they are take 第十条
    // alone: 4,508.50 + 4,517.00 = 9,025.50, and the pass says nothing
    EntitlementReport r = run(firm(false, new String[] {"15013.00", "9017.00"}, new String[] {"15026.00", "9034.00"}));
    assertAmount(outcome(r, TECH_SME), Verdict.INELIGIBLE, "0.00", "0.00");
    assertAmount(outcome(r, RENOVATION), Verdict.ELIGIBLE, "9025.50", "9025.50");
    assertTotal(r, "9025.50", "9025.50");
    assertThat(noted(outcome(r, RENOVATION), RenovationLoanStackingRule.CODE)).isFalse();
  }
}
