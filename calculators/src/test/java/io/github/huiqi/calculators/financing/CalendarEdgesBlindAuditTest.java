package io.github.huiqi.calculators.financing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.batch.book.BookCalculators;
import io.github.huiqi.calculators.batch.book.BookFirstLoanColumns;
import io.github.huiqi.calculators.batch.book.BookFirstLoanFastPath;
import io.github.huiqi.calculators.batch.book.BookItem;
import io.github.huiqi.calculators.batch.book.BookRiskPoolColumns;
import io.github.huiqi.calculators.batch.book.BookRiskPoolFastPath;
import io.github.huiqi.calculators.batch.book.BookSource;
import io.github.huiqi.calculators.batch.book.BookTotals;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanOptions;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionResult;
import io.github.huiqi.calculators.financing.renovation.RenovationInterestCalculator;
import io.github.huiqi.calculators.financing.renovation.RenovationInterestRequest;
import io.github.huiqi.calculators.financing.renovation.RenovationInterestResult;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolCalculator;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolLoanCompensation;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolResult;
import io.github.huiqi.calculators.financing.techsme.TechSmeCalculator;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.calculators.financing.techsme.TechSmeResult;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.firstloan.FirstLoanGuaranteedMeasure;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Verdict;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A blind, hand-worked QA audit of the date arithmetic inside the financing rules: month-end and leap-day ends of a
 * subsidised term, a one-month minimum measured from a month's end, a loan used for no day at all, the tech-SME
 * subsidy's split of interest at 2023-12-31/2024-01-01 and across 2024-02-29, the risk pool's 2022 uplift window and
 * its 2019 start, and a guarantee fee's whole months ending on a month's last day. The catalogue windows' own edge days
 * are audited in {@code AsOfWindowsBlindAuditTest} and the 2023 window edges of each measure in
 * {@code ShenzhenLoansBlindAuditTest}; they are not repeated here. Every figure was worked from the clause (and the
 * decisions register where the clause is silent) before the code was read, with python's {@code decimal} and
 * {@code datetime} as a calculator; each case runs through the calculator's plain, explaining and JSON forms, and the
 * book paths where the measure has them (stream, NDJSON, columns, CSV). The engine and the command line run the same
 * cases as profiles in {@code HuiqiCliCalendarBlindAuditTest}.
 * <p>
 * Sources: 深工信〔2023〕26号 第5条 (first loan "2023年1-3月…2%的贴息补助…贴息期限不超过6个月", with the 2022 首贷 rules'
 * "实际用款时间不足1个月的不予贴息"; the pool "2023年1月1日至3月31日新增贷款（展期视同新增）…提高30个百分点"), 第6条 (fee rate
 * "最高减免40%、且不高于1%"), 第13条 ("2023年期间产生的利息，贴息支持比例提高30个百分点，最高…80%"); 沪企服办〔2023〕1号 第十五条
 * ("2022年第四季度…首次获得普惠贷款…2%的贴息补助"). Readings: ACT/360 算头不算尾 (register §4.1 item 1); a month ends on the
 * drawdown's same day, or the month's last day when it has none (§4.6 item 62 (b)); a straddling period split by days
 * (§4.1 item 7); the base ratios outside 2023 (§4.1 item 8); the 2022 uplift window in the pack (§2.1); the pool's
 * parameters from 2019-01-01 (§4.6 item 65); whole months ÷ 12 plus odd days ÷ 360 for fees (§4.3 item 21).
 */
class CalendarEdgesBlindAuditTest {

  private static final PolicyData DATA = PolicyData.builtIn();
  private static final FirstLoanMeasure FIRST_LOAN = DATA.getMeasure(FirstLoanMeasure.SHENZHEN_2023);
  private static final FirstLoanGuaranteedMeasure SH_FIRST_LOAN =
      DATA.getMeasure(FirstLoanGuaranteedMeasure.SHANGHAI_2023);
  private static final TechSmeMeasure TECH_SME = DATA.getMeasure(TechSmeMeasure.SHENZHEN_2023);
  private static final RiskPoolMeasure POOL = DATA.getMeasure(RiskPoolMeasure.SHENZHEN_2023);
  private static final GuaranteeFeeReductionMeasure REDUCTION =
      DATA.getMeasure(GuaranteeFeeReductionMeasure.SHENZHEN_2023);
  private static final GuaranteeFeeBenchmarkCapMeasure FEE_CAP =
      DATA.getMeasure(GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT);
  private static final RenovationInterestMeasure RENOVATION_INTEREST =
      DATA.getMeasure(RenovationInterestMeasure.SHENZHEN_2022);

  private static String q(String json) {
    return json.replace('\'', '"');
  }

  private static String cny(String amount) {
    return "{'amount': " + amount + ", 'currency': 'CNY'}";
  }

