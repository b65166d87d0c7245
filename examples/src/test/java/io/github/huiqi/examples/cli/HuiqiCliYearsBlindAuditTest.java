package io.github.huiqi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An independent QA lead's blind audit of whole-firm evaluations across years: seven enterprise profiles (resources
 * {@code yearsaudit/*.json}) run through the command line with {@code --json} (and the table in zh-CN and en for the
 * totals) on evaluation dates in 2022, 2023, 2024, 2025 and 2026, where windows open and close and the tax reliefs
 * change their rules by year: the 小型微利企业 rates of 2022 (2.5% / 5%), 2023–2024 and 2025–2027 (5%); the small-scale
 * VAT of 2022 (150,000 a month or 450,000 a quarter to 2022-03-31, then exempt) against 2023–2027 (100,000 / 300,000,
 * else 1%); the R&amp;D super deduction by year and kind (75% for a general firm to 2022, 100% for a manufacturer from
 * 2021 and for all from 2023, 120% for an IC firm in 2023–2027); the 小升规 plan of 2022–2024 on both sides of its end;
 * a size class worked out from figures (工信部联企业〔2011〕300号) in manufacturing, software, wholesale and IC; a
 * Shanghai firm and a Shenzhen firm with several measures at once; and a firm that gives only a few facts.
 * <p>
 * Every figure was worked by hand from the seeds, the reference (domain §1.2–§2.14) and the decisions register before
 * the library was run, and is cited beside its assertion. Each profile's counted measures are asserted as a set, so a
 * measure that enters the total unexpectedly fails the test. Every figure of the seven profiles matched; where a first
 * reading of the reference differed (the 1% levy of 2021-04 to 2022-03, which the reference's table §2.11 gives as
 * 3%), the library's pack follows the instruments (2021年第7号 第一条, 2022年第15号). The audit found one fault, fixed
 * with it: an R&amp;D intangible formed after the tax year it is listed in was amortised in that year under the
 * default option (decisions register §4.6 item 108,
 * {@link #test_anIntangibleFormedAfterItsTaxYear_isBadInput_theRestEvaluated}).
 */
class HuiqiCliYearsBlindAuditTest {

  private static final String VAT = "sz-gxj-2023-26.small-scale-vat";
  private static final String SLPE = "sz-gxj-2023-26.small-low-profit-enterprise";
  private static final String RD = "sz-gxj-2023-26.rd-super-deduction";
  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String FEE_REDUCTION = "sz-gxj-2023-26.guarantee-fee-reduction";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String POOL = "sz-gxj-2022-small-to-scale.cultivation-pool";
  private static final String REWARD = "sz-gxj-2022-small-to-scale.small-to-scale-reward";
  private static final String GRANT = "sz-gxj-2022-small-to-scale.technical-renovation-grant";
  private static final String RENOVATION_INTEREST = "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy";
  private static final String SMALL_MICRO_FEE = "sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy";
  private static final String DEMONSTRATION = "sz-gxj-2021-reply-20210370.demonstration-platform-award";
  private static final String SPECIALISED = "sz-gxj-2021-reply-20210370.specialised-award";
  private static final String SH_VAT = "sh-qfb-2023-1.small-scale-vat";
  private static final String SH_SLPE = "sh-qfb-2023-1.small-low-profit-enterprise";
  private static final String SH_RD = "sh-qfb-2023-1.rd-super-deduction";
  private static final String SH_FIRST_LOAN = "sh-qfb-2023-1.first-loan-interest-subsidy";
  private static final String SH_FEE_CEILING = "sh-qfb-2023-1.average-guarantee-fee-ceiling";
  private static final String SIZE = "miit-2011-300.enterprise-size";

  @TempDir
  Path dir;

  /** Copies a profile of {@code yearsaudit/} to the test's folder and returns the file. */
  private Path profile(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("yearsaudit/" + name + ".json")) {
      assertThat(in).as(name).isNotNull();
      return CliAuditFiles.writeAsIs(dir, name + ".json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** The command line's {@code --json} report of a profile on a day; a complete report with no failure. */
  private JsonNode report(String name, String asOf) throws IOException {
    JsonNode report = CliAuditFiles.jsonReport(profile(name), asOf);
    assertThat(report.at("/asOf").asText()).isEqualTo(asOf);
    assertThat(report.at("/complete").asBoolean()).as(name + " complete").isTrue();
    assertThat(report.at("/failures").size()).as(name + " failures").isZero();
    return report;
  }

  /** The command line's table of a profile on a day, in a language. */
  private String table(String name, String asOf, String lang) throws IOException {
    HuiqiCliTest.Run run = HuiqiCliTest.run(profile(name).toString(), "--as-of", asOf, "--lang", lang);
    assertThat(run.status()).as(run.err()).isZero();
    return run.out();
  }

  private static JsonNode outcome(JsonNode report, String measure) {
    return CliAuditFiles.outcome(report, measure);
  }

  /** A measure's verdict, window status, least and most (null: no upper bound) and whether it counts. */
  private static void assertOutcome(JsonNode report, String measure, String verdict, String window, String least,
      String most, boolean counted) {
    JsonNode outcome = outcome(report, measure);
    assertThat(outcome.at("/verdict").asText()).as(measure).isEqualTo(verdict);
    assertThat(outcome.at("/windowStatus").asText()).as(measure).isEqualTo(window);
    assertThat(outcome.at("/amount/minimum/amount").decimalValue()).as(measure + " least")
        .isEqualByComparingTo(least);
    if (most == null) {
      assertThat(outcome.at("/amount/maximum").isMissingNode()).as(measure + " unbounded").isTrue();
    } else {
      assertThat(outcome.at("/amount/maximum/amount").decimalValue()).as(measure + " most")
          .isEqualByComparingTo(most);
    }
    assertThat(outcome.at("/countedInTotal").asBoolean()).as(measure + " counted").isEqualTo(counted);
  }

  /** Eligible at an exact amount in an open window, counted, nothing missing. */
  private static void assertExact(JsonNode report, String measure, String amount) {
    assertOutcome(report, measure, "ELIGIBLE", "OPEN", amount, amount, true);
    assertThat(outcome(report, measure).at("/missingFacts").size()).as(measure + " missing").isZero();
  }

  /** Ineligible at zero, not counted, in the window status given. */
  private static void assertNothing(JsonNode report, String measure, String window) {
    assertOutcome(report, measure, "INELIGIBLE", window, "0", "0", false);
  }

  private static void assertMissing(JsonNode report, String measure, String... facts) {
    List<String> missing = new ArrayList<>();
    outcome(report, measure).at("/missingFacts").forEach(fact -> missing.add(fact.asText()));
    assertThat(missing).as(measure + " missing").containsExactlyInAnyOrder(facts);
  }

  /** The total in reach, least and most (null: no upper bound). */
  private static void assertTotal(JsonNode report, String least, String most) {
    assertThat(report.at("/totals/inReach/minimum/amount").decimalValue()).as("total least")
        .isEqualByComparingTo(least);
    if (most == null) {
      assertThat(report.at("/totals/inReach/maximum").isMissingNode()).as("total unbounded").isTrue();
    } else {
      assertThat(report.at("/totals/inReach/maximum/amount").decimalValue()).as("total most")
          .isEqualByComparingTo(most);
    }
  }

  /** The measures counted in the total, exactly these. */
  private static void assertCounted(JsonNode report, String... measures) {
    List<String> counted = new ArrayList<>();
    report.at("/outcomes").forEach(outcome -> {
      if (outcome.at("/countedInTotal").asBoolean()) {
        counted.add(outcome.at("/measure").asText());
      }
    });
    assertThat(counted).containsExactlyInAnyOrder(measures);
  }

  private static void assertSize(JsonNode report, String verdict, String detailEn) {
    JsonNode size = outcome(report, SIZE);
    assertThat(size.at("/verdict").asText()).isEqualTo(verdict);
    assertThat(size.at("/detail/en").asText()).isEqualTo(detailEn);
    assertThat(size.at("/countedInTotal").asBoolean()).isFalse();
  }

  @Test
  void test_y1_shenzhenGarmentMaker_taxYear2022_vatSlpeRd_sizeFromFigures() throws IOException {
    JsonNode report = report("y1-sz-garments-2022", "2022-12-31");
    // Size (300号 第四条（二） 工业), the prior full year 2021 (register §4.6 item 36): 38 staff (20 ≤ X < 300) and
    // 4,300,000 = 430万 (300 ≤ Y < 2000): small; not medium (X < 300)
    assertSize(report, "ELIGIBLE", "small (2021 figures)");
    // Small-scale VAT, a quarterly filer of 2022 (domain §2.11, pack rows 2022-01..03 and 2022-04..12), saved against
    // the standard 3% (register §4.5 item 35, half-up once):
    //   Q1 400,000 ≤ 450,000 (2021年第11号, to 2022-03-31): exempt, saves 400,000 × 3% = 12,000.00
    //   Q2 460,000: 2022年第15号 exempts all 3%-rate sales from 2022-04-01: saves 460,000 × 3% = 13,800.00
    //   Q3 500,000: exempt, saves 15,000.00
    //   Q4 515,000 VAT-inclusive: 515,000 ÷ 1.03 = 500,000 at 3% = 15,000.00, exempt: saves 15,000.00
    //   12,000 + 13,800 + 15,000 + 15,000 = 55,800.00
    assertExact(report, VAT, "55800");
    // R&D 2022: a manufacturer (section C, 2021年第13号) deducts 100% more: 200,000 × 100% = 200,000 of deduction;
    // saving at the standard 25% (register §1.7 (a)): 200,000 × 25% = 50,000.00
    assertExact(report, RD, "50000");
    // 小型微利企业 2022 on the income after the deduction (register §1.7 (b)): TIa = 1,600,000 − 200,000 = 1,400,000;
    // staff quarter averages 39, 40, 41, 41 → 40.25 ≤ 300, assets 6.2875M ≤ 50M: eligible. Standard 350,000;
    // due = 1,000,000 × 2.5% (2021年第12号) + 400,000 × 5% (2022年第13号) = 25,000 + 20,000 = 45,000;
    // relief 350,000 − 45,000 = 305,000.00
    assertExact(report, SLPE, "305000");
    // 小升规 plan (2022-08-03..2024-12-31, open): prior-year revenue 4,300,000 < 10,000,000: outside the pool's band
    // (第四条, register §1.3 card 001-4a); never in the 规上 database: no first entry, no reward
    assertNothing(report, POOL, "OPEN");
    assertNothing(report, REWARD, "OPEN");
    // 26号's 2023 measures are not yet in force on 2022-12-31; the Shanghai restatements are not the firm's
    // (register §1.7, restated-tax-relief-counted-once)
    assertNothing(report, FIRST_LOAN, "NOT_YET_OPEN");
    assertNothing(report, SH_VAT, "OPEN");
    assertNothing(report, SH_SLPE, "OPEN");
    assertNothing(report, SH_RD, "OPEN");
    // total in reach: 55,800 + 50,000 + 305,000 = 410,800.00
    assertCounted(report, VAT, RD, SLPE);
    assertTotal(report, "410800", "410800");
    assertThat(table("y1-sz-garments-2022", "2022-12-31", "zh")).contains("合计可享：410,800.00 元");
    assertThat(table("y1-sz-garments-2022", "2022-12-31", "en")).contains("Total in reach: 410,800.00 CNY");
  }

  @Test
  void test_y1_sameFirm_in2023_readsTaxYear2022_andSizesOn2022() throws IOException {
    JsonNode report = report("y1-sz-garments-2022", "2023-06-30");
    // the tax year read on 2023-06-30 is the profile's latest not after 2023: 2022 (register §4.6): the same
    // 55,800.00, 50,000.00 and 305,000.00 as above
    assertExact(report, VAT, "55800");
    assertExact(report, RD, "50000");
    assertExact(report, SLPE, "305000");
    // size on the prior full year, now 2022: 40 staff, 4,500,000: small
    assertSize(report, "ELIGIBLE", "small (2022 figures)");
    // 26号 第5条 is open in 2023 but the firm has no loan (loans: [])
    assertNothing(report, FIRST_LOAN, "OPEN");
    assertCounted(report, VAT, RD, SLPE);
    assertTotal(report, "410800", "410800");
  }

  @Test
  void test_y2_shenzhenSoftwareFirm_2024_readsTaxYear2023_otherCostsCap_roundingOfTheRelief() throws IOException {
    JsonNode report = report("y2-sz-software-2024", "2024-06-30");
    // Size (300号 第四条（十二） 软件和信息技术服务业) on 2023: 85 staff (10 ≤ X < 100), 900万 (50 ≤ Y < 1000): small
    assertSize(report, "ELIGIBLE", "small (2023 figures)");
    // R&D, tax year 2023 (latest not after 2024; register §4.6): 100% for all firms (2023年第7号).
    // Other costs capped (财税〔2015〕119号 第一条（一）6): (500,000 + 100,000) × 10% ÷ 90% = 66,666.666… → 66,666.67;
    // 80,000 > 66,666.67, so the base is 600,000 + 66,666.67 = 666,666.67, the deduction 666,666.67;
    // saving 666,666.67 × 25% = 166,666.6675 → 166,666.67 (std 725,000.00 − std of 2,233,333.33 = 558,333.33)
    assertExact(report, RD, "166666.67");
    JsonNode limit = outcome(report, RD).at("/bindingLimit");
    assertThat(limit.at("/code").asText()).isEqualTo("other-costs-cap");
    assertThat(limit.at("/limit/amount").decimalValue()).isEqualByComparingTo("66666.67");
    // 小型微利企业 2023 on TIa = 2,900,000 − 666,666.67 = 2,233,333.33 ≤ 3,000,000 (staff 80, assets 12M):
    // standard 2,233,333.33 × 25% = 558,333.3325 → 558,333.33; due 2,233,333.33 × 5% (2023年第6号 on both slices)
    // = 111,666.6665 → 111,666.67; relief = 558,333.33 − 111,666.67 = 446,666.66 (each tax rounded once, the relief
    // their difference: register §4.5 item 35; not 20% × TIa = 446,666.67)
    assertExact(report, SLPE, "446666.66");
    // a general VAT taxpayer: no small-scale relief; not industrial (section I): no 小升规 pool or reward
    assertNothing(report, VAT, "OPEN");
    assertNothing(report, POOL, "OPEN");
    assertNothing(report, REWARD, "OPEN");
    // 26号's 2023 windows have closed
    assertNothing(report, FIRST_LOAN, "CLOSED");
    // total: 166,666.67 + 446,666.66 = 613,333.33
    assertCounted(report, RD, SLPE);
    assertTotal(report, "613333.33", "613333.33");
    assertThat(table("y2-sz-software-2024", "2024-06-30", "en")).contains("Total in reach: 613,333.33 CNY");
  }

  @Test
  void test_y3_shenzhenScaleUp_2024_rewardGrantInterest_andTheRdDeductionUnlocksTheSlpe() throws IOException {
    JsonNode report = report("y3-sz-scale-up-2024", "2024-06-30");
    // Size on 2023 (工业): 150 staff (20 ≤ X < 300), 2600万 (≥ 2000 but X < 300, so not medium): small
    assertSize(report, "ELIGIBLE", "small (2023 figures)");
    // R&D 2023 (manufacturer and all firms: 100%): other five 1,500,000, cap 166,666.67 ≥ 100,000 other: base
    // 1,600,000, deduction 1,600,000; saving 1,600,000 × 25% = 400,000.00
    assertExact(report, RD, "400000");
    // 小型微利企业: TIb 4,400,000 > 3,000,000 but TIa = 4,400,000 − 1,600,000 = 2,800,000 ≤ 3,000,000 (register
    // §1.7: the relief the deduction unlocks is counted in (b)); staff 150, assets 30M: eligible;
    // 2,800,000 × 25% − 2,800,000 × 5% = 700,000 − 140,000 = 560,000.00
    assertExact(report, SLPE, "560000");
    // 小升规 reward (第四条, 最高20万元): 2021 not in the database, first entry 2022, still in 2023 with revenue
    // 26,000,000 > 22,000,000: eligible, up to 200,000 (the authority fixes the figure; register §4.4 item 29)
    assertOutcome(report, REWARD, "ELIGIBLE", "OPEN", "0", "200000", true);
    assertThat(outcome(report, REWARD).at("/detail/en").asText())
        .isEqualTo("first entered the above-scale industry database in 2022");
    // cultivation pool: prior-year (2023) revenue 26,000,000 ≥ 20,000,000: outside 1000至2000万元
    assertNothing(report, POOL, "OPEN");
    // renovation grant (第十条): 智能化改造 at maturity level 3 → 不超过16%; fixed assets 9M / 10M = 90% ≥ 80%,
    // equipment 7M / 9M ≈ 77.8% ≥ 70%: up to 16% × 10,000,000 = 1,600,000 (below the 5000万 cap)
    assertOutcome(report, GRANT, "ELIGIBLE", "OPEN", "0", "1600000", true);
    // renovation interest: 50% × 183,000 paid for 2023-07-01..2024-01-01, within 3 years of the subsidy start
    // (register §4.1 item 9): 91,500.00 (≤ 5,000,000)
    assertExact(report, RENOVATION_INTEREST, "91500");
    // total: least 400,000 + 560,000 + 91,500 = 1,051,500; most + 200,000 + 1,600,000 = 2,851,500
    assertCounted(report, RD, SLPE, REWARD, GRANT, RENOVATION_INTEREST);
    assertTotal(report, "1051500", "2851500");
    assertThat(table("y3-sz-scale-up-2024", "2024-06-30", "zh")).contains("合计可享：1,051,500.00 – 2,851,500.00 元");
  }

  @Test
  void test_y3_sameFirm_on2025_01_01_thePlanHasClosed_theTaxYearStill2023() throws IOException {
    JsonNode report = report("y3-sz-scale-up-2024", "2025-01-01");
    // the 2022–2024 plan ended 2024-12-31: the same figures, expired, not counted
    assertOutcome(report, REWARD, "ELIGIBLE", "CLOSED", "0", "200000", false);
    assertOutcome(report, GRANT, "ELIGIBLE", "CLOSED", "0", "1600000", false);
    assertOutcome(report, RENOVATION_INTEREST, "ELIGIBLE", "CLOSED", "91500", "91500", false);
    // tax year: the latest not after 2025 is 2023 (no 2024 given): 400,000.00 and 560,000.00 as before
    assertExact(report, RD, "400000");
    assertExact(report, SLPE, "560000");
    // size on 2024, a year the profile does not give: undetermined, naming /years
    assertThat(outcome(report, SIZE).at("/verdict").asText()).isEqualTo("UNDETERMINED");
    assertMissing(report, SIZE, "/years");
    assertCounted(report, RD, SLPE);
    assertTotal(report, "960000", "960000");
  }

  @Test
  void test_y4_shanghaiWholesaler_2022_firstLoanAndSlpe_underTheShanghaiNotice() throws IOException {
    JsonNode report = report("y4-sh-wholesale-2022", "2022-11-30");
    // Size (300号 第四条（四） 批发业) on 2021: 18 staff (5 ≤ X < 20), 3000万 (1000 ≤ Y < 5000): small
    assertSize(report, "ELIGIBLE", "small (2021 figures)");
    // 沪企服办〔2023〕1号 第十五条 (open from 2022-10-01): a first 普惠 loan drawn 2022-11-15 in 2022年第四季度,
    // through the policy fund, a Shanghai lender; 2% over 12 months from drawdown or to maturity, the earlier
    // (register §4.1 item 5): 2022-11-15 → 2023-05-15 = 30+31+31+28+31+30 = 181 days, ACT/360 (item 1):
    // 3,000,000 × 2% × 181 / 360 = 30,166.666… → 30,166.67 (≤ 200,000)
    assertExact(report, SH_FIRST_LOAN, "30166.67");
    // 第十五条's fee ceiling is for 2023 (not yet in force) and a counterparty's figure, never counted:
    // 2023-01-01 → 2023-05-15: 4 months + 14 days: 3,000,000 × 1% × (4/12 + 14/360) = 10,000 + 1,166.67 = 11,166.67
    assertOutcome(report, SH_FEE_CEILING, "ELIGIBLE", "NOT_YET_OPEN", "11166.67", "11166.67", false);
    // 第二十二条 小型微利企业, tax year 2022: 2,600,000 ≤ 3M, 18 staff, 9M assets:
    // standard 650,000; due 1,000,000 × 2.5% + 1,600,000 × 5% = 25,000 + 80,000 = 105,000; relief 545,000.00
    assertExact(report, SH_SLPE, "545000");
    // R&D: 批发和零售业 (section F) is on the negative list (财税〔2015〕119号 第四条): nothing; not a small-scale
    // taxpayer: no VAT relief; the Shenzhen restatements are not the firm's
    assertNothing(report, SH_RD, "OPEN");
    assertNothing(report, SH_VAT, "OPEN");
    assertNothing(report, SLPE, "OPEN");
    assertNothing(report, RD, "OPEN");
    // total: 30,166.67 + 545,000 = 575,166.67
    assertCounted(report, SH_FIRST_LOAN, SH_SLPE);
    assertTotal(report, "575166.67", "575166.67");
    assertThat(table("y4-sh-wholesale-2022", "2022-11-30", "zh")).contains("合计可享：575,166.67 元");
  }

  @Test
  void test_y4_sameFirm_on2024_01_01_theFirstLoanExpired_theReliefReadsTaxYear2022() throws IOException {
    JsonNode report = report("y4-sh-wholesale-2022", "2024-01-01");
    // 第十五条 ended 2023-12-31: not counted (the size, on 2023 figures not given, leaves it open: 0 – 30,166.67)
    JsonNode firstLoan = outcome(report, SH_FIRST_LOAN);
    assertThat(firstLoan.at("/windowStatus").asText()).isEqualTo("CLOSED");
    assertThat(firstLoan.at("/countedInTotal").asBoolean()).isFalse();
    assertThat(firstLoan.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("30166.67");
    // the latest tax year not after 2024 is 2022: 545,000.00 still
    assertExact(report, SH_SLPE, "545000");
    assertCounted(report, SH_SLPE);
    assertTotal(report, "545000", "545000");
  }

  @Test
  void test_y5_aFirmGivingFewFacts_2025_theVatExact_theRestOpen() throws IOException {
    JsonNode report = report("y5-sz-sparse-2025", "2025-03-31");
    // a monthly filer of 2025 (2023年第19号: 100,000 a month, else 1%):
    //   January 120,000 > 100,000: 1%, saves (3% − 1%) × 120,000 = 2,400.00
    //   February 80,000 ≤ 100,000: exempt, saves 3% × 80,000 = 2,400.00 → 4,800.00
    assertExact(report, VAT, "4800");
    // 小型微利企业: taxable income not given: 0 up to the relief at the 3,000,000 limit under 2025's rates (register
    // §1.7): 3,000,000 × 25% − 3,000,000 × 5% = 600,000.00; the industry's restriction and the quarters not given
    assertOutcome(report, SLPE, "UNDETERMINED", "OPEN", "0", "600000", true);
    assertMissing(report, SLPE, "/years/0/taxableIncomeBeforeRd", "/restrictedOrProhibitedIndustry",
        "/years/0/quarters");
    // R&D 2025: every firm off the negative list (I6513 is not on it), legal form read as an enterprise (register
    // §0.3): eligible from 0, no upper bound while the income and the R&D are not given (register §4.6 item 42)
    assertOutcome(report, RD, "ELIGIBLE", "OPEN", "0", null, true);
    // size on 2024, not given: undetermined
    assertMissing(report, SIZE, "/years");
    // the demonstration platform's one-off 500,000 (reply letter 三) waits on /grantEvents
    assertOutcome(report, DEMONSTRATION, "UNDETERMINED", "OPEN", "0", "500000", true);
    assertOutcome(report, SPECIALISED, "UNDETERMINED", "OPEN", "0", null, true);
    // 26号's 2023 measures have expired: the first-loan subsidy's range is not counted
    assertThat(outcome(report, FIRST_LOAN).at("/countedInTotal").asBoolean()).isFalse();
    // the least in reach is the VAT saved, 4,800.00; no upper bound
    assertTotal(report, "4800", null);
    assertThat(table("y5-sz-sparse-2025", "2025-03-31", "en")).contains("Total in reach: ≥ 4,800.00 CNY");
  }

  @Test
  void test_y6_shenzhenIcMaker_2026_readsTaxYear2025_120percent_andTheIntangible() throws IOException {
    JsonNode report = report("y6-sz-ic-2026", "2026-06-30");
    // Size on 2025 (工业): 420 staff (300 ≤ X < 1000) and 18000万 (2000 ≤ Y < 40000): medium
    assertSize(report, "ELIGIBLE", "medium (2025 figures)");
    // R&D 2025, an IC enterprise (2023年第44号, 2023–2027): 120% extra, intangibles at 220%.
    // Other five 10,000,000; cap 10,000,000 × 10% ÷ 90% = 1,111,111.11 < 1,500,000: base 11,111,111.11;
    // expensed extra 11,111,111.11 × 120% = 13,333,333.332; intangible 2,400,000 ÷ 120 months × 12 = 240,000 a
    // year, extra 120% = 288,000; deduction 13,621,333.33; saving × 25% = 3,405,333.33
    assertExact(report, RD, "3405333.33");
    assertThat(outcome(report, RD).at("/bindingLimit/limit/amount").decimalValue())
        .isEqualByComparingTo("1111111.11");
    // 小型微利企业: TIa = 20,000,000 − 13,621,333.33 = 6,378,666.67 > 3,000,000 and 420 staff > 300: ineligible
    assertNothing(report, SLPE, "OPEN");
    // no loans: the tech-SME subsidy (open since 2020-02-28) has nothing to pay
    assertNothing(report, TECH_SME, "OPEN");
    // the 小升规 plan has closed; its reward is open on the years before 2025 (not given), never counted
    assertOutcome(report, REWARD, "UNDETERMINED", "CLOSED", "0", "200000", false);
    assertCounted(report, RD);
    assertTotal(report, "3405333.33", "3405333.33");
    assertThat(table("y6-sz-ic-2026", "2026-06-30", "zh")).contains("合计可享：3,405,333.33 元");
  }

  /** A figure of a year: the measure's verdict and exact amount on the year's last day. */
  private void assertYear(String name, String profile, int year, String measure, String verdict, String amount)
      throws IOException {
    Path file = CliAuditFiles.write(dir, name + ".json", profile);
    JsonNode outcome = outcome(CliAuditFiles.jsonReport(file, year + "-12-31", measure), measure);
    assertThat(outcome.at("/verdict").asText()).as(name).isEqualTo(verdict);
    assertThat(outcome.at("/amount/minimum/amount").decimalValue()).as(name).isEqualByComparingTo(amount);
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).as(name).isEqualByComparingTo(amount);
    assertThat(outcome.at("/missingFacts").size()).as(name).isZero();
  }

  @Test
  void test_rdSuperDeduction_theRateOfEachTaxYearAndKind() throws IOException {
    // taxable income 10,000,000 (never floored), expensed R&D 100,000, and an intangible of 1,200,000 over 120
    // months formed in 2015, 12 months in the year: 120,000 amortised; saving = extra rate × 220,000 × 25%
    // (domain §2.13; register §4.5 item 34: the kinds from the enrolment in the year and the industry's section C)
    String costs = "{'personnel': {'amount': 100000, 'currency': 'CNY'}, 'directInputs': {'amount': 0, 'currency':"
        + " 'CNY'}, 'depreciation': {'amount': 0, 'currency': 'CNY'}, 'intangibleAmortisation': {'amount': 0,"
        + " 'currency': 'CNY'}, 'newProductDesign': {'amount': 0, 'currency': 'CNY'}, 'otherRelated': {'amount': 0,"
        + " 'currency': 'CNY'}}";
    String template = "{'registrationRegionCode': '440305', 'industryCode': '%s', 'techSme': %s, 'icOrMachineTool':"
        + " %s, 'years': [{'year': %d, 'taxableIncomeBeforeRd': {'amount': 10000000, 'currency': 'CNY'},"
        + " 'rdExpensedCosts': " + costs + ", 'rdIntangibles': [{'cost': {'amount': 1200000, 'currency': 'CNY'},"
        + " 'amortisationMonths': 120, 'monthsInYear': 12, 'yearFormed': 2015}]}]}";
    String none = "{'held': false}";
    String enrolled = "{'held': true, 'since': '2017-03-01'}";
    Object[][] cases = {
        // 2016–2017 general (财税〔2015〕119号): 50% → 110,000 × 25% = 27,500.00
        {2016, "I6513", none, false, "27500"}, {2017, "I6513", none, false, "27500"},
        // 2017 tech SME (财税〔2017〕34号): 75% → 41,250.00; 2018–2022 general (财税〔2018〕99号): 75%
        {2017, "I6513", enrolled, false, "41250"}, {2018, "I6513", none, false, "41250"},
        {2022, "I6513", none, false, "41250"},
        // 2021 tech SME still 75% (2022年第16号 from 2022); 2022 tech SME 100% → 55,000.00
        {2021, "I6513", enrolled, false, "41250"}, {2022, "I6513", enrolled, false, "55000"},
        // from 2023 every firm 100% (2023年第7号, no end): 2023, 2028
        {2023, "I6513", none, false, "55000"}, {2028, "I6513", none, false, "55000"},
        // a manufacturer and IC firm: 75% in 2020, 100% from 2021 (2021年第13号), 120% in 2023–2027
        // (2023年第44号) → 66,000.00, back to 100% in 2028
        {2020, "C3973", none, true, "41250"}, {2021, "C3973", none, true, "55000"},
        {2023, "C3973", none, true, "66000"}, {2027, "C3973", none, true, "66000"},
        {2028, "C3973", none, true, "55000"}};
    for (Object[] c : cases) {
      String name = "rd-" + c[0] + "-" + c[1] + "-" + c[2].hashCode() + "-" + c[3];
      assertYear(name, String.format(template, c[1], c[2], c[3], c[0]), (Integer) c[0], RD, "ELIGIBLE",
          (String) c[4]);
    }
    // 批发业 (F5179) is on the negative list (财税〔2015〕119号 第四条): nothing in any year
    assertYear("rd-wholesale", String.format(template, "F5179", none, false, 2023), 2023, RD, "INELIGIBLE", "0");
  }

  @Test
  void test_smallLowProfit_theRatesOfEachTaxYear_andTheLimit() throws IOException {
    // 50 staff and 10,000,000 of assets each quarter, no R&D; relief = TI × 25% − due (domain §2.12)
    String quarter = "{'quarter': %d, 'employeesAtStart': 50, 'employeesAtEnd': 50, 'totalAssetsAtStart': {'amount':"
        + " 10000000, 'currency': 'CNY'}, 'totalAssetsAtEnd': {'amount': 10000000, 'currency': 'CNY'}}";
    String quarters = String.format(quarter, 1) + ", " + String.format(quarter, 2) + ", " + String.format(quarter, 3)
        + ", " + String.format(quarter, 4);
    String template = "{'registrationRegionCode': '440305', 'industryCode': 'I6513', 'registrationDate': '2010-01-01',"
        + " 'restrictedOrProhibitedIndustry': false, 'icOrMachineTool': false, 'years': [{'year': %d,"
        + " 'taxableIncomeBeforeRd': {'amount': %s, 'currency': 'CNY'}, 'rdExpensedCosts': {'personnel': {'amount': 0,"
        + " 'currency': 'CNY'}, 'directInputs': {'amount': 0, 'currency': 'CNY'}, 'depreciation': {'amount': 0,"
        + " 'currency': 'CNY'}, 'intangibleAmortisation': {'amount': 0, 'currency': 'CNY'}, 'newProductDesign':"
        + " {'amount': 0, 'currency': 'CNY'}, 'otherRelated': {'amount': 0, 'currency': 'CNY'}}, 'rdIntangibles': [],"
        + " 'quarters': [" + quarters + "]}]}";
    Object[][] cases = {
        // TI 1,500,000, standard 375,000:
        // 2019–2020 (财税〔2019〕13号): 1M × 5% + 0.5M × 10% = 100,000 → 275,000.00
        {2019, "1500000", "275000"}, {2020, "1500000", "275000"},
        // 2021 (2021年第12号): 1M × 2.5% + 0.5M × 10% = 75,000 → 300,000.00
        {2021, "1500000", "300000"},
        // 2022 (2021年第12号 and 2022年第13号): 1M × 2.5% + 0.5M × 5% = 50,000 → 325,000.00
        {2022, "1500000", "325000"},
        // 2023–2024 (2023年第6号) and 2025–2027 (2023年第12号): 5% on the whole: 75,000 → 300,000.00
        {2023, "1500000", "300000"}, {2025, "1500000", "300000"}, {2027, "1500000", "300000"},
        // 2022 at the limit 3,000,000 (含): 750,000 − (25,000 + 2,000,000 × 5%) = 625,000.00
        {2022, "3000000", "625000"}};
    for (Object[] c : cases) {
      assertYear("slpe-" + c[0] + "-" + c[1], String.format(template, c[0], c[1]), (Integer) c[0], SLPE, "ELIGIBLE",
          (String) c[2]);
    }
    // a fen over the limit: no relief on any part (the cliff)
    assertYear("slpe-over", String.format(template, 2022, "3000000.01"), 2022, SLPE, "INELIGIBLE", "0");
  }

  @Test
  void test_smallScaleVat_eachPeriodAcrossTheChangesOfRules() throws IOException {
    // one filing period each; saved against the standard 3% (register §4.6 item 78), half-up to the fen
    String template = "{'registrationRegionCode': '440305', 'industryCode': 'I6513', 'smallScaleTaxpayer': true,"
        + " 'years': [{'year': %d, 'vatPeriods': [{'period': {'year': %d, '%s': %d}, 'sales': {'amount': %s,"
        + " 'currency': 'CNY'}, 'salesBasis': '%s'}]}]}";
    Object[][] cases = {
        // 2020-03 (2020年第13号, 1% outside Hubei): 100,001 over 100,000: saves 2% = 2,000.02
        {2020, "month", 3, "100001", "EXCLUDING_VAT", "2000.02"},
        // 2021-Q1 (300,000 a quarter, 含本数): exempt, 9,000.00; a yuan over: 1%, 6,000.02
        {2021, "quarter", 1, "300000", "EXCLUDING_VAT", "9000"}, {2021, "quarter", 1, "300001", "EXCLUDING_VAT",
            "6000.02"},
        // 2021-Q2 (2021年第11号: 450,000 a quarter): exempt, 13,500.00; 2021-04 150,000 a month: 4,500.00
        {2021, "quarter", 2, "450000", "EXCLUDING_VAT", "13500"}, {2021, "month", 4, "150000", "EXCLUDING_VAT", "4500"},
        // 2022-03 over 150,000: 1% still (2021年第7号 第一条 extended to 2022-03-31 by 2022年第15号): 2% of
        // 150,000.01 = 3,000.0002 → 3,000.00; 2022-Q1 450,001: 9,000.02
        {2022, "month", 3, "150000.01", "EXCLUDING_VAT", "3000"}, {2022, "quarter", 1, "450001", "EXCLUDING_VAT",
            "9000.02"},
        // 2022-04 (2022年第15号: every 3%-rate sale exempt): 824,000 VAT-inclusive ÷ 1.03 = 800,000 × 3% = 24,000.00
        {2022, "month", 4, "824000", "INCLUDING_VAT", "24000"},
        // 2023-01: 101,000 inclusive ÷ 1.01 = 100,000 (含本数): exempt, saves 101,000 ÷ 1.03 × 3% = 2,941.75;
        // 102,000 inclusive ÷ 1.01 = 100,990.10: 1%, VAT 1,009.90; standard 2,970.87; saves 1,960.97
        {2023, "month", 1, "101000", "INCLUDING_VAT", "2941.75"}, {2023, "month", 1, "102000", "INCLUDING_VAT",
            "1960.97"},
        // 2026-Q4 (2023年第19号): 300,000.01: 1%, 6,000.0002 → 6,000.00
        {2026, "quarter", 4, "300000.01", "EXCLUDING_VAT", "6000"}};
    for (Object[] c : cases) {
      String name = "vat-" + c[0] + "-" + c[1] + c[2] + "-" + c[3];
      assertYear(name, String.format(template, c[0], c[0], c[1], c[2], c[3], c[4]), (Integer) c[0], VAT, "ELIGIBLE",
          (String) c[5]);
    }
    // 2019-05 (财税〔2019〕13号, 3%): 100,001 over 100,000 is taxed at the standard rate: nothing saved
    assertYear("vat-2019", String.format(template, 2019, 2019, "month", 5, "100001", "EXCLUDING_VAT"), 2019, VAT,
        "INELIGIBLE", "0");
  }

  @Test
  void test_anIntangibleFormedAfterItsTaxYear_isBadInput_theRestEvaluated() throws IOException {
    // found by this audit (decisions register §4.6 item 108): a 2024 year listing an R&D intangible formed in 2025
    // was read as an intangible of an earlier year and its amortisation deducted (1,200 ÷ 120 × 12 = 120 at 100%:
    // 30.00 more saved); it is now refused naming the field and the value, the two measures that read it reported
    // as failures (exit status 3), the rest evaluated
    String year = "{'year': 2024, 'taxableIncomeBeforeRd': {'amount': 100000, 'currency': 'CNY'},"
        + " 'rdExpensedCosts': {'personnel': {'amount': 100, 'currency': 'CNY'}, 'directInputs': {'amount': 0,"
        + " 'currency': 'CNY'}, 'depreciation': {'amount': 0, 'currency': 'CNY'}, 'intangibleAmortisation':"
        + " {'amount': 0, 'currency': 'CNY'}, 'newProductDesign': {'amount': 0, 'currency': 'CNY'}, 'otherRelated':"
        + " {'amount': 0, 'currency': 'CNY'}}, 'rdIntangibles': [{'cost': {'amount': 1200, 'currency': 'CNY'},"
        + " 'monthsInYear': 12, 'yearFormed': %d}]}";
    String firm = "{'registrationRegionCode': '440305', 'industryCode': 'I6513', 'icOrMachineTool': false,"
        + " 'years': [" + year + "]}";
    Path later = CliAuditFiles.write(dir, "formed-later.json", String.format(firm, 2025));
    HuiqiCliTest.Run run = HuiqiCliTest.run(later.toString(), "--json", "--as-of", "2024-06-30");
    assertThat(run.status()).as(run.err()).isEqualTo(3);
    assertThat(run.err()).contains("/years/0/rdIntangibles/0/yearFormed");
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.at("/complete").asBoolean()).isFalse();
    List<String> failed = new ArrayList<>();
    report.at("/failures").forEach(failure -> {
      failed.add(failure.at("/measure").asText());
      assertThat(failure.at("/field").asText()).isEqualTo("/years/0/rdIntangibles/0/yearFormed");
      assertThat(failure.at("/value").asText()).isEqualTo("2025");
    });
    assertThat(failed).containsExactlyInAnyOrder(RD, SLPE);
    // the same intangible formed in 2024 is the year's: expensed 100 + amortised 1,200 × 12 ÷ 120 = 120, both at
    // 100% (2023年第7号; not an IC firm): 220 of deduction, saving 220 × 25% = 55.00
    Path same = CliAuditFiles.write(dir, "formed-same.json", String.format(firm, 2024));
    assertExact(CliAuditFiles.jsonReport(same, "2024-06-30", RD), RD, "55");
  }

  @Test
  void test_y7_shenzhenTechSme_2024_interestAcrossYears_feesAndTheReplyLettersSubsidy() throws IOException {
    JsonNode report = report("y7-sz-tech-sme-loans-2024", "2024-03-31");
    // Size on 2023 (software): 60 staff (10 ≤ X < 100): small (medium needs X ≥ 100)
    assertSize(report, "ELIGIBLE", "small (2023 figures)");
    // 26号 第13条 with the 2020 programme (domain §2.3; register §4.1 items 7 and 8): enrolled 2021-06-01..2026-06-30,
    // not a first-time borrower: 50% of interest arising outside 2023, 80% (50 + 30 points) of interest arising in it.
    //   I1 L1 2022-07-01..2023-01-01, 102,222.22, all in 2022: 50% = 51,111.11
    //   I2 L1 2023-01-01..2023-07-01, 100,555.56, all in 2023: 80% = 80,444.448
    //   I3 L2 2023-03-01..2024-03-01 (366 days), 73,200.00: 306 days in 2023 → 61,200.00 at 80% = 48,960.00;
    //      60 days in 2024 → 12,000.00 at 50% = 6,000.00
    //   G1 guarantee fee 20,000.00 at 50% = 10,000.00 (≤ 300,000 a year)
    //   51,111.11 + 80,444.448 + 48,960 + 6,000 + 10,000 = 196,515.558 → 196,515.56 (≤ 1,000,000 a year)
    assertExact(report, TECH_SME, "196515.56");
    // reply letter 二 (domain §2.4): loans drawn in the year before the evaluation date (2023: L2; register §2.4),
    // ≤ 3,000,000, a Shenzhen guarantor, fee rate 1% ≤ 50% × 3.65%: 30% × 20,000 = 6,000.00; with the tech-SME
    // 贴保 both count (register §4.4 item 25, COUNT_BOTH)
    assertExact(report, SMALL_MICRO_FEE, "6000");
    // 26号 第6条 (2023, expired): 2,000,000 × (2% − 1%) × 12 months = 20,000.00 saved, not counted
    assertOutcome(report, FEE_REDUCTION, "ELIGIBLE", "CLOSED", "20000", "20000", false);
    // no 2023 first drawdown of a first contract: no first-loan subsidy
    assertNothing(report, FIRST_LOAN, "CLOSED");
    // tax year 2023: 5,000,000 > 3,000,000, no R&D spent: 小型微利企业 ineligible, R&D eligible at 0.00
    assertNothing(report, SLPE, "OPEN");
    assertExact(report, RD, "0");
    // total: 196,515.56 + 6,000 + 0 = 202,515.56
    assertCounted(report, TECH_SME, SMALL_MICRO_FEE, RD);
    assertTotal(report, "202515.56", "202515.56");
    assertThat(table("y7-sz-tech-sme-loans-2024", "2024-03-31", "en")).contains("Total in reach: 202,515.56 CNY");
  }
}
