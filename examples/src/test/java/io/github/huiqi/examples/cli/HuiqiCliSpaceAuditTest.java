package io.github.huiqi.examples.cli;

import static io.github.huiqi.examples.cli.CliThreePaths.assertOutcome;
import static io.github.huiqi.examples.cli.CliThreePaths.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A QA lead's audit of the space measures (rent, purchase, utility, 工业上楼) through the command line (text in zh-CN
 * and en, {@code --json}), the engine's JSON entry point and the Java API, on hand-written profiles (resources
 * {@code measureaudit/space-*.json}); {@link CliThreePaths} checks what the three paths share. The figures are worked
 * by hand from the 2021 reply letter 一 (龙岗区 "不超过上一年度场地租金支出50%、每年最高20万元", 光明区 "按实际面积给予
 * 20元/m2的补贴", 创新型产业用房 "比参考价格优惠30%－70%"), 深工信〔2023〕26号 第2条 (2023年第一季度…免收在此期间产生的
 * 欠费滞纳金) and 第3条 (平均租金价格不高于35元/月/平方米), and the 专精特新 draft 第二十九条 (年产值3亿元以上且租用国有
 * 产业用房3年以上).
 */
class HuiqiCliSpaceAuditTest {

  static final String LONGGANG = "sz-gxj-2021-reply-20210370.longgang-rent-subsidy";
  static final String GUANGMING = "sz-gxj-2021-reply-20210370.guangming-rent-subsidy";
  static final String POLICY_RENT = "sz-gxj-2021-reply-20210370.innovation-space-rent";
  static final String HIGH_RISE = "sz-gxj-2023-26.high-rise-average-rent";
  static final String PURCHASE = "sz-gxj-zjtx-32-draft.state-owned-space-purchase";
  static final String UTILITY = "sz-gxj-2023-26.utility-arrears-relief";
  private static final String[] RENTS = {LONGGANG, GUANGMING, POLICY_RENT, HIGH_RISE};

  @TempDir
  Path dir;

  private CliThreePaths.Result run(String name, String asOf, String... measures) throws IOException {
    return CliThreePaths.run(dir, "measureaudit", name, asOf, measures);
  }

  @Test
  void test_longgang_belowTheCap_byOneFen() throws IOException {
    CliThreePaths.Result r = run("space-longgang-below", "2023-06-30", RENTS);
    // 2022 rent 399,999.98 × 50% = 199,999.99 < 200,000: up to 199,999.99 ("不超过"), the cap not binding
    MeasureOutcome rent = r.outcome(LONGGANG);
    assertOutcome(rent, Verdict.ELIGIBLE, "0", "199999.99");
    assertThat(rent.bindingLimit()).isEmpty();
    // a 龙岗区 (440307) firm: 光明区's subsidy is another district's
    assertOutcome(r.outcome(GUANGMING), Verdict.INELIGIBLE, "0", "0");
    assertThat(rent.clauseLabel()).endsWith(" 一");
  }

  @Test
  void test_longgang_exactlyAtTheCap_notBinding() throws IOException {
    // 400,000.00 × 50% = 200,000.00 = 每年最高20万元: the cap cuts nothing
    MeasureOutcome rent = run("space-longgang-equal", "2023-06-30", RENTS).outcome(LONGGANG);
    assertOutcome(rent, Verdict.ELIGIBLE, "0", "200000.00");
    assertThat(rent.bindingLimit()).isEmpty();
  }

  @Test
  void test_longgang_capBinding_thenTheCertificateExpires() throws IOException {
    // 400,000.02 × 50% = 200,000.01 > 200,000: up to 200,000.00, the yearly cap binding; the certificate runs to
    // 2023-06-29, tested on the evaluation date (register §0.5)
    MeasureOutcome inside = run("space-longgang-cap", "2023-06-29", RENTS).outcome(LONGGANG);
    assertOutcome(inside, Verdict.ELIGIBLE, "0", "200000.00");
    assertThat(inside.bindingLimit().orElseThrow().code()).isEqualTo("cap-per-year");
    // a day later the firm is no longer a 国家高新技术企业: ineligible
    assertOutcome(run("space-longgang-cap", "2023-06-30", RENTS).outcome(LONGGANG), Verdict.INELIGIBLE, "0", "0");
  }

