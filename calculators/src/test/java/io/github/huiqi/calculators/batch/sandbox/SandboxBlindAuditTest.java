package io.github.huiqi.calculators.batch.sandbox;

import static io.github.huiqi.calculators.batch.screening.ScreeningBlindAuditPopulation.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.batch.screening.ScreeningBlindAuditPopulation;
import io.github.huiqi.calculators.batch.screening.ScreeningFirm;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.employment.hiring.HiringMeasure;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.time.DateRange;
import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A blind, hand-worked audit of the policy sandbox (政策沙盘) over the twelve lines of
 * {@link ScreeningBlindAuditPopulation} as of 2023-07-15, under four changes a policy office would try: the Shenzhen
 * first-loan subsidy's rate 2% → 3%, its cap 200,000 → 300,000, its window 2023年1-3月 moved to 2023-02-01 ..
 * 2023-04-30, and the rate with the Shanghai hiring subsidy's 2,000 → 3,000 a hire. Worked before the sandbox's code
 * was read, from 深工信〔2023〕26号 第5条 (ACT/360, at most 6 months, each loan rounded half-up once: register §4.1
 * item 1, §4.5 item 35) and 沪企服办〔2023〕1号 第十九条.
 * <p>
 * The first-loan subsidy under the packs (see {@code ScreeningBlindAuditTest}): SZ-A 50,277.78 (181 days), SZ-B
 * 200,000.00 (255,555.56 capped), SZ-C 0 – 20,111.11 (its use open), U-J 0 – 10,222.22 (its region open), SZ-N
 * 10,222.22 (184 days), SZ-K nothing (drawn 2023-04-03); certain 260,500.00, in reach 290,833.33. A firm's amount in
 * reach is its most, and a firm gains when it rises, loses when it falls.
 */
class SandboxBlindAuditTest {

