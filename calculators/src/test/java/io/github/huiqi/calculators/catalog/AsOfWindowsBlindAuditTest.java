package io.github.huiqi.calculators.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Blind audit of time across the built-in catalogue: every measure's window, written down by hand from the seeds
 * (domain reference §1 table and §2 cards, decisions register §4.6 item 38 on how a clause's dates are read) before
 * the library was read, against the catalogue; and every window's four edges (the day before it opens, its first
 * day, its last day, the day after) through the engine, typed and {@code evaluateJson}: the window status, whether
 * the outcome counts in the firm's total, and the draft's status on every day.
 * <p>
 * The dated parameters (which value applies on which day) are audited in {@link AsOfParametersBlindAuditTest}.
 */
class AsOfWindowsBlindAuditTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();

  private static final String D26 = "sz-gxj-2023-26.";
  private static final String SCALE = "sz-gxj-2022-small-to-scale.";
  private static final String REPLY = "sz-gxj-2021-reply-20210370.";
  private static final String SH = "sh-qfb-2023-1.";
  private static final String DRAFT = "sz-gxj-zjtx-32-draft.";

  private static DateRange range(String start, String end) {
    return DateRange.of(LocalDate.parse(start), LocalDate.parse(end));
  }

  private static DateRange from(String start) {
    return DateRange.startingOn(LocalDate.parse(start));
  }

  /**
   * Each measure's window by hand. A window runs from the first day any of the measure's rules applies to the last
   * (inclusive both ends, register §4.6 item 38), which is not always the window of the event the clause names: a
   * 2023 measure paying for events of 2023-Q1 is administered in 2023; a national relief restated by a 2023 document
   * keeps the years of the instruments it restates.
   */
  private static Map<String, DateRange> byHand() {
    Map<String, DateRange> windows = new LinkedHashMap<>();
    // 深工信〔2023〕26号 第5条 "对2023年1-3月…首次获得贷款的企业…贴息期限不超过6个月": the first loans of 2023-01-01..03-31
    // (item 38), their subsidy running at most 6 months (to 2023-09-30 for a loan of 03-31), administered in 2023
    windows.put(D26 + "first-loan-interest-subsidy", range("2023-01-01", "2023-12-31"));
    // 第1条 "2023年…免征增值税…减按1%": 2023, restating 财政部 税务总局公告2023年第1号; the pack holds the small-scale
    // regime from 2019 (财税〔2019〕13号) to 2027-12-31 (2023年第19号), domain §2.11
    windows.put(D26 + "small-scale-vat", range("2019-01-01", "2027-12-31"));
    // 第5条 pool uplift for loans of 2023-01-01..03-31; the pool itself pays since its 2019 细则 (register §4.6 item 65),
    // no end in any source (domain §2.1)
    windows.put(D26 + "risk-compensation-pool", from("2019-01-01"));
    // 第7条 "2022年第四季度到期的…最长可延至2023年6月30日": the measure runs until the latest deferred date, inclusive
    windows.put(D26 + "loan-deferral", range("2023-01-01", "2023-06-30"));
    // 第6条 "2023年，政府性融资担保机构…": calendar 2023
    windows.put(D26 + "guarantee-fee-reduction", range("2023-01-01", "2023-12-31"));
    // 第1条 "自2022年至2024年" for the 1–3M slice; the pack holds the whole relief by tax year 2019–2027 (domain §2.12)
    windows.put(D26 + "small-low-profit-enterprise", range("2019-01-01", "2027-12-31"));
    // 第1条 "自2022年1月1日起", no end; the pack holds the relief from its first rates (财税〔2015〕119号, tax year 2016,
    // domain §2.13). Found: the window opened on 2008-01-01, the validity of the amortisation period of 企业所得税法实施条例
    // 第六十七条 (and the rounding default's 2015-01-01), so that 2008–2015 read "in force" with no rules for the year
    // (register §4.6 item 93)
    windows.put(D26 + "rd-super-deduction", from("2016-01-01"));
    // 第13条 raises the 2020 办法 (2020-02-28, no end stated: register §4.1 item 8) for the interest of 2023
    windows.put(D26 + "tech-sme-interest-subsidy", from("2020-02-28"));
    // 第16条, 第17条 ("每年", read for the 2023 measures), 第2条 (补缴 "在2023年12月31日前"), 第3条, 第9条 ("延续到2023年底"):
    // calendar 2023
    for (String id : new String[] {"maker-china-award", "digital-platform-subsidy", "insurance-late-fee-waiver",
        "high-rise-average-rent", "sme-procurement-reservation"}) {
      windows.put(D26 + id, range("2023-01-01", "2023-12-31"));
    }
    // 第2条 "申请期限至2023年6月30日" (item 38: 至 includes the day)
    windows.put(D26 + "housing-fund-deferral", range("2023-01-01", "2023-06-30"));
    // 第2条 "在2023年第一季度实行水、电、气“欠费不停供”"
    windows.put(D26 + "utility-arrears-relief", range("2023-01-01", "2023-03-31"));
    // 小升规三年行动方案(2022-2024年), issued 2022-08-03: from the notice to the plan's last year
    for (String id : new String[] {"technical-renovation-interest-subsidy", "technical-renovation-grant",
        "guarantee-fee-subsidy", "cultivation-pool", "small-to-scale-reward"}) {
      windows.put(SCALE + id, range("2022-08-03", "2024-12-31"));
    }
    // the 2021 reply letter: the fee-subsidy programme from its 2017 guide for 2016 loans (domain §2.4), no end
    windows.put(REPLY + "small-micro-guarantee-fee-subsidy", from("2016-01-01"));
    // 深府规〔2021〕1号 (2021) and 深府〔2022〕31号 (2022-04-08, valid to 2025-12-31), domain §2.6
    windows.put(REPLY + "specialised-award", range("2021-01-01", "2025-12-31"));
    // the demonstration-platform award and the two district rent supports: in force on the letter's date, no end
    windows.put(REPLY + "demonstration-platform-award", from("2021-10-20"));
    // 创新型产业用房管理办法（修订版）, "今年2月" in a letter of 2021: from 2021-02-01, no end
    windows.put(REPLY + "innovation-space-rent", from("2021-02-01"));
    windows.put(REPLY + "guangming-rent-subsidy", from("2021-10-20"));
    windows.put(REPLY + "longgang-rent-subsidy", from("2021-10-20"));
    // 沪企服办〔2023〕1号: the 2023 measures ("落实2023年…", "至2023年底", "自2023年1月1日至12月31日期间")
    windows.put(SH + "average-guarantee-fee-ceiling", range("2023-01-01", "2023-12-31"));
    // 第十五条 "对2022年第四季度…首次获得普惠贷款": from 2022-10-01 (item 38), paid in 2023
    windows.put(SH + "first-loan-interest-subsidy", range("2022-10-01", "2023-12-31"));
    for (String id : new String[] {"specialised-recognition-award", "four-above-high-tech-reward",
        "achievement-transfer-uplift", "technical-renovation-support", "green-upgrade-support",
        "digital-service-contract-support", "hiring-subsidy", "insurance-late-fee-waiver",
        "sme-procurement-reservation", "arrears-clearance"}) {
      windows.put(SH + id, range("2023-01-01", "2023-12-31"));
    }
    // 第二十二条 restates the national reliefs, as 深工信〔2023〕26号 第1条 does
    windows.put(SH + "small-scale-vat", range("2019-01-01", "2027-12-31"));
    windows.put(SH + "small-low-profit-enterprise", range("2019-01-01", "2027-12-31"));
    windows.put(SH + "rd-super-deduction", from("2016-01-01"));
    // the 专精特新 draft has no date: read from 2023-01-01, open-ended (the pack's note); its fee cap from the first LPR
    // announcement, 2019-08-20 (register §4.6 item 86)
    windows.put(DRAFT + "guarantee-fee-cap", from("2019-08-20"));
    for (String id : new String[] {"maker-china-award", "pool-compensation", "rd-renovation-interest-subsidy",
        "platform-service-fee", "state-owned-space-purchase", "entrepreneur-training-subsidy"}) {
      windows.put(DRAFT + id, from("2023-01-01"));
    }
    // 工信部联企业〔2011〕300号, 2011-06-18, still cited in 2024 (domain §2.14)
    windows.put("miit-2011-300.enterprise-size", from("2011-06-18"));
    return windows;
  }

  @Test
  void test_everyMeasuresWindow_asWorkedFromTheSeeds() {
    Map<String, DateRange> expected = byHand();
    Map<String, DateRange> actual = new LinkedHashMap<>();
    for (Catalog.Entry entry : Catalog.builtIn().entries()) {
      actual.put(entry.measure().id().toString(), entry.window());
    }
    assertThat(actual).hasSize(49);
    assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
  }

  /** Evaluates typed and through {@code evaluateJson}, checking that both give the same report. */
  private static EntitlementReport both(EnterpriseProfile profile, LocalDate asOf) {
    EntitlementReport typed = ENGINE.evaluate(profile, asOf);
    String request = "{\"profile\": " + HuiqiJson.write(profile) + ", \"asOf\": \"" + asOf + "\"}";
    assertThat(HuiqiJson.read(ENGINE.evaluateJson(request), EntitlementReport.class)).as(asOf.toString())
        .isEqualTo(typed);
    return typed;
  }

  private static void assertDay(MeasureOutcome outcome, LocalDate day, WindowStatus status) {
    String what = outcome.measure() + " on " + day;
    assertThat(outcome.windowStatus()).as(what).isEqualTo(status);
    assertThat(outcome.window()).as(what).isEqualTo(byHand().get(outcome.measure().toString()));
    if (status != WindowStatus.OPEN) {
      // MeasureOutcome#countedInTotal: only an outcome in an open window counts
      assertThat(outcome.countedInTotal()).as(what).isFalse();
    }
    if (outcome.measure().toString().startsWith(DRAFT)) {
      // the 专精特新 measures are a 征求意见稿 on every day, never counted (domain §0.2: "Draft — not binding")
      assertThat(outcome.documentStatus()).as(what).isEqualTo(DocumentStatus.DRAFT);
      assertThat(outcome.countedInTotal()).as(what).isFalse();
    } else {
      assertThat(outcome.documentStatus()).as(what).isNotEqualTo(DocumentStatus.DRAFT);
    }
  }

  @Test
  void test_everyWindowsFourEdges_throughTheEngine() {
    // a 宝安区 manufacturer with nothing else known: the window status depends on the date alone
    EnterpriseProfile bare = CatalogProfiles.bare();
    int checked = 0;
    for (Map.Entry<String, DateRange> window : byHand().entrySet()) {
      LocalDate first = window.getValue().start();
      LocalDate last = window.getValue().end().orElse(LocalDate.of(2100, 12, 31));
      Map<LocalDate, WindowStatus> days = new LinkedHashMap<>();
      days.put(first.minusDays(1), WindowStatus.NOT_YET_OPEN);
      days.put(first, WindowStatus.OPEN);
      days.put(last, WindowStatus.OPEN);
      if (window.getValue().end().isPresent()) {
        days.put(last.plusDays(1), WindowStatus.CLOSED);
      }
      for (Map.Entry<LocalDate, WindowStatus> day : days.entrySet()) {
        EntitlementReport report = both(bare, day.getKey());
        MeasureOutcome outcome = report.outcomes().stream()
            .filter(o -> o.measure().toString().equals(window.getKey())).findFirst().orElseThrow();
        assertDay(outcome, day.getKey(), day.getValue());
        checked++;
      }
    }
    // 49 measures, 4 days each for the 32 with an end, 3 for the 17 open-ended
    assertThat(checked).isEqualTo(32 * 4 + 17 * 3);
  }

  @Test
  void test_theDraft_saysDraftOnEveryDay_evenWhereItsFeeCapWouldPay() {
    // sz-gxj-zjtx-32-draft 第五条, a 专精特新 firm's loan of 1,000,000 contracted 2023-03-10 for a year under a
    // government guarantee at 2%: the cap is ½ × the PBoC ≤1-year benchmark 4.35% = 2.175% (register §4.3 item 20),
    // 2% within it; the outcome is a ceiling (not money for the firm) from a draft: never counted, draft on each day
    EnterpriseProfile firm = CatalogProfiles.quoted("{'registrationRegionCode': '440306', 'industryCode': 'C3484',"
        + " 'specialisedAndInnovative': {'held': true, 'since': '2022-01-01'}, 'loans': [{'loanId': 'G',"
        + " 'principal': {'amount': 1000000, 'currency': 'CNY'}, 'contractDate': '2023-03-10',"
        + " 'drawdownDate': '2023-03-15', 'maturityDate': '2024-03-15', 'annualInterestRate': '4%',"
        + " 'guaranteed': true, 'guarantee': {'governmentGuarantor': true, 'guarantorInRegion': true,"
        + " 'reGuaranteed': false, 'feeRate': '2%'}}]}");
    for (String day : new String[] {"2019-08-19", "2019-08-20", "2022-12-31", "2023-01-01", "2100-12-31"}) {
      EntitlementReport report = both(firm, LocalDate.parse(day));
      for (MeasureOutcome outcome : report.outcomes()) {
        if (outcome.measure().toString().startsWith(DRAFT)) {
          assertThat(outcome.documentStatus()).as(outcome.measure() + " " + day).isEqualTo(DocumentStatus.DRAFT);
          assertThat(outcome.countedInTotal()).as(outcome.measure() + " " + day).isFalse();
        }
      }
    }
  }
}