  @Test
  void test_guangming_policyRent_andHighRiseAFenAbove() throws IOException {
    CliThreePaths.Result r = run("space-guangming", "2023-06-30", RENTS);
    // 光明区: 20 × 123.45 m² = 2,469.00 for a month (register §4.4 item 28), no duration: ≥ 2,469.00
    MeasureOutcome guangming = r.outcome(GUANGMING);
    assertOutcome(guangming, Verdict.ELIGIBLE, "2469.00", null);
    assertThat(guangming.detail().orElseThrow().en()).contains("one month");
    // 创新型产业用房: 80 × 123.45 × (1 − 30%) = 6,913.20 a month, a ceiling on the rent, not money received
    MeasureOutcome policy = r.outcome(POLICY_RENT);
    assertOutcome(policy, Verdict.ELIGIBLE, "6913.20", "6913.20");
    assertThat(policy.amountKind()).isEqualTo(AmountKind.COUNTERPARTY_CEILING);
    // 第3条: 4,320.76 ÷ 123.45 = 35.00008… shown 35.00 but above 35 (35 × 123.45 = 4,320.75, one fen less)
    MeasureOutcome highRise = r.outcome(HIGH_RISE);
    assertOutcome(highRise, Verdict.ELIGIBLE, "0", "0");
    assertThat(highRise.detail().orElseThrow().en()).contains("35.00", "above 35 before rounding");
    assertThat(highRise.detail().orElseThrow().zh()).contains("35.00", "舍入前高于35元");
    // only the 光明区 payment counts: 2,469.00 at least
    assertThat(yuan(r.report().totals().inReach().minimum())).isEqualByComparingTo("2469.00");
  }

  @Test
  void test_highRise_exactlyAtTheCeiling_within() throws IOException {
    // 4,320.75 ÷ 123.45 = 35.00: "不高于" includes it
    MeasureOutcome highRise = run("space-highrise-within", "2023-06-30", RENTS).outcome(HIGH_RISE);
    assertOutcome(highRise, Verdict.ELIGIBLE, "0", "0");
    assertThat(highRise.detail().orElseThrow().en()).contains("35.00", "within 35");
    assertThat(highRise.clauseLabel()).isEqualTo("深工信〔2023〕26号 第3条");
  }

  @Test
  void test_openFacts_rangesAndQuestions() throws IOException {
    CliThreePaths.Result r = run("space-open", "2023-06-30", RENTS);
    // 光明区: the park lease 2,469.00 at least; lease X (50 m²) whose park is not known may add 1,000 more
    MeasureOutcome guangming = r.outcome(GUANGMING);
    assertOutcome(guangming, Verdict.ELIGIBLE, "2469.00", null);
    assertThat(guangming.missingFacts()).containsExactly("/leases/1/districtPark");
    // 创新型产业用房: lease GM's discount not given: 80 × 123.45 × 30% = 2,962.80 (70% off) to 6,913.20 (30% off);
    // lease X, neither its kind nor its reference rent given, leaves the top open
    MeasureOutcome policy = r.outcome(POLICY_RENT);
    assertOutcome(policy, Verdict.ELIGIBLE, "2962.80", null);
    assertThat(policy.missingFacts()).contains("/leases/0/rentDiscount", "/leases/1/innovationSpace");
    // 工业上楼: lease GM is in a project, its rent not given; the firm is within the programme and the rent decides
    // neither the verdict nor an amount (register §4.6 item 51): no fact named
    MeasureOutcome highRise = r.outcome(HIGH_RISE);
    assertOutcome(highRise, Verdict.ELIGIBLE, "0", "0");
    assertThat(highRise.missingFacts()).isEmpty();
    assertThat(highRise.detail().orElseThrow().en()).contains("rent is not given");
    // the first question: the park of lease X, which opens the unbounded 光明区 payment in reach
    assertThat(r.firstQuestion()).isEqualTo("/leases/1/districtPark");
  }