  private static void assertRange(AmountRange range, String least, String most) {
    assertThat(range.minimum()).as("least").isEqualTo(Cny.of(least));
    assertThat(range.maximum()).as("most").isEqualTo(Cny.of(most));
  }

  //-------------------------------------------------------------------------
  // 第5条 first loan, 1,000,000 at 4%, a first-time borrower; the loan's maturity a year on unless given
  private static String firstLoan(String drawdown, String maturity, String repayment) {
    LocalDate drawn = LocalDate.parse(drawdown);
    return q("{'enterprise': {'registrationRegionCode': '440304', 'independentLegalPerson': true,"
        + " 'firstTimeBorrower': true, 'onSeriousDishonestyList': false}, 'loans': [{'loanId': 'L1', 'principal': "
        + cny("1000000") + ", 'drawdownDate': '" + drawdown + "', 'maturityDate': '"
        + (maturity == null ? drawn.plusYears(1).toString() : maturity) + "',"
        + (repayment == null ? "" : " 'repaymentDate': '" + repayment + "',")
        + " 'annualInterestRate': '4%', 'lenderRegionCode': '440300', 'firstDrawdownOfFirstContract': true,"
        + " 'forProductionOrOperation': true, 'subsidisedUnderAnotherMunicipalScheme': false}]}");
  }

  /** The three typed paths of the first-loan calculator, which must agree; returns the explained result. */
  private static FirstLoanResult firstLoanPaths(String json) {
    FirstLoanRequest request = HuiqiJson.read(json, FirstLoanRequest.class);
    FirstLoanResult explained = FirstLoanCalculator.DEFAULT.explainSubsidy(FIRST_LOAN, request);
    FirstLoanResult fromJson = HuiqiJson.read(FirstLoanCalculator.DEFAULT.explainSubsidyJson(FIRST_LOAN, json),
        FirstLoanResult.class);
    assertThat(fromJson.eligibility().verdict()).isEqualTo(explained.eligibility().verdict());
    assertThat(fromJson.amount()).isEqualTo(explained.amount());
    assertThat(fromJson.loans()).isEqualTo(explained.loans());
    assertThat(FirstLoanCalculator.DEFAULT.subsidy(FIRST_LOAN, request)).as("plain form")
        .isEqualTo(explained.amount().minimum());
    return explained;
  }

  /** The first-loan cases: drawdown, maturity, repayment; verdict, subsidised until (not counted), amount. */
  private static final String[][] FIRST_LOAN_CASES = {
      // drawn 2023-01-29, no repayment: 6 months on is 2023-07-29 (the same day exists); 2+28+31+30+31+30+28 = 181
      // days: 1,000,000 × 2% × 181 ÷ 360 = 10,055.555… → 10,055.56
      {"2023-01-29", null, null, "ELIGIBLE", "2023-07-29", "10055.56"},
      // drawn 2023-02-28 (February's last day): 6 months on is 2023-08-28, the same day, not August's last day
      // (register §4.6 item 62 (b): the same day, or the month's last day only when it has none): 181 days, 10,055.56
      {"2023-02-28", null, null, "ELIGIBLE", "2023-08-28", "10055.56"},
      // drawn 2023-03-30: 6 months on is 2023-09-30 (September has a 30th): 2+30+31+30+31+31+29 = 184 days:
      // 1,000,000 × 2% × 184 ÷ 360 = 10,222.222… → 10,222.22
      {"2023-03-30", null, null, "ELIGIBLE", "2023-09-30", "10222.22"},
      // drawn 2023-01-29, repaid 2023-02-28: a month on from the 29th is February's last day (no 29 February in
      // 2023), so exactly one month of use ("不足1个月的不予贴息" does not bite): 30 days: 20,000 × 30 ÷ 360 =
      // 1,666.666… → 1,666.67
      {"2023-01-29", null, "2023-02-28", "ELIGIBLE", "2023-02-28", "1666.67"},
      // drawn 2023-02-28, repaid 2023-03-27: a month on is 2023-03-28, so 27 days is short of a month: nothing
      {"2023-02-28", null, "2023-03-27", "INELIGIBLE", null, "0.00"},
      // repaid 2023-03-28: exactly one month, 28 days: 20,000 × 28 ÷ 360 = 1,555.555… → 1,555.56
      {"2023-02-28", null, "2023-03-28", "ELIGIBLE", "2023-03-28", "1555.56"},
      // drawn on the window's last day, repaid 2023-04-30: a month on from 03-31 is April's last day: 30 days,
      // 1,666.67; repaid 2023-04-29: short of a month, nothing
      {"2023-03-31", null, "2023-04-30", "ELIGIBLE", "2023-04-30", "1666.67"},
      {"2023-03-31", null, "2023-04-29", "INELIGIBLE", null, "0.00"},
      // a two-month loan drawn 2023-01-01, maturing 2023-03-01 and not repaid early: the period ends at maturity
      // (the end of use), 31 + 28 = 59 days: 20,000 × 59 ÷ 360 = 3,277.777… → 3,277.78
      {"2023-01-01", "2023-03-01", null, "ELIGIBLE", "2023-03-01", "3277.78"},
      // drawn and repaid on the same day 2023-02-01: no day of use (算头不算尾: the day of repayment is not
      // counted), short of a month: nothing, a verdict and not an error (the dates are in order)
      {"2023-02-01", null, "2023-02-01", "INELIGIBLE", null, "0.00"}};

