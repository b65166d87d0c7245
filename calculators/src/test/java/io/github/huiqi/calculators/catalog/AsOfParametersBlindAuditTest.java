package io.github.huiqi.calculators.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.testing.InputAssertions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Blind audit of the dated parameters through the engine (typed and {@code evaluateJson}), each figure worked by
 * hand before the library was read: the 小型微利企业 rates by tax year (domain §2.12) on the days a tax year changes and
 * the window closes; the first-loan window's edges (深工信〔2023〕26号 第5条, "2023年1-3月" = 2023-01-01..03-31, register
 * §4.6 item 38); the risk pool's 2022 uplift window (domain §2.1: loans granted 2022-03-01…2022-06-30, +30 pp) and its
 * base ratio's first day (2019-01-01, register §4.6 item 65); and an evaluation date outside the accepted range.
 * Windows themselves are audited in {@link AsOfWindowsBlindAuditTest}.
 */
class AsOfParametersBlindAuditTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();

  private static final MeasureId SLPE = MeasureId.of("sz-gxj-2023-26.small-low-profit-enterprise");
  private static final MeasureId FIRST_LOAN = MeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy");
  private static final MeasureId POOL = MeasureId.of("sz-gxj-2023-26.risk-compensation-pool");

  private static String resource(String name) {
    try (InputStream in = AsOfParametersBlindAuditTest.class.getResourceAsStream("asof/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** One measure's outcome, typed and through {@code evaluateJson} (the same report both ways). */
  private static MeasureOutcome outcome(String profileJson, String asOf, MeasureId measure) {
    EnterpriseProfile profile = HuiqiJson.read(profileJson, EnterpriseProfile.class);
    EntitlementReport typed = ENGINE.evaluate(profile, LocalDate.parse(asOf));
    String request = "{\"profile\": " + profileJson + ", \"asOf\": \"" + asOf + "\"}";
    assertThat(HuiqiJson.read(ENGINE.evaluateJson(request), EntitlementReport.class)).as(asOf).isEqualTo(typed);
    return typed.outcome(measure).orElseThrow();
  }

  /** Asserts the call fails with the typed error naming the field and the rejected value. */
  private static void assertField(ThrowingCallable call, String field, String value) {
    assertThat(InputAssertions.assertField(call, field).value()).isEqualTo(value);
  }

  private static OutcomeAmount exactly(String yuan) {
    return OutcomeAmount.exactly(Cny.of(yuan));
  }

  @Test
  void test_smallLowProfit_theRateOfEachTaxYear_onTheDaysTheYearChanges() {
    // A 宝安区 manufacturer, 50 staff and 10,000,000 of assets every quarter, taxable income 2,000,000 in each of
    // 2012, 2021, 2022 and 2023 (≤ 3,000,000, ≤ 300, ≤ 50,000,000: a 小型微利企业). The tax year read is the latest of
    // the profile not after the evaluation date's year (register §4.6). Without relief: 2,000,000 × 25% = 500,000.
    String firm = resource("slpe-three-years.json");
    // 2012 has no relief in the table (its first row is 2019, 财税〔2019〕13号) and the window opens on 2019-01-01
    MeasureOutcome before = outcome(firm, "2018-12-31", SLPE);
    assertThat(before.windowStatus()).isEqualTo(WindowStatus.NOT_YET_OPEN);
    assertThat(before.countedInTotal()).isFalse();
    // tax year 2021: 1,000,000 × 12.5% × 20% = 25,000 (2021年第12号) + 1,000,000 × 50% × 20% = 100,000
    // (财税〔2019〕13号): 125,000; saved 500,000 − 125,000 = 375,000.00, on the year's last day
    MeasureOutcome y2021 = outcome(firm, "2021-12-31", SLPE);
    assertThat(y2021.amount()).isEqualTo(exactly("375000.00"));
    assertThat(y2021.countedInTotal()).isTrue();
    // tax year 2022 from its first day: 25,000 + 1,000,000 × 25% × 20% = 50,000 (2022年第13号): 75,000; saved
    // 425,000.00, the same on 2022-12-31
    assertThat(outcome(firm, "2022-01-01", SLPE).amount()).isEqualTo(exactly("425000.00"));
    assertThat(outcome(firm, "2022-12-31", SLPE).amount()).isEqualTo(exactly("425000.00"));
    // tax year 2023: 5% on both parts (2023年第6号, 2022年第13号): 100,000; saved 400,000.00
    assertThat(outcome(firm, "2023-01-01", SLPE).amount()).isEqualTo(exactly("400000.00"));
    // 2027-12-31, the relief's last day (2023年第12号), still open and counted (the 2023 figures, the latest year)
    MeasureOutcome last = outcome(firm, "2027-12-31", SLPE);
    assertThat(last.windowStatus()).isEqualTo(WindowStatus.OPEN);
    assertThat(last.countedInTotal()).isTrue();
    // 2028-01-01: closed, says so and is not counted
    MeasureOutcome after = outcome(firm, "2028-01-01", SLPE);
    assertThat(after.windowStatus()).isEqualTo(WindowStatus.CLOSED);
    assertThat(after.countedInTotal()).isFalse();
  }

  private static String quarterOfSales(int year, int quarter, String sales) {
    return "{'period': {'year': " + year + ", 'quarter': " + quarter + "}, 'sales': {'amount': " + sales
        + ", 'currency': 'CNY'}, 'salesBasis': 'EXCLUDING_VAT'}";
  }

  @Test
  void test_smallScaleVat_theThresholdAndLevyOfEachPeriod() {
    // A 福田区 small-scale taxpayer filing quarterly; the year read is the latest not after the evaluation date's
    // (register §4.6); what a period saves is the 3% standard levy less the VAT due (register §4.6 item 78), each
    // rounded half-up to the fen (item 35). Domain §2.11 by period:
    // 2021-Q1 (2020-03-01…2021-03-31: 300,000 a quarter, 3% sales at 1%, outside 湖北): 300,000.01 > 300,000,
    //   due 300,000.01 × 1% = 3,000.0001 → 3,000.00, standard × 3% = 9,000.0003 → 9,000.00: saves 6,000.00;
    // 2021-Q2 (from 2021-04-01: 450,000 a quarter): the same 300,000.01 is exempt: saves 9,000.00. 2021: 15,000.00
    // 2022-Q1 (450,000; 1% to 2022-03-31, 2022年第15号): 500,000 > 450,000 at 1%: 15,000 − 5,000 = 10,000.00;
    // 2022-Q4 (2022-04-01…12-31: 3% sales exempt whatever the amount): 500,000 saves 15,000.00. 2022: 25,000.00
    // 2023-Q1 (2023年第1号: 300,000 a quarter, "以下（含本数）"): 500,000 at 1%: 10,000.00; 2023-Q2 300,000, the
    //   threshold itself, exempt: 9,000.00. 2023: 19,000.00
    String firm = ("{'registrationRegionCode': '440304', 'industryCode': 'F5191', 'smallScaleTaxpayer': true,"
        + " 'years': [{'year': 2021, 'vatPeriods': [" + quarterOfSales(2021, 1, "300000.01") + ", "
        + quarterOfSales(2021, 2, "300000.01") + "]}, {'year': 2022, 'vatPeriods': ["
        + quarterOfSales(2022, 1, "500000") + ", " + quarterOfSales(2022, 4, "500000") + "]}, {'year': 2023,"
        + " 'vatPeriods': [" + quarterOfSales(2023, 1, "500000") + ", " + quarterOfSales(2023, 2, "300000")
        + "]}]}").replace('\'', '"');
    MeasureId vat = MeasureId.of("sz-gxj-2023-26.small-scale-vat");
    assertThat(outcome(firm, "2021-12-31", vat).amount()).isEqualTo(exactly("15000.00"));
    assertThat(outcome(firm, "2022-01-01", vat).amount()).isEqualTo(exactly("25000.00"));
    assertThat(outcome(firm, "2022-12-31", vat).amount()).isEqualTo(exactly("25000.00"));
    MeasureOutcome y2023 = outcome(firm, "2023-01-01", vat);
    assertThat(y2023.amount()).isEqualTo(exactly("19000.00"));
    assertThat(y2023.countedInTotal()).isTrue();
    // the regime's first day, 2019-01-01, and the day before it: the window opens on the first
    assertThat(outcome(firm, "2018-12-31", vat).windowStatus()).isEqualTo(WindowStatus.NOT_YET_OPEN);
    assertThat(outcome(firm, "2028-01-01", vat).windowStatus()).isEqualTo(WindowStatus.CLOSED);
    assertThat(outcome(firm, "2028-01-01", vat).countedInTotal()).isFalse();
  }

  @Test
  void test_rdSuperDeduction_opensWithItsFirstRates_andCitesThemBefore() {
    // 宝安区 manufacturer (C3484), not a 小型微利企业 (taxable income 5,000,000), 100,000 of expensed R&D personnel
    // costs in 2015 and 2016. The pack's rates start with 财税〔2015〕119号: 50% for tax years 2016–2017 (domain §2.13).
    String zero = "{'amount': 0, 'currency': 'CNY'}";
    StringBuilder years = new StringBuilder();
    for (int year : new int[] {2015, 2016}) {
      years.append(year == 2015 ? "" : ", ").append("{'year': ").append(year)
          .append(", 'taxableIncomeBeforeRd': {'amount': 5000000, 'currency': 'CNY'}, 'rdIntangibles': [],")
          .append(" 'rdExpensedCosts': {'personnel': {'amount': 100000, 'currency': 'CNY'}, 'directInputs': ")
          .append(zero).append(", 'depreciation': ").append(zero).append(", 'intangibleAmortisation': ").append(zero)
          .append(", 'newProductDesign': ").append(zero).append(", 'otherRelated': ").append(zero).append("}}");
    }
    String firm = ("{'registrationRegionCode': '440306', 'industryCode': 'C3484', 'legalForm': 'ENTERPRISE',"
        + " 'techSme': {'held': false}, 'icOrMachineTool': false, 'years': [" + years + "]}").replace('\'', '"');
    MeasureId rd = MeasureId.of("sz-gxj-2023-26.rd-super-deduction");
    // 2015-12-31: tax year 2015, before the table: not yet open (it read OPEN, the window opening on 2008-01-01),
    // ineligible, the reason citing the table's first row (it cited 2023年第44号, the 2023–2027 IC row)
    MeasureOutcome before = CatalogProfiles.outcome(HuiqiJson.read(firm, EnterpriseProfile.class),
        LocalDate.of(2015, 12, 31), rd, true);
    assertThat(before.windowStatus()).isEqualTo(WindowStatus.NOT_YET_OPEN);
    assertThat(before.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(before.countedInTotal()).isFalse();
    assertThat(before.reasons()).singleElement().satisfies(reason -> {
      assertThat(reason.code()).isEqualTo("no-rules-for-tax-year");
      assertThat(reason.citation().document()).contains("财税〔2015〕119号");
    });
    assertThat(outcome(firm, "2015-12-31", rd).windowStatus()).isEqualTo(WindowStatus.NOT_YET_OPEN);
    // 2016-01-01: tax year 2016, 100,000 × 50% = 50,000 more deducted, × 25% = 12,500.00 of tax saved
    MeasureOutcome first = outcome(firm, "2016-01-01", rd);
    assertThat(first.windowStatus()).isEqualTo(WindowStatus.OPEN);
    assertThat(first.amount()).isEqualTo(exactly("12500.00"));
    assertThat(first.countedInTotal()).isTrue();
  }

  @Test
  void test_techSmeInterest_theUpliftsYear_splitByDays() {
    // 深工信〔2023〕26号 第13条 "2023年期间产生的利息，贴息支持比例提高30个百分点，最高…80%" on the 2020 办法's 50%
    // (第十四条（一）), an enrolled tech SME that is no first-time borrower, one loan drawn 2022-06-01 (no first loan),
    // interest accrued (end not counted, register §4.1 item 7) and paid:
    // P1 2022-11-01→12-01, 3,000, all 2022: 50% = 1,500.00;
    // P2 2022-12-01→2023-01-31, 6,100 over 31 + 30 = 61 days (ACT/360 splits by days): 3,100 of 2022 at 50% = 1,550
    //   and 3,000 of 2023 at 80% = 2,400: 3,950.00;
    // P3 2023-12-01→2024-01-01, 3,100, all 2023 (the last day counted is 12-31): 80% = 2,480.00;
    // P4 2024-01-01→02-01, 3,100, all 2024: 50% = 1,550.00. In all 9,480.00, far below the 1,000,000 a year
    String pay = "{'paymentId': 'P%d', 'loanId': 'L', 'accrualStart': '%s', 'accrualEnd': '%s', 'paymentDate': '%s',"
        + " 'interestPaid': {'amount': %s, 'currency': 'CNY'}}";
    String firm = ("{'registrationRegionCode': '440306', 'legalForm': 'ENTERPRISE', 'independentLegalPerson': true,"
        + " 'registrationDate': '2015-03-01', 'industryCode': 'C3484', 'firstTimeBorrower': false,"
        + " 'onSeriousDishonestyList': false, 'techSme': {'held': true, 'since': '2022-01-01', 'until':"
        + " '2025-12-31'}, 'techSmeSubsidyReceived': {'amount': 0, 'currency': 'CNY'}, 'loans': [{'loanId': 'L',"
        + " 'principal': {'amount': 1000000, 'currency': 'CNY'}, 'drawdownDate': '2022-06-01', 'maturityDate':"
        + " '2024-06-01', 'annualInterestRate': '3.6%', 'lenderRegionCode': '440300',"
        + " 'firstDrawdownOfFirstContract': false, 'forProductionOrOperation': true,"
        + " 'subsidisedUnderAnotherMunicipalScheme': false, 'vehicleOrRealEstatePurchase': false,"
        + " 'guaranteed': false}], 'guaranteeFeePayments': [], 'insurancePremiumPayments': [],"
        + " 'interestPayments': [" + pay.formatted(1, "2022-11-01", "2022-12-01", "2022-12-01", "3000") + ", "
        + pay.formatted(2, "2022-12-01", "2023-01-31", "2023-01-31", "6100") + ", "
        + pay.formatted(3, "2023-12-01", "2024-01-01", "2024-01-01", "3100") + ", "
        + pay.formatted(4, "2024-01-01", "2024-02-01", "2024-02-01", "3100") + "]}").replace('\'', '"');
    MeasureId techSme = MeasureId.of("sz-gxj-2023-26.tech-sme-interest-subsidy");
    MeasureOutcome open = outcome(firm, "2024-06-30", techSme);
    assertThat(open.amount()).isEqualTo(exactly("9480.00"));
    assertThat(open.countedInTotal()).isTrue();
    // the window opens with the 2020 办法 (2020-02-28): the day before, not yet open and not counted
    MeasureOutcome before = outcome(firm, "2020-02-27", techSme);
    assertThat(before.windowStatus()).isEqualTo(WindowStatus.NOT_YET_OPEN);
    assertThat(before.countedInTotal()).isFalse();
  }

  @Test
  void test_guaranteeFeeReduction_aGuaranteeStartingIn2023() {
    // 深工信〔2023〕26号 第6条 "2023年，政府性融资担保机构针对小微企业的担保费率最高减免40%、且不高于1%": a micro firm's
    // four guarantees of 1,000,000 for a year at a standard 2%, starting on the four edges of 2023 (register §4.6
    // item 38: a fee rate "in 2023" applies to a guarantee that starts in 2023). In: min(2% × 60%, 1%) = 1%, a
    // whole year (12 months): 1,000,000 × (2% − 1%) = 10,000.00 saved each; out (2022-12-31, 2024-01-01): nothing.
    // The two of 2023-01-01 and 2023-12-31: 20,000.00
    StringBuilder loans = new StringBuilder();
    String[] starts = {"2022-12-31", "2023-01-01", "2023-12-31", "2024-01-01"};
    for (int i = 0; i < starts.length; i++) {
      LocalDate start = LocalDate.parse(starts[i]);
      loans.append(i == 0 ? "" : ", ").append("{'loanId': 'G").append(i + 1).append("', 'principal': {'amount':")
          .append(" 1000000, 'currency': 'CNY'}, 'drawdownDate': '").append(start).append("', 'maturityDate': '")
          .append(start.plusYears(1)).append("', 'annualInterestRate': '4%', 'lenderRegionCode': '440300',")
          .append(" 'guaranteed': true, 'guarantee': {'governmentGuarantor': true, 'guarantorInRegion': true,")
          .append(" 'reGuaranteed': false, 'standardFeeRate': '2%'}}");
    }
    String firm = ("{'registrationRegionCode': '440306', 'industryCode': 'C3484', 'size': 'MICRO', 'loans': ["
        + loans + "]}").replace('\'', '"');
    MeasureId reduction = MeasureId.of("sz-gxj-2023-26.guarantee-fee-reduction");
    assertThat(outcome(firm, "2023-06-30", reduction).amount()).isEqualTo(exactly("20000.00"));
    // the measure itself closes after 2023-12-31: the same figure, not counted
    MeasureOutcome closed = outcome(firm, "2024-01-01", reduction);
    assertThat(closed.windowStatus()).isEqualTo(WindowStatus.CLOSED);
    assertThat(closed.countedInTotal()).isFalse();
  }

  /** A first-time borrower's one loan of 1,000,000 at 4% for a year, drawn on a day, from a Shenzhen bank. */
  private static String firstLoan(String drawdown) {
    LocalDate day = LocalDate.parse(drawdown);
    return ("{'registrationRegionCode': '440306', 'legalForm': 'ENTERPRISE', 'independentLegalPerson': true,"
        + " 'registrationDate': '2015-03-01', 'industryCode': 'C3484', 'firstTimeBorrower': true,"
        + " 'onSeriousDishonestyList': false, 'techSme': {'held': false}, 'loans': [{'loanId': 'F',"
        + " 'principal': {'amount': 1000000, 'currency': 'CNY'}, 'drawdownDate': '" + day + "',"
        + " 'maturityDate': '" + day.plusYears(1) + "', 'annualInterestRate': '4%', 'lenderRegionCode': '440300',"
        + " 'firstDrawdownOfFirstContract': true, 'forProductionOrOperation': true,"
        + " 'subsidisedUnderAnotherMunicipalScheme': false, 'vehicleOrRealEstatePurchase': false,"
        + " 'guaranteed': false}]}").replace('\'', '"');
  }

  @Test
  void test_firstLoan_theFourEdgesOfItsLoanWindow() {
    // 第5条 "对2023年1-3月…首次获得贷款的企业，给予2%的贴息补助…贴息期限不超过6个月", evaluated 2023-06-30
    // drawn 2022-12-31: outside 2023-01-01..03-31, nothing
    MeasureOutcome dayBefore = outcome(firstLoan("2022-12-31"), "2023-06-30", FIRST_LOAN);
    assertThat(dayBefore.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(dayBefore.countedInTotal()).isFalse();
    // drawn 2023-01-01: six months to 2023-07-01, 31 + 28 + 31 + 30 + 31 + 30 = 181 days, ACT/360 (register §4.1
    // item 1): 1,000,000 × 2% × 181 / 360 = 10,055.555… → 10,055.56
    MeasureOutcome firstDay = outcome(firstLoan("2023-01-01"), "2023-06-30", FIRST_LOAN);
    assertThat(firstDay.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(firstDay.amount()).isEqualTo(exactly("10055.56"));
    assertThat(firstDay.countedInTotal()).isTrue();
    // drawn 2023-03-31: six months end on 09-30 (September has no 31st), 30 + 31 + 30 + 31 + 31 + 30 = 183 days:
    // 1,000,000 × 2% × 183 / 360 = 10,166.666… → 10,166.67
    assertThat(outcome(firstLoan("2023-03-31"), "2023-06-30", FIRST_LOAN).amount()).isEqualTo(exactly("10166.67"));
    // drawn 2023-04-01: outside, nothing
    assertThat(outcome(firstLoan("2023-04-01"), "2023-06-30", FIRST_LOAN).verdict()).isEqualTo(Verdict.INELIGIBLE);
    // the loan of 2023-01-01 seen on the measure's own edges: 2022-12-31 not yet open and not counted, 2023-12-31
    // open with the same 10,055.56, 2024-01-01 closed and not counted
    MeasureOutcome notYet = outcome(firstLoan("2023-01-01"), "2022-12-31", FIRST_LOAN);
    assertThat(notYet.windowStatus()).isEqualTo(WindowStatus.NOT_YET_OPEN);
    assertThat(notYet.countedInTotal()).isFalse();
    MeasureOutcome lastDay = outcome(firstLoan("2023-01-01"), "2023-12-31", FIRST_LOAN);
    assertThat(lastDay.windowStatus()).isEqualTo(WindowStatus.OPEN);
    assertThat(lastDay.amount()).isEqualTo(exactly("10055.56"));
    MeasureOutcome closed = outcome(firstLoan("2023-01-01"), "2024-01-01", FIRST_LOAN);
    assertThat(closed.windowStatus()).isEqualTo(WindowStatus.CLOSED);
    assertThat(closed.countedInTotal()).isFalse();
  }

  @Test
  void test_riskPool_the2022UpliftEdges_andTheBaseRatiosFirstDay() {
    // six loans of 1,000,000 of the micro 宝安区 firm, principal outstanding 1,000,000 at first non-performing
    // classification (register §4.2 item 12), category GENERAL at the pool's 30% (register §4.2 item 11):
    // K1 granted 2022-02-28, the day before the 2022 uplift window (domain §2.1 "2022-03-01…2022-06-30"): 30%,
    // 300,000; K2 2022-03-01 and K3 2022-06-30: 30% + 30 pp = 60% ≤ 80%, 600,000 each; K4 2022-07-01: 300,000;
    // K5 first non-performing 2018-12-31, before the base ratio's validity (2019-01-01, register §4.6 item 65): 0;
    // K6 first non-performing 2019-01-01: 300,000. In all 300,000 + 600,000 + 600,000 + 300,000 + 0 + 300,000
    // = 2,100,000.00, a lender's compensation, never counted in the firm's total
    MeasureOutcome pool = outcome(resource("pool-window-edges.json"), "2023-06-30", POOL);
    assertThat(pool.amount()).isEqualTo(exactly("2100000.00"));
    assertThat(pool.windowStatus()).isEqualTo(WindowStatus.OPEN);
    assertThat(pool.countedInTotal()).isFalse();
    // the pool's window opens on 2019-01-01: on 2018-12-31 it is not yet open
    assertThat(outcome(resource("pool-window-edges.json"), "2018-12-31", POOL).windowStatus())
        .isEqualTo(WindowStatus.NOT_YET_OPEN);
  }

  @Test
  void test_anEvaluationDateOutOfRange_isATypedErrorNamingTheField() {
    EnterpriseProfile bare = CatalogProfiles.bare();
    String profile = HuiqiJson.write(bare);
    // the accepted range is 1990-01-01..2100-12-31 (DateBounds): its ends are evaluated
    assertThat(ENGINE.evaluate(bare, LocalDate.of(1990, 1, 1)).outcomes()).hasSize(49);
    assertThat(ENGINE.evaluate(bare, LocalDate.of(2100, 12, 31)).outcomes()).hasSize(49);
    // one day outside: the typed path names asOf, the JSON path its pointer /asOf, each with the value
    assertField(() -> ENGINE.evaluate(bare, LocalDate.of(1989, 12, 31)), "asOf", "1989-12-31");
    assertField(() -> ENGINE.evaluate(bare, LocalDate.of(2101, 1, 1)), "asOf", "2101-01-01");
    assertField(() -> ENGINE.evaluateJson("{\"profile\": " + profile + ", \"asOf\": \"1989-12-31\"}"), "/asOf",
        "1989-12-31");
    assertField(() -> ENGINE.evaluateJson("{\"profile\": " + profile + ", \"asOf\": \"2101-01-01\"}"), "/asOf",
        "2101-01-01");
  }
}
