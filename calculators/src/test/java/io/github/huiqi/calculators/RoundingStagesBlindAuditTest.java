package io.github.huiqi.calculators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.calculators.batch.book.BookCalculators;
import io.github.huiqi.calculators.batch.book.BookColumnTotals;
import io.github.huiqi.calculators.batch.book.BookFirstLoanColumns;
import io.github.huiqi.calculators.batch.book.BookFirstLoanFastPath;
import io.github.huiqi.calculators.batch.book.BookItem;
import io.github.huiqi.calculators.batch.book.BookRiskPoolColumns;
import io.github.huiqi.calculators.batch.book.BookRiskPoolFastPath;
import io.github.huiqi.calculators.batch.book.BookSource;
import io.github.huiqi.calculators.batch.book.BookTotals;
import io.github.huiqi.calculators.batch.sandbox.SandboxMeasureDelta;
import io.github.huiqi.calculators.batch.sandbox.SandboxReport;
import io.github.huiqi.calculators.batch.sandbox.SandboxRun;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.employment.insurance.InsuranceCalculator;
import io.github.huiqi.calculators.employment.insurance.InsuranceRequest;
import io.github.huiqi.calculators.employment.insurance.InsuranceResult;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanLoanSubsidy;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanOptions;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeAverageCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeAverageRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeAverageResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyResult;
import io.github.huiqi.calculators.financing.renovation.RenovationInterestCalculator;
import io.github.huiqi.calculators.financing.renovation.RenovationInterestRequest;
import io.github.huiqi.calculators.financing.renovation.RenovationInterestResult;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolCalculator;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolRequest;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolResult;
import io.github.huiqi.calculators.financing.techsme.TechSmeCalculator;
import io.github.huiqi.calculators.financing.techsme.TechSmeItemSubsidy;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.calculators.financing.techsme.TechSmeResult;
import io.github.huiqi.calculators.grants.share.ShareCalculator;
import io.github.huiqi.calculators.grants.share.ShareResult;
import io.github.huiqi.calculators.space.highrise.HighRiseCalculator;
import io.github.huiqi.calculators.space.rent.RentAreaCalculator;
import io.github.huiqi.calculators.space.rent.RentAreaRequest;
import io.github.huiqi.calculators.space.rent.RentAreaResult;
import io.github.huiqi.calculators.space.rent.RentShareCalculator;
import io.github.huiqi.calculators.space.rent.RentShareRequest;
import io.github.huiqi.calculators.space.rent.RentShareResult;
import io.github.huiqi.calculators.space.utility.UtilityCalculator;
import io.github.huiqi.calculators.space.utility.UtilityRequest;
import io.github.huiqi.calculators.space.utility.UtilityResult;
import io.github.huiqi.calculators.tax.rd.RdCalculator;
import io.github.huiqi.calculators.tax.rd.RdRequest;
import io.github.huiqi.calculators.tax.rd.RdResult;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitCalculator;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitResult;
import io.github.huiqi.calculators.tax.vat.VatCalculator;
import io.github.huiqi.calculators.tax.vat.VatRequest;
import io.github.huiqi.calculators.tax.vat.VatResult;
import io.github.huiqi.core.employment.insurance.InsuranceMeasure;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.firstloan.FirstLoanGuaranteedMeasure;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.grants.share.ShareFeeMeasure;
import io.github.huiqi.core.grants.share.ShareMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.highrise.HighRiseMeasure;
import io.github.huiqi.core.space.rent.RentAreaMeasure;
import io.github.huiqi.core.space.rent.RentShareMeasure;
import io.github.huiqi.core.space.utility.UtilityMeasure;
import io.github.huiqi.core.tax.rd.RdMeasure;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import io.github.huiqi.core.tax.vat.VatMeasure;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * A blind, hand-worked audit of where and how each rule rounds: one explicit rounding per rule, half-up (四舍五入) to
 * the fen at the stage the clause or the decisions register (§4.5 item 35, §2.8, §4.1 items 7 and 9) names, with
 * cases that sit exactly on half a fen at that stage and cases where rounding at another stage (per loan or on the
 * sum, before or after a ratio, a difference of rounded fees or a rounded difference) would give another figure.
 * Each figure was worked with a decimal calculator before the code was read, and each case runs through every public
 * path that reaches the measure: the typed calculator's plain, explaining and JSON forms, the explanation's parts
 * (which must add up to the amount to the fen), the engine (typed and {@code evaluateJson}) with its totals, and the
 * book paths (items, totals, the columnar fast path, CSV). The command line runs the same profiles in the examples
 * module's {@code HuiqiCliRoundingBlindAuditTest}.
 */
class RoundingStagesBlindAuditTest {

  private static final PolicyData DATA = PolicyData.builtIn();
  private static final FirstLoanMeasure FIRST_LOAN = DATA.getMeasure(FirstLoanMeasure.SHENZHEN_2023);
  private static final TechSmeMeasure TECH_SME = DATA.getMeasure(TechSmeMeasure.SHENZHEN_2023);
  private static final RiskPoolMeasure POOL = DATA.getMeasure(RiskPoolMeasure.SHENZHEN_2023);
  private static final GuaranteeFeeReductionMeasure REDUCTION =
      DATA.getMeasure(GuaranteeFeeReductionMeasure.SHENZHEN_2023);
  private static final RenovationInterestMeasure RENOVATION =
      DATA.getMeasure(RenovationInterestMeasure.SHENZHEN_2022);
  private static final String FIRST_LOAN_ID = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String POOL_ID = "sz-gxj-2023-26.risk-compensation-pool";
  private static final String REDUCTION_ID = "sz-gxj-2023-26.guarantee-fee-reduction";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Reads JSON numbers as exact decimals. */
  private static final ObjectMapper EXACT = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  /** An amount as the JSON writes it: {"amount": n, "currency": "CNY"}. */
  private static final Pattern AMOUNT = Pattern.compile("\"amount\"\\s*:\\s*([^,}\\s]+)\\s*,\\s*\"currency\"");

  private static String q(String json) {
    return json.replace('\'', '"');
  }

  private static String cny(String amount) {
    return "{'amount': " + amount + ", 'currency': 'CNY'}";
  }

  private static MonetaryAmount fen(String amount) {
    return Cny.of(amount);
  }

  private static void assertExact(AmountRange range, String amount) {
    assertThat(range.minimum()).as("least").isEqualTo(fen(amount));
    assertThat(range.maximum()).as("most").isEqualTo(fen(amount));
    assertAtTheFen(range.minimum());
  }

  /** Every amount crossing the API is at the fen's scale: two decimals, zero included. */
  private static void assertAtTheFen(MonetaryAmount amount) {
    assertThat(amount.getNumber().numberValue(BigDecimal.class).scale()).as(amount.toString()).isEqualTo(2);
  }

