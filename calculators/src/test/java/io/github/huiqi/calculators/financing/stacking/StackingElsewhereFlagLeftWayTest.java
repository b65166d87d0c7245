package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.assertRange;
import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.outcome;
import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A loan's {@code subsidisedUnderAnotherMunicipalScheme} not given, where the loan subsidised elsewhere would make the
 * firm leave another loan to the tech-SME subsidy (decisions register §4.6 item 144, the fact-drop hunt's seed 4 firm
 * 45 reduced): the tech-SME outcome with the flag open must reach the figure of that way. Through the engine typed
 * (plain and explained) and its {@code evaluateJson} ({@link StackingJointReports#pairOnThreePaths}), which must agree.
 * <p>
 * The firm: a small 深圳市宝安区 (440306) maker, a first-time borrower, enrolled as a 科技型中小企业 from 2023-05-27,
 * nothing received from the programme; evaluated on 2023-12-31. L1: 380,000 drawn 2023-01-17 at 4.09%; L2: 1,230,000
 * drawn 2023-03-20 at 3.56%; both from a Shenzhen bank, the first drawdown of the first contract, for production. I1
 * on L1: 6,600.00 accrued 2023-01-17 → 2023-07-04, paid 07-04; I2 on L2: 12,300.00 accrued 2023-03-20 → 2023-07-13,
 * paid 07-15; a loan-guarantee insurance premium P1 of 10,000.00 paid 2023-03-20. Worked by hand:
 * <ul>
 *   <li>第5条 (2%, at most 6 months, ACT/360 算头不算尾, register §4.1 item 1; half-up once to the fen): L1 2023-01-17 →
 *       07-17 = 181 days, 380,000 × 2% × 181/360 = 3,821.11; L2 2023-03-20 → 09-20 = 184 days, 1,230,000 × 2% ×
 *       184/360 = 12,573.33; within the 200,000 a firm.
 *   <li>第13条 ("最高可按照实际支付利息的 80%"): I1 6,600.00 × 80% = 5,280.00; I2 12,300.00 × 80% = 9,840.00; the premium
 *       at 50% (2020 办法 第十四条（二）): 5,000.00. No cap binds (3,000,000 left, 1,000,000 a year).
 *   <li>The enrolment counts for a claim whose span reaches 2023-05-27 (§1.2 card 000-13), over the payments the
 *       tech-SME subsidy keeps (§4.6 item 100): P1 alone (2023-03-20) misses it; with I1 or I2 (to 07-04 or 07-15) it
 *       reaches it.
 *   <li>L1 not subsidised elsewhere (the larger per loan, §4.1 item 10): L1 3,821.11 against 5,280.00, to 第13条; L2
 *       12,573.33 against 9,840.00, to 第5条; the claim kept (I1, P1) reaches the enrolment: 第5条 12,573.33, 第13条
 *       5,280.00 + 5,000.00 = 10,280.00; 22,853.33 together.
 *   <li>L1 subsidised elsewhere (it takes neither, §4.1 item 10): L2 to 第5条 leaves P1 alone, which misses the
 *       enrolment: 12,573.33 + 0.00; L2 left to 第13条, its claim I2 + P1 reaches it: 0.00 + 9,840.00 + 5,000.00 =
 *       14,840.00 &gt; 12,573.33, so the firm's larger in all (item 100) leaves L2 to 第13条: 第5条 0.00, 第13条
 *       14,840.00.
 * </ul>
 * So with L1's flag not given 第13条 is 10,280.00 or 14,840.00: its range must reach 14,840.00. Before item 144 it read
 * 5,000.00 – 10,280.00 (the open stacking's share, L2 to 第5条 in every way), missing 14,840.00. Its least is the
 * lesser completion's 10,280.00 (register §4.6 item 146): before 2026-12-07 it stayed the open stacking's share, P1
 * alone, 5,000.00, which no completion gives. The precedence does not matter here: no claim is recorded, so
 * FIRST_CLAIMED takes the larger too (item 72).
 */
class StackingElsewhereFlagLeftWayTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
  private static final String FLAG = "/loans/0/subsidisedUnderAnotherMunicipalScheme";

  private static String cny(String yuan) {
    return "{\"amount\": " + yuan + ", \"currency\": \"CNY\"}";
  }

  private static String loan(String id, String principal, String drawn, String matures, String rate, String flag) {
    return "{\"loanId\": \"" + id + "\", \"principal\": " + cny(principal) + ", \"drawdownDate\": \"" + drawn
        + "\", \"maturityDate\": \"" + matures + "\", \"annualInterestRate\": \"" + rate
        + "\", \"lenderRegionCode\": \"440300\", \"firstDrawdownOfFirstContract\": true,"
        + " \"forProductionOrOperation\": true" + flag + "}";
  }

  private static String interest(String id, String loan, String from, String to, String paid, String amount) {
    return "{\"paymentId\": \"" + id + "\", \"loanId\": \"" + loan + "\", \"accrualStart\": \"" + from
        + "\", \"accrualEnd\": \"" + to + "\", \"paymentDate\": \"" + paid + "\", \"interestPaid\": " + cny(amount)
        + "}";
  }

  /** The firm with L1's flag as given: "true", "false", or "" for not given. */
  static String profile(String l1Flag) {
    String flag = l1Flag.isEmpty() ? "" : ", \"subsidisedUnderAnotherMunicipalScheme\": " + l1Flag;
    return "{\"registrationRegionCode\": \"440306\", \"legalForm\": \"ENTERPRISE\", \"independentLegalPerson\": true,"
        + " \"industryCode\": \"C3484\", \"size\": \"SMALL\", \"onSeriousDishonestyList\": false,"
        + " \"firstTimeBorrower\": true, \"techSme\": {\"held\": true, \"since\": \"2023-05-27\"},"
        + " \"techSmeSubsidyReceived\": " + cny("0") + ", \"loans\": ["
        + loan("L1", "380000", "2023-01-17", "2024-01-17", "4.09%", flag) + ", "
        + loan("L2", "1230000", "2023-03-20", "2024-03-20", "3.56%",
            ", \"subsidisedUnderAnotherMunicipalScheme\": false") + "], \"interestPayments\": ["
        + interest("I1", "L1", "2023-01-17", "2023-07-04", "2023-07-04", "6600.00") + ", "
        + interest("I2", "L2", "2023-03-20", "2023-07-13", "2023-07-15", "12300.00") + "],"
        + " \"guaranteeFeePayments\": [], \"insurancePremiumPayments\": [{\"paymentId\": \"P1\", \"paymentDate\":"
        + " \"2023-03-20\", \"amountPaid\": " + cny("10000.00") + "}], \"renovationProjects\": [], \"hires\": [],"
        + " \"grantEvents\": []}";
  }

  private static EntitlementReport report(String l1Flag, StackingPrecedence precedence) {
    return StackingJointReports.pairOnThreePaths(profile(l1Flag), AS_OF, precedence).plain();
  }

  //-------------------------------------------------------------------------
  @ParameterizedTest
  @EnumSource(StackingPrecedence.class)
  void test_eachValueOfTheFlag_theWayTheFirmTakes(StackingPrecedence precedence) {
    EntitlementReport no = report("false", precedence);
    // L1 to 第13条 (5,280.00 > 3,821.11), L2 to 第5条 (12,573.33 > 9,840.00): 12,573.33 and 5,280.00 + 5,000.00
    assertThat(outcome(no, StackingJointReports.FIRST_LOAN).amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("12573.33")));
    assertThat(outcome(no, StackingJointReports.TECH_SME).amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("10280.00")));
    EntitlementReport yes = report("true", precedence);
    // L1 neither; L2 left to 第13条: 9,840.00 + 5,000.00 = 14,840.00 > 12,573.33 + 0.00 (P1 alone misses 05-27)
    assertThat(outcome(yes, StackingJointReports.FIRST_LOAN).amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("0.00")));
    assertThat(outcome(yes, StackingJointReports.TECH_SME).amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("14840.00")));
  }

  @ParameterizedTest
  @EnumSource(StackingPrecedence.class)
  void test_flagNotGiven_eachRangeHoldsBothCompletions(StackingPrecedence precedence) {
    EntitlementReport open = report("", precedence);
    MeasureOutcome tech = outcome(open, StackingJointReports.TECH_SME);
    // 第13条: 10,280.00 or 14,840.00. Its most is the left way's 9,840.00 + 5,000.00 = 14,840.00 (was 10,280.00, too
    // narrow, item 144); its least the lesser completion's 5,280.00 + 5,000.00 = 10,280.00 (item 146; was the open
    // stacking's P1 alone, 5,000.00, which no completion gives): eligible
    assertThat(tech.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertRange(tech.amount(), "10280.00", "14840.00");
    assertThat(tech.missingFacts()).contains(FLAG);
    // 第5条: 12,573.33 or 0.00, its range over the two (item 145; was the open stacking's 0.00 – 3,821.11 +
    // 12,573.33 = 16,394.44, counting L1, which 第5条 takes in neither completion)
    MeasureOutcome first = outcome(open, StackingJointReports.FIRST_LOAN);
    assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertRange(first.amount(), "0.00", "12573.33");
    assertThat(first.missingFacts()).containsExactly(FLAG);
    // the pair over the two completions, each the way the firm takes: 14,840.00 – 12,573.33 + 10,280.00 = 22,853.33
    assertThat(open.jointLimits()).hasSize(1);
    JointLimit limit = open.jointLimits().get(0);
    assertThat(yuan(limit.minimum())).isEqualByComparingTo("14840.00");
    assertThat(yuan(limit.maximum())).isEqualByComparingTo("22853.33");
    // the flag decides 22,853.33 − 14,840.00 = 8,013.33
    assertThat(open.nextQuestions()).anySatisfy(question -> {
      assertThat(question.fact()).isEqualTo(FLAG);
      assertThat(yuan(question.amountDecided())).isEqualByComparingTo("8013.33");
    });
  }
}