  @Test
  void test_purchase_outputAndTenureAtTheirThresholds() throws IOException {
    // draft 第二十九条: 2022 output 300,000,000.00 ("3亿元以上" includes it); the lease from 2020-07-01 is 3 years old
    // on 2023-06-30 (register §1.6 card 004-29); 专精特新 held: may buy, non-monetary, a draft
    MeasureOutcome eligible = run("space-purchase", "2023-06-30", PURCHASE).outcome(PURCHASE);
    assertOutcome(eligible, Verdict.ELIGIBLE, "0", "0");
    assertThat(eligible.amountKind()).isEqualTo(AmountKind.NON_MONETARY);
    assertThat(eligible.countedInTotal()).isFalse();
    // on 2023-06-29 the tenure is a day short of 3 years
    assertOutcome(run("space-purchase", "2023-06-29", PURCHASE).outcome(PURCHASE), Verdict.INELIGIBLE, "0", "0");
    // on 2024-01-01 the year tested is 2023: 299,999,999.99, a fen short
    assertOutcome(run("space-purchase", "2024-01-01", PURCHASE).outcome(PURCHASE), Verdict.INELIGIBLE, "0", "0");
  }

  @Test
  void test_utility_quarterLateFees_insideAndAfterTheQuarter() throws IOException {
    // 第2条, register §1.2 card 000-2d: E1 10,000 × 0.2% × 31 days (2023-01-01..01-31, paid 02-01) = 620.00;
    // W1 5,000 × 0.1% × 1 day (03-31) = 5.00; G1 overdue from 04-01, outside: 0. Waived 625.00, a fee saved
    CliThreePaths.Result last = run("space-utility", "2023-03-31", UTILITY);
    MeasureOutcome inside = last.outcome(UTILITY);
    assertOutcome(inside, Verdict.ELIGIBLE, "625.00", "625.00");
    assertThat(inside.amountKind()).isEqualTo(AmountKind.FEE_SAVED);
    assertThat(yuan(last.report().totals().inReach().minimum())).isEqualByComparingTo("625.00");
    // on 2023-04-01 the quarter is over: the same 625.00, expired and not counted
    MeasureOutcome after = run("space-utility", "2023-04-01", UTILITY).outcome(UTILITY);
    assertOutcome(after, Verdict.ELIGIBLE, "625.00", "625.00");
    assertThat(after.windowStatus()).isEqualTo(WindowStatus.CLOSED);
    assertThat(after.countedInTotal()).isFalse();
  }

  @Test
  void test_utility_openBillsAndALargeFirm() throws IOException {
    CliThreePaths.Result r = run("space-utility-open", "2023-03-31", UTILITY);
    // W overdue 2023-02-01..02-10 keeps the firm covered; E unpaid or paid at once (0 to 1,000 × 0.2% × 31 = 62.00)
    // and W's rate not given (no upper end): eligible ≥ 0.00, naming both
    MeasureOutcome open = r.outcome(UTILITY);
    assertOutcome(open, Verdict.ELIGIBLE, "0", null);
    assertThat(open.missingFacts()).containsExactly("/utilityBills/0/paidDate", "/utilityBills/1/dailyLateFeeRate");
    // 第2条 "中小微企业": a large firm is out
    assertOutcome(run("space-utility-large", "2023-03-31", UTILITY).outcome(UTILITY), Verdict.INELIGIBLE, "0", "0");
  }

  @Test
  void test_utility_overdueDaysAtTheQuarterEdges() throws IOException {
    // A overdue from 2022-12-01 and paid 2023-01-02: its late days run to the day before payment, so one day in the
    // quarter (2023-01-01): 1,000 × 0.3% × 1 = 3.00; B overdue from 2023-03-31 and paid that day: no late day
    MeasureOutcome days = run("space-utility-days", "2023-03-31", UTILITY).outcome(UTILITY);
    assertOutcome(days, Verdict.ELIGIBLE, "3.00", "3.00");
    // an individual business (个体工商户, named by 第2条 whatever its size), its bill from 2023-03-31 with no paid date:
    // unpaid through the quarter 1,000 × 0.3% × 1 = 3.00 at most; paid the day it fell due, no late day and so no
    // bill overdue in the quarter: undetermined 0 – 3.00, naming the paid date
    MeasureOutcome individual = run("space-utility-individual", "2023-03-31", UTILITY).outcome(UTILITY);
    assertOutcome(individual, Verdict.UNDETERMINED, "0", "3.00");
    assertThat(individual.missingFacts()).containsExactly("/utilityBills/0/paidDate");
  }

