package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.assertRange;
import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.outcome;
import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.report;
import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.yuan;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementTotals;
import io.github.huiqi.calculators.catalog.engine.NextQuestion;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * QA audit of the joint most of the two alternative interest subsidies on one loan (decisions register §4.6 item 49):
 * under one municipal interest subsidy per loan (2022 首贷 rules "同一笔贷款只能享受一次贴息政策", register §4.1 item
 * 10), a loan whose choice between the first-loan subsidy (深工信〔2023〕26号 第5条) and the tech-SME subsidy (第13条)
 * awaits a fact counts in both outcomes' most, but only one of them pays on it. The engine's totals and next questions
 * count the pair once, up to the larger of the loan going to either subsidy.
 * <p>
 * The firm: a 宝安区 small manufacturer enrolled as a 科技型中小企业 since 2022-05-10, nothing received from the
 * programme, no fees or premiums paid, whether it is a first-time borrower not given. Loan SZ-1: 3,000,000 at 3.65%,
 * drawn 2023-02-10 from a Shenzhen bank, the first drawdown of its first contract; interest I-1 of 27,000 accrued
 * 2023-02-10 → 2023-05-10.
 */
class StackingJointLimitTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";

  /** The request for the two measures, the profile's optional members given as JSON fragments (each ending ","). */
  private static String request(String asOf, String principal, String rate, String drawdown, String interest,
      String optional) {
    return "{\"asOf\": \"" + asOf + "\", \"measures\": [\"" + FIRST_LOAN + "\", \"" + TECH_SME + "\"],"
        + " \"profile\": {\"registrationRegionCode\": \"440306\", \"legalForm\": \"ENTERPRISE\","
        + " \"independentLegalPerson\": true, \"registrationDate\": \"2018-03-15\", \"industryCode\": \"C3484\","
        + " \"restrictedOrProhibitedIndustry\": false, \"size\": \"SMALL\", \"onSeriousDishonestyList\": false,"
        + " \"techSme\": {\"held\": true, \"since\": \"2022-05-10\"}, " + optional
        + " \"insurancePremiumPayments\": [], \"loans\": [{\"loanId\": \"SZ-1\", \"principal\": {\"amount\": "
        + principal + ", \"currency\": \"CNY\"}, \"drawdownDate\": \"" + drawdown + "\", \"maturityDate\": \""
        + (Integer.parseInt(drawdown.substring(0, 4)) + 1) + drawdown.substring(4) + "\", \"annualInterestRate\": \""
        + rate + "\", \"lenderRegionCode\": \"440300\", \"firstDrawdownOfFirstContract\": true,"
        + " \"forProductionOrOperation\": true, \"subsidisedUnderAnotherMunicipalScheme\": false,"
        + " \"vehicleOrRealEstatePurchase\": false, \"guaranteed\": true, \"guarantee\": {\"feePaid\": {\"amount\":"
        + " 20000, \"currency\": \"CNY\"}}}], \"interestPayments\": [{\"paymentId\": \"I-1\", \"loanId\": \"SZ-1\","
        + " \"accrualStart\": \"" + drawdown + "\", \"accrualEnd\": \"2023-05-10\", \"paymentDate\": \"2023-05-10\","
        + " \"interestPaid\": {\"amount\": " + interest + ", \"currency\": \"CNY\"}}]}}";
  }

  @Test
  void test_firstTimeBorrowerUnknown_thePairCountsOnce_theQuestionDecidesTheLargerWay() {
    EntitlementReport report = report(request("2023-06-30", "3000000", "3.65%", "2023-02-10", "27000",
        "\"techSmeSubsidyReceived\": {\"amount\": 0, \"currency\": \"CNY\"}, \"guaranteeFeePayments\": [],"));
    // 第5条 "给予2%的贴息补助…贴息期限不超过6个月": 2023-02-10 → 2023-08-10 = 28 + 31 + 30 + 31 + 30 + 31 = 181 days,
    // ACT/360 (register §4.1 item 1): 3,000,000 × 2% × 181 / 360 = 30,166.666… → 30,166.67 (half-up), if a first-time
    // borrower (首次获得贷款), so undetermined from zero
    MeasureOutcome first = outcome(report, FIRST_LOAN);
    assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertRange(first.amount(), "0", "30166.67");
    assertThat(first.missingFacts()).containsExactly("/firstTimeBorrower");
    // 第13条 with the 2020 办法 第十四条（一）: a first-time borrower's interest at 50% + 30 points, at most 80%:
    // 27,000 × 80% = 21,600.00 on SZ-1, which the first-loan subsidy may take: from zero
    MeasureOutcome tech = outcome(report, TECH_SME);
    assertRange(tech.amount(), "0", "21600.00");
    assertThat(tech.missingFacts()).containsExactly("/firstTimeBorrower");
    // one subsidy on SZ-1 (register §4.1 item 10, §4.6 item 49): to the first-loan subsidy 30,166.67 + the tech-SME
    // subsidy without SZ-1 0.00 (no other interest, no fee or premium) = 30,166.67; to the tech-SME subsidy 0.00 +
    // 21,600.00 = 21,600.00; the joint most is the larger, 30,166.67
    assertThat(report.jointLimits()).hasSize(1);
    JointLimit limit = report.jointLimits().get(0);
    assertThat(limit.measures()).extracting(MeasureId::value).containsExactly(FIRST_LOAN, TECH_SME);
    assertThat(limit.loanIds()).containsExactly("SZ-1");
    assertThat(yuan(limit.maximum())).isEqualByComparingTo("30166.67");
    // the joint least (register §4.6 item 50): SZ-1 surely qualifies for the tech-SME subsidy (enrolled, its interest
    // of 2023, not subsidised elsewhere), which pays 80% whether or not a first-time borrower (第13条: 50% + 30 points
    // = 80%, or 70% + 30 points capped at 80%): 27,000 × 80% = 21,600.00. Not a first-time borrower: no first-loan
    // subsidy, the tech-SME subsidy takes SZ-1, 0 + 21,600.00; a first-time borrower: 30,166.67 > 21,600.00, the
    // first-loan subsidy takes it, 30,166.67 + 0. The least is min(21,600.00, 30,166.67) = 0 + 0 + 21,600.00
    assertThat(yuan(limit.minimum())).isEqualByComparingTo("21600.00");
    assertThat(limit.reason().code()).isEqualTo(StackingInterestSubsidyRule.JOINT_CODE);
    assertThat(limit.reason().citation().quote().orElseThrow()).contains("同一笔贷款只能享受一次贴息政策");
    assertThat(limit.reason().message().en()).contains("at least 21600.00 together (0.00 + 21600.00)");
    assertThat(limit.reason().message().zh()).contains("两项合计至少 21600.00");
    // total in reach: 21,600.00 – 30,166.67; before item 50: 0 + 0 – 30,166.67 (item 49), and before item 49: 0 –
    // 30,166.67 + 21,600.00 = 51,766.67, counting SZ-1 twice
    assertRange(report.totals().inReach(), "21600.00", "30166.67");
    // the group's width 30,166.67 − 21,600.00 on its one fact: /firstTimeBorrower decides 8,566.67 (before: 30,166.67)
    NextQuestion question = report.firstQuestion().orElseThrow();
    assertThat(question.fact()).isEqualTo("/firstTimeBorrower");
    assertThat(yuan(question.amountDecided())).isEqualByComparingTo("8566.67");
    assertThat(question.measures()).extracting(MeasureId::value).containsExactly(FIRST_LOAN, TECH_SME);
  }

  /** A request for the two measures with two loans, SZ-1 and SZ-2, whether a first-time borrower not given. */
  private static String twoLoans(String principal1, String principal2) {
    String one = request("2023-06-30", principal1, "3.65%", "2023-02-10", "27000",
        "\"techSmeSubsidyReceived\": {\"amount\": 0, \"currency\": \"CNY\"}, \"guaranteeFeePayments\": [],");
    String loan2 = "{\"loanId\": \"SZ-2\", \"principal\": {\"amount\": " + principal2 + ", \"currency\": \"CNY\"},"
        + " \"drawdownDate\": \"2023-03-01\", \"maturityDate\": \"2024-03-01\", \"annualInterestRate\": \"4%\","
        + " \"lenderRegionCode\": \"440300\", \"firstDrawdownOfFirstContract\": true,"
        + " \"forProductionOrOperation\": true, \"subsidisedUnderAnotherMunicipalScheme\": false,"
        + " \"vehicleOrRealEstatePurchase\": false, \"guaranteed\": false}";
    String payment2 = "{\"paymentId\": \"I-2\", \"loanId\": \"SZ-2\", \"accrualStart\": \"2023-03-01\","
        + " \"accrualEnd\": \"2023-05-10\", \"paymentDate\": \"2023-05-10\", \"interestPaid\": {\"amount\": 10000,"
        + " \"currency\": \"CNY\"}}";
    return one.replace("}}], \"interestPayments\": [", "}}, " + loan2 + "], \"interestPayments\": [")
        .replace("}}]}}", "}}, " + payment2 + "]}}");
  }

  @Test
  void test_twoOpenLoans_noCapBinds_theGroupCountsEachLoanOnce() {
    EntitlementReport report = report(twoLoans("3000000", "1000000"));
    // 第5条 "给予2%的贴息补助…贴息期限不超过6个月", ACT/360 (register §4.1 item 1), half-up to the fen: SZ-1 3,000,000 ×
    // 2% × 181 / 360 = 30,166.67 (2023-02-10 → 2023-08-10); SZ-2 1,000,000 × 2% × 184 / 360 = 10,222.22 (2023-03-01 →
    // 2023-09-01 = 31 + 30 + 31 + 30 + 31 + 31 days); both open on whether a first-time borrower: 0 – 40,388.89
    assertRange(outcome(report, FIRST_LOAN).amount(), "0", "40388.89");
    // 第13条: 80% of the 2023 interest either way: SZ-1 27,000 × 80% = 21,600.00, SZ-2 10,000 × 80% = 8,000.00;
    // both open: 0 – 29,600.00
    assertRange(outcome(report, TECH_SME).amount(), "0", "29600.00");
    // no cap binds (40,388.89 < 200,000 per enterprise; 29,600.00 < the tech-SME yearly 1,000,000), so each loan's
    // choice is its own (register §4.6 item 50): a first-time borrower, both to the first-loan subsidy (30,166.67 >
    // 21,600.00, 10,222.22 > 8,000.00), 40,388.89; not one, both to the tech-SME subsidy, 29,600.00. The joint most
    // is 0 + 0 + the larger on each, 30,166.67 + 10,222.22 = 40,388.89; the joint least 0 + 0 + what the tech-SME
    // subsidy, sure on both, gains with them, 21,600.00 + 8,000.00 = 29,600.00
    assertThat(report.jointLimits()).hasSize(1);
    JointLimit limit = report.jointLimits().get(0);
    assertThat(limit.loanIds()).containsExactly("SZ-1", "SZ-2");
    assertThat(yuan(limit.maximum())).isEqualByComparingTo("40388.89");
    assertThat(yuan(limit.minimum())).isEqualByComparingTo("29600.00");
    assertThat(limit.reason().message().en()).contains("30166.67 + 10222.22").contains("at least 29600.00");
    assertThat(limit.reason().message().zh()).contains("贷款 SZ-1、SZ-2").contains("两项合计至少 29600.00");
    // before: the sum, 0 – 40,388.89 + 29,600.00 = 69,988.89, each loan counted under both subsidies
    assertRange(report.totals().inReach(), "29600.00", "40388.89");
    // /firstTimeBorrower, the one fact, decides the width 40,388.89 − 29,600.00 = 10,788.89
    assertThat(yuan(report.firstQuestion().orElseThrow().amountDecided())).isEqualByComparingTo("10788.89");
  }

  @Test
  void test_twoOpenLoans_theFirstLoanCapBinds_noGroup_theSumStays() {
    EntitlementReport report = report(twoLoans("15000000", "5000000"));
    // 第5条: SZ-1 15,000,000 × 2% × 181 / 360 = 150,833.33, SZ-2 5,000,000 × 2% × 184 / 360 = 51,111.11; together
    // 201,944.44 > "单户企业贴息金额最高20万元": 0 – 200,000.00, the cap binding
    assertRange(outcome(report, FIRST_LOAN).amount(), "0", "200000.00");
    assertRange(outcome(report, TECH_SME).amount(), "0", "29600.00");
    // the cap couples the loans (one loan to the first-loan subsidy leaves less of the 200,000 for the other), so no
    // group is declared (register §4.6 item 50): the two are added, 0 – 200,000.00 + 29,600.00 = 229,600.00, too
    // wide (the truth is 200,000.00 or 29,600.00), never too narrow
    assertThat(report.jointLimits()).isEmpty();
    assertRange(report.totals().inReach(), "0", "229600.00");
  }

  /** A first-time borrower's two loans, L1 of 19,100,000 and L2 of 3,800,000, L1's subsidised flag as given. */
  private static String capCoupled(String flag) {
    return capCoupled(flag, "71921");
  }

  /** As {@link #capCoupled(String)}, L1's interest paid as given. */
  private static String capCoupled(String flag, String firstInterest) {
    String loan = "{\"loanId\": \"%s\", \"principal\": {\"amount\": %s, \"currency\": \"CNY\"}, \"drawdownDate\":"
        + " \"%s\", \"maturityDate\": \"%s\", \"annualInterestRate\": \"4%%\", \"lenderRegionCode\": \"440300\","
        + " \"firstDrawdownOfFirstContract\": true, \"forProductionOrOperation\": true, %s"
        + " \"vehicleOrRealEstatePurchase\": false, \"guaranteed\": false}";
    String payment = "{\"paymentId\": \"%s\", \"loanId\": \"%s\", \"accrualStart\": \"%s\", \"accrualEnd\":"
        + " \"2023-05-10\", \"paymentDate\": \"2023-05-10\", \"interestPaid\": {\"amount\": %s,"
        + " \"currency\": \"CNY\"}}";
    return "{\"asOf\": \"2023-10-31\", \"measures\": [\"" + FIRST_LOAN + "\", \"" + TECH_SME + "\"], \"profile\":"
        + " {\"registrationRegionCode\": \"440306\", \"legalForm\": \"ENTERPRISE\", \"independentLegalPerson\": true,"
        + " \"registrationDate\": \"2018-03-15\", \"industryCode\": \"C3484\","
        + " \"restrictedOrProhibitedIndustry\": false, \"size\": \"SMALL\", \"onSeriousDishonestyList\": false,"
        + " \"firstTimeBorrower\": true, \"techSme\":"
        + " {\"held\": true, \"since\": \"2022-05-10\"}, \"guaranteeFeePayments\": [], \"techSmeSubsidyReceived\":"
        + " {\"amount\": 0, \"currency\": \"CNY\"}, \"insurancePremiumPayments\": [], \"loans\": ["
        + loan.formatted("L1", "19100000", "2023-01-06", "2024-01-06", flag) + ", "
        + loan.formatted("L2", "3800000", "2023-03-05", "2024-03-05",
            "\"subsidisedUnderAnotherMunicipalScheme\": false,")
        + "], \"interestPayments\": [" + payment.formatted("I-1", "L1", "2023-01-06", firstInterest) + ", "
        + payment.formatted("I-2", "L2", "2023-03-05", "30164") + "]}}";
  }

  @Test
  void test_oneOpenLoan_theFirstLoanCapCouplesADecidedLoan_noGroup_theSumStays() {
    // 第5条 2% for at most 6 months, ACT/360 (register §4.1 item 1): L1 19,100,000 × 2% × 181 / 360 = 192,061.11
    // (2023-01-06 → 2023-07-06); L2 3,800,000 × 2% × 184 / 360 = 38,844.44 (2023-03-05 → 2023-09-05). 第13条 80%:
    // L1 71,921 × 80% = 57,536.80, L2 30,164 × 80% = 24,131.20. L2 takes the first-loan subsidy (38,844.44 >
    // 24,131.20); L1's choice awaits whether it is subsidised elsewhere
    EntitlementReport open = report(capCoupled(""));
    // L1 not subsidised elsewhere: L1, drawn first, takes the first-loan subsidy (192,061.11 > 57,536.80), leaving
    // 200,000 − 192,061.11 = 7,938.89 of "单户企业贴息金额最高20万元" for L2, less than its tech-SME 24,131.20: L2 now
    // goes to the tech-SME subsidy (register §4.1 item 10). The pair: 192,061.11 + 24,131.20 = 216,192.31
    assertRange(report(capCoupled("\"subsidisedUnderAnotherMunicipalScheme\": false,")).totals().inReach(),
        "216192.31", "216192.31");
    // L1 subsidised elsewhere: neither on L1, L2 the first-loan subsidy's: 38,844.44
    assertRange(report(capCoupled("\"subsidisedUnderAnotherMunicipalScheme\": true,")).totals().inReach(),
        "38844.44", "38844.44");
    // before: the joint most max(200,000.00 (the cap) + 0.00, 38,844.44 + 57,536.80) = 200,000.00, a total of
    // 38,844.44 – 200,000.00 that leaves out 216,192.31. The first-loan amounts, 192,061.11 + 38,844.44 = 230,905.55,
    // can pass the cap, which couples the loans (register §4.6 item 50): no group, the two added, 38,844.44 +
    // 0.00 – 200,000.00 + 57,536.80 = 257,536.80. Since register §4.6 item 145 (L1's flag the only fact open) each
    // outcome is its range over the two completions: 第5条 38,844.44 – 192,061.11, 第13条 0.00 – 24,131.20, the two
    // added 38,844.44 – 216,192.31, exactly the completions' totals, so still no group
    assertThat(open.jointLimits()).isEmpty();
    assertRange(open.totals().inReach(), "38844.44", "216192.31");
  }

  @Test
  void test_oneOpenLoan_theCapMovesADecidedLoan_eachOutcomeCoversEveryCompletion() {
    // as above, L1's interest 1,000: 第13条 80% on L1 1,000 × 80% = 800.00; L2 30,164 × 80% = 24,131.20; 第5条 L1
    // 192,061.11, L2 38,844.44 (19,100,000 × 2% × 181 / 360 and 3,800,000 × 2% × 184 / 360, register §4.1 item 1)
    String flag = "\"subsidisedUnderAnotherMunicipalScheme\": ";
    EntitlementReport notElsewhere = report(capCoupled(flag + "false,", "1000"));
    EntitlementReport elsewhere = report(capCoupled(flag + "true,", "1000"));
    // L1 not subsidised elsewhere: L1, drawn first, takes the first-loan subsidy (192,061.11 > 800.00), leaving
    // 200,000 − 192,061.11 = 7,938.89 of "单户企业贴息金额最高20万元" for L2, less than its 24,131.20 (第13条): L2 goes
    // to the tech-SME subsidy (register §4.1 item 10): 192,061.11 + 24,131.20 = 216,192.31
    assertRange(outcome(notElsewhere, FIRST_LOAN).amount(), "192061.11", "192061.11");
    assertRange(outcome(notElsewhere, TECH_SME).amount(), "24131.20", "24131.20");
    assertRange(notElsewhere.totals().inReach(), "216192.31", "216192.31");
    // L1 subsidised elsewhere: neither on L1; L2 takes the first-loan subsidy, 38,844.44 > 24,131.20
    assertRange(outcome(elsewhere, FIRST_LOAN).amount(), "38844.44", "38844.44");
    assertRange(outcome(elsewhere, TECH_SME).amount(), "0", "0");
    // L1's flag not given. Before: the stacking with the flag open decided L2 for the first-loan subsidy, so the
    // first-loan outcome 38,844.44 – min(38,844.44 + 192,061.11, 200,000) = 200,000.00 and the tech-SME outcome 0 –
    // 800.00 (L1 only): a total of 38,844.44 – 200,800.00 that misses 216,192.31, the tech-SME outcome's 0 – 800.00
    // missing 24,131.20. After (register §4.6 item 52): each outcome over both completions, never narrower: the
    // first-loan min(38,844.44, 192,061.11, 38,844.44) = 38,844.44 – max(200,000.00, 192,061.11, 38,844.44) =
    // 200,000.00, still eligible (sure of 38,844.44, item 42); the tech-SME 0 – max(800.00, 24,131.20, 0) =
    // 24,131.20, undetermined (it may get nothing), naming L1's flag. The total 38,844.44 – 224,131.20. Since item
    // 145 (L1's flag the only fact open) each outcome is its range over the two completions alone: 第5条 38,844.44 –
    // 192,061.11 (the share's 200,000.00, the cap, counted L1 beside L2, which no completion pays), 第13条 0 –
    // 24,131.20; the total 38,844.44 – 192,061.11 + 24,131.20 = 216,192.31
    EntitlementReport open = report(capCoupled("", "1000"));
    MeasureOutcome first = outcome(open, FIRST_LOAN);
    MeasureOutcome tech = outcome(open, TECH_SME);
    assertRange(first.amount(), "38844.44", "192061.11");
    assertThat(first.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertRange(tech.amount(), "0", "24131.20");
    assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(tech.missingFacts()).contains("/loans/0/subsidisedUnderAnotherMunicipalScheme");
    assertThat(open.jointLimits()).isEmpty();
    assertRange(open.totals().inReach(), "38844.44", "216192.31");
    for (EntitlementReport known : List.of(notElsewhere, elsewhere)) {
      for (String measure : List.of(FIRST_LOAN, TECH_SME)) {
        OutcomeAmount truth = outcome(known, measure).amount();
        OutcomeAmount range = outcome(open, measure).amount();
        assertThat(yuan(truth.minimum())).as(measure).isGreaterThanOrEqualTo(yuan(range.minimum()));
        assertThat(yuan(truth.maximum().orElseThrow())).as(measure)
            .isLessThanOrEqualTo(yuan(range.maximum().orElseThrow()));
      }
    }
    assertThat(tech.notes()).anySatisfy(note -> assertThat(note.message().en())
        .contains("run on all 2 completions of the facts not given (/loans/0/subsidisedUnderAnotherMunicipalScheme)"));
  }

  @Test
  void test_firstTimeBorrowerGiven_theChoiceIsMade_noGroup() {
    // a first-time borrower: 30,166.67 (第5条) > 21,600.00 (第13条), SZ-1 takes the first-loan subsidy (register §4.1
    // item 10, neither claimed: the larger); nothing open, no group, the total the first-loan subsidy's alone
    EntitlementReport report = report(request("2023-06-30", "3000000", "3.65%", "2023-02-10", "27000",
        "\"firstTimeBorrower\": true, \"techSmeSubsidyReceived\": {\"amount\": 0, \"currency\": \"CNY\"},"
            + " \"guaranteeFeePayments\": [],"));
    assertThat(report.jointLimits()).isEmpty();
    assertRange(report.totals().inReach(), "30166.67", "30166.67");
    assertThat(ENGINE.evaluateJson(request("2023-06-30", "3000000", "3.65%", "2023-02-10", "27000",
        "\"firstTimeBorrower\": true, \"techSmeSubsidyReceived\": {\"amount\": 0, \"currency\": \"CNY\"},"
            + " \"guaranteeFeePayments\": [],"))).doesNotContain("jointLimits");
  }

  @Test
  void test_totalsOf_aLimitWhoseMemberIsOutOfTheTotal_isLeftOut_andNoLimitIsTodaysSum() {
    EntitlementReport report = report(request("2023-06-30", "3000000", "3.65%", "2023-02-10", "27000",
        "\"techSmeSubsidyReceived\": {\"amount\": 0, \"currency\": \"CNY\"}, \"guaranteeFeePayments\": [],"));
    List<MeasureOutcome> outcomes = report.outcomes();
    // the public form with the group agrees with the engine: 21,600.00 – 30,166.67 (the first test); without it the
    // members add apart, 0 + 0 – 30,166.67 + 21,600.00 = 51,766.67
    assertRange(EntitlementTotals.of(outcomes, report.jointLimits()).inReach(), "21600.00", "30166.67");
    assertRange(EntitlementTotals.of(outcomes).inReach(), "0", "51766.67");
    // the tech-SME outcome set aside (as under COUNT_HIGHER): the group no longer holds, the first-loan subsidy alone
    List<MeasureOutcome> setAside = new ArrayList<>(outcomes);
    int techIndex = outcomes.indexOf(outcome(report, TECH_SME));
    setAside.set(techIndex, outcomes.get(techIndex).withCountedInTotal(false));
    assertRange(EntitlementTotals.of(setAside, report.jointLimits()).inReach(), "0", "30166.67");
    // a limit below a member's most does not hold (it would narrow the total): the members add apart, 51,766.67
    JointLimit tooNarrow = new JointLimit(report.jointLimits().get(0).measures(), List.of("SZ-1"), Cny.ZERO,
        Cny.of("20000.00"), report.jointLimits().get(0).reason());
    assertRange(EntitlementTotals.of(outcomes, List.of(tooNarrow)).inReach(), "0", "51766.67");
    // a least below the members' minima summed, or above the joint most, does not hold either: a least of 0.00 holds
    // (0 + 0), and one of 30,166.68 cannot be built (above the most, JointLimit refuses it)
    JointLimit leastZero = new JointLimit(tooNarrow.measures(), List.of("SZ-1"), Cny.ZERO, Cny.of("30166.67"),
        tooNarrow.reason());
    assertRange(EntitlementTotals.of(outcomes, List.of(leastZero)).inReach(), "0", "30166.67");
  }

  @Test
  void test_jointLimit_badInput_namesTheField() {
    Reason reason = new Reason(StackingInterestSubsidyRule.JOINT_CODE, LocalizedText.of("一", "one"),
        Citation.libraryDefault("decisions register §4.6 item 49", "joint most"));
    List<MeasureId> two = List.of(new MeasureId(FIRST_LOAN), new MeasureId(TECH_SME));
    List<MeasureId> one = List.of(new MeasureId(FIRST_LOAN));
    MonetaryAmount zero = Cny.ZERO;
    // one member alone: no joint limit (the class: "at least two"), a typed error naming the list
    InvalidInputException alone = assertField(() -> new JointLimit(one, List.of("SZ-1"), zero, Cny.of("1"),
        reason), "measures");
    assertThat(alone.code()).isEqualTo(InvalidInputException.INVALID);
    assertThat(alone.value()).isEqualTo("[" + FIRST_LOAN + "]");
    assertThat(alone.problem()).startsWith("must name at least two measures");
    // a member twice ("each once"): input.duplicate at the repeat, measures/2, naming where it is first, measures/0
    InvalidInputException twice = assertField(() -> new JointLimit(List.of(two.get(0), two.get(1), two.get(0)),
        List.of("SZ-1"), zero, Cny.of("1"), reason), "measures/2");
    assertThat(twice.code()).isEqualTo(InvalidInputException.DUPLICATE);
    assertThat(twice.value()).isEqualTo(FIRST_LOAN);
    assertThat(twice.problem()).contains("measures/0");
    assertThat(twice.problemZh()).startsWith("必须唯一").contains("measures/0");
    assertThatThrownBy(() -> new JointLimit(two, List.of(), zero, Cny.of("1"), reason))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("loanIds");
    assertThatThrownBy(() -> new JointLimit(two, List.of("SZ-1"), zero, Cny.of("-0.01"), reason))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("maximum");
    assertThatThrownBy(() -> new JointLimit(two, List.of("SZ-1"), Cny.of("-0.01"), Cny.of("1"), reason))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("minimum");
    // the least above the most: named by the minimum, with both figures
    assertThatThrownBy(() -> new JointLimit(two, List.of("SZ-1"), Cny.of("1.01"), Cny.of("1"), reason))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("minimum").hasMessageContaining("1.01");
    assertThatThrownBy(() -> new JointLimit(two, List.of("SZ-1"), null, Cny.of("1"), reason))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("minimum");
    assertThatThrownBy(() -> new JointLimit(two, List.of("SZ-1"), zero, Cny.of("1"), null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
  }

  @Test
  void test_jointLimit_readFromAReport_aMemberTwiceOrAlone_namesTheJsonPointer() {
    // the report of the first test (one joint limit, the first-loan and the tech-SME subsidies on SZ-1) read back
    // with its limit's members changed: the tech-SME subsidy replaced by the first-loan one is a repeat at
    // /jointLimits/0/measures/1; the first-loan subsidy alone is fewer than two, named by the list
    JsonNode report = HuiqiJson.read(ENGINE.evaluateJson(request("2023-06-30", "3000000", "3.65%", "2023-02-10",
        "27000", "\"techSmeSubsidyReceived\": {\"amount\": 0, \"currency\": \"CNY\"}, "
        + "\"guaranteeFeePayments\": [],")), JsonNode.class);
    ArrayNode members = (ArrayNode) report.at("/jointLimits/0/measures");
    assertThat(members).extracting(JsonNode::asText).containsExactly(FIRST_LOAN, TECH_SME);
    members.set(1, TextNode.valueOf(FIRST_LOAN));
    InvalidInputException twice = assertField(() -> HuiqiJson.read(report.toString(), EntitlementReport.class),
        "/jointLimits/0/measures/1");
    assertThat(twice.code()).isEqualTo(InvalidInputException.DUPLICATE);
    assertThat(twice.value()).isEqualTo(FIRST_LOAN);
    members.remove(1);
    InvalidInputException alone = assertField(() -> HuiqiJson.read(report.toString(), EntitlementReport.class),
        "/jointLimits/0/measures");
    assertThat(alone.code()).isEqualTo(InvalidInputException.INVALID);
  }

  /**
   * Seeded profiles of one loan, each fact that decides the choice given or not: each declared group's joint maximum
   * is at least each member's maximum and at most their sum; the total in reach is the group's range; the amounts
   * decided add up to its width; and every completion of the facts not given has its total within the open one's
   * (never too narrow).
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {20261204L, 49L})
  void test_jointMaximumBetweenEachMembersMostAndTheirSum_andNeverTooNarrow(long seed) {
    Random random = new Random(seed);
    int groups = 0;
    for (int n = 0; n < 40; n++) {
      String principal = String.valueOf(100_000 * (1 + random.nextInt(50)));
      String rate = (250 + 5 * random.nextInt(50)) / 100 + "." + String.format("%02d", (5 * random.nextInt(20)))
          + "%";
      String drawdown = "2023-0" + (1 + random.nextInt(3)) + "-" + String.format("%02d", 1 + random.nextInt(28));
      String interest = (1_000 + random.nextInt(60_000)) + "." + String.format("%02d", random.nextInt(100));
      String[] borrower = {"\"firstTimeBorrower\": true,", "\"firstTimeBorrower\": false,", ""};
      String[] fees = {"\"guaranteeFeePayments\": [],", "\"guaranteeFeePayments\": [{\"paymentId\": \"G-1\","
          + " \"paymentDate\": \"2023-04-01\", \"amountPaid\": {\"amount\": 20000, \"currency\": \"CNY\"}}],", ""};
      String[] received = {"\"techSmeSubsidyReceived\": {\"amount\": 0, \"currency\": \"CNY\"},", ""};
      int b = random.nextInt(3);
      int f = random.nextInt(3);
      int r = random.nextInt(2);
      EntitlementReport open = report(request("2023-10-31", principal, rate, drawdown, interest,
          borrower[b] + fees[f] + received[r]));
      for (JointLimit limit : open.jointLimits()) {
        groups++;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal least = BigDecimal.ZERO;
        for (MeasureId member : limit.measures()) {
          OutcomeAmount amount = open.outcome(member).orElseThrow().amount();
          BigDecimal most = yuan(amount.maximum().orElseThrow());
          assertThat(yuan(limit.maximum())).as("seed %d profile %d: at least %s's most", seed, n, member)
              .isGreaterThanOrEqualTo(most);
          sum = sum.add(most);
          least = least.add(yuan(amount.minimum()));
        }
        assertThat(yuan(limit.maximum())).as("seed %d profile %d: at most the sum", seed, n)
            .isLessThanOrEqualTo(sum);
        // the joint least: at least the members' minima summed (register §4.6 item 50)
        assertThat(yuan(limit.minimum())).as("seed %d profile %d: least", seed, n).isGreaterThanOrEqualTo(least)
            .isLessThanOrEqualTo(yuan(limit.maximum()));
        least = yuan(limit.minimum());
        // the request asks for the two members only: the total in reach is the group's range
        assertRange(open.totals().inReach(), least.toPlainString(), yuan(limit.maximum()).toPlainString());
        BigDecimal decided = BigDecimal.ZERO;
        for (NextQuestion question : open.nextQuestions()) {
          decided = decided.add(yuan(question.amountDecided()));
        }
        // each fact's share rounded half-up once: within a fen per fact of the width
        assertThat(decided.subtract(yuan(limit.maximum()).subtract(least)).abs())
            .isLessThanOrEqualTo(new BigDecimal("0.01").multiply(BigDecimal.valueOf(open.nextQuestions().size())));
      }
      // every completion of the facts not given: its total within the open one's
      for (int bb = 0; bb < 2; bb++) {
        for (int ff = 0; ff < 2; ff++) {
          for (int rr = 0; rr < 2; rr++) {
            String receivedCompleted = rr == 0 ? received[0]
                : "\"techSmeSubsidyReceived\": {\"amount\": 5000000, \"currency\": \"CNY\"},";
            if (b != 2 && bb != b || f != 2 && ff != f || r != 1 && rr != r) {
              continue;
            }
            EntitlementReport known = report(request("2023-10-31", principal, rate, drawdown, interest,
                borrower[bb] + fees[ff] + receivedCompleted));
            OutcomeAmount within = open.totals().inReach();
            OutcomeAmount total = known.totals().inReach();
            assertThat(yuan(total.minimum())).as("seed %d profile %d (%d%d%d) least", seed, n, bb, ff, rr)
                .isGreaterThanOrEqualTo(yuan(within.minimum()));
            assertThat(yuan(total.maximum().orElseThrow()))
                .as("seed %d profile %d (%d%d%d) most", seed, n, bb, ff, rr)
                .isLessThanOrEqualTo(yuan(within.maximum().orElseThrow()));
          }
        }
      }
    }
    assertThat(groups).as("seed %d: groups declared", seed).isGreaterThan(3);
  }

  /** A 宝安区 tech SME's L1 (1,200,000 at 4.7% drawn 2023-01-11) with 14,100 of interest, and a renovation project. */
  private static String renovationRequest(String firstTimeBorrower) {
    return "{\"asOf\": \"2023-06-30\", \"measures\": [\"" + FIRST_LOAN + "\", \"" + TECH_SME + "\","
        + " \"sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy\"], \"profile\": {"
        + " \"registrationRegionCode\": \"440306\", \"legalForm\": \"ENTERPRISE\", \"independentLegalPerson\": true,"
        + " \"registrationDate\": \"2018-03-15\", \"industryCode\": \"C3484\", \"restrictedOrProhibitedIndustry\":"
        + " false, \"size\": \"SMALL\", \"onSeriousDishonestyList\": false, " + firstTimeBorrower
        + " \"techSme\": {\"held\": true, \"since\": \"2022-06-17\"}, \"techSmeSubsidyReceived\": {\"amount\": 0,"
        + " \"currency\": \"CNY\"}, \"guaranteeFeePayments\": [], \"insurancePremiumPayments\": [],"
        + " \"loans\": [{\"loanId\": \"L1\", \"principal\": {\"amount\": 1200000, \"currency\": \"CNY\"},"
        + " \"drawdownDate\": \"2023-01-11\", \"maturityDate\": \"2024-01-11\", \"annualInterestRate\": \"4.7%\","
        + " \"lenderRegionCode\": \"440300\", \"firstDrawdownOfFirstContract\": true, \"forProductionOrOperation\":"
        + " true, \"subsidisedUnderAnotherMunicipalScheme\": false, \"vehicleOrRealEstatePurchase\": false,"
        + " \"guaranteed\": false}], \"interestPayments\": [{\"paymentId\": \"I-1\", \"loanId\": \"L1\","
        + " \"accrualStart\": \"2023-01-11\", \"accrualEnd\": \"2023-04-11\", \"paymentDate\": \"2023-04-11\","
        + " \"interestPaid\": {\"amount\": 14100, \"currency\": \"CNY\"}}], \"renovationProjects\": [{"
        + " \"projectId\": \"R1\", \"category\": \"EQUIPMENT_UPGRADE\", \"eligibleInvestment\": {\"amount\":"
        + " 38000000, \"currency\": \"CNY\"}, \"eligibleProject\": true, \"subsidyStart\": \"2023-01-01\","
        + " \"interestPayments\": [{\"paymentId\": \"RP-1\", \"kind\": \"BANK_FIXED_ASSET_LOAN\", \"interestFrom\":"
        + " \"2023-02-01\", \"interestUntil\": \"2024-02-01\", \"interestPaid\": {\"amount\": 269326,"
        + " \"currency\": \"CNY\"}, \"loanId\": \"L1\"}]}]}}";
  }

  @Test
  void test_aRenovationPaymentNamesTheOpenLoan_noJointLimit() {
    // L1 alone: first-loan 1,200,000 × 2% × 181/360 = 12,066.67 (第5条, 2023-01-11 → 07-11), tech-SME 80% × 14,100
    // = 11,280.00 (第13条). The renovation interest subsidy pays 50% × 269,326 = 134,663.00 on L1 (小升规方案 第十条),
    // the larger, so it takes L1 (register §4.6 item 43) and the pair pays 0.00 whether or not the firm is a
    // first-time borrower
    for (String known : List.of("\"firstTimeBorrower\": true,", "\"firstTimeBorrower\": false,")) {
      EntitlementReport report = report(renovationRequest(known));
      assertRange(outcome(report, FIRST_LOAN).amount(), "0", "0");
      assertRange(outcome(report, TECH_SME).amount(), "0", "0");
    }
    // whether a first-time borrower not given: L1's choice between the pair is open, and the renovation subsidy may
    // take it, so the pair declares no joint limit (register §4.6 item 54). Before: a joint limit of 11,280.00 –
    // 12,066.67, whose least the completions' 0.00 lies below
    EntitlementReport open = report(renovationRequest(""));
    assertThat(open.jointLimits()).isEmpty();
    BigDecimal least = yuan(outcome(open, FIRST_LOAN).amount().minimum())
        .add(yuan(outcome(open, TECH_SME).amount().minimum()));
    assertThat(least).isEqualByComparingTo("0");
  }
}