  private static final MeasureId FIRST_LOAN = FirstLoanMeasure.SHENZHEN_2023.id();
  private static final MeasureId HIRING = HiringMeasure.SHANGHAI_2023.id();
  private static final PolicyData DATA = PolicyData.builtIn();
  private static final EntitlementEngine BASELINE = EntitlementEngine.builtIn();
  /** The pack's window, 2023年1-3月. */
  private static final DateRange Q1 = DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31));

  private static List<EnterpriseProfile> profiles() {
    return ScreeningBlindAuditPopulation.profiles();
  }

  private static FirstLoanMeasure firstLoan(String rate, String cap, DateRange window) {
    FirstLoanMeasure f = DATA.getMeasure(FirstLoanMeasure.SHENZHEN_2023);
    return new FirstLoanMeasure(f.id(), f.clause(), f.documentStatus(), f.title(),
        f.firstLoanWindow().withValue(window), f.region(), f.annualSubsidyRate().withValue(Rate.parse(rate)),
        f.maximumSubsidyMonths(), f.minimumUseMonths(), f.minimumLoanRate(),
        f.capPerEnterprise().withValue(Cny.of(cap)), f.dayCount(), f.rounding(), f.implementingRules());
  }

  /** The NDJSON lines as a platform reads its file. */
  private static Iterator<String> lines() {
    return new BufferedReader(new StringReader(ScreeningBlindAuditPopulation.ndjson())).lines().iterator();
  }

  /** The sandbox over the NDJSON lines; the same report as over the profiles the platform read (failures apart). */
  private static SandboxReport compare(PolicyData changed) {
    EntitlementEngine engine = EntitlementEngine.of(Catalog.of(changed));
    SandboxReport report = SandboxRun.compareJson(BASELINE, engine, lines(), AS_OF, firm -> { });
    assertThat(SandboxRun.compare(BASELINE, engine, profiles().iterator(), AS_OF)).isEqualTo(report);
    return report;
  }

  private static void assertMeasure(SandboxReport report, MeasureId measure, String certainBefore,
      String certainAfter, String inReachBefore, String inReachAfter, long gainers, long losers,
      long eligibleBefore, long eligibleAfter) {
    SandboxMeasureDelta d = report.measure(measure).orElseThrow();
    assertThat(List.of(d.certainBefore(), d.certainAfter(), d.inReachBefore(), d.inReachAfter()))
        .as(measure.toString()).containsExactly(Cny.of(certainBefore), Cny.of(certainAfter), Cny.of(inReachBefore),
            Cny.of(inReachAfter));
    assertThat(List.of(d.gainers(), d.losers(), d.eligibleBefore(), d.eligibleAfter())).as(measure.toString())
        .containsExactly(gainers, losers, eligibleBefore, eligibleAfter);
  }

  private static void assertGroup(List<SandboxGroupDelta> groups, String group, long firms, long gainers,
      long losers, String change) {
    SandboxGroupDelta g = groups.stream().filter(x -> x.group().equals(group)).findFirst().orElseThrow();
    assertThat(List.of(g.firms(), g.gainers(), g.losers())).as(group).containsExactly(firms, gainers, losers);
    assertThat(g.inReachChange()).as(group).isEqualTo(Cny.of(change));
  }

  /** Every measure but those named is unchanged: no amount moved, no firm gained or lost. */
  private static void assertOthersUnchanged(SandboxReport report, MeasureId... changed) {
    List<MeasureId> named = List.of(changed);
    assertThat(report.measures()).filteredOn(d -> !named.contains(d.measure())).allSatisfy(d -> {
      assertThat(d.certainChange().isZero() && d.inReachChange().isZero()).as(d.measure().toString()).isTrue();
      assertThat(d.gainers() + d.losers()).as(d.measure().toString()).isZero();
    });
  }

  @Test
  void rate2To3Percent_theCostByMeasure_theGainers_andTheSplitBySizeAndDistrict() {
    SandboxReport report = compare(DATA.withMeasure(firstLoan("3%", "200000", Q1)));

    // at 3%: A 5,000,000 × 3% × 181/360 = 75,416.67 (+25,138.89); B 383,333.33, still capped at 200,000.00 (+0);
    // C most 2,000,000 × 3% × 181/360 = 30,166.67 (+10,055.56); J most and N 1,000,000 × 3% × 184/360 = 15,333.33
    // (+5,111.11 each). Certain 75,416.67 + 200,000.00 + 15,333.33 = 290,750.00 (+30,250.00); in reach
    // + 30,166.67 + 15,333.33 = 336,250.00 (+45,416.67); gainers A, C, J, N
    assertThat(report.firms()).isEqualTo(12);
    assertMeasure(report, FIRST_LOAN, "260500.00", "290750.00", "290833.33", "336250.00", 4, 0, 3, 3);
    assertThat(report.measure(FIRST_LOAN).orElseThrow().certainChange()).isEqualTo(Cny.of("30250.00"));
    assertThat(report.measure(FIRST_LOAN).orElseThrow().inReachChange()).isEqualTo(Cny.of("45416.67"));
    assertOthersUnchanged(report, FIRST_LOAN);
    // by size: MEDIUM C +10,055.56; SMALL A, D, E, J, F, G, H, K, N: A + J + N = 35,361.11; MICRO B, capped: 0;
    // the line that is no profile has no size: unknown
    assertThat(report.bySize()).extracting(SandboxGroupDelta::group)
        .containsExactly("MEDIUM", "SMALL", "MICRO", "unknown");
    assertGroup(report.bySize(), "MEDIUM", 1, 1, 0, "10055.56");
    assertGroup(report.bySize(), "SMALL", 9, 3, 0, "35361.11");
    assertGroup(report.bySize(), "MICRO", 1, 0, 0, "0.00");
    assertGroup(report.bySize(), "unknown", 1, 0, 0, "0.00");
    // by district: 南山 440305 A, F, G, K; 宝安 440306 B, N; 龙岗 440307 C; 徐汇 310104 H; 浦东 310115 D; unknown E,
    // J and the bad line
    assertThat(report.byDistrict()).extracting(SandboxGroupDelta::group)
        .containsExactly("310104", "310115", "440305", "440306", "440307", "unknown");
    assertGroup(report.byDistrict(), "440305", 4, 1, 0, "25138.89");
    assertGroup(report.byDistrict(), "440306", 2, 1, 0, "5111.11");
    assertGroup(report.byDistrict(), "440307", 1, 1, 0, "10055.56");
    assertGroup(report.byDistrict(), "310115", 1, 0, 0, "0.00");
    assertGroup(report.byDistrict(), "310104", 1, 0, 0, "0.00");
    assertGroup(report.byDistrict(), "unknown", 3, 1, 0, "5111.11");
  }

  @Test
  void cap200000To300000_onlyTheCappedFirmGains() {
    SandboxReport report = compare(DATA.withMeasure(firstLoan("2%", "300000", Q1)));

    // B's 255,555.56 now within the cap: +55,555.56; nobody else reaches 200,000
    assertMeasure(report, FIRST_LOAN, "260500.00", "316055.56", "290833.33", "346388.89", 1, 0, 3, 3);
    assertOthersUnchanged(report, FIRST_LOAN);
    assertGroup(report.bySize(), "MICRO", 1, 1, 0, "55555.56");
    assertGroup(report.bySize(), "SMALL", 9, 0, 0, "0.00");
    assertGroup(report.bySize(), "MEDIUM", 1, 0, 0, "0.00");
    assertGroup(report.byDistrict(), "440306", 2, 1, 0, "55555.56");
  }

  @Test
  void windowMovedToFebruaryThroughApril_oneFirmLosesItsRange_oneGains() {
    SandboxReport report = compare(DATA.withMeasure(firstLoan("2%", "200000",
        DateRange.of(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 4, 30)))));

    // C's 2023-01-15 drawdown falls out: 0 – 20,111.11 → 0.00 (loses 20,111.11 in reach, nothing certain);
    // K's 2023-04-03 drawdown comes in: 2023-04-03 to 2023-10-03, 183 days, 1,000,000 × 2% × 183/360
    // = 10,166.666… → 10,166.67; A (02-10), B (03-20), J and N (03-01) stay. Certain 260,500.00 + 10,166.67
    // = 270,666.67; in reach 290,833.33 − 20,111.11 + 10,166.67 = 280,888.89; eligible 3 → 4
    assertMeasure(report, FIRST_LOAN, "260500.00", "270666.67", "290833.33", "280888.89", 1, 1, 3, 4);
    assertOthersUnchanged(report, FIRST_LOAN);
    assertGroup(report.bySize(), "MEDIUM", 1, 0, 1, "-20111.11");
    assertGroup(report.bySize(), "SMALL", 9, 1, 0, "10166.67");
    assertGroup(report.byDistrict(), "440307", 1, 0, 1, "-20111.11");
    assertGroup(report.byDistrict(), "440305", 4, 1, 0, "10166.67");
  }

  @Test
  void shenzhenAndShanghaiChangedTogether_eachMeasuresCost_andTheGroupsAddThem() {
    HiringMeasure h = DATA.getMeasure(HiringMeasure.SHANGHAI_2023);
    HiringMeasure hiring = new HiringMeasure(h.id(), h.clause(), h.documentStatus(), h.title(), h.hireWindow(),
        h.minimumUnemployedMonths(), h.graduationYear(), h.minimumContractYears(),
        h.amountPerHire().withValue(Cny.of("3000")), h.socialInsurance());
    SandboxReport report = compare(DATA.withMeasure(firstLoan("3%", "200000", Q1)).withMeasure(hiring));

    // 第十九条 at 3,000 a hire: D's two hires 6,000.00 (+2,000.00); J's one 0 – 3,000.00 (+1,000.00 in reach)
    assertMeasure(report, HIRING, "4000.00", "6000.00", "6000.00", "9000.00", 2, 0, 1, 1);
    assertMeasure(report, FIRST_LOAN, "260500.00", "290750.00", "290833.33", "336250.00", 4, 0, 3, 3);
    assertOthersUnchanged(report, FIRST_LOAN, HIRING);
    // SMALL: 35,361.11 + 2,000.00 + 1,000.00 = 38,361.11, D now a gainer too
    assertGroup(report.bySize(), "SMALL", 9, 4, 0, "38361.11");
    assertGroup(report.byDistrict(), "310115", 1, 1, 0, "2000.00");
    // J, region unknown: its two measures' changes in reach, +5,111.11 (Shenzhen) + 1,000.00 (Shanghai), as the
    // per-measure rows hold them, so the groups add up to the measures; J's own total in reach, registered in one
    // place (register §0.6), moves by 5,111.11 (10,222.22 → 15,333.33). Register §4.6 item 77
    assertGroup(report.byDistrict(), "unknown", 3, 1, 0, "6111.11");
    SandboxGroupDelta sizes = report.bySize().stream().reduce((a, b) -> new SandboxGroupDelta("all",
        a.firms() + b.firms(), 0, 0, a.inReachChange().add(b.inReachChange()))).orElseThrow();
    assertThat(sizes.inReachChange()).isEqualTo(Cny.of("45416.67").add(Cny.of("3000.00")));
  }

  @Test
  void failedFirms_countedAndNamedWithTheirLineAndField_neverTheEndOfTheRun() {
    EntitlementEngine changed = EntitlementEngine.of(Catalog.of(DATA.withMeasure(firstLoan("3%", "200000", Q1))));
    List<ScreeningFirm> failed = new ArrayList<>();
    SandboxReport report = SandboxRun.compareJson(BASELINE, changed, lines(), AS_OF, failed::add);

    // the seventh line is no profile (size HUGE): under neither engine; SZ-N's risk pool is refused under both
    // (1,500,000 outstanding above the 1,000,000 principal), its first-loan subsidy compared (+5,111.11 above).
    // Before, a sandbox reported neither: 12 firms and no word of the two it did not wholly hold
    assertThat(report.firms()).isEqualTo(12);
    assertThat(report.failedFirms()).isEqualTo(2);
    assertThat(failed).extracting(ScreeningFirm::index).containsExactly(6L, 11L);
    assertThat(failed.get(0).failures()).containsExactly("profile: input.unknown-value at /size");
    assertThat(failed.get(1).failures()).containsExactly(
        "sz-gxj-2023-26.risk-compensation-pool: input.conflict at /loans/0/nonPerforming/principalOutstanding");
    // the profiles read by the platform first: the bad line came as no profile, counted too
    List<ScreeningFirm> read = new ArrayList<>();
    assertThat(SandboxRun.compare(BASELINE, changed, profiles().iterator(), AS_OF, read::add).failedFirms())
        .isEqualTo(2);
    assertThat(read.get(0).failures()).containsExactly("profile: input.required");
    // the same failures under both engines: each failed firm given once
    List<ScreeningFirm> once = new ArrayList<>();
    SandboxReport same = SandboxRun.compareJson(BASELINE, BASELINE, lines(), AS_OF, once::add);
    assertThat(same.failedFirms()).isEqualTo(2);
    assertThat(once).hasSize(2);
  }

  @Test
  void blankLines_skippedButCounted_aFailedFirmsIndexIsItsLineLessOne() {
    EntitlementEngine changed = EntitlementEngine.of(Catalog.of(DATA.withMeasure(firstLoan("3%", "200000", Q1))));
    SandboxReport plain = SandboxRun.compareJson(BASELINE, changed, lines(), AS_OF, firm -> { });
    List<String> register = ScreeningBlindAuditPopulation.linesAmongBlankLines();
    // the lines as given (a \r left on two blank ones), and as a BufferedReader splits the text joined with \n
    List<Iterator<String>> ways = List.of(register.iterator(),
        new BufferedReader(new StringReader(String.join("\n", register) + "\n")).lines().iterator());
    for (Iterator<String> way : ways) {
      List<ScreeningFirm> failed = new ArrayList<>();
      SandboxReport report = SandboxRun.compareJson(BASELINE, changed, way, AS_OF, failed::add);
      // seven blank lines, no firm among them: the twelve firms, the same two failed, the same report
      assertThat(report.firms()).isEqualTo(12);
      assertThat(report.failedFirms()).isEqualTo(2);
      assertThat(report).isEqualTo(plain);
      // SZ-BAD on the twelfth line (lines 9 to 11 blank), SZ-N on the seventeenth
      assertThat(failed).extracting(ScreeningFirm::index).containsExactly(11L, 16L);
      assertThat(failed.get(0).failures()).containsExactly("profile: input.unknown-value at /size");
    }
    assertThat(SandboxRun.compareJson(BASELINE, changed, List.of("", " \r").iterator(), AS_OF, firm -> { }).firms())
        .isZero();
  }
}