  @Test
  void test_firstLoan_monthEndTerms_oneMonthMinimum_sameDayRepayment_allTypedPaths() {
    for (String[] c : FIRST_LOAN_CASES) {
      FirstLoanResult r = firstLoanPaths(firstLoan(c[0], c[1], c[2]));
      String label = String.join(" ", c[0], String.valueOf(c[1]), String.valueOf(c[2]));
      assertThat(r.eligibility().verdict()).as(label).isEqualTo(Verdict.valueOf(c[3]));
      assertRange(r.amount(), c[5], c[5]);
      if (c[4] != null) {
        assertThat(r.loans().get(0).subsidisedUntil()).as(label).contains(LocalDate.parse(c[4]));
      }
    }
  }

  @Test
  void test_firstLoanBook_theCalendarCases_streamNdjsonAndColumnsAgree() {
    List<FirstLoanRequest> book = new ArrayList<>();
    for (String[] c : FIRST_LOAN_CASES) {
      book.add(HuiqiJson.read(firstLoan(c[0], c[1], c[2]), FirstLoanRequest.class));
    }
    // 10,055.56 + 10,055.56 + 10,222.22 + 1,666.67 + 0 + 1,555.56 + 1,666.67 + 0 + 3,277.78 + 0 = 38,500.02;
    // seven eligible, three ineligible
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookCalculators.firstLoan(FIRST_LOAN).run(book, items::add);
    assertThat(totals.eligible()).isEqualTo(7);
    assertThat(totals.ineligible()).isEqualTo(3);
    assertRange(totals.amount(), "38500.02", "38500.02");
    for (int i = 0; i < book.size(); i++) {
      assertThat(items.get(i).amount()).as("item " + i)
          .contains(AmountRange.exactly(Cny.of(FIRST_LOAN_CASES[i][5])));
    }
    String ndjson = String.join("\n", book.stream().map(HuiqiJson::write).map(s -> s.replace("\n", "")).toList());
    List<BookItem> lines = new ArrayList<>();
    assertThat(BookSource.ndjson(new StringReader(ndjson), FirstLoanRequest.class, r -> java.util.Optional.empty())
        .run(BookCalculators.firstLoan(FIRST_LOAN), lines::add)).isEqualTo(totals);
    // the columnar fast path adds months on epoch days (BookFen.plusMonths), which must roll back as LocalDate does
    BookFirstLoanColumns columns = new BookFirstLoanColumns(book.size(), book.size());
    book.forEach(columns::add);
    assertThat(BookFirstLoanFastPath.of(FIRST_LOAN, FirstLoanOptions.DEFAULTS).compute(columns).toTotals())
        .isEqualTo(totals);
    // one row a case, so each row's figure is checked, not only the sum
    for (int i = 0; i < book.size(); i++) {
      BookFirstLoanColumns one = new BookFirstLoanColumns(1, 1);
      one.add(book.get(i));
      assertThat(BookFirstLoanFastPath.of(FIRST_LOAN, FirstLoanOptions.DEFAULTS).compute(one).toTotals().amount())
          .as("columns, case " + i).isEqualTo(AmountRange.exactly(Cny.of(FIRST_LOAN_CASES[i][5])));
    }
  }

  //-------------------------------------------------------------------------
  // 第十五条 Shanghai first 普惠 loan of 2022-Q4, 1,000,000 at 4%, guaranteed by the municipal fund; the caller's term
  private static String shFirstLoan(String drawdown, String maturity, int months, String dayCount) {
    return q("{'enterprise': {'registrationRegionCode': '310115', 'size': 'SMALL'}, 'subsidyTermMonths': " + months
        + ", 'loans': [{'loan': {'loanId': 'S1', 'principal': " + cny("1000000") + ", 'drawdownDate': '" + drawdown
        + "', 'maturityDate': '" + maturity + "', 'annualInterestRate': '4%', 'lenderRegionCode': '310000'},"
        + " 'firstInclusiveFinanceLoan': true, 'guaranteedByPolicyFund': true}]"
        + (dayCount == null ? "" : ", 'options': {'dayCount': '" + dayCount + "'}") + "}");
  }