  @Test
  void test_guangming_enrolmentExpiry_andACityOnlyRegion() throws IOException {
    // 光明区 "各类科技型企业": the 科技型中小企业 enrolment runs to 2023-06-29, tested on the evaluation date;
    // 20 × 100 m² = 2,000.00 a month on 2023-06-29, nothing on 2023-06-30
    assertOutcome(run("space-guangming-expiry", "2023-06-29", GUANGMING).outcome(GUANGMING), Verdict.ELIGIBLE,
        "2000.00", null);
    assertOutcome(run("space-guangming-expiry", "2023-06-30", GUANGMING).outcome(GUANGMING), Verdict.INELIGIBLE,
        "0", "0");
    // registered as 440300 (深圳市) only: the district is not known, so 光明区's measure is open from zero, naming
    // the region first (register §0.6)
    CliThreePaths.Result city = run("space-city-only", "2023-06-30", GUANGMING, LONGGANG);
    MeasureOutcome guangming = city.outcome(GUANGMING);
    assertOutcome(guangming, Verdict.UNDETERMINED, "0", null);
    assertThat(guangming.missingFacts()).containsExactly("/registrationRegionCode");
    assertThat(city.firstQuestion()).isEqualTo("/registrationRegionCode");
  }

  @Test
  void test_policyRent_mostDiscount_andALeaseBeforeTheValidity() throws IOException {
    // lease A: 50 × 100 m² × (1 − 70%) = 1,500.00 a month; lease B ended 2021-01-31, before the rate's validity
    // (from 2021-02-01), counts nothing (register §4.4 item 28)
    MeasureOutcome policy = run("space-policy-rent-edges", "2023-06-30", POLICY_RENT).outcome(POLICY_RENT);
    assertOutcome(policy, Verdict.ELIGIBLE, "1500.00", "1500.00");
  }

  @Test
  void test_policyRent_discountOutsideTheRange_leftOutNamingTheField() throws IOException {
    // a discount of 29% is outside "优惠30%－70%": the measure is refused naming the field, the others still run,
    // and the command line exits with status 3 so that no script takes the partial total for the whole
    Path file = dir.resolve("bad.json");
    try (InputStream in = getClass().getResourceAsStream("measureaudit/space-policy-rent-bad-discount.json")) {
      Files.write(file, in.readAllBytes());
    }
    HuiqiCliTest.Run text = HuiqiCliTest.run(file.toString(), "--as-of", "2023-06-30", "--measure", POLICY_RENT,
        "--measure", GUANGMING);
    assertThat(text.status()).isEqualTo(3);
    assertThat(text.err()).contains("/leases/0/rentDiscount", "29%");
    HuiqiCliTest.Run json = HuiqiCliTest.run(file.toString(), "--json", "--as-of", "2023-06-30", "--measure",
        POLICY_RENT, "--measure", GUANGMING);
    assertThat(json.status()).isEqualTo(3);
    JsonNode failure = new ObjectMapper().readTree(json.out()).at("/failures/0");
    assertThat(failure.at("/measure").asText()).isEqualTo(POLICY_RENT);
    assertThat(failure.at("/field").asText()).isEqualTo("/leases/0/rentDiscount");
    // both languages name the range and the clause (before, the Chinese read "必须在此范围内：30% to 70%")
    assertThat(failure.at("/message").asText()).contains("must be from 30% to 70%", "答复意见的函 一");
    assertThat(failure.at("/messageZh").asText()).contains("必须在此范围内：30% 至 70%", "答复意见的函 一");
  }
}