  private static BigDecimal yuan(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class);
  }

  //-------------------------------------------------------------------------
  // 深工信〔2023〕26号 第5条 first loan: 2% × principal × days ÷ 360 (register §4.1 item 1), each loan's subsidy
  // rounded half-up to the fen once (§4.5 item 35, "each loan's subsidy"), the loans' subsidies then added within
  // 最高20万元 a firm
  private static String loan(String id, String principal, String drawdown, String repayment) {
    return "{'loanId': '" + id + "', 'principal': " + cny(principal) + ", 'drawdownDate': '" + drawdown + "',"
        + " 'maturityDate': '2024-01-01', 'repaymentDate': '" + repayment + "', 'annualInterestRate': '4%',"
        + " 'lenderRegionCode': '440300', 'firstDrawdownOfFirstContract': true, 'forProductionOrOperation': true,"
        + " 'subsidisedUnderAnotherMunicipalScheme': false}";
  }

  /**
   * Three loans of 1,000,001 for 90 days each: L1 2023-01-01 → 04-01 (31 + 28 + 31), L2 2023-02-01 → 05-02
   * (28 + 31 + 30 + 1), L3 2023-03-01 → 05-30 (31 + 30 + 29).
   */
  private static final String THREE_LOANS = loan("L1", "1000001", "2023-01-01", "2023-04-01") + ", "
      + loan("L2", "1000001", "2023-02-01", "2023-05-02") + ", " + loan("L3", "1000001", "2023-03-01", "2023-05-30");

  private static String firstLoanRequest(String loans) {
    return q("{'enterprise': {'registrationRegionCode': '440304', 'independentLegalPerson': true,"
        + " 'firstTimeBorrower': true, 'onSeriousDishonestyList': false}, 'loans': [" + loans + "]}");
  }

  @Test
  void test_firstLoan_eachLoanRoundedOnItsHalfFen_thenAdded() {
    // each loan: 1,000,001 × 2% × 90 ÷ 360 = 5,000.005, on the half fen → 5,000.01 (half-up, HALF_EVEN would give
    // 5,000.00); the firm: 3 × 5,000.01 = 15,000.03 (rounding the sum 15,000.015 once would give 15,000.02)
    String json = firstLoanRequest(THREE_LOANS);
    FirstLoanRequest request = HuiqiJson.read(json, FirstLoanRequest.class);
    FirstLoanResult explained = FirstLoanCalculator.DEFAULT.explainSubsidy(FIRST_LOAN, request);
    assertThat(explained.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertExact(explained.amount(), "15000.03");
    assertThat(explained.loans()).extracting(FirstLoanLoanSubsidy::paid)
        .containsExactly(fen("5000.01"), fen("5000.01"), fen("5000.01"));
    // the explanation's parts add up to the amount, to the fen
    BigDecimal parts = explained.loans().stream().map(l -> yuan(l.paid())).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(parts).isEqualByComparingTo(yuan(explained.amount().minimum()));
    // the plain form and the JSON form
    assertThat(FirstLoanCalculator.DEFAULT.subsidy(FIRST_LOAN, request)).isEqualTo(fen("15000.03"));
    JsonNode fromJson = readTree(FirstLoanCalculator.DEFAULT.explainSubsidyJson(FIRST_LOAN, json));
    assertThat(fromJson.at("/amount/minimum/amount").toString()).isEqualTo("15000.03");
    assertThat(fromJson.at("/amount/maximum/amount").toString()).isEqualTo("15000.03");
    assertThat(fromJson.at("/loans/0/paid/amount").toString()).isEqualTo("5000.01");

    // the book: one firm, one item of 15,000.03; the totals add the items' rounded amounts
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookCalculators.firstLoan(FIRST_LOAN).run(List.of(request, request), items::add);
    assertThat(items).extracting(i -> i.amount().orElseThrow().minimum()).containsOnly(fen("15000.03"));
    assertExact(totals.amount(), "30000.06");
    // the columnar fast path (long fen) agrees with the plain form to the fen
    BookFirstLoanColumns columns = new BookFirstLoanColumns(2, 6);
    columns.add(request);
    columns.add(request);
    BookColumnTotals fast = BookFirstLoanFastPath.of(FIRST_LOAN, FirstLoanOptions.DEFAULTS).compute(columns);
    assertThat(fast.minimumFen()).isEqualTo(3_000_006L);
    assertThat(fast.maximumFen()).isEqualTo(3_000_006L);
    assertThat(columns.item(0).amount().orElseThrow().minimum()).isEqualTo(fen("15000.03"));
  }

  @Test
  void test_firstLoan_capAppliedAfterEachLoanIsRounded() {
    // L1 19,999,001 drawn 2023-01-01 repaid 2023-06-30, 180 days: × 2% × 180 ÷ 360 = 199,990.01 exactly; L2 1,000,001
    // for 90 days: 5,000.005 → 5,000.01, of which 200,000 − 199,990.01 = 9.99 is left under the cap (first drawn
    // first, register §4.6 item 50): 199,990.01 + 9.99 = 200,000.00, the cap exactly; the parts still add up
    FirstLoanResult r = FirstLoanCalculator.DEFAULT.explainSubsidy(FIRST_LOAN, HuiqiJson.read(firstLoanRequest(
        loan("L1", "19999001", "2023-01-01", "2023-06-30") + ", " + loan("L2", "1000001", "2023-02-01",
            "2023-05-02")), FirstLoanRequest.class));
    assertExact(r.amount(), "200000.00");
    assertThat(r.loans()).extracting(FirstLoanLoanSubsidy::computed)
        .containsExactly(fen("199990.01"), fen("5000.01"));
    assertThat(r.loans()).extracting(FirstLoanLoanSubsidy::paid).containsExactly(fen("199990.01"), fen("9.99"));
  }

  //-------------------------------------------------------------------------
  // 第5条 risk pool: the base 30% (2019 细则) of the principal outstanding at the first NPL classification (a loan
  // granted 2022-08-01, after the 2022 measure's uplift window 2022-03-01..06-30 and before 2023's), each
  // compensation rounded half-up to the fen once and never above 80% × the loss rounded down (§4.5 item 35)
  private static String claim(String id, String outstanding, String base) {
    return q("{'loanId': '" + id + "', 'category': 'GENERAL', 'principal': " + cny("2000000") + ","
        + " 'grantDate': '2022-08-01'," + (base == null ? "" : " 'baseRatio': '" + base + "',")
        + " 'firstNonPerformingDate': '2023-11-01', 'principalOutstanding': " + cny(outstanding) + ","
        + " 'guaranteedByFinancingGuarantor': false, 'reGuaranteed': false, 'underOtherRiskCompensation': false}");
  }

  @Test
  void test_riskPool_eachClaimRoundedOnItsHalfFen_thenAdded_andTheCeilingRoundedDown() {
    // each of P1..P3: 1,000,000.05 × 30% = 300,000.015 → 300,000.02; the batch 3 × 300,000.02 = 900,000.06 (the sum
    // 900,000.045 rounded once would give 900,000.05)
    List<RiskPoolClaim> claims = new ArrayList<>();
    List<String> jsons = new ArrayList<>();
    for (String id : List.of("P1", "P2", "P3")) {
      jsons.add(claim(id, "1000000.05", null));
      claims.add(HuiqiJson.read(claim(id, "1000000.05", null), RiskPoolClaim.class));
    }
    for (RiskPoolClaim c : claims) {
      assertExact(RiskPoolCalculator.DEFAULT.explainCompensation(POOL, c).compensation(), "300000.02");
      assertThat(RiskPoolCalculator.DEFAULT.compensation(POOL, c)).isEqualTo(fen("300000.02"));
    }
    RiskPoolResult batch = RiskPoolCalculator.DEFAULT.explainClaims(POOL, RiskPoolRequest.of(claims));
    assertExact(batch.totalCompensation(), "900000.06");
    RiskPoolResult fromJson = HuiqiJson.read(RiskPoolCalculator.DEFAULT.explainClaimsJson(POOL,
        "{\"claims\": [" + String.join(",", jsons) + "]}"), RiskPoolResult.class);
    assertExact(fromJson.totalCompensation(), "900000.06");

    // an agreed base of 50% + 30 points for a loan of 2023-02-01 = 80%, the ceiling: 1,000,000.01 × 80% =
    // 800,000.008, half-up 800,000.01, above 80% of the loss; the ceiling × the loss rounded down, 800,000.00, holds
    RiskPoolClaim atCeiling = HuiqiJson.read(claim("C1", "1000000.01", "50%").replace("2022-08-01", "2023-02-01"),
        RiskPoolClaim.class);
    assertExact(RiskPoolCalculator.DEFAULT.explainCompensation(POOL, atCeiling).compensation(), "800000.00");

    // the book (items and totals) and the columnar fast path
    List<RiskPoolClaim> book = new ArrayList<>(claims);
    book.add(atCeiling);
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookCalculators.riskPool(POOL, RiskPoolOptions.DEFAULTS).run(book, items::add);
    assertThat(items).extracting(i -> i.amount().orElseThrow().minimum())
        .containsExactly(fen("300000.02"), fen("300000.02"), fen("300000.02"), fen("800000.00"));
    // 900,000.06 + 800,000.00 = 1,700,000.06
    assertExact(totals.amount(), "1700000.06");
    BookRiskPoolColumns columns = new BookRiskPoolColumns(book.size());
    for (int i = 0; i < book.size(); i++) {
      columns.set(i, book.get(i));
    }
    BookColumnTotals fast = BookRiskPoolFastPath.of(POOL, RiskPoolOptions.DEFAULTS).compute(columns);
    assertThat(fast.minimumFen()).isEqualTo(170_000_006L);
    assertThat(columns.compensationFen()).containsExactly(30_000_002L, 30_000_002L, 30_000_002L, 80_000_000L);
  }

  @Test
  void test_riskPool_csvBook_anOutstandingBelowTheFen_isAFailureNamingIt_notRounded() {
    // 1,000,000.005 is no amount in yuan to the fen: the book's item fails naming the column and quoting the value,
    // never 1,000,000.01 (or .00) × 30%
    String header = "loanId,category,principal,grantDate,firstNonPerformingDate,principalOutstanding,"
        + "guaranteedByFinancingGuarantor,reGuaranteed,underOtherRiskCompensation\n";
    String good = "P1,GENERAL,2000000,2022-08-01,2023-11-01,1000000.05,false,false,false\n";
    String bad = "P2,GENERAL,2000000,2022-08-01,2023-11-01,1000000.005,false,false,false\n";
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.csv(new StringReader(header + good + bad), BookSource.RISK_POOL_CLAIMS, "loanId")
        .run(BookCalculators.riskPool(POOL, RiskPoolOptions.DEFAULTS), items::add);
    assertThat(items.get(0).amount().orElseThrow().minimum()).isEqualTo(fen("300000.02"));
    assertThat(items.get(1).failure()).isPresent();
    assertThat(items.get(1).failure().get().field()).isEqualTo("principalOutstanding");
    // the value quoted as the request's own check quotes it (BookCsvRow#optionalAmount: "as for a JSON line")
    assertThat(items.get(1).failure().get().value()).contains("1000000.005");
    assertThat(items.get(1).failure().get().code()).isEqualTo(InvalidInputException.BELOW_FEN);
    assertThat(totals.failed()).isEqualTo(1);
    assertExact(totals.amount(), "300000.02");
    // the same value with trailing zeros (1,000,000.0500) is the fen amount, read as such
    List<BookItem> zeros = new ArrayList<>();
    BookSource.csv(new StringReader(header + good.replace("1000000.05,", "1000000.0500,")),
        BookSource.RISK_POOL_CLAIMS, "loanId")
        .run(BookCalculators.riskPool(POOL, RiskPoolOptions.DEFAULTS), zeros::add);
    assertThat(zeros.get(0).amount().orElseThrow().minimum()).isEqualTo(fen("300000.02"));
  }

  //-------------------------------------------------------------------------
  // 第6条 fee reduction: min(standard × (1 − 40%), 1%); the fee saved is the fee at the standard rate less the fee
  // at the reduced rate, each rounded half-up to the fen once (register §2.8), never the saving rounded on its own
  @Test
  void test_feeReduction_feeSavedIsTheDifferenceOfTwoRoundedFees() {
    // 1,000,001 guaranteed 2023-03-01 → 2024-03-01, 12 whole months ÷ 12 = 1 (§4.3 item 21); standard 1.25%:
    // 12,500.0125 → 12,500.01; reduced 1.25% × 60% = 0.75% (≤ 1%): 7,500.0075 → 7,500.01; saved 12,500.01 −
    // 7,500.01 = 5,000.00 (1,000,001 × 0.5% = 5,000.005 rounded on its own would be 5,000.01)
    String json = q("{'borrowerSize': 'SMALL', 'governmentGuarantor': true, 'guaranteedPrincipal': "
        + cny("1000001") + ", 'standardFeeRate': '1.25%', 'guaranteeStart': '2023-03-01',"
        + " 'guaranteeEnd': '2024-03-01'}");
    GuaranteeFeeReductionRequest request = HuiqiJson.read(json, GuaranteeFeeReductionRequest.class);
    GuaranteeFeeReductionResult r = GuaranteeFeeReductionCalculator.DEFAULT.explainFee(REDUCTION, request);
    assertThat(r.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(r.standardFee()).isEqualTo(fen("12500.01"));
    assertThat(r.reducedFee()).isEqualTo(fen("7500.01"));
    assertExact(r.amount(), "7500.01");
    assertThat(GuaranteeFeeReductionCalculator.DEFAULT.fee(REDUCTION, request)).isEqualTo(fen("7500.01"));
    JsonNode fromJson = readTree(GuaranteeFeeReductionCalculator.DEFAULT.explainFeeJson(REDUCTION, json));
    assertThat(fromJson.at("/standardFee/amount").toString()).isEqualTo("12500.01");
    assertThat(fromJson.at("/reducedFee/amount").toString()).isEqualTo("7500.01");

    // the engine's outcome is the fee saved: 5,000.00
    MeasureOutcome saved = engineOutcome(profile("'size': 'SMALL',", "[" + guaranteedLoan("G1", "1000001") + "]"),
        REDUCTION_ID);
    assertThat(saved.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(saved.amount().minimum()).isEqualTo(fen("5000.00"));
    assertThat(saved.amount().maximum()).contains(fen("5000.00"));
  }

  //-------------------------------------------------------------------------
  // 第13条 tech-SME: 50% of interest arising outside 2023 (the 2020 办法 第十四条（一）, a firm that is no first-time
  // borrower), 80% of interest arising in 2023, a period straddling the year split by days (§4.1 item 7); 贴保 50%;
  // each item's subsidy rounded half-up to the fen once (§4.5 item 35, "each item's subsidy")
  private static String interest(String id, String from, String to, String paid) {
    return "{'itemId': '" + id + "', 'loanId': 'L1', 'accrualStart': '" + from + "', 'accrualEnd': '" + to
        + "', 'paymentDate': '" + to + "', 'interestPaid': " + cny(paid) + "}";
  }

  @Test
  void test_techSme_eachItemRoundedOnce_theStraddlingItemSplitUnrounded() {
    // I1 1,000.01 for 2022-01-01..2022-04-01 and I2 1,000.01 for 2022-04-01..2022-07-01, all in 2022: 50% =
    // 500.005 → 500.01 each (the two rounded once on their sum, 1,000.01, would lose a fen)
    // I3 1,000.07 for 2022-12-17..2023-01-16 (30 days: 17..31 December, 15 days, and 1..15 January, 15 days):
    // 1,000.07 × 15 ÷ 30 = 500.035 in each year; 500.035 × 50% + 500.035 × 80% = 250.0175 + 400.028 = 650.0455 →
    // 650.05 (rounding the parts first, 500.04 × 50% = 250.02 and 500.03 × 80% = 400.024 → 400.02, would give
    // 650.04)
    // G1 a fee of 1,000.01 paid 2023-03-01: 50% = 500.005 → 500.01
    // in all: 500.01 + 500.01 + 650.05 + 500.01 = 2,150.08 (interest 1,650.07, fee 500.01)
    String json = q("{'enterprise': {'registrationRegionCode': '440305', 'firstTimeBorrower': false,"
        + " 'enrolledTechSme': true}, 'interest': [" + interest("I1", "2022-01-01", "2022-04-01", "1000.01") + ", "
        + interest("I2", "2022-04-01", "2022-07-01", "1000.01") + ", "
        + interest("I3", "2022-12-17", "2023-01-16", "1000.07") + "], 'guaranteeFees': [{'itemId': 'G1',"
        + " 'paymentDate': '2023-03-01', 'amountPaid': " + cny("1000.01") + "}], 'insurancePremiums': [],"
        + " 'programmeTotalReceived': " + cny("0") + "}");
    TechSmeRequest request = HuiqiJson.read(json, TechSmeRequest.class);
    TechSmeResult r = TechSmeCalculator.DEFAULT.explainSubsidy(TECH_SME, request);
    assertThat(r.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(r.items()).extracting(TechSmeItemSubsidy::paid)
        .containsExactly(fen("500.01"), fen("500.01"), fen("650.05"), fen("500.01"));
    assertExact(r.interestSubsidy(), "1650.07");
    assertExact(r.guaranteeFeeSubsidy(), "500.01");
    assertExact(r.amount(), "2150.08");
    BigDecimal parts = r.items().stream().map(i -> yuan(i.paid())).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(parts).isEqualByComparingTo("2150.08");
    assertThat(TechSmeCalculator.DEFAULT.subsidy(TECH_SME, request)).isEqualTo(fen("2150.08"));
    TechSmeResult fromJson = HuiqiJson.read(TechSmeCalculator.DEFAULT.explainSubsidyJson(TECH_SME, json),
        TechSmeResult.class);
    assertExact(fromJson.amount(), "2150.08");
    // the book: the same figure
    List<BookItem> items = new ArrayList<>();
    assertExact(BookCalculators.techSme(TECH_SME).run(List.of(request), items::add).amount(), "2150.08");

    // the engine over a profile holding the same payments on L1 (drawn 2021-06-01, no first loan, guaranteed by a
    // government guarantor whose fee G1 is): the same 2,150.08, the items rounded one by one
    String payment = "{'paymentId': '%s', 'loanId': 'L1', 'accrualStart': '%s', 'accrualEnd': '%s', 'paymentDate':"
        + " '%s', 'interestPaid': " + cny("%s") + "}";
    String profile = q("{'registrationRegionCode': '440305', 'legalForm': 'ENTERPRISE', 'independentLegalPerson':"
        + " true, 'registrationDate': '2016-05-01', 'industryCode': 'I6510', 'size': 'SMALL',"
        + " 'firstTimeBorrower': false, 'techSme': {'held': true, 'since': '2021-01-01', 'until': '2026-12-31'},"
        + " 'techSmeSubsidyReceived': " + cny("0") + ", 'loans': [{'loanId': 'L1', 'principal': " + cny("1000000")
        + ", 'drawdownDate': '2021-06-01', 'maturityDate': '2024-06-01', 'annualInterestRate': '4%',"
        + " 'lenderRegionCode': '440300', 'firstDrawdownOfFirstContract': false, 'forProductionOrOperation': true,"
        + " 'subsidisedUnderAnotherMunicipalScheme': false, 'vehicleOrRealEstatePurchase': false}],"
        + " 'interestPayments': [" + String.format(payment, "I1", "2022-01-01", "2022-04-01", "2022-04-01", "1000.01")
        + ", " + String.format(payment, "I2", "2022-04-01", "2022-07-01", "2022-07-01", "1000.01") + ", "
        + String.format(payment, "I3", "2022-12-17", "2023-01-16", "2023-01-16", "1000.07") + "],"
        + " 'guaranteeFeePayments': [{'paymentId': 'G1', 'paymentDate': '2023-03-01', 'amountPaid': "
        + cny("1000.01") + "}], 'insurancePremiumPayments': []}");
    MeasureOutcome outcome = engineOutcome(profile, "sz-gxj-2023-26.tech-sme-interest-subsidy");
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount().exact()).contains(fen("2150.08"));
  }

  //-------------------------------------------------------------------------
  // 小升规方案 第十条 renovation interest: each payment's interest inside the subsidised years, prorated by days and
  // rounded half-up to the fen for each payment; the 50% applied to the sum and rounded once, before the cap
  // (register §4.1 item 9)
  @Test
  void test_renovationInterest_ratioOnTheSum_roundedOnce() {
    // R1 1,000.01 and R2 1,000.01, both inside the years from 2023-01-01: 2,000.02 × 50% = 1,000.01 exactly (50% of
    // each, 500.005 → 500.01, added would give 1,000.02)
    // R3 1,000.01 for 2025-12-15..2026-01-15 (31 days, 17 before 2026-01-01, the years ending 2025-12-31):
    // 1,000.01 × 17 ÷ 31 = 548.392… → 548.39; counted 1,000.01 + 1,000.01 + 548.39 = 2,548.41; 50% = 1,274.205 →
    // 1,274.21
    String json = q("{'eligibleProject': true, 'subsidyStart': '2023-01-01', 'payments': ["
        + payment("R1", "2023-01-01", "2023-04-01", "1000.01") + ", "
        + payment("R2", "2023-04-01", "2023-07-01", "1000.01") + ", "
        + payment("R3", "2025-12-15", "2026-01-15", "1000.01") + "]}");
    RenovationInterestRequest request = HuiqiJson.read(json, RenovationInterestRequest.class);
    RenovationInterestResult r = RenovationInterestCalculator.DEFAULT.explainSubsidy(RENOVATION, request);
    assertThat(r.interestCounted()).isEqualTo(fen("2548.41"));
    assertExact(r.amount(), "1274.21");
    assertThat(RenovationInterestCalculator.DEFAULT.subsidy(RENOVATION, request)).isEqualTo(fen("1274.21"));
    RenovationInterestResult fromJson = HuiqiJson.read(
        RenovationInterestCalculator.DEFAULT.explainSubsidyJson(RENOVATION, json), RenovationInterestResult.class);
    assertExact(fromJson.amount(), "1274.21");
    // only R1 and R2: 2,000.02 × 50% = 1,000.01
    RenovationInterestResult two = RenovationInterestCalculator.DEFAULT.explainSubsidy(RENOVATION, HuiqiJson.read(
        json.replace(", " + q(payment("R3", "2025-12-15", "2026-01-15", "1000.01")), ""),
        RenovationInterestRequest.class));
    assertExact(two.amount(), "1000.01");
  }

  private static String payment(String id, String from, String until, String paid) {
    return "{'paymentId': '" + id + "', 'kind': 'BANK_FIXED_ASSET_LOAN', 'interestFrom': '" + from + "',"
        + " 'interestUntil': '" + until + "', 'interestPaid': " + cny(paid) + "}";
  }

  //-------------------------------------------------------------------------
  // 深工信〔2023〕26号 第2条 utility late fees of 2023-Q1 waived: arrears × the bill's daily rate × the overdue days
  // within 2023-01-01..03-31 (register §1.2 card 000-2d), each bill's waived fee rounded half-up once (§4.5 item 35)
  private static String bill(String id, String arrears) {
    return "{'billId': '" + id + "', 'utility': 'ELECTRICITY', 'arrears': " + cny(arrears) + ","
        + " 'overdueFrom': '2023-03-31', 'dailyLateFeeRate': '0.2%'}";
  }

  @Test
  void test_utility_eachBillRoundedOnItsHalfFen_thenAdded() {
    // E-1 and E-2: 2,502.50 × 0.2% × 1 day (2023-03-31, no payment given: through the quarter's last day) = 5.005 →
    // 5.01 each; 10.02 in all (the sum 10.01 rounded once would lose a fen)
    String json = q("{'legalForm': 'ENTERPRISE', 'size': 'SMALL', 'affectedByEpidemic': true, 'utilityBills': ["
        + bill("E-1", "2502.50") + ", " + bill("E-2", "2502.50") + "]}");
    UtilityMeasure measure = DATA.getMeasure(UtilityMeasure.SHENZHEN_2023);
    String out = UtilityCalculator.DEFAULT.explainWaivedLateFeesJson(measure, json);
    assertAmountsAtTheFen(out);
    UtilityResult r = HuiqiJson.read(out, UtilityResult.class);
    assertThat(r.waivedKnown()).isEqualTo(fen("10.02"));
    assertThat(UtilityCalculator.DEFAULT.waivedLateFees(measure, HuiqiJson.read(json, UtilityRequest.class)))
        .isEqualTo(fen("10.02"));
  }

  //-------------------------------------------------------------------------
  // 沪企服办〔2023〕1号 第二十条 social-insurance late fees waived: the deferred amount × 0.05% (社会保险法 第八十六条)
  // × the late days (the day after the due date through the repayment day), each deferral's fee rounded half-up once
  private static String deferral(String id) {
    return "{'deferralId': '" + id + "', 'kind': 'PENSION', 'deferredAmount': " + cny("10010.00") + ","
        + " 'dueDate': '2023-06-30', 'deferralApproved': true, 'repaidDate': '2023-07-01'}";
  }

  @Test
  void test_insurance_eachDeferralRoundedOnItsHalfFen_thenAdded() {
    // S-1 and S-2: 10,010.00 × 0.05% × 1 day = 5.005 → 5.01 each; 10.02 in all
    String json = q("{'insuranceDeferrals': [" + deferral("S-1") + ", " + deferral("S-2") + "]}");
    InsuranceMeasure measure = DATA.getMeasure(InsuranceMeasure.SHANGHAI_2023);
    String out = InsuranceCalculator.DEFAULT.explainWaivedFeeJson(measure, json);
    assertAmountsAtTheFen(out);
    InsuranceResult r = HuiqiJson.read(out, InsuranceResult.class);
    assertExact(r.waived(), "10.02");
    assertThat(InsuranceCalculator.DEFAULT.waivedFee(measure, HuiqiJson.read(json, InsuranceRequest.class)))
        .isEqualTo(fen("10.02"));
  }

  //-------------------------------------------------------------------------
  // 沪企服办〔2023〕1号 第八条 "给予不超过合同金额 30% 的支持": from zero to 30% of each contract, each share rounded
  // half-up once (§4.5 item 35), the contracts' shares added (§1.5 item 003-8)
  private static String contract(String id) {
    return "{'eventId': '" + id + "', 'code': 'sh-digital-service-contract', 'date': '2023-07-01', 'amount': "
        + cny("1000000.05") + "}";
  }

  @Test
  void test_share_eachContractsCeilingRoundedOnItsHalfFen_thenAdded() {
    // C-1 and C-2: 30% × 1,000,000.05 = 300,000.015 → 300,000.02 each; the range 0.00 – 600,000.04 (the sum
    // 600,000.03 rounded once would lose a fen)
    String json = q("{'grantEvents': [" + contract("C-1") + ", " + contract("C-2") + "]}");
    ShareMeasure measure = DATA.getMeasure(ShareMeasure.SHANGHAI_DIGITAL_CONTRACT_2023);
    String out = ShareCalculator.DEFAULT.explainShareJson(measure, json);
    assertAmountsAtTheFen(out);
    ShareResult r = HuiqiJson.read(out, ShareResult.class);
    assertThat(r.amount().minimum()).isEqualTo(fen("0.00"));
    assertThat(r.amount().maximum()).contains(fen("600000.04"));
    assertAtTheFen(r.amount().minimum());
  }

  //-------------------------------------------------------------------------
  // 第1条 / 第二十二条 VAT: VAT-inclusive sales converted (÷ 1.01 at the 1% levy, ÷ 1.03 for the standard) and
  // rounded, the VAT then rounded, each once (§4.5 item 35, §4.6 item 94's reading of the standard)
  @Test
  void test_vat_convertedSalesRounded_thenTheTax() {
    // 2023-06, 202,000.50 VAT-inclusive: 202,000.50 ÷ 1.01 = 200,000.4950… → 200,000.50 (above 100,000); 1% =
    // 2,000.005 → 2,000.01 (on the unrounded sales 2,000.00495… → 2,000.00); standard 202,000.50 ÷ 1.03 =
    // 196,116.9902… → 196,116.99 × 3% = 5,883.5097 → 5,883.51; saved 5,883.51 − 2,000.01 = 3,883.50
    String json = q("{'period': {'year': 2023, 'month': 6}, 'sales': " + cny("202000.50") + ","
        + " 'salesBasis': 'INCLUDING_VAT', 'taxpayerRegionCode': '440305'}");
    VatMeasure measure = DATA.getMeasure(VatMeasure.SHENZHEN_2023);
    String out = VatCalculator.DEFAULT.explainVatDueJson(measure, json);
    assertAmountsAtTheFen(out);
    VatResult r = HuiqiJson.read(out, VatResult.class);
    assertThat(r.salesExcludingVat()).contains(fen("200000.50"));
    assertExact(r.vatDue(), "2000.01");
    assertThat(r.standardVat()).isEqualTo(fen("5883.51"));
    assertExact(r.amountSaved(), "3883.50");
    VatRequest request = HuiqiJson.read(json, VatRequest.class);
    assertThat(VatCalculator.DEFAULT.vatDue(measure, request)).isEqualTo(fen("2000.01"));
    assertThat(VatCalculator.DEFAULT.amountSaved(measure, request)).isEqualTo(fen("3883.50"));
  }

  //-------------------------------------------------------------------------
  // 小型微利企业 2023: taxable income × 25% × 20% (5%) against the standard 25%, each rounded half-up once, the
  // relief their difference (§4.5 item 35)
  @Test
  void test_smallLowProfit_reliefIsTheDifferenceOfTwoRoundedTaxes() {
    // 1,000,000.02: due 50,000.001 → 50,000.00; standard 250,000.005 → 250,000.01; relief 200,000.01 (20% of the
    // income rounded on its own, 200,000.004 → 200,000.00, would differ by a fen)
    String quarter = "'employeesAtStart': 50, 'employeesAtEnd': 50, 'totalAssetsAtStart': " + cny("1000000")
        + ", 'totalAssetsAtEnd': " + cny("1000000") + "}";
    String json = q("{'taxYear': 2023, 'taxableIncome': " + cny("1000000.02") + ", 'restrictedOrProhibitedIndustry':"
        + " false, 'quarters': [{'quarter': 1, " + quarter + ", {'quarter': 2, " + quarter + ", {'quarter': 3, "
        + quarter + ", {'quarter': 4, " + quarter + "]}");
    SmallLowProfitMeasure measure = DATA.getMeasure(SmallLowProfitMeasure.SHENZHEN_2023);
    String out = SmallLowProfitCalculator.DEFAULT.explainTaxDueJson(measure, json);
    assertAmountsAtTheFen(out);
    SmallLowProfitResult r = HuiqiJson.read(out, SmallLowProfitResult.class);
    assertExact(r.taxDue(), "50000.00");
    assertThat(r.standardTax()).isEqualTo(fen("250000.01"));
    assertExact(r.relief(), "200000.01");
  }

  //-------------------------------------------------------------------------
  // the 2021 reply letter 二 (2017 guide): 30% of each loan's guarantee fee, each loan's subsidy rounded half-up once,
  // then the 300,000 a year
  private static String feeLoan(String id) {
    return "{'loanId': '" + id + "', 'principal': " + cny("1000000") + ", 'drawdownDate': '2023-06-01',"
        + " 'annualInterestRate': '4%', 'guaranteeFeeRate': '1.5%', 'guaranteeFeePaid': " + cny("1000.05") + ","
        + " 'guarantorInRegion': true, 'vehicleOrRealEstatePurchase': false}";
  }

  @Test
  void test_feeSubsidy_eachLoanRoundedOnItsHalfFen_thenAdded() {
    // L1 and L2 (fee rate 1.5% ≤ 50% × 4%): 30% × 1,000.05 = 300.015 → 300.02 each; 600.04 in all
    String json = q("{'enterpriseSize': 'SMALL', 'registrationRegionCode': '440305', 'subsidyYear': 2023, 'loans': ["
        + feeLoan("L1") + ", " + feeLoan("L2") + "]}");
    GuaranteeFeeSubsidyMeasure measure = DATA.getMeasure(GuaranteeFeeSubsidyMeasure.SHENZHEN_2021);
    String out = GuaranteeFeeSubsidyCalculator.DEFAULT.explainSubsidyJson(measure, json);
    assertAmountsAtTheFen(out);
    GuaranteeFeeSubsidyResult r = HuiqiJson.read(out, GuaranteeFeeSubsidyResult.class);
    assertExact(r.amount(), "600.04");
    GuaranteeFeeSubsidyRequest request = HuiqiJson.read(json, GuaranteeFeeSubsidyRequest.class);
    assertThat(GuaranteeFeeSubsidyCalculator.DEFAULT.subsidy(measure, request)).isEqualTo(fen("600.04"));
    List<BookItem> items = new ArrayList<>();
    assertExact(BookCalculators.guaranteeFeeSubsidy(measure).run(List.of(request), items::add).amount(), "600.04");
  }

  //-------------------------------------------------------------------------
  // the R&D super deduction (财税〔2018〕64号 第一条, A107012): each line of the form is an amount to the fen, so the
  // overseas ⅔ limit (line 38) is rounded as a line before the base is added and the 75% applied (§4.5 item 35:
  // "each output amount"; RdBase: "each limit, each 80% and the 2/3 cap is one rounding")
  @Test
  void test_rd_overseasTwoThirdsRoundedAsAFormLine_thenThe75Percent() {
    // tax year 2021, a software firm (I6510, not manufacturing, not a 科技型中小企业): 75% (2021年第13号 for others);
    // own R&D: personnel 1,000.09 (the other-costs cap 1,000.09 × 10% ÷ 90% = 111.12 does not bind, nothing else);
    // overseas entrusted, not related: 10,000 × 80% = 8,000.00 against (1,000.09 + 0) × ⅔ = 666.7266… → 666.73
    // (line 38); base 1,000.09 + 666.73 = 1,666.82; 75% = 1,250.115 → 1,250.12 (the unrounded ⅔ would give
    // 1,666.8266… × 75% = 1,250.1125 → 1,250.11)
    String costs = "'personnel': " + cny("1000.09") + ", 'directInputs': " + cny("0") + ", 'depreciation': "
        + cny("0") + ", 'intangibleAmortisation': " + cny("0") + ", 'newProductDesign': " + cny("0")
        + ", 'otherRelated': " + cny("0");
    String json = q("{'taxYear': 2021, 'industryCode': 'I6510', 'techSme': false, 'manufacturing': false,"
        + " 'icOrMachineTool': false, 'expensedCosts': {" + costs + "}, 'intangibles': [], 'projects': [],"
        + " 'entrustments': [{'entrustee': 'OVERSEAS_ENTITY', 'price': " + cny("10000") + ","
        + " 'relatedParty': false}]}");
    RdMeasure measure = DATA.getMeasure(RdMeasure.SHENZHEN_2023);
    String out = RdCalculator.DEFAULT.explainExtraDeductionJson(measure, json);
    assertAmountsAtTheFen(out);
    RdResult r = HuiqiJson.read(out, RdResult.class);
    assertThat(r.otherCostsCap()).isEqualTo(fen("111.12"));
    assertThat(r.eligibleExpensedBase()).isEqualTo(fen("1666.82"));
    assertThat(r.expensedExtraDeduction()).contains(fen("1250.12"));
    assertExact(r.totalExtraDeduction(), "1250.12");
    assertThat(RdCalculator.DEFAULT.extraDeduction(measure, HuiqiJson.read(json, RdRequest.class)))
        .isEqualTo(fen("1250.12"));
  }

  //-------------------------------------------------------------------------
  // 沪企服办〔2023〕1号 第十五条 "2%的贴息补助": 2% × principal × days ÷ 360 (§4.1 item 1), at most the loan's own
  // interest below 2% (§4.1 item 5b), each loan rounded half-up once
  private static String shanghaiLoan(String rate) {
    return q("{'enterprise': {'registrationRegionCode': '310115', 'size': 'SMALL'}, 'subsidyTermMonths': 12,"
        + " 'loans': [{'loan': {'loanId': 'G1', 'principal': " + cny("1000001") + ", 'drawdownDate': '2022-10-15',"
        + " 'maturityDate': '2023-10-15', 'repaymentDate': '2023-01-13', 'annualInterestRate': '" + rate + "',"
        + " 'lenderRegionCode': '310000'}, 'firstInclusiveFinanceLoan': true, 'guaranteedByPolicyFund': true}]}");
  }

  @Test
  void test_shanghaiFirstLoan_onTheHalfFen_andAtTheLoansOwnRate() throws java.io.IOException {
    // 2022-10-15 → 2023-01-13: 16 + 30 + 31 + 13 = 90 days; 4%: 1,000,001 × 2% × 90 ÷ 360 = 5,000.005 → 5,000.01
    // 1.5% (below 2%, the loan's own rate): 1,000,001 × 1.5% × 90 ÷ 360 = 3,750.00375 → 3,750.00
    FirstLoanGuaranteedMeasure measure = DATA.getMeasure(FirstLoanGuaranteedMeasure.SHANGHAI_2023);
    String at4 = FirstLoanGuaranteedCalculator.DEFAULT.explainSubsidyJson(measure, shanghaiLoan("4%"));
    assertAmountsAtTheFen(at4);
    assertThat(EXACT.readTree(at4).at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("5000.01");
    assertThat(EXACT.readTree(at4).at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("5000.01");
    String below = FirstLoanGuaranteedCalculator.DEFAULT.explainSubsidyJson(measure, shanghaiLoan("1.5%"));
    assertThat(EXACT.readTree(below).at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("3750.00");
    assertThat(FirstLoanGuaranteedCalculator.DEFAULT.subsidy(measure, HuiqiJson.read(shanghaiLoan("4%"),
        FirstLoanGuaranteedRequest.class))).isEqualTo(fen("5000.01"));
  }

  //-------------------------------------------------------------------------
  // the 专精特新 draft 第五条: the fee at the cap (the benchmark 4.35% × ½ = 2.175%, §4.3 item 20) × whole months ÷ 12
  // (item 21), rounded half-up once; the platform fee 第十二条: each fee charged (50%) rounded half-up once and the fee
  // saved the standard less it (§4.6 item 51)
  @Test
  void test_drafts_feeAtTheCap_andThePlatformFeeChargedPerEvent() throws java.io.IOException {
    // 1,000,020 contracted 2023-03-10, 2023-03-15 → 2024-03-15 (12 months): × 2.175% = 21,750.435 → 21,750.44
    String cap = GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCapJson(
        DATA.getMeasure(GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT), q("{'specialisedAndInnovative': true,"
            + " 'governmentGuarantor': true, 'contractDate': '2023-03-10', 'loanStart': '2023-03-15', 'maturity':"
            + " '2024-03-15', 'proposedFeeRate': '1%', 'guaranteedPrincipal': " + cny("1000020") + "}"));
    assertAmountsAtTheFen(cap);
    assertThat(EXACT.readTree(cap).at("/maximumFee/amount").decimalValue()).isEqualByComparingTo("21750.44");
    // three fees of 0.03 in 2023, the 专精特新 recognition not given: each charged 0.015 → 0.02, saving 0.01; the
    // saving 0.00 – 0.03 (the 0.09 charged at 50% once, 0.045 → 0.05, would save 0.04)
    String event = "{'eventId': 'E%d', 'code': 'sz-public-service-platform-fee', 'date': '2023-06-01', 'amount': "
        + cny("0.03") + "}";
    String platform = ShareCalculator.DEFAULT.explainFeeSavedJson(
        DATA.getMeasure(ShareFeeMeasure.SHENZHEN_PLATFORM_FEE_DRAFT), q("{'grantEvents': [" + String.format(event, 1)
            + ", " + String.format(event, 2) + ", " + String.format(event, 3) + "]}"));
    assertAmountsAtTheFen(platform);
    assertThat(EXACT.readTree(platform).at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("0.00");
    assertThat(EXACT.readTree(platform).at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("0.03");
  }

  //-------------------------------------------------------------------------
  // 第3条 "平均租金价格不高于35元/月/平方米": the average reported rounded half-up to the fen, the ceiling tested
  // unrounded (Σ rent ≤ 35 × Σ area, §4.5 item 35)
  @Test
  void test_highRise_averageShownAtTheFen_ceilingTestedUnrounded() throws java.io.IOException {
    // 3,500.40 a month over 100 m²: 35.004 → shown 35.00, yet 3,500.40 > 35 × 100 = 3,500.00: not within
    String lease = "{'leaseId': 'L-1', 'area': 100, 'start': '2023-01-01', 'monthlyRent': " + cny("3500.40") + "}";
    String out = HighRiseCalculator.DEFAULT.explainAverageRentJson(DATA.getMeasure(HighRiseMeasure.SHENZHEN_2023),
        q("{'leases': [" + lease + "]}"));
    assertAmountsAtTheFen(out);
    JsonNode tree = EXACT.readTree(out);
    assertThat(tree.at("/averageRent/amount").decimalValue()).isEqualByComparingTo("35.00");
    assertThat(tree.at("/withinCeiling").asBoolean()).isFalse();
    // 3,500.00: exactly 35.00, within ("不高于", inclusive)
    JsonNode at = EXACT.readTree(HighRiseCalculator.DEFAULT.explainAverageRentJson(
        DATA.getMeasure(HighRiseMeasure.SHENZHEN_2023), q("{'leases': [" + lease.replace("3500.40", "3500.00")
            + "]}")));
    assertThat(at.at("/withinCeiling").asBoolean()).isTrue();
  }

  //-------------------------------------------------------------------------
  // 龙岗区 (2021 reply letter 一): "不超过上一年度场地租金支出50%、每年最高20万元": 50% of the firm's rent paid in the year
  // before on its leases in a district park, one figure rounded half-up once, then the cap (register §4.6 item 104)
  private static String parkLease(String id, String paid) {
    return "{'leaseId': '" + id + "', 'area': 100, 'start': '2021-01-01', 'monthlyRent': " + cny("3000") + ","
        + " 'districtPark': true, 'rentPaid': [{'year': 2022, 'amount': " + cny(paid) + "}]}";
  }

  @Test
  void test_longgangRentShare_halfOfTheFirmsRent_roundedOnce_thenTheCap() {
    // two park leases each paid 1,000.01 in 2022: the firm's rent expenditure 2,000.02 × 50% = 1,000.01, from zero
    // ("不超过"); each lease's half, 500.005 → 500.01, added would give 1,000.02
    RentShareMeasure measure = DATA.getMeasure(RentShareMeasure.LONGGANG);
    String json = q("{'highTech': true, 'supportYear': 2023, 'leases': [" + parkLease("L-1", "1000.01") + ", "
        + parkLease("L-2", "1000.01") + "]}");
    String out = RentShareCalculator.DEFAULT.explainMaximumSubsidyJson(measure, json);
    assertAmountsAtTheFen(out);
    RentShareResult r = HuiqiJson.read(out, RentShareResult.class);
    assertThat(r.priorYearRent()).isEqualTo(fen("2000.02"));
    assertThat(r.subsidy().minimum()).isEqualTo(fen("0.00"));
    assertThat(r.subsidy().maximum()).isEqualTo(fen("1000.01"));
    assertThat(RentShareCalculator.DEFAULT.maximumSubsidy(measure, HuiqiJson.read(json, RentShareRequest.class)))
        .isEqualTo(fen("1000.01"));
    // 200,000.00 + 200,000.01 = 400,000.01 × 50% = 200,000.005 → 200,000.01, then the cap: 200,000.00, binding
    RentShareResult capped = RentShareCalculator.DEFAULT.explainMaximumSubsidy(measure, HuiqiJson.read(q(
        "{'highTech': true, 'supportYear': 2023, 'leases': [" + parkLease("L-1", "200000.00") + ", "
            + parkLease("L-2", "200000.01") + "]}"), RentShareRequest.class));
    assertThat(capped.subsidy().maximum()).isEqualTo(fen("200000.00"));
    assertThat(capped.bindingLimit()).isPresent();
  }

  @Test
  void test_guangmingRentArea_theRateOnTheFirmsArea_roundedOnce() {
    // 光明区 "按实际面积给予20元/m2的补贴" (a month, register §4.4 item 28): two leases of 10.00025 m²: 20 × 20.0005 =
    // 400.01 (each lease's 200.005 → 200.01 added would give 400.02; register §4.6 item 104)
    RentAreaMeasure measure = DATA.getMeasure(RentAreaMeasure.GUANGMING);
    String lease = "{'leaseId': 'L-%d', 'area': 10.00025, 'start': '2023-01-01', 'monthlyRent': " + cny("3000")
        + ", 'districtPark': true}";
    String json = q("{'techSme': true, 'leases': [" + String.format(lease, 1) + ", " + String.format(lease, 2)
        + "]}");
    String out = RentAreaCalculator.DEFAULT.explainSubsidyPerPeriodJson(measure, json);
    assertAmountsAtTheFen(out);
    assertThat(HuiqiJson.read(out, RentAreaResult.class).perPeriod()).isEqualTo(fen("400.01"));
    assertThat(RentAreaCalculator.DEFAULT.subsidyPerPeriod(measure, HuiqiJson.read(json, RentAreaRequest.class)))
        .isEqualTo(fen("400.01"));
  }

  //-------------------------------------------------------------------------
  // 沪企服办〔2023〕1号 第十五条 "平均担保费率保持1%（含）以下": the average over 2023 weighted by amount × time (§4.3
  // item 22, whole months ÷ 12 plus odd days ÷ 360), compared with 1% exactly; each guarantee's fee income rounded
  // half-up once for the figure shown (§4.5 item 35), never in the test
  @Test
  void test_averageFee_testedUnrounded_theIncomeRoundedPerGuarantee() {
    // G1 and G2: 1,000,000.50 at exactly 1% for all of 2023 (12 whole months ÷ 12 = 1): income 10,000.005 →
    // 10,000.01 each, 20,000.02 in all; the average is exactly 1%, within "1%（含）以下" (the rounded income over the
    // amount, 20,000.02 ÷ 2,000,001.00 = 1.0000005%, would put a guarantor charging exactly 1% above it)
    String guarantee = "{'guaranteeId': 'G%d', 'guaranteedAmount': " + cny("1000000.50") + ", 'annualFeeRate': '1%%',"
        + " 'start': '2023-01-01', 'end': '2024-01-01'}";
    String json = q("{'governmentGuarantor': true, 'guarantees': [" + String.format(guarantee, 1) + ", "
        + String.format(guarantee, 2) + "]}");
    GuaranteeFeeAverageMeasure measure = DATA.getMeasure(GuaranteeFeeAverageMeasure.SHANGHAI_2023);
    String out = GuaranteeFeeAverageCalculator.DEFAULT.explainAverageFeeRateJson(measure, json);
    assertAmountsAtTheFen(out);
    GuaranteeFeeAverageResult r = HuiqiJson.read(out, GuaranteeFeeAverageResult.class);
    assertThat(r.withinCeiling()).isTrue();
    assertThat(r.feeIncome()).isEqualTo(fen("20000.02"));
    assertThat(GuaranteeFeeAverageCalculator.DEFAULT.isWithinCeiling(measure,
        HuiqiJson.read(json, GuaranteeFeeAverageRequest.class))).isTrue();
    // 1.01% on G2: 1,000,000.50 × 1.01% = 10,100.00505 → 10,100.01; the average (1% + 1.01%) ÷ 2 = 1.005%: above
    GuaranteeFeeAverageResult above = HuiqiJson.read(GuaranteeFeeAverageCalculator.DEFAULT
        .explainAverageFeeRateJson(measure, json.replace("\"G2\", \"guaranteedAmount\": {\"amount\": 1000000.50,"
            + " \"currency\": \"CNY\"}, \"annualFeeRate\": \"1%\"", "\"G2\", \"guaranteedAmount\": {\"amount\":"
            + " 1000000.50, \"currency\": \"CNY\"}, \"annualFeeRate\": \"1.01%\"")), GuaranteeFeeAverageResult.class);
    assertThat(above.withinCeiling()).isFalse();
    assertThat(above.feeIncome()).isEqualTo(fen("20100.02"));
  }

  /** Every amount a JSON result writes has two decimals. */
  private static void assertAmountsAtTheFen(String json) {
    Matcher amounts = AMOUNT.matcher(json);
    int n = 0;
    while (amounts.find()) {
      assertThat(amounts.group(1)).as("an amount at the fen").matches("-?[0-9]+\\.[0-9]{2}");
      n++;
    }
    assertThat(n).isPositive();
  }

  //-------------------------------------------------------------------------
  // the engine over a profile: each outcome as its calculator rounds it, the totals the sums of rounded outcomes
  private static String profileLoan(String id, String principal, String drawdown, String repayment) {
    return "{'loanId': '" + id + "', 'principal': " + cny(principal) + ", 'drawdownDate': '" + drawdown + "',"
        + " 'maturityDate': '2024-01-01', 'repaymentDate': '" + repayment + "', 'annualInterestRate': '4%',"
        + " 'lenderRegionCode': '440300', 'firstDrawdownOfFirstContract': true, 'forProductionOrOperation': true,"
        + " 'subsidisedUnderAnotherMunicipalScheme': false, 'vehicleOrRealEstatePurchase': false,"
        + " 'guaranteed': false}";
  }

  private static String poolLoan(String id, String outstanding) {
    return "{'loanId': '" + id + "', 'principal': " + cny("2000000") + ", 'drawdownDate': '2022-08-01',"
        + " 'maturityDate': '2023-08-01', 'annualInterestRate': '4.35%', 'lenderRegionCode': '440300',"
        + " 'firstDrawdownOfFirstContract': false, 'forProductionOrOperation': true,"
        + " 'subsidisedUnderAnotherMunicipalScheme': false, 'vehicleOrRealEstatePurchase': false,"
        + " 'riskPoolCategory': 'GENERAL', 'guaranteed': false, 'underOtherRiskCompensation': false,"
        + " 'nonPerforming': {'since': '2023-11-01', 'principalOutstanding': " + cny(outstanding) + "}}";
  }

  private static String guaranteedLoan(String id, String principal) {
    return "{'loanId': '" + id + "', 'principal': " + cny(principal) + ", 'drawdownDate': '2023-03-01',"
        + " 'maturityDate': '2024-03-01', 'annualInterestRate': '4.35%', 'lenderRegionCode': '440300',"
        + " 'firstDrawdownOfFirstContract': false, 'forProductionOrOperation': true,"
        + " 'subsidisedUnderAnotherMunicipalScheme': false, 'vehicleOrRealEstatePurchase': false,"
        + " 'guaranteed': true, 'guarantee': {'governmentGuarantor': true, 'guarantorInRegion': true,"
        + " 'reGuaranteed': false, 'standardFeeRate': '1.25%'}, 'underOtherRiskCompensation': false}";
  }

  private static String profile(String extra, String loans) {
    return q("{'registrationRegionCode': '440304', 'legalForm': 'ENTERPRISE', 'independentLegalPerson': true,"
        + " 'registrationDate': '2016-05-01', 'industryCode': 'C3911', 'restrictedOrProhibitedIndustry': false,"
        + " 'onSeriousDishonestyList': false, " + extra + " 'loans': " + loans + "}");
  }

  private static MeasureOutcome engineOutcome(String profile, String measure) {
    EntitlementReport report = engine(profile, measure);
    return report.outcomes().get(0);
  }

  private static EntitlementReport engine(String profile, String... measures) {
    List<MeasureId> ids = java.util.Arrays.stream(measures).map(MeasureId::of).toList();
    EntitlementReport report = EntitlementEngine.builtIn().evaluate(EntitlementRequest.of(
        HuiqiJson.read(profile, EnterpriseProfile.class), LocalDate.parse("2023-12-31")).withMeasures(ids));
    // evaluateJson gives the same outcomes and totals, every amount written with two decimals
    String json = EntitlementEngine.builtIn().evaluateJson("{\"profile\": " + profile
        + ", \"asOf\": \"2023-12-31\", \"measures\": " + MAPPER.valueToTree(List.of(measures)) + "}");
    JsonNode fromJson = readTree(json);
    JsonNode fromApi = readTree(HuiqiJson.write(report));
    assertThat(fromJson.at("/outcomes")).isEqualTo(fromApi.at("/outcomes"));
    assertThat(fromJson.at("/totals")).isEqualTo(fromApi.at("/totals"));
    assertAmountsAtTheFen(json);
    return report;
  }

  @Test
  void test_engine_outcomesAndTotals_sumsOfRoundedOutcomes() {
    // first loan: 3 × 5,000.01 = 15,000.03 (as the calculator); pool: P1..P3 each 1,000,000.05 × 30% = 300,000.02,
    // 900,000.06 (paid to the lender, §2.1); fee reduction: 12,500.01 − 7,500.01 = 5,000.00 saved
    String loans = "[" + profileLoan("L1", "1000001", "2023-01-01", "2023-04-01") + ", "
        + profileLoan("L2", "1000001", "2023-02-01", "2023-05-02") + ", "
        + profileLoan("L3", "1000001", "2023-03-01", "2023-05-30") + ", " + poolLoan("P1", "1000000.05") + ", "
        + poolLoan("P2", "1000000.05") + ", " + poolLoan("P3", "1000000.05") + ", "
        + guaranteedLoan("G1", "1000001") + "]";
    String profile = profile("'size': 'SMALL', 'firstTimeBorrower': true,", loans);
    EntitlementReport report = engine(profile, FIRST_LOAN_ID, POOL_ID, REDUCTION_ID);
    MeasureOutcome firstLoan = outcome(report, FIRST_LOAN_ID);
    MeasureOutcome pool = outcome(report, POOL_ID);
    MeasureOutcome reduction = outcome(report, REDUCTION_ID);
    assertThat(firstLoan.amount().exact()).contains(fen("15000.03"));
    assertThat(pool.amount().exact()).contains(fen("900000.06"));
    assertThat(reduction.amount().exact()).contains(fen("5000.00"));
    // the totals add the rounded outcomes counted in them, exact and at the fen
    BigDecimal counted = BigDecimal.ZERO;
    for (MeasureOutcome o : report.outcomes()) {
      if (o.countedInTotal()) {
        counted = counted.add(yuan(o.amount().minimum()));
      }
    }
    assertThat(yuan(report.totals().inReach().minimum())).isEqualByComparingTo(counted);
    assertThat(yuan(report.totals().inReach().maximum().orElseThrow())).isEqualByComparingTo(counted);
    assertAtTheFen(report.totals().inReach().minimum());
    report.totals().byKind().values().forEach(a -> assertAtTheFen(a.minimum()));
  }

  @Test
  void test_sandbox_costsAreSumsOfRoundedOutcomes_underBothPacks() {
    // two firms with L1..L3 as above: at the built-in 2%, 15,000.03 each, 30,000.06; with the rate changed to 3%:
    // 1,000,001 × 3% × 90 ÷ 360 = 7,500.0075 → 7,500.01 a loan, 22,500.03 a firm, 45,000.06; the change 15,000.00
    // (the two firms' rounded figures' difference; 3% of the sum rounded once would differ)
    FirstLoanMeasure f = FIRST_LOAN;
    FirstLoanMeasure at3 = new FirstLoanMeasure(f.id(), f.clause(), f.documentStatus(), f.title(),
        f.firstLoanWindow(), f.region(), f.annualSubsidyRate().withValue(Rate.parse("3%")),
        f.maximumSubsidyMonths(), f.minimumUseMonths(), f.minimumLoanRate(), f.capPerEnterprise(), f.dayCount(),
        f.rounding(), f.implementingRules());
    String loans = "[" + profileLoan("L1", "1000001", "2023-01-01", "2023-04-01") + ", "
        + profileLoan("L2", "1000001", "2023-02-01", "2023-05-02") + ", "
        + profileLoan("L3", "1000001", "2023-03-01", "2023-05-30") + "]";
    EnterpriseProfile firm = HuiqiJson.read(profile("'size': 'SMALL', 'firstTimeBorrower': true,", loans),
        EnterpriseProfile.class);
    SandboxReport report = SandboxRun.compare(EntitlementEngine.builtIn(),
        EntitlementEngine.of(Catalog.of(DATA.withMeasure(at3))), List.of(firm, firm).iterator(),
        LocalDate.parse("2023-12-31"));
    SandboxMeasureDelta delta = report.measure(FirstLoanMeasure.SHENZHEN_2023.id()).orElseThrow();
    assertThat(delta.certainBefore()).isEqualTo(fen("30000.06"));
    assertThat(delta.certainAfter()).isEqualTo(fen("45000.06"));
    assertThat(delta.inReachAfter()).isEqualTo(fen("45000.06"));
    assertThat(delta.certainChange()).isEqualTo(fen("15000.00"));
    assertThat(delta.gainers()).isEqualTo(2);
  }

  private static MeasureOutcome outcome(EntitlementReport report, String measure) {
    return report.outcomes().stream().filter(o -> o.measure().toString().equals(measure)).findFirst().orElseThrow();
  }

  //-------------------------------------------------------------------------
  // amounts from JSON input: scale 0, 1 and trailing zeros are read as the fen amount; below the fen is a typed
  // error naming the field and quoting the value, on every JSON path; an ineligible outcome is 0.00, at the fen
  @Test
  void test_jsonInput_scales_andBelowTheFen() {
    // 1,000,001 given as 1000001, 1000001.0 and 1000001.000: the same 5,000.01 each
    for (String principal : List.of("1000001", "1000001.0", "1000001.000")) {
      FirstLoanResult r = FirstLoanCalculator.DEFAULT.explainSubsidy(FIRST_LOAN, HuiqiJson.read(firstLoanRequest(
          loan("L1", principal, "2023-01-01", "2023-04-01")), FirstLoanRequest.class));
      assertExact(r.amount(), "5000.01");
    }
    // 1,000,000.005: refused on the calculator's JSON form, naming the loan's principal
    String below = firstLoanRequest(loan("L1", "1000000.005", "2023-01-01", "2023-04-01"));
    assertThatThrownBy(() -> FirstLoanCalculator.DEFAULT.explainSubsidyJson(FIRST_LOAN, below))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.code()).isEqualTo(InvalidInputException.BELOW_FEN);
          assertThat(ex.field()).isEqualTo("/loans/0/principal");
          assertThat(ex.value()).contains("1000000.005");
        });
    // and on the engine's JSON entry point, naming the profile's loan
    String profile = profile("'size': 'SMALL', 'firstTimeBorrower': true,",
        "[" + profileLoan("L1", "1000000.005", "2023-01-01", "2023-04-01") + "]");
    assertThatThrownBy(() -> EntitlementEngine.builtIn().evaluateJson("{\"profile\": " + profile
        + ", \"asOf\": \"2023-12-31\"}"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.code()).isEqualTo(InvalidInputException.BELOW_FEN);
          assertThat(ex.field()).endsWith("/loans/0/principal");
        });
    // a typed amount below the fen, built in Java, is refused by the typed path too
    assertThatThrownBy(() -> FirstLoanCalculator.DEFAULT.subsidy(FIRST_LOAN, FirstLoanFixtures.request(
        FirstLoanFixtures.loan("L1").principal(Cny.of("1000000.005")).build())))
        .isInstanceOf(InvalidInputException.class);
    // an ineligible loan (drawn 2023-04-01, after the window): 0.00 at the fen
    FirstLoanResult none = FirstLoanCalculator.DEFAULT.explainSubsidy(FIRST_LOAN, HuiqiJson.read(firstLoanRequest(
        loan("L1", "1000001", "2023-04-01", "2023-07-01")), FirstLoanRequest.class));
    assertExact(none.amount(), "0.00");
    assertThat(Optional.of(none.amount().minimum()).map(RoundingStagesBlindAuditTest::yuan).get().toPlainString())
        .isEqualTo("0.00");
  }

  private static JsonNode readTree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (java.io.IOException ex) {
      throw new AssertionError(ex);
    }
  }
}