  private static FirstLoanResult shPaths(String json) {
    FirstLoanGuaranteedRequest request = HuiqiJson.read(json, FirstLoanGuaranteedRequest.class);
    FirstLoanResult explained = FirstLoanGuaranteedCalculator.DEFAULT.explainSubsidy(SH_FIRST_LOAN, request);
    FirstLoanResult fromJson = HuiqiJson.read(FirstLoanGuaranteedCalculator.DEFAULT.explainSubsidyJson(SH_FIRST_LOAN,
        json), FirstLoanResult.class);
    assertThat(fromJson.eligibility().verdict()).isEqualTo(explained.eligibility().verdict());
    assertThat(fromJson.amount()).isEqualTo(explained.amount());
    assertThat(fromJson.loans()).isEqualTo(explained.loans());
    assertThat(FirstLoanGuaranteedCalculator.DEFAULT.subsidy(SH_FIRST_LOAN, request)).as("plain form")
        .isEqualTo(explained.amount().minimum());
    return explained;
  }

  @ParameterizedTest(name = "drawn {0} for {2} months ({3}): until {4}, {5}")
  @CsvSource(nullValues = "-", value = {
      // the quarter's last day for 2 months: 2023-02-28 (February has no 31st), 31 + 28 = 59 days:
      // 1,000,000 × 2% × 59 ÷ 360 = 3,277.777… → 3,277.78
      "2022-12-31, 2023-12-31, 2, -, 2023-02-28, 3277.78",
      // 2022-11-30 for 3 months: 2023-02-28 (no 30 February), 31 + 31 + 28 = 90 days: 20,000 × 90 ÷ 360 = 5,000.00
      "2022-11-30, 2023-11-30, 3, -, 2023-02-28, 5000.00",
      // 2022-12-31 for 14 months, a loan of two years: 2024-02-29 (2024 is a leap year): 365 + 31 + 29 = 425 days:
      // 20,000 × 425 ÷ 360 = 23,611.111… → 23,611.11
      "2022-12-31, 2024-12-31, 14, -, 2024-02-29, 23611.11",
      // the same under ACT/365F (an option, register §4.1 item 1): 20,000 × 425 ÷ 365 = 23,287.671… → 23,287.67
      "2022-12-31, 2024-12-31, 14, ACT/365F, 2024-02-29, 23287.67",
      // 12 months from the quarter's first day: 2023-10-01, 365 days: 20,000 × 365 ÷ 360 = 20,277.777… → 20,277.78
      "2022-10-01, 2023-10-01, 12, -, 2023-10-01, 20277.78",
      // 12 months from 2022-12-31, maturing before the term's end on 2023-06-30: the maturity ends it, 181 days:
      // 20,000 × 181 ÷ 360 = 10,055.555… → 10,055.56
      "2022-12-31, 2023-06-30, 12, -, 2023-06-30, 10055.56"})
  void test_shanghaiFirstLoan_termsEndingAtMonthEnds_andAcrossTheLeapDay(String drawdown, String maturity,
      int months, String dayCount, String until, String amount) {
    FirstLoanResult r = shPaths(shFirstLoan(drawdown, maturity, months, dayCount));
    assertThat(r.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertRange(r.amount(), amount, amount);
    assertThat(r.loans().get(0).subsidisedUntil()).contains(LocalDate.parse(until));
  }

  //-------------------------------------------------------------------------
  // 第13条 tech-SME: interest accrued in 2023 at 50% + 30 = 80%, outside 2023 at the 2020 办法's 50% (register §4.1
  // items 7, 8); an enrolled firm, no first-time borrowing, nothing received before
  private static String techSme(String interest) {
    return q("{'enterprise': {'registrationRegionCode': '440305', 'firstTimeBorrower': false,"
        + " 'enrolledTechSme': true}, 'interest': [" + interest + "], 'guaranteeFees': [], 'insurancePremiums': [],"
        + " 'programmeTotalReceived': " + cny("0") + "}");
  }

  private static String interest(String id, String from, String to, String paid) {
    return "{'itemId': '" + id + "', 'loanId': 'L1', 'accrualStart': '" + from + "', 'accrualEnd': '" + to
        + "', 'paymentDate': '" + to + "', 'interestPaid': " + cny(paid) + "}";
  }

  private static TechSmeResult techSmePaths(String json) {
    TechSmeRequest request = HuiqiJson.read(json, TechSmeRequest.class);
    TechSmeResult explained = TechSmeCalculator.DEFAULT.explainSubsidy(TECH_SME, request);
    TechSmeResult fromJson = HuiqiJson.read(TechSmeCalculator.DEFAULT.explainSubsidyJson(TECH_SME, json),
        TechSmeResult.class);
    assertThat(fromJson.eligibility().verdict()).isEqualTo(explained.eligibility().verdict());
    assertThat(fromJson.amount()).isEqualTo(explained.amount());
    assertThat(fromJson.interestSubsidy()).isEqualTo(explained.interestSubsidy());
    assertThat(TechSmeCalculator.DEFAULT.subsidy(TECH_SME, request)).as("plain form")
        .isEqualTo(explained.amount().minimum());
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookCalculators.techSme(TECH_SME).run(List.of(request), items::add);
    assertThat(totals.amount()).as("book").isEqualTo(explained.amount());
    return explained;
  }

  @ParameterizedTest(name = "{0} .. {1} ({2}): {3}")
  @CsvSource({
      // one day, 2023-12-31 (accrualEnd 2024-01-01 not counted): all of it arises in 2023: 100.00 × 80% = 80.00
      "2023-12-31, 2024-01-01, 100.00, 80.00",
      // one day, 2024-01-01: none in 2023: 100.00 × 50% = 50.00
      "2024-01-01, 2024-01-02, 100.00, 50.00",
      // one day, 2022-12-31: 50.00
      "2022-12-31, 2023-01-01, 100.00, 50.00",
      // 2023-12-01 .. 2024-03-01 across the leap day: 31 + 31 + 29 = 91 days, 31 of them in 2023; 9,100.00 split by
      // days: 3,100.00 × 80% + 6,000.00 × 50% = 2,480.00 + 3,000.00 = 5,480.00
      "2023-12-01, 2024-03-01, 9100.00, 5480.00",
      // 2023-12-30 .. 2024-01-02, 3 days, 2 in 2023: 100.00 × (2 × 80% + 1 × 50%) ÷ 3 = 70.00 (split first:
      // 66.67 × 80% + 33.33 × 50% = 53.336 + 16.665 = 70.001 → 70.00, the same)
      "2023-12-30, 2024-01-02, 100.00, 70.00",
      // the whole of 2023 in one period, 2023-01-01 .. 2024-01-01: 365 days all in 2023: 36,500.00 × 80% = 29,200.00
      "2023-01-01, 2024-01-01, 36500.00, 29200.00",
      // 2024-02-29 .. 2024-03-01, the leap day alone: 50.00
      "2024-02-29, 2024-03-01, 100.00, 50.00"})
  void test_techSme_interestSplitAtTheYearsEnd_andAcrossTheLeapDay(String from, String to, String paid,
      String subsidy) {
    TechSmeResult r = techSmePaths(techSme(interest("I1", from, to, paid)));
    assertThat(r.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertRange(r.interestSubsidy(), subsidy, subsidy);
    assertRange(r.amount(), subsidy, subsidy);
  }

  @Test
  void test_techSme_aPeriodOfNoDays_aTypedErrorNamingTheField() {
    // accrualEnd is the end of the period, not counted, after the start: a period 2023-06-01 .. 2023-06-01 holds
    // no day to bear interest, so it is bad input naming the field and the value, never a division by zero
    String json = techSme(interest("I1", "2023-06-01", "2023-06-01", "100.00"));
    assertThatThrownBy(() -> TechSmeCalculator.DEFAULT.explainSubsidy(TECH_SME,
        HuiqiJson.read(json, TechSmeRequest.class)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).contains("accrualEnd");
          assertThat(String.valueOf(e.value())).contains("2023-06-01");
        });
    assertThatThrownBy(() -> TechSmeCalculator.DEFAULT.explainSubsidyJson(TECH_SME, json))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("/interest/0/accrualEnd"));
  }

