package io.github.huiqi.examples.cli;

import static io.github.huiqi.examples.cli.CliThreePaths.assertOutcome;
import static io.github.huiqi.examples.cli.CliThreePaths.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.NextQuestion;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blind audit of the fifteen measures of 沪企服办〔2023〕1号 for six Shanghai firms, as a platform developer and a QA
 * lead check them: each figure worked by hand from the notice's clauses, the reference's cards (domain §1.5) and the
 * decisions register before the library was run, then compared field by field on the three paths outside checkers use
 * ({@link CliThreePaths}: the Java API, the engine's JSON entry point and the command line, {@code --json} and the
 * table in zh-CN and en, {@code --explain} in both). The profiles are resources {@code shanghaiaudit/*.json}: a medium
 * manufacturer with every fact known and the caps reached exactly; a small software firm filing VAT monthly, with
 * hires, deferred contributions and grants at the edges; a micro retailer that gives only its region, industry and
 * size; a small 科技型中小企业 whose first loan's guarantee is not given; an industrial firm whose headcount is not given
 * (small or micro either way) with dates a day outside the windows; and the software firm with its region not given.
 * <p>
 * Every missing fact is a JSON Pointer the firm can answer: not given in the profile, its nearest given ancestor an
 * object of the profile. Found: a grant paid while a qualification is held on the event's date stayed open for a firm
 * known to hold the qualification on no day of the window, while its events were not given (decisions register §4.6
 * item 75, fixed with ShareHeldInWindowTest; {@link #test_microRetailer_onlyRegionIndustrySize_theQuestionsRanked}
 * and {@link #test_microRetailer_noCertificateNoEnrolment_theGrantsRuledOut}).
 */
class HuiqiCliShanghaiBlindAuditTest {

  private static final String SH = "sh-qfb-2023-1.";
  private static final String FEE_CEILING = SH + "average-guarantee-fee-ceiling";
  private static final String FIRST_LOAN = SH + "first-loan-interest-subsidy";
  private static final String AWARD = SH + "specialised-recognition-award";
  private static final String FOUR_ABOVE = SH + "four-above-high-tech-reward";
  private static final String UPLIFT = SH + "achievement-transfer-uplift";
  private static final String RENOVATION = SH + "technical-renovation-support";
  private static final String GREEN = SH + "green-upgrade-support";
  private static final String DIGITAL = SH + "digital-service-contract-support";
  private static final String HIRING = SH + "hiring-subsidy";
  private static final String LATE_FEES = SH + "insurance-late-fee-waiver";
  private static final String PROCUREMENT = SH + "sme-procurement-reservation";
  private static final String ARREARS = SH + "arrears-clearance";
  private static final String VAT = SH + "small-scale-vat";
  private static final String SMALL_LOW_PROFIT = SH + "small-low-profit-enterprise";
  private static final String RD = SH + "rd-super-deduction";
  private static final String[] MEASURES = {FEE_CEILING, FIRST_LOAN, AWARD, FOUR_ABOVE, UPLIFT, RENOVATION, GREEN,
      DIGITAL, HIRING, LATE_FEES, PROCUREMENT, ARREARS, VAT, SMALL_LOW_PROFIT, RD};
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path dir;

  /** Runs a profile on the three paths, and checks that each missing fact is one the firm can answer. */
  private CliThreePaths.Result run(String name, String asOf) throws IOException {
    CliThreePaths.Result result = CliThreePaths.run(dir, "shanghaiaudit", name, asOf, MEASURES);
    JsonNode profile;
    try (InputStream in = getClass().getResourceAsStream("shanghaiaudit/" + name + ".json")) {
      profile = MAPPER.readTree(in);
    }
    for (MeasureOutcome outcome : result.report().outcomes()) {
      for (String fact : outcome.missingFacts()) {
        assertThat(profile.at(fact).isMissingNode()).as(name + ": " + fact + " is not given").isTrue();
        String given = fact.substring(0, fact.lastIndexOf('/'));
        while (profile.at(given).isMissingNode()) {
          given = given.substring(0, given.lastIndexOf('/'));
        }
        assertThat(profile.at(given).isObject()).as(name + ": " + fact + " answerable at " + given).isTrue();
      }
    }
    return result;
  }

  private static void assertNothing(MeasureOutcome outcome) {
    assertOutcome(outcome, Verdict.INELIGIBLE, "0", "0");
    assertThat(outcome.countedInTotal()).as(outcome.measure().toString()).isFalse();
  }

  private static void assertExactly(MeasureOutcome outcome, String amount) {
    assertOutcome(outcome, Verdict.ELIGIBLE, amount, amount);
    assertThat(outcome.missingFacts()).as(outcome.measure().toString()).isEmpty();
  }

  private static void assertTotal(OutcomeAmount total, String least, String most) {
    assertThat(yuan(total.minimum())).as("least").isEqualByComparingTo(least);
    if (most == null) {
      assertThat(total.maximum()).as("most").isEmpty();
    } else {
      assertThat(yuan(total.maximum().orElseThrow())).as("most").isEqualByComparingTo(most);
    }
  }

  private static void assertQuestion(NextQuestion question, String fact, String amount, int unbounded) {
    assertThat(question.fact()).isEqualTo(fact);
    assertThat(yuan(question.amountDecided())).as(fact).isEqualByComparingTo(amount);
    assertThat(question.unboundedMeasures()).as(fact).isEqualTo(unbounded);
  }

  @Test
  void test_mediumManufacturer_everyFactKnown_capsReachedExactly() throws IOException {
    CliThreePaths.Result result = run("sh1-medium-caps", "2023-12-31");
    // size: no size given; 300号 第四条（二） on 2022 (the prior full year, register §4.6 item 36): 300 employees and
    // 50,000,000 of revenue meet both lower bounds of 中型 (300 及以上, 2000万元 及以上) exactly: medium, an SME
    //
    // 第十五条 guarantee-fee ceiling (a counterparty's figure, never in the firm's total): each government guarantee
    // at 1% for its days in 2023, whole months ÷ 12 + odd days ÷ 360 (register §1.5 card 003-15b, §4.3 item 21).
    // L1 (drawn 2022-10-01, matures 2023-09-26): 2023-01-01 → 09-01 8 months + 25 days:
    // 10,000,000 × 1% × (8/12 + 25/360) = 66,666.666… + 6,944.444… = 73,611.11;
    // L2 (2023-03-15 → 2024-03-15): 2023-03-15 → 12-15 9 months + 17 days to 2024-01-01:
    // 2,000,000 × 1% × (9/12 + 17/360) = 15,000 + 944.444… = 15,944.44; 73,611.11 + 15,944.44 = 89,555.55
    MeasureOutcome ceiling = result.outcome(FEE_CEILING);
    assertExactly(ceiling, "89555.55");
    assertThat(ceiling.amountKind()).isEqualTo(AmountKind.COUNTERPARTY_CEILING);
    assertThat(ceiling.countedInTotal()).isFalse();
    // 第十五条 first loan: L1 drawn on 2022-10-01, the first day of 2022年第四季度 (register §4.6 item 38), through
    // the fund, a Shanghai lender, the firm's first 普惠 loan; 12 months from the drawdown (register §4.1 item 5), the
    // maturity earlier: 2022-10-01 → 2023-09-26, 92 + 268 = 360 days; 10,000,000 × 2% × 360/360 = 200,000.00, the
    // cap "单户企业贴息金额最高20万元" exactly: no binding limit, since the cap cut nothing. L2 (2023) is outside.
    MeasureOutcome firstLoan = result.outcome(FIRST_LOAN);
    assertExactly(firstLoan, "200000.00");
    assertThat(firstLoan.bindingLimit()).isEmpty();
    // 第一条: the 专精特新 recognition of 2020-06-01 (expired 2023-05-31) is no 新认定 in 2023; no 小巨人
    assertNothing(result.outcome(AWARD));
    // 第二条: entered 四上 on 2023-03-31 with the certificate valid (2021-12-15 .. 2024-12-14);
    // 5% × 10,000,000.00 = 500,000.00 = 最高50万元 exactly, one-off: no binding limit
    MeasureOutcome fourAbove = result.outcome(FOUR_ABOVE);
    assertExactly(fourAbove, "500000.00");
    assertThat(fourAbove.bindingLimit()).isEmpty();
    // 第三条, 第五条, 第六条, 第八条: the events are given and none is of these codes; 第十九条, 第二十条: none given
    for (String measure : List.of(UPLIFT, RENOVATION, GREEN, DIGITAL, HIRING, LATE_FEES, VAT)) {
      assertNothing(result.outcome(measure));
    }
    // 第十一条 and 第二十一条: non-monetary; C1 (机关, 500,000.00, undisputed) is "50万元以下" (inclusive); C2
    // (500,000.01) is above, C3 is owed by another debtor
    assertExactly(result.outcome(PROCUREMENT), "0");
    MeasureOutcome arrears = result.outcome(ARREARS);
    assertExactly(arrears, "0");
    assertThat(arrears.detail().orElseThrow().in(Locale.ENGLISH)).contains("C1, 500,000.00 in all")
        .doesNotContain("C2").doesNotContain("C3");
    // 第二十二条 (2023, tax year 2023): TIb 3,250,000, expensed R&D 250,000 at 100% (2023年第7号): TIa 3,000,000 ≤
    // 3,000,000; quarterly averages 300 employees ≤ 300 and 50,000,000 of assets ≤ 50,000,000: every limit met
    // exactly. 小型微利 relief 3,000,000 × 25% − 3,000,000 × 25% × 20% = 750,000 − 150,000 = 600,000.00; R&D
    // std(3,250,000) − std(3,000,000) = 812,500 − 750,000 = 62,500.00 (register §1.7)
    assertExactly(result.outcome(SMALL_LOW_PROFIT), "600000.00");
    assertExactly(result.outcome(RD), "62500.00");
    // in reach: 200,000 + 500,000 (payments) + 600,000 + 62,500 (tax) = 1,362,500.00; nothing to ask
    EntitlementReport report = result.report();
    assertTotal(report.totals().inReach(), "1362500.00", "1362500.00");
    assertTotal(report.totals().byKind().get(AmountKind.PAYMENT_TO_FIRM), "700000.00", "700000.00");
    assertTotal(report.totals().byKind().get(AmountKind.TAX_SAVED), "662500.00", "662500.00");
    assertThat(report.nextQuestions()).isEmpty();
  }

  @Test
  void test_smallSoftwareFirm_hiresLateFeesAndVatAtTheEdges() throws IOException {
    CliThreePaths.Result result = run("sh2-small-software", "2023-12-31");
    // no loans (an empty list): nothing under 第十五条
    assertNothing(result.outcome(FEE_CEILING));
    assertNothing(result.outcome(FIRST_LOAN));
    // 第一条: 专精特新 and 小巨人 both recognised on 2023-12-31, the window's last day; the higher alone by default
    // (register §4.4 item 25): 不低于30万元, a floor with no upper end
    assertOutcome(result.outcome(AWARD), Verdict.ELIGIBLE, "300000.00", null);
    // 第二条, 第三条, 第五条: no event of their codes
    for (String measure : List.of(FOUR_ABOVE, UPLIFT, RENOVATION)) {
      assertNothing(result.outcome(measure));
    }
    // 第六条: one project of 2023-12-31, "最高支持1000万元": 0 – 10,000,000.00, the ceiling binding its upper end
    MeasureOutcome green = result.outcome(GREEN);
    assertOutcome(green, Verdict.ELIGIBLE, "0", "10000000.00");
    assertThat(green.bindingLimit().orElseThrow().code()).isEqualTo("award-ceiling");
    assertThat(green.missingFacts()).isEmpty();
    // 第八条: a contract of 12,345.65 signed 2023-01-01 (the window's first day): "不超过合同金额30%" =
    // 3,703.695 → 3,703.70 (half-up at half a fen), the authority fixing the figure within it
    MeasureOutcome digital = result.outcome(DIGITAL);
    assertOutcome(digital, Verdict.ELIGIBLE, "0", "3703.70");
    assertThat(yuan(digital.widthFixedByAuthority().orElseThrow())).isEqualByComparingTo("3703.70");
    // 第十九条, 2,000 a hire: H1 (2023-01-01, 3 months unemployed, open-ended) and H2 (2023-03-01, contract to
    // 2024-02-29: a year from 2023-03-01 ends on 2024-02-29, a leap day) qualify; H3's fixed-term contract (not
    // open-ended: register §4.6 item 122) ends 2024-02-28, a day short; H4 was unemployed 2 months and graduated
    // in 2022 (not 2023届); H5's college is not in the city; H6 qualifies but for its social insurance, not given:
    // 4,000.00 – 6,000.00, naming it
    MeasureOutcome hiring = result.outcome(HIRING);
    assertOutcome(hiring, Verdict.ELIGIBLE, "4000.00", "6000.00");
    assertThat(hiring.missingFacts()).containsExactly("/hires/5/socialInsurancePaid");
    // 第二十条 at 0.05% a day (社会保险法 第八十六条), days from the day after the due date through the repayment
    // (register §1.2 card 000-2a): D1 10.00 × 0.05% × 1 = 0.005 → 0.01 (half-up); D4 12,345.67 × 0.05% × 61
    // (2022-12-16 .. 2023-02-14) = 376.542935 → 376.54; D2 repaid 2024-01-01, after "2023年12月31日前"; D3 due
    // 2022-03-31, before the phased deferral began (2022-04-01): not waived. 0.01 + 376.54 = 376.55, a fee saved
    MeasureOutcome lateFees = result.outcome(LATE_FEES);
    assertExactly(lateFees, "376.55");
    assertThat(lateFees.amountKind()).isEqualTo(AmountKind.FEE_SAVED);
    assertExactly(result.outcome(PROCUREMENT), "0");
    // 第二十一条: C2 (机关, 80,000, undisputed) is covered; C1's dispute not given changes only which claims, so no
    // fact is named (register §4.6 item 51 (b))
    assertExactly(result.outcome(ARREARS), "0");
    // 第二十二条 VAT, monthly: January 100,000.00 ≤ 100,000 exempt, saving 3% = 3,000.00; February 100,000.75 at 1%
    // = 1,000.0075 → 1,000.01 against 3% = 3,000.0225 → 3,000.02, each rounded once (register §4.5 item 35),
    // saving 2,000.01 (not 2% × 100,000.75 = 2,000.015 → 2,000.02); the other months nothing: 5,000.01
    assertExactly(result.outcome(VAT), "5000.01");
    // 小型微利: TIa = 800,000 − 100,000 = 700,000; 700,000 × 20% = 140,000.00; R&D 100,000 × 25% = 25,000.00
    assertExactly(result.outcome(SMALL_LOW_PROFIT), "140000.00");
    assertExactly(result.outcome(RD), "25000.00");
    // in reach: payments ≥ 300,000 + 4,000 (no upper end: the floor); tax 5,000.01 + 140,000 + 25,000 =
    // 170,000.01; fees 376.55; least 304,000 + 170,000.01 + 376.55 = 474,376.56
    EntitlementReport report = result.report();
    assertTotal(report.totals().inReach(), "474376.56", null);
    assertTotal(report.totals().byKind().get(AmountKind.TAX_SAVED), "170000.01", "170000.01");
    assertTotal(report.totals().byKind().get(AmountKind.FEE_SAVED), "376.55", "376.55");
    // the one question: H6's insurance decides 2,000.00 (the grants' ranges are the authority's, asked of no fact)
    assertThat(report.nextQuestions()).hasSize(1);
    assertQuestion(report.nextQuestions().get(0), "/hires/5/socialInsurancePaid", "2000.00", 0);
  }

  @Test
  void test_microRetailer_onlyRegionIndustrySize_theQuestionsRanked() throws IOException {
    CliThreePaths.Result result = run("sh3-micro-sparse", "2023-06-30");
    // the loans not known: the ceiling from zero with no upper end; the first loan up to 最高20万元
    assertOutcome(result.outcome(FEE_CEILING), Verdict.UNDETERMINED, "0", null);
    assertOutcome(result.outcome(FIRST_LOAN), Verdict.UNDETERMINED, "0", "200000.00");
    assertThat(result.outcome(FIRST_LOAN).missingFacts()).containsExactly("/loans");
    // 第一条: neither recognition given; floors, so no upper end
    assertOutcome(result.outcome(AWARD), Verdict.UNDETERMINED, "0", null);
    assertThat(result.outcome(AWARD).missingFacts()).containsExactly("/specialisedAndInnovative", "/littleGiant");
    // 第二条: an entry and a valid certificate: either alone can rule it out, both named (register §4.6 item 75);
    // 0 – 500,000.00, the cap its upper end
    MeasureOutcome fourAbove = result.outcome(FOUR_ABOVE);
    assertOutcome(fourAbove, Verdict.UNDETERMINED, "0", "500000.00");
    assertThat(fourAbove.missingFacts()).containsExactly("/grantEvents", "/highTech");
    assertThat(fourAbove.bindingLimit().orElseThrow().code()).isEqualTo("cap-per-event");
    // 第三条: 30% of supports of unknown size: no upper end, naming the events and the enrolment
    assertOutcome(result.outcome(UPLIFT), Verdict.UNDETERMINED, "0", null);
    assertThat(result.outcome(UPLIFT).missingFacts()).containsExactly("/grantEvents", "/techSme");
    // 第五条, 第六条 (per project, register §4.6 item 60), 第八条: events not known, no upper end
    for (String measure : List.of(RENOVATION, GREEN, DIGITAL)) {
      assertOutcome(result.outcome(measure), Verdict.UNDETERMINED, "0", null);
      assertThat(result.outcome(measure).missingFacts()).containsExactly("/grantEvents");
    }
    assertThat(result.outcome(HIRING).missingFacts()).containsExactly("/hires");
    assertThat(result.outcome(LATE_FEES).missingFacts()).containsExactly("/insuranceDeferrals");
    // 第十一条: a micro firm may compete for the reserved share; 第二十一条 awaits its claims
    assertExactly(result.outcome(PROCUREMENT), "0");
    assertOutcome(result.outcome(ARREARS), Verdict.UNDETERMINED, "0", "0");
    // 第二十二条 with no year: VAT (taxpayer status and sales) and R&D have no upper end; 小型微利 at most the relief
    // at the 3,000,000 limit over the years with rules up to 2023, 2022's: 750,000 − (1,000,000 × 2.5% +
    // 2,000,000 × 5%) = 625,000.00 (register §1.7)
    assertOutcome(result.outcome(SMALL_LOW_PROFIT), Verdict.UNDETERMINED, "0", "625000.00");
    assertThat(result.outcome(VAT).missingFacts()).containsExactly("/smallScaleTaxpayer", "/years");
    // the questions, each bounded width shared equally among its facts: /years 625,000.00 (+ VAT, R&D unbounded);
    // /grantEvents 500,000 ÷ 2 = 250,000.00 (+ 4 unbounded) before /highTech 250,000.00 (none unbounded); /loans
    // 200,000.00 (the ceiling counts nothing); then the facts opening only unbounded amounts
    List<NextQuestion> questions = result.report().nextQuestions();
    assertQuestion(questions.get(0), "/years", "625000.00", 2);
    assertQuestion(questions.get(1), "/grantEvents", "250000.00", 4);
    assertQuestion(questions.get(2), "/highTech", "250000.00", 0);
    assertQuestion(questions.get(3), "/loans", "200000.00", 0);
    assertThat(questions.subList(4, questions.size())).allSatisfy(q -> assertThat(q.amountDecided().isZero()).isTrue());
    assertTotal(result.report().totals().inReach(), "0", null);
  }

  @Test
  void test_microRetailer_noCertificateNoEnrolment_theGrantsRuledOut() throws IOException {
    // the same retailer stating that it holds no 高新技术企业 certificate and that its 科技型中小企业 enrolment is dated
    // 2024-01-01, after the 2023 window: no event of 2023 can earn under 第二条 (有效期内高新技术企业) or 第三条
    // (科技型中小企业), whatever its events; before the fix each stayed open, 第二条 at 0 – 500,000.00 asking
    // /grantEvents first
    String profile = "{'registrationRegionCode': '310106', 'industryCode': 'F52', 'size': 'MICRO', 'highTech': "
        + "{'held': false}, 'techSme': {'held': true, 'since': '2024-01-01'}}";
    JsonNode report = CliAuditFiles.jsonReport(CliAuditFiles.write(dir, "no-certificate.json", profile),
        "2023-06-30", MEASURES);
    for (String measure : List.of(FOUR_ABOVE, UPLIFT)) {
      JsonNode outcome = CliAuditFiles.outcome(report, measure);
      assertThat(outcome.at("/verdict").asText()).as(measure).isEqualTo("INELIGIBLE");
      assertThat(outcome.at("/missingFacts")).as(measure).isEmpty();
    }
    // /years (625,000.00) then /loans (200,000.00); /grantEvents now opens only unbounded amounts
    assertThat(report.at("/nextQuestions/0/fact").asText()).isEqualTo("/years");
    assertThat(report.at("/nextQuestions/1/fact").asText()).isEqualTo("/loans");
    assertThat(report.at("/nextQuestions/2/fact").asText()).isEqualTo("/grantEvents");
    assertThat(report.at("/nextQuestions/2/amountDecided/amount").decimalValue()).isZero();
  }

  @Test
  void test_smallTechSme_firstLoanGuaranteeOpen_belowTwoPercent_repaidEarly() throws IOException {
    CliThreePaths.Result result = run("sh4-small-techsme-open", "2023-12-31");
    // L1: 1,000,000 drawn 2022-11-15 at 1.5%, repaid 2023-05-15 (before its 12 months), guarantee not given.
    // 第十五条's 2% is subsidised at the loan's own 1.5% (贴息不超过实际利息, register §4.1 item 5b) over
    // 2022-11-15 → 2023-05-15, 181 days: 1,000,000 × 1.5% × 181/360 = 7,541.666… → 7,541.67, if through the fund.
    // Neither `guaranteed` nor the guarantee given: both named (register §4.6 item 69)
    MeasureOutcome firstLoan = result.outcome(FIRST_LOAN);
    assertOutcome(firstLoan, Verdict.UNDETERMINED, "0", "7541.67");
    assertThat(firstLoan.missingFacts()).containsExactly("/loans/0/guaranteed", "/loans/0/guarantee/policyFund");
    // the ceiling, if a government guarantee: 2023-01-01 → 05-15, 4 months + 14 days: 1,000,000 × 1% × (4/12 +
    // 14/360) = 3,333.333… + 388.888… = 3,722.22; the guarantee fact named is `guaranteed` (the guarantee-fee
    // measures' naming, GuaranteeFeeLoanParts), the guarantor asked once the loan is known to be guaranteed
    MeasureOutcome ceiling = result.outcome(FEE_CEILING);
    assertOutcome(ceiling, Verdict.UNDETERMINED, "0", "3722.22");
    assertThat(ceiling.missingFacts()).containsExactly("/loans/0/guaranteed");
    // 第一条: 专精特新 held to 2026-03-31, its start not given: 新认定 in 2023 or not (register §4.6 item 58)
    assertOutcome(result.outcome(AWARD), Verdict.UNDETERMINED, "0", null);
    assertThat(result.outcome(AWARD).missingFacts()).containsExactly("/specialisedAndInnovative/since");
    // 第三条, enrolled 2023-04-01 .. 2023-12-31: AT1 (2023-03-31) the day before, none; AT2 333,333.35 × 30% =
    // 100,000.005 → 100,000.01; AT3 (2023-12-31) 0.05 × 30% = 0.015 → 0.02; each support rounded once (register
    // §1.5 item 003-3, §4.5 item 35): 100,000.03, where the sum rounded once would give 100,000.02
    assertExactly(result.outcome(UPLIFT), "100000.03");
    for (String measure : List.of(FOUR_ABOVE, RENOVATION, GREEN, DIGITAL, LATE_FEES, VAT)) {
      assertNothing(result.outcome(measure));
    }
    assertOutcome(result.outcome(HIRING), Verdict.UNDETERMINED, "0", null);
    assertThat(result.outcome(HIRING).missingFacts()).containsExactly("/hires");
    // C1: a large state enterprise owes 500,000.00, undisputed: within "50万元以下"
    assertExactly(result.outcome(ARREARS), "0");
    assertExactly(result.outcome(PROCUREMENT), "0");
    // a loss (−200,000): no tax to relieve or deduct from (register §1.7): eligible at 0.00 for both
    assertExactly(result.outcome(SMALL_LOW_PROFIT), "0");
    assertExactly(result.outcome(RD), "0");
    // the questions: 7,541.67 ÷ 2 = 3,770.835 each, rounded once half-up to 3,770.84 (so the two decide a fen more
    // than the width, within the half fen a question the engine allows); `guaranteed` first on the tie, naming two
    // measures
    List<NextQuestion> questions = result.report().nextQuestions();
    assertQuestion(questions.get(0), "/loans/0/guaranteed", "3770.84", 0);
    assertQuestion(questions.get(1), "/loans/0/guarantee/policyFund", "3770.84", 0);
    assertThat(questions).extracting(NextQuestion::fact).containsExactly("/loans/0/guaranteed",
        "/loans/0/guarantee/policyFund", "/hires", "/specialisedAndInnovative/since");
    assertTotal(result.report().totals().inReach(), "100000.03", null);
  }

  @Test
  void test_industrialFirm_sizeOpen_datesADayOutside() throws IOException {
    CliThreePaths.Result result = run("sh5-open-size-edges", "2023-12-31");
    // size: 2022 revenue 15,000,000 < 20,000,000 of an industrial firm is small or micro whatever the headcount
    // (register §0.4): every SME measure reads the same
    //
    // L1 drawn 2022-09-30, the day before 2022年第四季度; L2 drawn 2023-01-01, the day after (and not guaranteed)
    assertNothing(result.outcome(FIRST_LOAN));
    // the ceiling: L1's government guarantee in force 2023-01-01 → 09-30, 8 months + 29 days:
    // 500,000 × 1% × (8/12 + 29/360) = 3,333.333… + 402.777… = 3,736.11
    assertExactly(result.outcome(FEE_CEILING), "3736.11");
    assertNothing(result.outcome(AWARD));
    // 第二条: entered 四上 on 2023-12-01, the certificate expired 2023-11-30
    assertNothing(result.outcome(FOUR_ABOVE));
    assertNothing(result.outcome(UPLIFT));
    // 第五条: TR1's 9,999,999.99 is below "1000万元以上"; TR2 25,000,000.05 × 10% = 2,500,000.005 → 2,500,000.01,
    // "不超过": 0 – 2,500,000.01, fixed by the authority
    MeasureOutcome renovation = result.outcome(RENOVATION);
    assertOutcome(renovation, Verdict.ELIGIBLE, "0", "2500000.01");
    assertThat(yuan(renovation.widthFixedByAuthority().orElseThrow())).isEqualByComparingTo("2500000.01");
    assertNothing(result.outcome(GREEN));
    // 第八条: DS1 2022-12-31 and DS2 2024-01-01 are outside 2023; DS3 (2023-06-15) qualifies with its amount not
    // given: eligible, no upper end, naming it
    MeasureOutcome digital = result.outcome(DIGITAL);
    assertOutcome(digital, Verdict.ELIGIBLE, "0", null);
    assertThat(digital.missingFacts()).containsExactly("/grantEvents/5/amount");
    for (String measure : List.of(HIRING, LATE_FEES, ARREARS, VAT)) {
      assertNothing(result.outcome(measure));
    }
    assertExactly(result.outcome(PROCUREMENT), "0");
    // 第二十二条: TIb 3,000,000.01 is a fen over the limit; R&D of 0.02 brings TIa to 2,999,999.99: 小型微利.
    // std(TIa) = 749,999.9975 → 750,000.00, due 5% = 149,999.9995 → 150,000.00: relief 600,000.00. The R&D saving is
    // std(TIb) − std(TIa), each tax rounded once: 750,000.0025 → 750,000.00 less 750,000.00 = 0.00, not 0.02 × 25% =
    // 0.005 → 0.01; so the two add up to what the firm saves, 750,000.00 − 150,000.00 (register §1.7, §4.5 item 35)
    assertExactly(result.outcome(SMALL_LOW_PROFIT), "600000.00");
    assertExactly(result.outcome(RD), "0");
    EntitlementReport report = result.report();
    assertTotal(report.totals().inReach(), "600000.00", null);
    assertThat(report.nextQuestions()).hasSize(1);
    assertQuestion(report.nextQuestions().get(0), "/grantEvents/5/amount", "0", 1);
  }

  @Test
  void test_softwareFirm_regionNotGiven_everyMeasureAsksIt() throws IOException {
    CliThreePaths.Result result = run("sh6-region-not-given", "2023-12-31");
    // the software firm with no region (register §0.6): each Shanghai measure it would qualify for is open from
    // zero to what it gives in 上海市, naming /registrationRegionCode; those it fails on other facts stay ineligible
    for (String measure : List.of(FEE_CEILING, FIRST_LOAN, FOUR_ABOVE, UPLIFT, RENOVATION)) {
      assertNothing(result.outcome(measure));
    }
    assertOutcome(result.outcome(AWARD), Verdict.UNDETERMINED, "0", null);
    assertOutcome(result.outcome(GREEN), Verdict.UNDETERMINED, "0", "10000000.00");
    assertOutcome(result.outcome(DIGITAL), Verdict.UNDETERMINED, "0", "3703.70");
    assertOutcome(result.outcome(HIRING), Verdict.UNDETERMINED, "0", "6000.00");
    assertThat(result.outcome(HIRING).missingFacts()).containsExactly("/registrationRegionCode",
        "/hires/5/socialInsurancePaid");
    assertOutcome(result.outcome(LATE_FEES), Verdict.UNDETERMINED, "0", "376.55");
    // the restated national reliefs count once, under 深工信〔2023〕26号 第1条 for a firm of unknown region: the
    // Shanghai restatement is set aside (register §1.7), open up to its Shanghai figure
    for (String[] tax : new String[][] {{VAT, "5000.01"}, {SMALL_LOW_PROFIT, "140000.00"}, {RD, "25000.00"}}) {
      MeasureOutcome outcome = result.outcome(tax[0]);
      assertOutcome(outcome, Verdict.UNDETERMINED, "0", tax[1]);
      assertThat(outcome.countedInTotal()).as(tax[0]).isFalse();
    }
    // the region decides 10,000,000 (green) + 3,703.70 (digital) + 6,000 ÷ 2 (hiring, shared with H6's insurance)
    // + 376.55 (late fees) = 10,007,080.25 and the award's unbounded floor; H6's insurance the other 3,000.00
    List<NextQuestion> questions = result.report().nextQuestions();
    assertQuestion(questions.get(0), "/registrationRegionCode", "10007080.25", 1);
    assertQuestion(questions.get(1), "/hires/5/socialInsurancePaid", "3000.00", 0);
    // the region-bound measures add nothing to the least (§0.6)
    assertTotal(result.report().totals().inReach(), "0", null);
  }
}
