package io.github.huiqi.calculators.financing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.batch.book.BookCalculators;
import io.github.huiqi.calculators.batch.book.BookColumnTotals;
import io.github.huiqi.calculators.batch.book.BookFirstLoanColumns;
import io.github.huiqi.calculators.batch.book.BookFirstLoanFastPath;
import io.github.huiqi.calculators.batch.book.BookItem;
import io.github.huiqi.calculators.batch.book.BookRiskPoolColumns;
import io.github.huiqi.calculators.batch.book.BookRiskPoolFastPath;
import io.github.huiqi.calculators.batch.book.BookTotals;
import io.github.huiqi.calculators.classification.scale.ScaleUpPoolCalculator;
import io.github.huiqi.calculators.classification.scale.ScaleUpPoolRequest;
import io.github.huiqi.calculators.classification.scale.ScaleUpPoolResult;
import io.github.huiqi.calculators.financing.deferral.DeferralCalculator;
import io.github.huiqi.calculators.financing.deferral.DeferralRequest;
import io.github.huiqi.calculators.financing.deferral.DeferralResult;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanOptions;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyResult;
import io.github.huiqi.calculators.financing.renovation.RenovationGrantCalculator;
import io.github.huiqi.calculators.financing.renovation.RenovationGrantRequest;
import io.github.huiqi.calculators.financing.renovation.RenovationGrantResult;
import io.github.huiqi.calculators.financing.renovation.RenovationInterestCalculator;
import io.github.huiqi.calculators.financing.renovation.RenovationInterestRequest;
import io.github.huiqi.calculators.financing.renovation.RenovationInterestResult;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolCalculator;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolLoanCompensation;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolRequest;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolResult;
import io.github.huiqi.calculators.financing.techsme.TechSmeCalculator;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.calculators.financing.techsme.TechSmeResult;
import io.github.huiqi.core.classification.scale.ScaleUpPoolMeasure;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.deferral.DeferralMeasure;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.financing.renovation.RenovationGrantMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A blind, hand-worked QA audit of the Shenzhen financing calculators through their typed paths: each case's figure
 * was worked from the clause (and, where the clause is silent, the decisions register) before the calculators'
 * code was read, and each is run through the calculator's plain form, its explaining form and its JSON form, which
 * must agree to the fen, on the verdict and on the missing facts. Sources: 深工信〔2023〕26号 第5条 (risk pool
 * "2023年1月1日至3月31日新增贷款（展期视同新增）…提高30个百分点，补偿比例最高为80%"; first loan "2023年1-3月…首次获得贷款…2%的
 * 贴息补助，单户企业贴息金额最高20万元，贴息期限不超过6个月", with the 2022 首贷 rules' 1-month and 2% floors), 第6条
 * ("担保费率最高减免40%、且不高于1%"), 第7条 ("2022年第四季度到期…最长可延至2023年6月30日"), 第13条 ("贴息支持比例提高30
 * 个百分点，最高可按照实际支付利息的80%", with the 2020 办法 第十四条); 小升规方案 第四条 ("上一年度营业收入1000至2000万元的
 * 小微工业企业") and 第十条 ("不超过项目总投资额10-20%…资助上限为5000万元…按实际支付利息的50%，给予最高500万元"); the 2021
 * reply letter 二 with its 2017 guide (30% of the fee, loans ≤ 3,000,000, fee rate ≤ 50% of the loan rate, 300,000 a
 * year). Readings from the register: ACT/360 算头不算尾 (§4.1 item 1), months end on the same day or the month's last
 * day (§4.6 item 62 (b)), half-up to the fen once (§4.5 item 35), the band stopping below 20,000,000 (§1.3 001-4a),
 * the 1% ceiling on the reduced rate (§4.3 item 18), whole months ÷ 12 for fees (§4.3 item 21).
 * The engine and the command line run the same measures in {@code HuiqiCliShenzhenLoansBlindAuditTest}.
 */
class ShenzhenLoansBlindAuditTest {

  private static final PolicyData DATA = PolicyData.builtIn();
  private static final FirstLoanMeasure FIRST_LOAN = DATA.getMeasure(FirstLoanMeasure.SHENZHEN_2023);
  private static final TechSmeMeasure TECH_SME = DATA.getMeasure(TechSmeMeasure.SHENZHEN_2023);
  private static final RiskPoolMeasure POOL = DATA.getMeasure(RiskPoolMeasure.SHENZHEN_2023);
  private static final GuaranteeFeeReductionMeasure REDUCTION =
      DATA.getMeasure(GuaranteeFeeReductionMeasure.SHENZHEN_2023);
  private static final GuaranteeFeeSubsidyMeasure FEE_SUBSIDY =
      DATA.getMeasure(GuaranteeFeeSubsidyMeasure.SHENZHEN_2021);
  private static final DeferralMeasure DEFERRAL = DATA.getMeasure(DeferralMeasure.SHENZHEN_2023);
  private static final RenovationInterestMeasure RENOVATION_INTEREST =
      DATA.getMeasure(RenovationInterestMeasure.SHENZHEN_2022);
  private static final RenovationGrantMeasure GRANT = DATA.getMeasure(RenovationGrantMeasure.SHENZHEN_2022);
  private static final ScaleUpPoolMeasure CULTIVATION = DATA.getMeasure(ScaleUpPoolMeasure.SHENZHEN_2022);

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

  private static void assertLimit(Optional<BindingLimit> limit, String code, String amount) {
    BindingLimit binding = limit.orElseThrow(() -> new AssertionError("no binding limit"));
    assertThat(binding.code()).isEqualTo(code);
    assertThat(binding.limit()).isEqualTo(Cny.of(amount));
  }

  //-------------------------------------------------------------------------
  // 第5条 first loan: a first-time borrower, independent, not on the dishonesty list; one loan from a Shenzhen bank
  private static String firstLoan(String principal, String drawdown, String repayment, String rate) {
    return q("{'enterprise': {'registrationRegionCode': '440304', 'independentLegalPerson': true,"
        + " 'firstTimeBorrower': true, 'onSeriousDishonestyList': false}, 'loans': [" + loan("L1", principal,
        drawdown, repayment, rate) + "]}");
  }

  private static String loan(String id, String principal, String drawdown, String repayment, String rate) {
    LocalDate drawn = LocalDate.parse(drawdown);
    return "{'loanId': '" + id + "', 'principal': " + cny(principal) + ", 'drawdownDate': '" + drawdown + "',"
        + " 'maturityDate': '" + drawn.plusYears(1) + "',"
        + (repayment == null ? "" : " 'repaymentDate': '" + repayment + "',")
        + " 'annualInterestRate': '" + rate + "', 'lenderRegionCode': '440300', 'firstDrawdownOfFirstContract': true,"
        + " 'forProductionOrOperation': true, 'subsidisedUnderAnotherMunicipalScheme': false}";
  }

  /** The three typed paths of the first-loan calculator, which must agree; returns the explained result. */
  private static FirstLoanResult firstLoanPaths(String json) {
    FirstLoanRequest request = HuiqiJson.read(json, FirstLoanRequest.class);
    FirstLoanResult explained = FirstLoanCalculator.DEFAULT.explainSubsidy(FIRST_LOAN, request);
    FirstLoanResult fromJson = HuiqiJson.read(FirstLoanCalculator.DEFAULT.explainSubsidyJson(FIRST_LOAN, json),
        FirstLoanResult.class);
    assertThat(fromJson.eligibility().verdict()).isEqualTo(explained.eligibility().verdict());
    assertThat(fromJson.eligibility().missingFacts()).isEqualTo(explained.eligibility().missingFacts());
    assertThat(fromJson.amount()).isEqualTo(explained.amount());
    assertThat(fromJson.bindingLimit()).isEqualTo(explained.bindingLimit());
    if (explained.eligibility().verdict() != Verdict.UNDETERMINED) {
      assertThat(FirstLoanCalculator.DEFAULT.subsidy(FIRST_LOAN, request)).as("plain form")
          .isEqualTo(explained.amount().minimum());
    }
    return explained;
  }

  @ParameterizedTest(name = "drawn {0}: {1} {2}")
  @CsvSource({
      // the day before the window ("2023年1-3月" = 2023-01-01..2023-03-31, register §4.6 item 38): nothing
      "2022-12-31, INELIGIBLE, 0.00",
      // the first day: 6 months to 2023-07-01, not counted: 31+28+31+30+31+30 = 181 days;
      // 1,000,000 × 2% × 181 ÷ 360 = 10,055.555… → 10,055.56
      "2023-01-01, ELIGIBLE, 10055.56",
      // the last day: 6 months on is 2023-09-30 (September has no 31st, register §4.6 item 62 (b)):
      // 30+31+30+31+31+30 = 183 days; 1,000,000 × 2% × 183 ÷ 360 = 10,166.666… → 10,166.67
      "2023-03-31, ELIGIBLE, 10166.67",
      // the day after: nothing
      "2023-04-01, INELIGIBLE, 0.00"})
  void test_firstLoan_windowEdges(String drawdown, Verdict verdict, String amount) {
    FirstLoanResult r = firstLoanPaths(firstLoan("1000000", drawdown, null, "4%"));
    assertThat(r.eligibility().verdict()).isEqualTo(verdict);
    assertRange(r.amount(), amount, amount);
  }

  @Test
  void test_firstLoan_minimumUseMonth_exactlyOneMonthPays_aDayLessNothing() {
    // drawn 2023-01-31, repaid 2023-02-28: one month on from the 31st is February's last day, so exactly one month
    // of use (the 2022 rules: "实际用款时间不足1个月的不予贴息"); 28 days: 1,000,000 × 2% × 28 ÷ 360 = 1,555.555… →
    // 1,555.56
    FirstLoanResult month = firstLoanPaths(firstLoan("1000000", "2023-01-31", "2023-02-28", "4%"));
    assertThat(month.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertRange(month.amount(), "1555.56", "1555.56");
    // repaid 2023-02-27: a day short of one month: nothing
    FirstLoanResult short1 = firstLoanPaths(firstLoan("1000000", "2023-01-31", "2023-02-27", "4%"));
    assertThat(short1.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertRange(short1.amount(), "0.00", "0.00");
  }

  @Test
  void test_firstLoan_loanRateAtTheTwoPercentFloor_andBelow() {
    // the 2022 rules: "贷款年利率低于2%的不予贴息": 2% exactly is not below: 1,000,000 × 2% × 181 ÷ 360 = 10,055.56
    FirstLoanResult floor = firstLoanPaths(firstLoan("1000000", "2023-02-01", null, "2%"));
    assertThat(floor.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertRange(floor.amount(), "10055.56", "10055.56");
    // 1.99%: below the floor, nothing
    FirstLoanResult below = firstLoanPaths(firstLoan("1000000", "2023-02-01", null, "1.99%"));
    assertThat(below.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertRange(below.amount(), "0.00", "0.00");
  }

  @ParameterizedTest(name = "principal {0}: {1}")
  @CsvSource({
      // drawn 2023-01-01, repaid 2023-06-30: 180 days (31+28+31+30+31+29); P × 2% × 180 ÷ 360 = P × 1%
      // 19,999,999 × 1% = 199,999.99: below the cap, no limit binding
      "19999999, 199999.99, false",
      // 20,000,000 × 1% = 200,000.00: the cap exactly reached ("单户企业贴息金额最高20万元")
      "20000000, 200000.00, false",
      // 20,000,001 × 1% = 200,000.01: passed by a fen, capped at 200,000.00, the cap binding
      "20000001, 200000.00, true"})
  void test_firstLoan_capPerEnterprise_reachedAndPassedByAFen(String principal, String amount, boolean binding) {
    FirstLoanResult r = firstLoanPaths(firstLoan(principal, "2023-01-01", "2023-06-30", "4%"));
    assertThat(r.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertRange(r.amount(), amount, amount);
    if (binding) {
      assertLimit(r.bindingLimit(), r.bindingLimit().orElseThrow().code(), "200000.00");
    } else {
      assertThat(r.bindingLimit()).isEmpty();
    }
  }

  @Test
  void test_firstLoan_twoLoansShareTheCap_inDrawdownOrder() {
    // L1 15,000,000 drawn 2023-01-01 repaid 2023-06-30: 15,000,000 × 1% = 150,000.00; L2 10,000,000 drawn
    // 2023-02-01 (to 2023-08-01, 181 days): 10,000,000 × 2% × 181 ÷ 360 = 100,555.555… → 100,555.56, of which
    // only 200,000 − 150,000 = 50,000.00 is left (the cap per enterprise, allocated in drawdown order, register
    // §4.6 item 50); in all 200,000.00
    String json = q("{'enterprise': {'registrationRegionCode': '440304', 'independentLegalPerson': true,"
        + " 'firstTimeBorrower': true, 'onSeriousDishonestyList': false}, 'loans': ["
        + loan("L2", "10000000", "2023-02-01", null, "4%") + ", "
        + loan("L1", "15000000", "2023-01-01", "2023-06-30", "4%") + "]}");
    FirstLoanResult r = firstLoanPaths(json);
    assertRange(r.amount(), "200000.00", "200000.00");
    assertThat(r.bindingLimit()).isPresent();
    assertThat(r.loans()).hasSize(2);
  }

  @Test
  void test_firstLoan_unknownFirstTimeBorrowing_namesTheFact_plainFormRefuses() {
    String json = firstLoan("1000000", "2023-02-01", null, "4%").replace("\"firstTimeBorrower\": true, ", "");
    FirstLoanResult r = firstLoanPaths(json);
    // undetermined, from zero to 10,055.56, naming the request's pointer
    assertThat(r.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertRange(r.amount(), "0.00", "10055.56");
    assertThat(r.eligibility().missingFacts()).containsExactly("/enterprise/firstTimeBorrower");
    FirstLoanRequest request = HuiqiJson.read(json, FirstLoanRequest.class);
    assertThatThrownBy(() -> FirstLoanCalculator.DEFAULT.subsidy(FIRST_LOAN, request))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/enterprise/firstTimeBorrower"));
  }

  //-------------------------------------------------------------------------
  // 第13条 tech-SME: 50% (70% a first-time borrower) of interest, +30 points for interest arising in 2023, at most 80%;
  // 贴保 50% ≤ 300,000 a year; premiums 50% ≤ 500,000; all ≤ 1,000,000 a year and ≤ 3,000,000 over the programme
  private static String techSme(boolean firstTime, String received, String interest, String fees) {
    return q("{'enterprise': {'registrationRegionCode': '440305', 'firstTimeBorrower': " + firstTime
        + ", 'enrolledTechSme': true}, 'interest': [" + interest + "], 'guaranteeFees': [" + fees
        + "], 'insurancePremiums': [], 'programmeTotalReceived': " + cny(received) + "}");
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
    assertThat(fromJson.guaranteeFeeSubsidy()).isEqualTo(explained.guaranteeFeeSubsidy());
    assertThat(fromJson.bindingLimits()).isEqualTo(explained.bindingLimits());
    if (explained.amount().isExact()) {
      assertThat(TechSmeCalculator.DEFAULT.subsidy(TECH_SME, request)).as("plain form")
          .isEqualTo(explained.amount().minimum());
    }
    return explained;
  }

  /** I1: 15 days of 2022 and 15 of 2023; I3: 1 day of 2023 and 30 of 2024; G1 a fee of 100,000 paid in 2023. */
  private static String yearCap(String i2, String received) {
    return techSme(false, received, interest("I1", "2022-12-17", "2023-01-16", "30000") + ", "
        + interest("I2", "2023-01-16", "2023-12-31", i2) + ", " + interest("I3", "2023-12-31", "2024-01-31", "31000"),
        "{'itemId': 'G1', 'paymentDate': '2023-03-01', 'amountPaid': " + cny("100000") + "}");
  }

  @Test
  void test_techSme_upliftDates_andTheYearlyCapExactlyReached() {
    // I1 30,000 for 2022-12-17..2023-01-16 (30 days, split by days, register §4.1 item 7): 15 days in 2022 at 50%,
    // 15 in 2023 at 50% + 30 = 80%: 15,000 × 50% + 15,000 × 80% = 7,500 + 12,000 = 19,500.00
    // I2 1,143,375.00 all in 2023: 80% = 914,700.00
    // I3 31,000 for 2023-12-31..2024-01-31 (31 days): 1 in 2023 at 80%, 30 in 2024 at 50% (the 2020 办法's own ratio,
    // register §4.1 item 8): 800 + 15,000 = 15,800.00; interest 950,000.00
    // G1: 50% × 100,000 = 50,000.00 (≤ 300,000)
    // in all 1,000,000.00: the 1,000,000 a year exactly reached (第十四条（四）)
    TechSmeResult r = techSmePaths(yearCap("1143375.00", "0"));
    assertThat(r.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertRange(r.interestSubsidy(), "950000.00", "950000.00");
    assertRange(r.guaranteeFeeSubsidy(), "50000.00", "50000.00");
    assertRange(r.amount(), "1000000.00", "1000000.00");
  }

  @Test
  void test_techSme_yearlyCapPassedByAFen_andTheProgrammeCap() {
    // I2 1,143,375.01: 80% = 914,700.008 → 914,700.01; in all 1,000,000.01: capped at 1,000,000.00
    TechSmeResult over = techSmePaths(yearCap("1143375.01", "0"));
    assertRange(over.amount(), "1000000.00", "1000000.00");
    assertThat(over.bindingLimits()).isNotEmpty();
    assertThat(over.bindingLimits().get(0).limit()).isEqualTo(Cny.of("1000000.00"));
    // 2,500,000 already received: the programme's 3,000,000 leaves 500,000.00
    TechSmeResult programme = techSmePaths(yearCap("1143375.00", "2500000"));
    assertRange(programme.amount(), "500000.00", "500000.00");
    assertThat(programme.bindingLimits()).extracting(BindingLimit::limit).contains(Cny.of("500000.00"));
  }

  @Test
  void test_techSme_firstTimeBorrower_70Plus30CappedAt80_and2022At70() {
    // a first-time borrower: 2022 interest at 70%, 2023 at min(70% + 30%, 80%) = 80% ("最高可按照实际支付利息的80%")
    // 10,000 for 2022-11-01..2022-12-01: 7,000.00; 10,000 for 2023-03-01..2023-04-01: 8,000.00; 15,000.00
    TechSmeResult r = techSmePaths(techSme(true, "0", interest("I1", "2022-11-01", "2022-12-01", "10000") + ", "
        + interest("I2", "2023-03-01", "2023-04-01", "10000"), ""));
    assertRange(r.amount(), "15000.00", "15000.00");
    assertThat(r.upliftedInterestRatio()).map(Object::toString).contains("80%");
  }

  @Test
  void test_techSme_guaranteeFeeCap_reachedAndPassed() {
    // 贴保 50% of 600,000 = 300,000.00: the 300,000 a year exactly (第十四条（三）)
    TechSmeResult exact = techSmePaths(techSme(false, "0", "",
        "{'itemId': 'G1', 'paymentDate': '2023-05-01', 'amountPaid': " + cny("600000") + "}"));
    assertRange(exact.guaranteeFeeSubsidy(), "300000.00", "300000.00");
    // 600,000.02: 300,000.01, capped at 300,000.00
    TechSmeResult over = techSmePaths(techSme(false, "0", "",
        "{'itemId': 'G1', 'paymentDate': '2023-05-01', 'amountPaid': " + cny("600000.02") + "}"));
    assertRange(over.guaranteeFeeSubsidy(), "300000.00", "300000.00");
    assertRange(over.amount(), "300000.00", "300000.00");
  }

  //-------------------------------------------------------------------------
  // 第5条 risk pool: the base 30% (2019 细则, register §4.2 item 11) + 30 points for a loan granted (or extended)
  // 2023-01-01..2023-03-31, at most 80%, of the principal outstanding at the first NPL classification
  private static String claim(String grant, String extension, String base, String outstanding) {
    return "{'loanId': 'P1', 'category': 'GENERAL', 'principal': " + cny("2000000") + ", 'grantDate': '" + grant
        + "'," + (extension == null ? "" : " 'extensionDate': '" + extension + "',")
        + (base == null ? "" : " 'baseRatio': '" + base + "',")
        + " 'firstNonPerformingDate': '2023-11-01', 'principalOutstanding': " + cny(outstanding) + ","
        + " 'guaranteedByFinancingGuarantor': false, 'reGuaranteed': false, 'underOtherRiskCompensation': false}";
  }

  private static RiskPoolLoanCompensation poolPaths(String claimJson) {
    String json = q(claimJson);
    RiskPoolClaim claim = HuiqiJson.read(json, RiskPoolClaim.class);
    RiskPoolLoanCompensation explained = RiskPoolCalculator.DEFAULT.explainCompensation(POOL, claim);
    RiskPoolResult batch = HuiqiJson.read(RiskPoolCalculator.DEFAULT.explainClaimsJson(POOL,
        "{\"claims\": [" + json + "]}"), RiskPoolResult.class);
    RiskPoolLoanCompensation fromJson = batch.claims().get(0).compensation().orElseThrow();
    assertThat(fromJson.ratio()).isEqualTo(explained.ratio());
    assertThat(fromJson.compensation()).isEqualTo(explained.compensation());
    assertThat(fromJson.eligibility().verdict()).isEqualTo(explained.eligibility().verdict());
    assertThat(RiskPoolCalculator.DEFAULT.explainClaims(POOL, RiskPoolRequest.of(List.of(claim))).totalCompensation())
        .isEqualTo(explained.compensation());
    if (explained.compensation().isExact()) {
      assertThat(RiskPoolCalculator.DEFAULT.compensation(POOL, claim)).as("plain form")
          .isEqualTo(explained.compensation().minimum());
    }
    return explained;
  }

  @ParameterizedTest(name = "granted {0}, extended {1}, base {2}: {3} → {4}")
  @CsvSource(nullValues = "-", value = {
      // the day before the window: the base 30%; 1,000,000.01 × 30% = 300,000.003 → 300,000.00
      "2022-12-31, -, -, 30%, 300000.00",
      // the first day: 30% + 30 = 60%; 1,000,000.01 × 60% = 600,000.006 → 600,000.01
      "2023-01-01, -, -, 60%, 600000.01",
      // the last day
      "2023-03-31, -, -, 60%, 600000.01",
      // the day after
      "2023-04-01, -, -, 30%, 300000.00",
      // granted before, extended in the window ("展期视同新增", register §4.2 item 15): 60%
      "2022-10-01, 2023-02-15, -, 60%, 600000.01",
      // granted in the window, extended after it: a loan of its extension date (register §4.6 item 65), 30%
      "2023-02-10, 2023-08-10, -, 30%, 300000.00",
      // an agreed base of 50%: 50% + 30 = 80%, the ceiling exactly reached. 1,000,000.01 × 80% = 800,000.008, which
      // half-up would make 800,000.01, above 80% of the loss: the ceiling is never crossed (ARCHITECTURE, "≤80% never
      // crossed"), so the amount stops at 800,000.00 (the audit first wrote 800,000.01: corrected)
      "2023-02-01, -, 50%, 80%, 800000.00",
      // 50.01% + 30 = 80.01%: passed, capped at "最高为80%"
      "2023-02-01, -, 50.01%, 80%, 800000.00"})
  void test_riskPool_windowEdges_extension_andTheCeiling(String grant, String extension, String base, String ratio,
      String amount) {
    RiskPoolLoanCompensation r = poolPaths(claim(grant, extension, base, "1000000.01"));
    assertThat(r.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(r.ratio().toString()).isEqualTo(ratio);
    assertRange(r.compensation(), amount, amount);
  }

  @Test
  void test_riskPool_exclusionsKnownAndUnknown() {
    // guaranteed by a financing-guarantee company: excluded (2018 rules), nothing
    RiskPoolLoanCompensation guaranteed = poolPaths(claim("2023-02-01", null, null, "1000000.01")
        .replace("'guaranteedByFinancingGuarantor': false", "'guaranteedByFinancingGuarantor': true"));
    assertThat(guaranteed.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertRange(guaranteed.compensation(), "0.00", "0.00");
    // another scheme not given: undetermined from zero to 600,000.01, naming the claim's fact
    RiskPoolLoanCompensation open = poolPaths(claim("2023-02-01", null, null, "1000000.01")
        .replace(", 'underOtherRiskCompensation': false", ""));
    assertThat(open.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertRange(open.compensation(), "0.00", "600000.01");
    assertThat(open.eligibility().missingFacts()).singleElement().asString().endsWith("underOtherRiskCompensation");
  }

  //-------------------------------------------------------------------------
  // 第6条 fee reduction: min(standard × (1 − 40%), 1%) for a small or micro borrower's government guarantee set in 2023;
  // the firm saves the fee at the standard rate less the reduced fee, each over whole months ÷ 12
  private static String reduction(String size, String standard, String start) {
    LocalDate from = LocalDate.parse(start);
    return q("{'borrowerSize': '" + size + "', 'governmentGuarantor': true, 'guaranteedPrincipal': " + cny("1000000")
        + ", 'standardFeeRate': '" + standard + "', 'guaranteeStart': '" + start + "', 'guaranteeEnd': '"
        + from.plusYears(1) + "'}");
  }

  private static GuaranteeFeeReductionResult reductionPaths(String json) {
    GuaranteeFeeReductionRequest request = HuiqiJson.read(json, GuaranteeFeeReductionRequest.class);
    GuaranteeFeeReductionResult explained = GuaranteeFeeReductionCalculator.DEFAULT.explainFee(REDUCTION, request);
    GuaranteeFeeReductionResult fromJson = HuiqiJson.read(
        GuaranteeFeeReductionCalculator.DEFAULT.explainFeeJson(REDUCTION, json), GuaranteeFeeReductionResult.class);
    assertThat(fromJson.eligibility().verdict()).isEqualTo(explained.eligibility().verdict());
    assertThat(fromJson.reducedFeeRate()).isEqualTo(explained.reducedFeeRate());
    assertThat(fromJson.reducedFee()).isEqualTo(explained.reducedFee());
    assertThat(fromJson.amount()).isEqualTo(explained.amount());
    if (explained.eligibility().verdict() == Verdict.ELIGIBLE) {
      assertThat(GuaranteeFeeReductionCalculator.DEFAULT.fee(REDUCTION, request)).isEqualTo(explained.reducedFee());
      assertThat(GuaranteeFeeReductionCalculator.DEFAULT.feeRate(REDUCTION, request))
          .isEqualTo(explained.reducedFeeRate());
    }
    return explained;
  }

  @ParameterizedTest(name = "{0} {1} from {2}: {3}")
  @CsvSource({
      // 1.5% × 60% = 0.9% ≤ 1%: a year's fee (12 whole months ÷ 12) 9,000.00 against 15,000.00, saving 6,000.00;
      // the guarantee set on the first day of 2023
      "SMALL, 1.5%, 2023-01-01, ELIGIBLE, 0.9%, 9000.00, 15000.00, false",
      // 1.6% × 60% = 0.96%, the last day of 2023; a micro borrower: 9,600.00 against 16,000.00
      "MICRO, 1.6%, 2023-12-31, ELIGIBLE, 0.96%, 9600.00, 16000.00, false",
      // 1.7% × 60% = 1.02% > 1%: the 1% ceiling binds ("且不高于1%"), and the two limits conflict (register §4.3
      // item 18): 10,000.00 against 17,000.00
      "SMALL, 1.7%, 2023-06-01, ELIGIBLE, 1%, 10000.00, 17000.00, true",
      // set the day before 2023: not a 2023 fee (register §4.6 item 38): the standard fee stands, 15,000.00
      "SMALL, 1.5%, 2022-12-31, INELIGIBLE, 1.5%, 15000.00, 15000.00, false",
      // the day after 2023
      "SMALL, 1.5%, 2024-01-01, INELIGIBLE, 1.5%, 15000.00, 15000.00, false",
      // a medium borrower: not 小微企业
      "MEDIUM, 1.5%, 2023-06-01, INELIGIBLE, 1.5%, 15000.00, 15000.00, false"})
  void test_feeReduction_rateCeilingAndYear(String size, String standard, String start, Verdict verdict,
      String rate, String fee, String standardFee, boolean ceiling) {
    // the calculator prices the fee the guarantor may charge; the engine's outcome is the fee saved (§2.8)
    GuaranteeFeeReductionResult r = reductionPaths(reduction(size, standard, start));
    assertThat(r.eligibility().verdict()).isEqualTo(verdict);
    assertRange(r.amount(), fee, fee);
    assertThat(r.standardFee()).isEqualTo(Cny.of(standardFee));
    if (verdict == Verdict.ELIGIBLE) {
      assertThat(r.reducedFeeRate().toString()).isEqualTo(rate);
      assertThat(r.reducedFee()).isEqualTo(Cny.of(fee));
      assertThat(r.ceilingBinding()).isEqualTo(ceiling);
      assertThat(r.limitsConflict()).isEqualTo(ceiling);
    }
  }

  @Test
  void test_feeReduction_wholeMonthsAndOddDays() {
    // 2023-01-31 to 2023-03-15: one whole month (to 2023-02-28, February's last day) and 15 odd days; 1 ÷ 12 + 15 ÷
    // 360 = 45 ÷ 360 = 0.125 (register §4.3 item 21); at 0.9%: 1,000,000 × 0.9% × 0.125 = 1,125.00, against
    // 1,000,000 × 1.5% × 0.125 = 1,875.00 at the standard rate
    String json = reduction("SMALL", "1.5%", "2023-01-31").replace("2024-01-31", "2023-03-15");
    GuaranteeFeeReductionResult r = reductionPaths(json);
    assertThat(r.reducedFee()).isEqualTo(Cny.of("1125.00"));
    assertThat(r.standardFee()).isEqualTo(Cny.of("1875.00"));
  }

  //-------------------------------------------------------------------------
  // 第7条 deferral: a small or micro firm's loan due in 2022-Q4, affected, may be deferred to 2023-06-30 at the latest
  @ParameterizedTest(name = "due {0}, asked {1}: {2} {3}")
  @CsvSource(nullValues = "-", value = {
      "2022-09-30, 2023-03-31, INELIGIBLE, -",
      "2022-10-01, 2023-03-31, ELIGIBLE, 2023-03-31",
      // the last day of the quarter; asked beyond the latest: capped at 2023-06-30
      "2022-12-31, 2023-07-01, ELIGIBLE, 2023-06-30",
      // asked for the latest day exactly
      "2022-11-15, 2023-06-30, ELIGIBLE, 2023-06-30",
      "2023-01-01, 2023-03-31, INELIGIBLE, -"})
  void test_deferral_dueQuarterEdges_andTheLatestDate(String due, String asked, Verdict verdict, String until) {
    String json = q("{'loanId': 'D1', 'borrowerKind': 'ENTERPRISE', 'borrowerSize': 'MICRO', 'dueDate': '" + due
        + "', 'affectedByEpidemic': true, 'requestedDeferredDate': '" + asked + "'}");
    DeferralRequest request = HuiqiJson.read(json, DeferralRequest.class);
    DeferralResult explained = DeferralCalculator.DEFAULT.explainDeferredUntil(DEFERRAL, request);
    DeferralResult fromJson = HuiqiJson.read(DeferralCalculator.DEFAULT.explainDeferredUntilJson(DEFERRAL, json),
        DeferralResult.class);
    for (DeferralResult r : List.of(explained, fromJson)) {
      assertThat(r.eligibility().verdict()).isEqualTo(verdict);
      assertThat(r.deferredUntil()).isEqualTo(Optional.ofNullable(until).map(LocalDate::parse));
      assertThat(r.requestCapped()).isEqualTo("2023-07-01".equals(asked));
    }
    assertThat(DeferralCalculator.DEFAULT.deferredUntil(DEFERRAL, request))
        .isEqualTo(Optional.ofNullable(until).map(LocalDate::parse));
  }

  //-------------------------------------------------------------------------
  // 小升规方案 第十条: interest 50% within 3 years of the subsidy start, 最高500万元 a project
  private static RenovationInterestResult renovationPaths(String json) {
    RenovationInterestRequest request = HuiqiJson.read(json, RenovationInterestRequest.class);
    RenovationInterestResult explained = RenovationInterestCalculator.DEFAULT.explainSubsidy(RENOVATION_INTEREST,
        request);
    RenovationInterestResult fromJson = HuiqiJson.read(RenovationInterestCalculator.DEFAULT.explainSubsidyJson(
        RENOVATION_INTEREST, json), RenovationInterestResult.class);
    assertThat(fromJson.amount()).isEqualTo(explained.amount());
    assertThat(fromJson.interestCounted()).isEqualTo(explained.interestCounted());
    assertThat(fromJson.bindingLimit()).isEqualTo(explained.bindingLimit());
    assertThat(RenovationInterestCalculator.DEFAULT.subsidy(RENOVATION_INTEREST, request))
        .isEqualTo(explained.amount().minimum());
    return explained;
  }

  private static String renovation(String from, String until, String paid) {
    return q("{'eligibleProject': true, 'subsidyStart': '2023-01-01', 'payments': [{'paymentId': 'R1', 'kind':"
        + " 'BANK_FIXED_ASSET_LOAN', 'interestFrom': '" + from + "', 'interestUntil': '" + until + "',"
        + " 'interestPaid': " + cny(paid) + "}]}");
  }

  @Test
  void test_renovationInterest_capReachedAndPassed_andTheThirdYearsEnd() {
    // 50% × 10,000,000.00 = 5,000,000.00: the 最高500万元 exactly
    RenovationInterestResult exact = renovationPaths(renovation("2023-01-01", "2024-01-01", "10000000.00"));
    assertRange(exact.amount(), "5000000.00", "5000000.00");
    // 10,000,000.02: 5,000,000.01, capped at 5,000,000.00, the cap binding
    RenovationInterestResult over = renovationPaths(renovation("2023-01-01", "2024-01-01", "10000000.02"));
    assertRange(over.amount(), "5000000.00", "5000000.00");
    assertLimit(over.bindingLimit(), over.bindingLimit().orElseThrow().code(), "5000000.00");
    // 3 years from 2023-01-01 end on 2025-12-31 (register §4.1 item 9); 3,100.00 for 2025-12-15..2026-01-15 (31
    // days, 17 inside): 3,100 × 17 ÷ 31 = 1,700.00; 50% = 850.00
    RenovationInterestResult straddle = renovationPaths(renovation("2025-12-15", "2026-01-15", "3100.00"));
    assertThat(straddle.interestCounted()).isEqualTo(Cny.of("1700.00"));
    assertRange(straddle.amount(), "850.00", "850.00");
    // interest for 2022-12-01..2023-01-01 (not counted): every day before the subsidy start, nothing counted
    RenovationInterestResult before = renovationPaths(renovation("2022-12-01", "2023-01-01", "3100.00"));
    assertThat(before.interestCounted()).isEqualTo(Cny.of("0.00"));
    assertRange(before.amount(), "0.00", "0.00");
  }

  // 小升规方案 第十条 grant: "不超过项目总投资额10-20%…资助上限为5000万元"; tiers by the maturity level after the project
  // (≥ 4: 20%, 3: 16%, 2: 12%), an equipment upgrade 10%; fixed assets ≥ 80% of the total, equipment ≥ 70% of them
  @ParameterizedTest(name = "{0} level {1} on {2}: up to {5}")
  @CsvSource(nullValues = "-", value = {
      // 20% × 250,000,000 = 50,000,000.00: the cap exactly reached, from zero ("不超过")
      "INTELLIGENT, 4, 250000000.00, 240000000, 168000000, ELIGIBLE, 50000000.00",
      // 250,000,000.05: 50,000,000.01, capped at 50,000,000.00
      "INTELLIGENT, 5, 250000000.05, 240000000, 168000000, ELIGIBLE, 50000000.00",
      // 16% × 10,000,000 = 1,600,000.00
      "INTELLIGENT, 3, 10000000, 240000000, 168000000, ELIGIBLE, 1600000.00",
      // 12% × 10,000,000 = 1,200,000.00
      "INTELLIGENT, 2, 10000000, 240000000, 168000000, ELIGIBLE, 1200000.00",
      // level 1: no tier
      "INTELLIGENT, 1, 10000000, 240000000, 168000000, INELIGIBLE, 0.00",
      // an equipment upgrade: 10% × 10,000,000 = 1,000,000.00
      "EQUIPMENT_UPGRADE, -, 10000000, 240000000, 168000000, ELIGIBLE, 1000000.00",
      // fixed assets 239,999,999.99 of 300,000,000: a fen below 80%
      "INTELLIGENT, 4, 10000000, 239999999.99, 168000000, INELIGIBLE, 0.00",
      // equipment 167,999,999.99 of 240,000,000: a fen below 70%
      "INTELLIGENT, 4, 10000000, 240000000, 167999999.99, INELIGIBLE, 0.00"})
  void test_renovationGrant_tiersFloorsAndCap(String category, Integer level, String eligible, String fixed,
      String equipment, Verdict verdict, String most) {
    String json = q("{'category': '" + category + "'," + (level == null ? "" : " 'maturityLevel': " + level + ",")
        + " 'eligibleInvestment': " + cny(eligible) + ", 'totalInvestment': " + cny("300000000")
        + ", 'fixedAssetInvestment': " + cny(fixed) + ", 'equipmentInvestment': " + cny(equipment)
        + ", 'eligibleProject': true}");
    RenovationGrantRequest request = HuiqiJson.read(json, RenovationGrantRequest.class);
    RenovationGrantResult explained = RenovationGrantCalculator.DEFAULT.explainMaximumGrant(GRANT, request);
    RenovationGrantResult fromJson = HuiqiJson.read(RenovationGrantCalculator.DEFAULT.explainMaximumGrantJson(GRANT,
        json), RenovationGrantResult.class);
    for (RenovationGrantResult r : List.of(explained, fromJson)) {
      assertThat(r.eligibility().verdict()).isEqualTo(verdict);
      assertRange(r.amount(), "0.00", most);
    }
    assertThat(RenovationGrantCalculator.DEFAULT.maximumGrant(GRANT, request)).isEqualTo(Cny.of(most));
  }

  //-------------------------------------------------------------------------
  // 小升规方案 第四条 pool: a small or micro industrial firm with 10,000,000 ≤ prior-year revenue < 20,000,000
  @ParameterizedTest(name = "{0} {1} {2}: {3}")
  @CsvSource({
      "C3911, SMALL, 9999999.99, false",
      "C3911, MICRO, 10000000.00, true",
      "C3911, SMALL, 19999999.99, true",
      "C3911, SMALL, 20000000.00, false",
      // not industrial (I: software) and not small or micro
      "I6513, SMALL, 15000000, false",
      "C3911, MEDIUM, 15000000, false"})
  void test_cultivationPool_bandEdges(String industry, String size, String revenue, boolean member) {
    String json = q("{'industryCode': '" + industry + "', 'size': '" + size + "', 'priorYearRevenue': "
        + cny(revenue) + "}");
    ScaleUpPoolRequest request = HuiqiJson.read(json, ScaleUpPoolRequest.class);
    ScaleUpPoolResult explained = ScaleUpPoolCalculator.DEFAULT.explainMembership(CULTIVATION, request);
    ScaleUpPoolResult fromJson = HuiqiJson.read(ScaleUpPoolCalculator.DEFAULT.explainMembershipJson(CULTIVATION,
        json), ScaleUpPoolResult.class);
    Verdict verdict = member ? Verdict.ELIGIBLE : Verdict.INELIGIBLE;
    assertThat(explained.eligibility().verdict()).isEqualTo(verdict);
    assertThat(fromJson.eligibility().verdict()).isEqualTo(verdict);
    assertThat(ScaleUpPoolCalculator.DEFAULT.isMember(CULTIVATION, request)).isEqualTo(member);
  }

  //-------------------------------------------------------------------------
  // 2021 reply letter 二 (2017 guide): 30% of the fee paid on each guaranteed loan of ≤ 3,000,000 whose fee rate is
  // ≤ 50% of its interest rate, drawn in the year before the claim, at most 300,000 a firm a year
  private static String feeLoan(String id, String principal, String rate, String feeRate, String paid) {
    return "{'loanId': '" + id + "', 'principal': " + cny(principal) + ", 'drawdownDate': '2022-06-01',"
        + " 'annualInterestRate': '" + rate + "', 'guaranteeFeeRate': '" + feeRate + "', 'guaranteeFeePaid': "
        + cny(paid) + ", 'guarantorInRegion': true, 'vehicleOrRealEstatePurchase': false}";
  }

  private static GuaranteeFeeSubsidyResult feeSubsidyPaths(String loans) {
    // the calculator's subsidy year is the year the loans were drawn (an application of 2023 claims 2022's loans,
    // register §2.4, which the engine applies)
    String json = q("{'enterpriseSize': 'SMALL', 'registrationRegionCode': '440306', 'subsidyYear': 2022,"
        + " 'loans': [" + loans + "]}");
    GuaranteeFeeSubsidyRequest request = HuiqiJson.read(json, GuaranteeFeeSubsidyRequest.class);
    GuaranteeFeeSubsidyResult explained = GuaranteeFeeSubsidyCalculator.DEFAULT.explainSubsidy(FEE_SUBSIDY, request);
    GuaranteeFeeSubsidyResult fromJson = HuiqiJson.read(GuaranteeFeeSubsidyCalculator.DEFAULT.explainSubsidyJson(
        FEE_SUBSIDY, json), GuaranteeFeeSubsidyResult.class);
    assertThat(fromJson.eligibility().verdict()).isEqualTo(explained.eligibility().verdict());
    assertThat(fromJson.amount()).isEqualTo(explained.amount());
    assertThat(fromJson.bindingLimit()).isEqualTo(explained.bindingLimit());
    assertThat(GuaranteeFeeSubsidyCalculator.DEFAULT.subsidy(FEE_SUBSIDY, request))
        .isEqualTo(explained.amount().minimum());
    return explained;
  }

  @Test
  void test_feeSubsidy_principalAndFeeRateEdges() {
    // 3,000,000.00 ("单笔…300万元（含）"), fee 2% = 50% × 4% exactly: 30% × 60,000 = 18,000.00
    GuaranteeFeeSubsidyResult edge = feeSubsidyPaths(feeLoan("F1", "3000000.00", "4%", "2%", "60000"));
    assertThat(edge.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertRange(edge.amount(), "18000.00", "18000.00");
    // 3,000,000.01: above the single-loan limit
    GuaranteeFeeSubsidyResult big = feeSubsidyPaths(feeLoan("F1", "3000000.01", "4%", "2%", "60000"));
    assertThat(big.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertRange(big.amount(), "0.00", "0.00");
    // fee 2.01% > 50% × 4%: nothing
    GuaranteeFeeSubsidyResult dear = feeSubsidyPaths(feeLoan("F1", "3000000.00", "4%", "2.01%", "60300"));
    assertThat(dear.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertRange(dear.amount(), "0.00", "0.00");
  }

  @Test
  void test_feeSubsidy_yearlyCapReachedAndPassed() {
    // ten loans of 3,000,000 at 8%, fee 4% (= 50%), each 100,000 paid: 10 × 30,000 = 300,000.00, the cap exactly
    StringBuilder loans = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      loans.append(i == 0 ? "" : ", ").append(feeLoan("F" + i, "3000000", "8%", "4%", "100000"));
    }
    GuaranteeFeeSubsidyResult exact = feeSubsidyPaths(loans.toString());
    assertRange(exact.amount(), "300000.00", "300000.00");
    // the tenth's fee 100,000.05: 30,000.015 → 30,000.02; 300,000.02 passes the cap: 300,000.00, the cap binding
    GuaranteeFeeSubsidyResult over = feeSubsidyPaths(loans.toString().replaceFirst(
        "(.*'guaranteeFeePaid': \\{'amount': )100000", "$1100000.05"));
    assertRange(over.amount(), "300000.00", "300000.00");
    assertThat(over.bindingLimit()).isPresent();
    assertThat(over.bindingLimit().get().limit()).isEqualTo(Cny.of("300000.00"));
  }

  //-------------------------------------------------------------------------
  // the book paths: a bank's loan book of the cases above, item by item and on the columnar fast path
  @Test
  void test_firstLoanBook_theCasesAsABook_itemsAndColumnsAgree() {
    List<FirstLoanRequest> book = List.of(
        HuiqiJson.read(firstLoan("19999999", "2023-01-01", "2023-06-30", "4%"), FirstLoanRequest.class),
        HuiqiJson.read(firstLoan("20000000", "2023-01-01", "2023-06-30", "4%"), FirstLoanRequest.class),
        HuiqiJson.read(firstLoan("20000001", "2023-01-01", "2023-06-30", "4%"), FirstLoanRequest.class),
        HuiqiJson.read(firstLoan("1000000", "2022-12-31", null, "4%"), FirstLoanRequest.class),
        HuiqiJson.read(firstLoan("1000000", "2023-03-31", null, "4%"), FirstLoanRequest.class),
        HuiqiJson.read(firstLoan("1000000", "2023-02-01", null, "4%").replace("\"firstTimeBorrower\": true, ", ""),
            FirstLoanRequest.class));
    // 199,999.99 + 200,000.00 + 200,000.00 + 0 + 10,166.67 = 610,166.66; the last open, 0 to 10,055.56: at most
    // 620,222.22; four eligible, one ineligible, one undetermined
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookCalculators.firstLoan(FIRST_LOAN).run(book, items::add);
    assertThat(totals.eligible()).isEqualTo(4);
    assertThat(totals.ineligible()).isEqualTo(1);
    assertThat(totals.undetermined()).isEqualTo(1);
    assertRange(totals.amount(), "610166.66", "620222.22");
    assertThat(items.get(5).missingFacts()).containsExactly("/enterprise/firstTimeBorrower");
    for (int i = 0; i < book.size(); i++) {
      assertThat(items.get(i).amount()).as("item " + i)
          .contains(FirstLoanCalculator.DEFAULT.explainSubsidy(FIRST_LOAN, book.get(i)).amount());
    }
    BookFirstLoanColumns columns = new BookFirstLoanColumns(book.size(), book.size());
    book.forEach(columns::add);
    BookColumnTotals fast = BookFirstLoanFastPath.of(FIRST_LOAN, FirstLoanOptions.DEFAULTS).compute(columns);
    assertThat(fast.toTotals()).isEqualTo(totals);
  }

  @Test
  void test_riskPoolBook_theWindowEdgesAsABook_itemsAndColumnsAgree() {
    List<RiskPoolClaim> claims = new ArrayList<>();
    for (String grant : List.of("2022-12-31", "2023-01-01", "2023-03-31", "2023-04-01")) {
      claims.add(HuiqiJson.read(q(claim(grant, null, null, "1000000.01")), RiskPoolClaim.class));
    }
    // 300,000.00 + 600,000.01 + 600,000.01 + 300,000.00 = 1,800,000.02
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookCalculators.riskPool(POOL, RiskPoolOptions.DEFAULTS).run(claims, items::add);
    assertThat(totals.eligible()).isEqualTo(4);
    assertRange(totals.amount(), "1800000.02", "1800000.02");
    BookRiskPoolColumns columns = new BookRiskPoolColumns(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      columns.set(i, claims.get(i));
    }
    assertThat(BookRiskPoolFastPath.of(POOL, RiskPoolOptions.DEFAULTS).compute(columns).toTotals())
        .isEqualTo(totals);
    assertThat(columns.item(1).amount()).contains(AmountRange.exactly(Cny.of("600000.01")));
  }
}