  //-------------------------------------------------------------------------
  // 第5条 pool: the 2022 window 2022-03-01..2022-06-30 (the pack's upliftWindows[0], register §2.1), base 30%;
  // the pool's parameters from 2019-01-01 (register §4.6 item 65)
  private static String claim(String grant, String extension, String npl) {
    return q("{'loanId': 'P1', 'category': 'GENERAL', 'principal': " + cny("2000000") + ", 'grantDate': '" + grant
        + "'," + (extension == null ? "" : " 'extensionDate': '" + extension + "',")
        + " 'firstNonPerformingDate': '" + npl + "', 'principalOutstanding': " + cny("1000000.01") + ","
        + " 'guaranteedByFinancingGuarantor': false, 'reGuaranteed': false, 'underOtherRiskCompensation': false}");
  }

  private static final String[][] POOL_CASES = {
      // 2022's window, its day before, first day, last day and day after: 30%, 60%, 60%, 30%;
      // 1,000,000.01 × 30% = 300,000.003 → 300,000.00; × 60% = 600,000.006 → 600,000.01
      {"2022-02-28", null, "2023-11-01", "ELIGIBLE", "30%", "300000.00"},
      {"2022-03-01", null, "2023-11-01", "ELIGIBLE", "60%", "600000.01"},
      {"2022-06-30", null, "2023-11-01", "ELIGIBLE", "60%", "600000.01"},
      {"2022-07-01", null, "2023-11-01", "ELIGIBLE", "30%", "300000.00"},
      // granted the day before the 2022 window, extended on its first day ("展期视同新增"): 60%
      {"2022-02-28", "2022-03-01", "2023-11-01", "ELIGIBLE", "60%", "600000.01"},
      // granted on 2022's last window day, extended between the windows (2022-12-31): a loan of 2022-12-31, 30%
      {"2022-06-30", "2022-12-31", "2023-11-01", "ELIGIBLE", "30%", "300000.00"},
      // extended on 2023-03-31, the 2023 window's last day: 60%
      {"2022-06-30", "2023-03-31", "2023-11-01", "ELIGIBLE", "60%", "600000.01"},
      // first non-performing 2019-01-01, the 细则's first day: 30%
      {"2018-06-01", null, "2019-01-01", "ELIGIBLE", "30%", "300000.00"},
      // first non-performing 2018-12-31: no parameter valid yet, nothing (item 65)
      {"2018-06-01", null, "2018-12-31", "INELIGIBLE", null, "0.00"}};

