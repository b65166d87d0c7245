package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.assertRange;
import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.outcome;
import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A loan whose {@code subsidisedUnderAnotherMunicipalScheme} is the only fact not given (decisions register §4.6 item
 * 145, the fact-naming hunt's screening seed 150 firm SYN-10 reduced): the flag decides both subsidies at once, so each
 * outcome is its least and most over the flag's two values, and an outcome the flag leaves at one figure does not
 * name it. Through the engine typed (plain and explained) and its {@code evaluateJson}
 * ({@link StackingJointReports#pairOnThreePaths}), which must agree.
 * <p>
 * The firm: a micro 深圳市光明区 (440311) maker, a first-time borrower, enrolled as a 科技型中小企业 from 2023-01-15 to
 * 2023-12-31, nothing received from the programme; evaluated on 2023-06-30. L10: 820,000 drawn 2023-02-21 at 3.53%,
 * maturing 2024-02-21, from a Shenzhen bank, the first drawdown of the first contract, for production. I10 on L10:
 * 7,236.50 (820,000 × 3.53% × 90/360) accrued 2023-02-21 → 05-22, paid 05-22. Worked by hand:
 * <ul>
 *   <li>第5条 (2%, at most 6 months, ACT/360 算头不算尾, register §4.1 item 1; half-up once to the fen): 2023-02-21 →
 *       08-21 = 8 + 31 + 30 + 31 + 30 + 31 + 20 = 181 days, 820,000 × 2% × 181/360 = 8,245.56.
 *   <li>第13条 ("最高可按照实际支付利息的 80%"): 7,236.50 × 80% = 5,789.20; the claim (2023-02-21 → 05-22) within the
 *       enrolment; no cap binds.
 *   <li>L10 not subsidised elsewhere: both qualify, the larger (§4.1 item 10) 8,245.56 &gt; 5,789.20, to 第5条:
 *       第5条 8,245.56, 第13条 0.00 (eligible, item 10).
 *   <li>L10 subsidised elsewhere: neither ("不重复享受市直其他部门财政贴息", §1.7): 第5条 0.00 (ineligible, its only
 *       loan barred), 第13条 0.00 (eligible, no claim left).
 * </ul>
 * So with the flag not given 第13条 is 0.00 whichever way it falls, and names nothing; before 2026-12-07 it read
 * 0.00 – 5,789.20 (undetermined, naming the flag: the open loan counted in its most). 第5条 is 0.00 – 8,245.56, naming
 * the flag. With I10 of 12,000.00 instead (80% = 9,600.00 &gt; 8,245.56, so the loan goes to 第13条 when not
 * subsidised elsewhere), the mirror: 第13条 0.00 – 9,600.00 naming the flag, and 第5条 0.00 in both ways, though
 * eligible in one and ineligible in the other, so it stays undetermined naming the flag (it read 0.00 – 8,245.56).
 */
class StackingElsewhereFlagOnlyTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
  private static final String FLAG = "/loans/0/subsidisedUnderAnotherMunicipalScheme";

  private static String cny(String yuan) {
    return "{\"amount\": " + yuan + ", \"currency\": \"CNY\"}";
  }

  /** The firm with L10's flag as given ("true", "false", or "" for not given) and I10's amount. */
  static String profile(String flag, String interest) {
    String given = flag.isEmpty() ? "" : ", \"subsidisedUnderAnotherMunicipalScheme\": " + flag;
    return "{\"registrationRegionCode\": \"440311\", \"legalForm\": \"ENTERPRISE\", \"independentLegalPerson\": true,"
        + " \"industryCode\": \"C3484\", \"size\": \"MICRO\", \"onSeriousDishonestyList\": false,"
        + " \"firstTimeBorrower\": true, \"techSme\": {\"held\": true, \"since\": \"2023-01-15\", \"until\":"
        + " \"2023-12-31\"}, \"techSmeSubsidyReceived\": " + cny("0") + ", \"loans\": [{\"loanId\": \"L10\","
        + " \"principal\": " + cny("820000") + ", \"drawdownDate\": \"2023-02-21\", \"maturityDate\": \"2024-02-21\","
        + " \"annualInterestRate\": \"3.53%\", \"lenderRegionCode\": \"440300\", \"firstDrawdownOfFirstContract\":"
        + " true, \"forProductionOrOperation\": true" + given + "}], \"interestPayments\": [{\"paymentId\": \"I10\","
        + " \"loanId\": \"L10\", \"accrualStart\": \"2023-02-21\", \"accrualEnd\": \"2023-05-22\", \"paymentDate\":"
        + " \"2023-05-22\", \"interestPaid\": " + cny(interest) + "}], \"guaranteeFeePayments\": [],"
        + " \"insurancePremiumPayments\": [], \"renovationProjects\": [], \"hires\": [], \"grantEvents\": []}";
  }

  private static EntitlementReport report(String flag, String interest, StackingPrecedence precedence) {
    return StackingJointReports.pairOnThreePaths(profile(flag, interest), AS_OF, precedence).plain();
  }

  //-------------------------------------------------------------------------
  @ParameterizedTest
  @EnumSource(StackingPrecedence.class)
  void test_eachValueOfTheFlag(StackingPrecedence precedence) {
    EntitlementReport no = report("false", "7236.50", precedence);
    // 8,245.56 > 5,789.20: L10 to 第5条, 第13条 left with nothing (eligible, item 10)
    assertThat(outcome(no, StackingJointReports.FIRST_LOAN).amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("8245.56")));
    MeasureOutcome noTech = outcome(no, StackingJointReports.TECH_SME);
    assertThat(noTech.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(noTech.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("0.00")));
    EntitlementReport yes = report("true", "7236.50", precedence);
    // L10 takes neither: 第5条 ineligible, 第13条 eligible with no claim left
    assertThat(outcome(yes, StackingJointReports.FIRST_LOAN).verdict()).isEqualTo(Verdict.INELIGIBLE);
    MeasureOutcome yesTech = outcome(yes, StackingJointReports.TECH_SME);
    assertThat(yesTech.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(yesTech.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("0.00")));
  }

  @ParameterizedTest
  @EnumSource(StackingPrecedence.class)
  void test_flagNotGiven_theTechSmeOutcomeItDecidesNothingFor_namesNothing(StackingPrecedence precedence) {
    EntitlementReport open = report("", "7236.50", precedence);
    // 第13条: 0.00 either way (was 0.00 – 5,789.20 naming the flag): eligible at one figure, no fact named
    MeasureOutcome tech = outcome(open, StackingJointReports.TECH_SME);
    assertThat(tech.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(tech.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("0.00")));
    assertThat(tech.missingFacts()).isEmpty();
    // 第5条: 8,245.56 or 0.00, naming the flag
    MeasureOutcome first = outcome(open, StackingJointReports.FIRST_LOAN);
    assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertRange(first.amount(), "0.00", "8245.56");
    assertThat(first.missingFacts()).containsExactly(FLAG);
    // in reach 0.00 – 8,245.56 + 0.00, the flag deciding 8,245.56 and asked of 第5条 alone
    assertThat(yuan(open.totals().inReach().minimum())).isEqualByComparingTo("0.00");
    assertThat(open.totals().inReach().maximum().map(StackingJointReports::yuan)).hasValueSatisfying(
        most -> assertThat(most).isEqualByComparingTo("8245.56"));
    assertThat(open.nextQuestions()).singleElement().satisfies(question -> {
      assertThat(question.fact()).isEqualTo(FLAG);
      assertThat(question.measures()).extracting(m -> m.value()).containsExactly(StackingJointReports.FIRST_LOAN);
      assertThat(yuan(question.amountDecided())).isEqualByComparingTo("8245.56");
    });
  }

  @ParameterizedTest
  @EnumSource(StackingPrecedence.class)
  void test_flagNotGiven_theLoanTheTechSmeSubsidyWouldTake(StackingPrecedence precedence) {
    // I10 of 12,000.00: 80% = 9,600.00 > 8,245.56, so not subsidised elsewhere L10 goes to 第13条
    EntitlementReport no = report("false", "12000.00", precedence);
    assertThat(outcome(no, StackingJointReports.TECH_SME).amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("9600.00")));
    MeasureOutcome noFirst = outcome(no, StackingJointReports.FIRST_LOAN);
    assertThat(noFirst.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(noFirst.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("0.00")));
    EntitlementReport open = report("", "12000.00", precedence);
    // 第13条: 9,600.00 or 0.00, naming the flag
    MeasureOutcome tech = outcome(open, StackingJointReports.TECH_SME);
    assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertRange(tech.amount(), "0.00", "9600.00");
    assertThat(tech.missingFacts()).containsExactly(FLAG);
    // 第5条: 0.00 either way (was 0.00 – 8,245.56), eligible (not subsidised elsewhere) or ineligible (subsidised):
    // the flag still decides its verdict, which it names
    MeasureOutcome first = outcome(open, StackingJointReports.FIRST_LOAN);
    assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(first.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("0.00")));
    assertThat(first.missingFacts()).containsExactly(FLAG);
    // in reach 0.00 – 9,600.00 (was 0.00 – 9,600.00 too: the joint most counted L10 once)
    assertThat(open.totals().inReach().maximum().map(StackingJointReports::yuan)).hasValueSatisfying(
        most -> assertThat(most).isEqualByComparingTo("9600.00"));
  }
}
