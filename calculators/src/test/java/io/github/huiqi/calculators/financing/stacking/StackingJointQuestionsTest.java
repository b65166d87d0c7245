package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.assertRange;
import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.outcome;
import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.report;
import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.NextQuestion;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QA audit of the next questions of the first-loan and tech-SME subsidies competing for one loan (decisions register
 * §4.6 items 49, 50 and 85): the pair's joint width is shared among the facts that move the pair's amount, and a fact
 * whose every value leaves it unchanged decides nothing.
 * <p>
 * The firm: a 宝安区 small manufacturer and a first-time borrower (首次获得贷款), whether it is enrolled as a 科技型中小企业
 * not given, nothing received from the programme, no fees or premiums paid. L1: 1,000,000 drawn 2023-02-01 for a
 * year from a Shenzhen bank, the first drawdown of its first contract, whether it already receives another municipal
 * interest subsidy not given; interest I1 paid 2023-05-01 for 2023-02-01 → 2023-05-01.
 */
class StackingJointQuestionsTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String FLAG = "/loans/0/subsidisedUnderAnotherMunicipalScheme";

  /** The request for the two measures on 2023-06-30, with L1's rate and I1's interest, the received part given. */
  private static String request(String rate, String interest, String received) {
    return "{\"asOf\": \"2023-06-30\", \"measures\": [\"" + FIRST_LOAN + "\", \"" + TECH_SME + "\"],"
        + " \"profile\": {\"registrationRegionCode\": \"440306\", \"legalForm\": \"ENTERPRISE\","
        + " \"independentLegalPerson\": true, \"registrationDate\": \"2018-03-15\", \"industryCode\": \"C3484\","
        + " \"restrictedOrProhibitedIndustry\": false, \"size\": \"SMALL\", \"onSeriousDishonestyList\": false,"
        + " \"firstTimeBorrower\": true, " + received + " \"guaranteeFeePayments\": [],"
        + " \"insurancePremiumPayments\": [], \"loans\": [{\"loanId\": \"L1\", \"principal\": {\"amount\": 1000000,"
        + " \"currency\": \"CNY\"}, \"drawdownDate\": \"2023-02-01\", \"maturityDate\": \"2024-02-01\","
        + " \"annualInterestRate\": \"" + rate + "\", \"lenderRegionCode\": \"440300\","
        + " \"firstDrawdownOfFirstContract\": true, \"forProductionOrOperation\": true,"
        + " \"vehicleOrRealEstatePurchase\": false, \"guaranteed\": false}], \"interestPayments\": [{\"paymentId\":"
        + " \"I1\", \"loanId\": \"L1\", \"accrualStart\": \"2023-02-01\", \"accrualEnd\": \"2023-05-01\","
        + " \"paymentDate\": \"2023-05-01\", \"interestPaid\": {\"amount\": " + interest
        + ", \"currency\": \"CNY\"}}]}}";
  }

  private static final String RECEIVED_NONE = "\"techSmeSubsidyReceived\": {\"amount\": 0, \"currency\": \"CNY\"},";

  private static void assertQuestions(EntitlementReport report, List<String> facts, List<String> amounts) {
    List<NextQuestion> questions = report.nextQuestions();
    assertThat(questions).extracting(NextQuestion::fact).containsExactlyElementsOf(facts);
    for (int i = 0; i < facts.size(); i++) {
      assertThat(yuan(questions.get(i).amountDecided())).as(facts.get(i)).isEqualByComparingTo(amounts.get(i));
    }
  }

  @Test
  void test_firstLoanLarger_theEnrolmentDecidesNothing_theFlagTheWholeWidth() {
    EntitlementReport report = report(request("4%", "10000", RECEIVED_NONE));
    // 第5条 "给予2%的贴息补助…贴息期限不超过6个月": 2023-02-01 → 2023-08-01 = 28 + 31 + 30 + 31 + 30 + 31 = 181 days,
    // ACT/360 (register §4.1 item 1): 1,000,000 × 2% × 181 / 360 = 10,055.555… → 10,055.56; L1 may be subsidised
    // elsewhere (one municipal interest subsidy per loan, register §4.1 item 10): 0 – 10,055.56
    MeasureOutcome first = outcome(report, FIRST_LOAN);
    assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertRange(first.amount(), "0", "10055.56");
    // 第13条 with the 2020 办法 第十四条（一）: 2023 interest at 80% (register §4.6 item 76): 10,000 × 80% = 8,000.00,
    // the enrolment not given: 0 – 8,000.00
    MeasureOutcome tech = outcome(report, TECH_SME);
    assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertRange(tech.amount(), "0", "8000.00");
    // both outcomes name both facts: L1's choice is open on either (register §4.6 item 72, "either may decide")
    assertThat(first.missingFacts()).containsExactlyInAnyOrder(FLAG, "/techSme");
    assertThat(tech.missingFacts()).containsExactlyInAnyOrder(FLAG, "/techSme");
    // the joint limit (register §4.6 items 49, 50): to the first-loan subsidy 10,055.56 + 0 = 10,055.56, to the
    // tech-SME subsidy 0 + 8,000.00 = 8,000.00, the most 10,055.56; both only may qualify (the flag may bar both):
    // the least 0 + 0 = 0.00
    assertThat(report.jointLimits()).hasSize(1);
    JointLimit limit = report.jointLimits().get(0);
    assertThat(limit.loanIds()).containsExactly("L1");
    assertThat(yuan(limit.minimum())).isEqualByComparingTo("0");
    assertThat(yuan(limit.maximum())).isEqualByComparingTo("10055.56");
    assertRange(report.totals().inReach(), "0", "10055.56");
    // by hand, the pair's amount on each completion of the two facts (register §4.1 item 10, FIRST_CLAIMED, no claim
    // recorded: the larger takes the loan):
    //   L1 subsidised elsewhere, enrolled or not:    neither subsidy                       0.00
    //   not subsidised elsewhere, enrolled:          10,055.56 > 8,000.00, the first loan  10,055.56
    //   not subsidised elsewhere, not enrolled:      第5条 alone                            10,055.56
    // so the enrolment never moves the pair's amount (register §4.6 item 85): it decides nothing, and the flag
    // decides the whole width, 10,055.56 − 0.00 = 10,055.56 (before item 85: 10,055.56 ÷ 2 = 5,027.78 each)
    assertThat(limit.factsDecidingNothing()).containsExactly("/techSme");
    assertThat(limit.reason().message().en()).contains("whichever way /techSme falls, the two pay the same together");
    assertThat(limit.reason().message().zh()).contains("/techSme 无论如何取值，两项合计不变");
    assertQuestions(report, List.of(FLAG, "/techSme"), List.of("10055.56", "0"));
    // the amounts decided add up to the total's width: 10,055.56 + 0.00 = 10,055.56 − 0.00
    assertThat(report.nextQuestions().get(1).measures()).extracting(MeasureId::value)
        .containsExactly(FIRST_LOAN, TECH_SME);
  }

  @Test
  void test_techSmeLarger_bothFactsMoveThePair_theWidthSharedEqually() {
    // I1 of 15,000 (L1 at 6%): 第13条 15,000 × 80% = 12,000.00, above 第5条's 10,055.56 (the subsidy rate, not the
    // loan's, 2%: the same 10,055.56)
    EntitlementReport report = report(request("6%", "15000", RECEIVED_NONE));
    assertRange(outcome(report, FIRST_LOAN).amount(), "0", "10055.56");
    assertRange(outcome(report, TECH_SME).amount(), "0", "12000.00");
    // the joint most max(10,055.56 + 0, 0 + 12,000.00) = 12,000.00, the least 0 + 0
    JointLimit limit = report.jointLimits().get(0);
    assertThat(yuan(limit.minimum())).isEqualByComparingTo("0");
    assertThat(yuan(limit.maximum())).isEqualByComparingTo("12000.00");
    // completions: subsidised elsewhere 0.00; not, enrolled: 12,000.00 > 10,055.56, the tech-SME subsidy 12,000.00;
    // not, not enrolled: 第5条 alone 10,055.56. The enrolment moves the pair (12,000.00 against 10,055.56), and so
    // does the flag: both share the width, 12,000.00 ÷ 2 = 6,000.00 each (as before item 85), by pointer
    assertThat(limit.factsDecidingNothing()).isEmpty();
    assertThat(limit.reason().message().en()).doesNotContain("decides no money");
    assertQuestions(report, List.of(FLAG, "/techSme"), List.of("6000.00", "6000.00"));
  }

  @Test
  void test_programmePaymentsNotGiven_aFactOutsideTheCompletions_theWidthSharedAmongAll() {
    // the case of the first test with what the programme already paid not given: the tech-SME outcome names
    // /techSmeSubsidyReceived (its programme cap may be spent, register §4.1 item 8), a fact the stacking's
    // completions do not vary, so no fact is shown to decide nothing (register §4.6 item 85: too wide a share for
    // such a fact, as before, never a fact that moves the pair left out)
    EntitlementReport report = report(request("4%", "10000", ""));
    MeasureOutcome tech = outcome(report, TECH_SME);
    assertThat(tech.missingFacts()).contains("/techSmeSubsidyReceived");
    JointLimit limit = report.jointLimits().get(0);
    assertThat(yuan(limit.maximum())).isEqualByComparingTo("10055.56");
    assertThat(limit.factsDecidingNothing()).isEmpty();
    // 10,055.56 ÷ 3 = 3,351.853… → 3,351.85 each: the flag and the enrolment (two measures each, by pointer), then
    // what was received (the tech-SME outcome's alone)
    assertQuestions(report, List.of(FLAG, "/techSme", "/techSmeSubsidyReceived"),
        List.of("3351.85", "3351.85", "3351.85"));
  }
}