  @Test
  void test_riskPool_the2022Window_extensionsBetweenWindows_andThePoolsStart_allPaths() {
    List<RiskPoolClaim> claims = new ArrayList<>();
    StringBuilder csv = new StringBuilder("loanId,category,principal,grantDate,extensionDate,firstNonPerformingDate,"
        + "principalOutstanding,guaranteedByFinancingGuarantor,reGuaranteed,underOtherRiskCompensation\n");
    for (int i = 0; i < POOL_CASES.length; i++) {
      String[] c = POOL_CASES[i];
      String json = claim(c[0], c[1], c[2]);
      RiskPoolClaim claim = HuiqiJson.read(json, RiskPoolClaim.class);
      claims.add(claim);
      csv.append("P").append(i).append(",GENERAL,2000000,").append(c[0]).append(',')
          .append(c[1] == null ? "" : c[1]).append(',').append(c[2]).append(",1000000.01,false,false,false\n");
      String label = String.join(" ", c[0], String.valueOf(c[1]), c[2]);
      RiskPoolLoanCompensation explained = RiskPoolCalculator.DEFAULT.explainCompensation(POOL, claim);
      RiskPoolLoanCompensation fromJson = HuiqiJson.read(RiskPoolCalculator.DEFAULT.explainClaimsJson(POOL,
          "{\"claims\": [" + json + "]}"), RiskPoolResult.class).claims().get(0).compensation().orElseThrow();
      for (RiskPoolLoanCompensation r : List.of(explained, fromJson)) {
        assertThat(r.eligibility().verdict()).as(label).isEqualTo(Verdict.valueOf(c[3]));
        assertRange(r.compensation(), c[5], c[5]);
        if (c[4] != null) {
          assertThat(r.ratio().toString()).as(label).isEqualTo(c[4]);
        }
      }
      assertThat(RiskPoolCalculator.DEFAULT.compensation(POOL, claim)).as(label).isEqualTo(Cny.of(c[5]));
    }
    // the book: 300,000.00 + 600,000.01 × 2 + 300,000.00 + 600,000.01 + 300,000.00 + 600,000.01 + 300,000.00 + 0
    // = 3,600,000.04; eight eligible, one ineligible; the stream, the columns and the CSV agree
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookCalculators.riskPool(POOL, RiskPoolOptions.DEFAULTS).run(claims, items::add);
    assertThat(totals.eligible()).isEqualTo(8);
    assertThat(totals.ineligible()).isEqualTo(1);
    assertRange(totals.amount(), "3600000.04", "3600000.04");
    BookRiskPoolColumns columns = new BookRiskPoolColumns(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      columns.set(i, claims.get(i));
    }
    assertThat(BookRiskPoolFastPath.of(POOL, RiskPoolOptions.DEFAULTS).compute(columns).toTotals())
        .isEqualTo(totals);
    for (int i = 0; i < claims.size(); i++) {
      assertThat(columns.item(i).amount()).as("column " + i)
          .contains(AmountRange.exactly(Cny.of(POOL_CASES[i][5])));
    }
    List<BookItem> rows = new ArrayList<>();
    assertThat(BookSource.csv(new StringReader(csv.toString()), BookSource.RISK_POOL_CLAIMS, "loanId")
        .run(BookCalculators.riskPool(POOL, RiskPoolOptions.DEFAULTS), rows::add)).isEqualTo(totals);
  }

  //-------------------------------------------------------------------------
  // 第6条 fee reduction: 1.5% × 60% = 0.9% for a small borrower's government guarantee set in 2023, the fee over
  // whole months ÷ 12 plus odd days ÷ 360 (register §4.3 item 21), on 1,000,000
  @ParameterizedTest(name = "{0} .. {1}: {2} against {3}")
  @CsvSource({
      // 2023-11-30 .. 2024-02-29: a month on from 11-30 is 12-30, two 2024-01-30, three 2024-02-29 (no 30 February,
      // the month's last day): three whole months, no odd day: 9,000 × 3 ÷ 12 = 2,250.00; at 1.5%: 3,750.00
      "2023-11-30, 2024-02-29, 2250.00, 3750.00",
      // 2023-12-31 .. 2024-02-29: two whole months (2024-01-31, 2024-02-29): 9,000 × 2 ÷ 12 = 1,500.00; 2,500.00
      "2023-12-31, 2024-02-29, 1500.00, 2500.00",
      // 2023-12-31 .. 2024-02-28: one whole month (2024-01-31) and 28 odd days: 9,000 × (30 + 28) ÷ 360 = 1,450.00;
      // 15,000 × 58 ÷ 360 = 2,416.666… → 2,416.67
      "2023-12-31, 2024-02-28, 1450.00, 2416.67",
      // 2023-02-28 .. 2024-02-29: twelve whole months to 2024-02-28 and one odd day: 9,000 × 361 ÷ 360 = 9,025.00;
      // 15,000 × 361 ÷ 360 = 15,041.666… → 15,041.67
      "2023-02-28, 2024-02-29, 9025.00, 15041.67"})
  void test_feeReduction_wholeMonthsEndingAtMonthEnds_andTheLeapDay(String start, String end, String fee,
      String standardFee) {
    String json = q("{'borrowerSize': 'SMALL', 'governmentGuarantor': true, 'guaranteedPrincipal': "
        + cny("1000000") + ", 'standardFeeRate': '1.5%', 'guaranteeStart': '" + start + "', 'guaranteeEnd': '" + end
        + "'}");
    GuaranteeFeeReductionRequest request = HuiqiJson.read(json, GuaranteeFeeReductionRequest.class);
    GuaranteeFeeReductionResult explained = GuaranteeFeeReductionCalculator.DEFAULT.explainFee(REDUCTION, request);
    GuaranteeFeeReductionResult fromJson = HuiqiJson.read(
        GuaranteeFeeReductionCalculator.DEFAULT.explainFeeJson(REDUCTION, json), GuaranteeFeeReductionResult.class);
    for (GuaranteeFeeReductionResult r : List.of(explained, fromJson)) {
      assertThat(r.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(r.reducedFee()).isEqualTo(Cny.of(fee));
      assertThat(r.standardFee()).isEqualTo(Cny.of(standardFee));
    }
    assertThat(GuaranteeFeeReductionCalculator.DEFAULT.fee(REDUCTION, request)).isEqualTo(Cny.of(fee));
  }

  //-------------------------------------------------------------------------
  // 小升规方案 第十条 interest: 50% of the interest paid within 3 years of the project's subsidy start, that day
  // included, to the day before the same date 3 years on, or the month's last day when it has none (register §4.1
  // item 9, 《民法典》第二百零二条); a payment straddling the end counted by its days inside (算头不算尾)
  @ParameterizedTest(name = "from {0}: {1} .. {2} ({3}): counted {4}, {5}")
  @CsvSource({
      // from 2024-02-29: 2027 has no 29 February, so the third year ends on 2027-02-28, counted. 2,800.00 for
      // 2027-02-01 .. 2027-03-01 (28 days, all inside): 2,800.00 counted, 50% = 1,400.00
      "2024-02-29, 2027-02-01, 2027-03-01, 2800.00, 2800.00, 1400.00",
      // 200.00 for 2027-02-28 .. 2027-03-02 (2 days, 02-28 inside, 03-01 not): 100.00 counted, 50.00
      "2024-02-29, 2027-02-28, 2027-03-02, 200.00, 100.00, 50.00",
      // from 2023-08-31: the same date 3 years on, 2026-08-31, exists: the last day is 2026-08-30. 3,100.00 for
      // 2026-08-01 .. 2026-09-01 (31 days, 30 inside): 3,100 × 30 ÷ 31 = 3,000.00 counted, 1,500.00
      "2023-08-31, 2026-08-01, 2026-09-01, 3100.00, 3000.00, 1500.00",
      // from 2023-01-31: the last day 2026-01-30. 3,100.00 for 2026-01-01 .. 2026-02-01 (31 days, 30 inside):
      // 3,000.00 counted, 1,500.00
      "2023-01-31, 2026-01-01, 2026-02-01, 3100.00, 3000.00, 1500.00"})
  void test_renovationInterest_threeYearsFromAMonthsEnd_andFromTheLeapDay(String start, String from, String until,
      String paid, String counted, String subsidy) {
    String json = q("{'eligibleProject': true, 'subsidyStart': '" + start + "', 'payments': [{'paymentId': 'R1',"
        + " 'kind': 'BANK_FIXED_ASSET_LOAN', 'interestFrom': '" + from + "', 'interestUntil': '" + until + "',"
        + " 'interestPaid': " + cny(paid) + "}]}");
    RenovationInterestRequest request = HuiqiJson.read(json, RenovationInterestRequest.class);
    RenovationInterestResult explained = RenovationInterestCalculator.DEFAULT.explainSubsidy(RENOVATION_INTEREST,
        request);
    RenovationInterestResult fromJson = HuiqiJson.read(RenovationInterestCalculator.DEFAULT.explainSubsidyJson(
        RENOVATION_INTEREST, json), RenovationInterestResult.class);
    for (RenovationInterestResult r : List.of(explained, fromJson)) {
      assertThat(r.interestCounted()).isEqualTo(Cny.of(counted));
      assertRange(r.amount(), subsidy, subsidy);
    }
    assertThat(RenovationInterestCalculator.DEFAULT.subsidy(RENOVATION_INTEREST, request)).isEqualTo(Cny.of(subsidy));
  }

  //-------------------------------------------------------------------------
  // the 专精特新 draft 第五条: "担保费率不高于国家当期银行贷款基准利率的二分之一", the PBoC benchmark of the loan's term
  // bracket (≤1y 4.35%, 1–5y 4.75%, register §4.3 item 20) on the contract date; the fee at the cap over whole
  // months ÷ 12 plus odd days ÷ 360 (§4.3 item 21). A year from a leap day ends on 28 February (§4.6 item 62 (b))
  @ParameterizedTest(name = "{0} .. {1}: {2}, {3}")
  @CsvSource({
      // 2024-02-29 .. 2025-02-28: a year exactly (2025 has no 29 February), ≤1y: 4.35% × ½ = 2.175%; 12 whole
      // months: 1,000,000 × 2.175% = 21,750.00
      "2024-02-29, 2025-02-28, 2.175%, 21750.00",
      // .. 2025-03-01: a year and a day, 1–5y: 4.75% × ½ = 2.375%; 12 months and 1 odd day: 1,000,000 × 2.375% ×
      // 361 ÷ 360 = 23,815.972… → 23,815.97
      "2024-02-29, 2025-03-01, 2.375%, 23815.97",
      // 2023-02-28 .. 2024-02-28: a year exactly, ≤1y: 21,750.00
      "2023-02-28, 2024-02-28, 2.175%, 21750.00",
      // .. 2024-02-29: the same day a year on is 02-28, so 02-29 is a year and a day: 1–5y, 23,815.97
      "2023-02-28, 2024-02-29, 2.375%, 23815.97"})
  void test_feeCapDraft_termBracketsAcrossTheLeapDay(String start, String maturity, String cap, String fee)
      throws Exception {
    GuaranteeFeeBenchmarkCapRequest request = GuaranteeFeeBenchmarkCapRequest.builder()
        .contractDate(LocalDate.parse(start)).loanStart(LocalDate.parse(start)).maturity(LocalDate.parse(maturity))
        .specialisedAndInnovative(true).governmentGuarantor(true).guaranteedPrincipal(Cny.of("1000000")).build();
    GuaranteeFeeBenchmarkCapResult explained = GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCap(FEE_CAP,
        request);
    GuaranteeFeeBenchmarkCapResult fromJson = HuiqiJson.read(GuaranteeFeeBenchmarkCapCalculator.DEFAULT
        .explainFeeRateCapJson(FEE_CAP, HuiqiJson.write(request)), GuaranteeFeeBenchmarkCapResult.class);
    for (GuaranteeFeeBenchmarkCapResult r : List.of(explained, fromJson)) {
      assertThat(r.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(r.feeRateCap()).contains(Rate.parse(cap));
      assertThat(r.maximumFee()).contains(Cny.of(fee));
    }
    assertThat(GuaranteeFeeBenchmarkCapCalculator.DEFAULT.feeRateCap(FEE_CAP, request)).contains(Rate.parse(cap));
    // the book of fee caps: the same figure
    List<BookItem> items = new ArrayList<>();
    BookCalculators.guaranteeFeeCap(FEE_CAP).run(List.of(request), items::add);
    assertThat(items.get(0).amount()).contains(AmountRange.exactly(Cny.of(fee)));
  }

  @Test
  void test_aLoanMaturingTheDayItIsDrawn_aTypedErrorNamingTheField() {
    // a loan's maturity is after its drawdown (the period of use 算头不算尾 holds no day otherwise): a loan drawn and
    // maturing on 2023-02-01 is bad input naming the maturity and its value, on the JSON path as a pointer
    String json = firstLoan("2023-02-01", "2023-02-01", null);
    assertThatThrownBy(() -> FirstLoanCalculator.DEFAULT.explainSubsidyJson(FIRST_LOAN, json))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("/loans/0/maturityDate");
          assertThat(e.value()).isEqualTo("2023-02-01");
        });
    assertThatThrownBy(() -> HuiqiJson.read(json, FirstLoanRequest.class))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).endsWith("maturityDate"));
  }
}
