package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Verdict;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An audit of the book paths as a bank engineer new to the library writes a book: a CSV whose header names the
 * columns in its own order and leaves optional ones out, with two bad rows among the loans; the same claims as
 * NDJSON written by hand (spaces, members in any order, the loan id first or last); a first-loan book as
 * hand-written NDJSON through {@link BookNdjson#firstLoan}; and the columnar paths on one thread and on two. Every
 * path must give the amounts and totals worked by hand below.
 * <p>
 * Risk pool, 深工信〔2023〕26号 第5条: "对各商业银行在2023年1月1日至3月31日新增贷款（展期视同新增）的风险损失补偿比例提高30个
 * 百分点，补偿比例最高为80%"; the 2022 uplift window 2022-03-01..2022-06-30 (惠企纾困"30条", domain reference §2.1); the
 * built-in base is 30% for every category (the pack), the loss is the principal outstanding (decisions register
 * §4.2 item 12), and a book item's amount is the compensation before any return of recoveries (BookCalculators).
 */
class BookNewUserAuditTest {

  private static final PolicyData DATA = PolicyData.builtIn();
  private static final RiskPoolMeasure POOL = DATA.getMeasure(RiskPoolMeasure.SHENZHEN_2023);
  private static final FirstLoanMeasure FIRST_LOAN = DATA.getMeasure(FirstLoanMeasure.SHENZHEN_2023);

  /** The columns in the bank's own order; accruedInterest and recoveries left out. */
  private static final String HEADER = "loanId,grantDate,category,principal,principalOutstanding,"
      + "firstNonPerformingDate,guaranteedByFinancingGuarantor,reGuaranteed,underOtherRiskCompensation,"
      + "extensionDate,baseRatio";

  /*
   * Worked by hand (第5条; base 30%, +30 points in a window, at most 80%, half-up to the fen):
   * K1 GENERAL granted 2023-03-01 (2023 window): 1,500,000.00 × 60%                  = 900,000.00
   * K2 FIRST_LOAN granted 2022-06-30 (last day of the 2022 window): 765,432.10 × 60% = 459,259.26
   * K3 TECH_ENTERPRISE granted 2022-07-01 (the day after): 99,999.99 × 30% = 29,999.997 → 30,000.00
   * K4 GREEN granted 2021-05-05, extended 2023-01-31 (展期视同新增): 250,000.05 × 60% = 150,000.03
   * K5 GENERAL 2023-02-10, re-guarantee left blank (not known): 50,000.00 × 60% = 30,000.00, undetermined 0 – 30,000.00
   * K6 CREDIT 2023-02-10 under another risk-compensation scheme: excluded, 0
   * K7 INTELLECTUAL_PROPERTY 2023-01-15, agreed base 45%: min(75%, 80%) × 10,000.01 = 7,500.0075 → 7,500.01
   *    (not above 80% × 10,000.01 = 8,000.008, rounded down 8,000.00)
   * Certain: 900,000.00 + 459,259.26 + 30,000.00 + 150,000.03 + 7,500.01 = 1,546,759.30; in reach + 30,000.00
   *          = 1,576,759.30; 5 eligible, 1 ineligible, 1 undetermined.
   */
  private static final List<String> ROWS = List.of(
      "K1,2023-03-01,GENERAL,2000000.00,1500000.00,2024-06-30,false,false,false,,",
      "K2,2022-06-30,FIRST_LOAN,800000,765432.10,2023-12-31,false,false,false,,",
      "K3,2022-07-01,TECH_ENTERPRISE,100000,99999.99,2023-07-01,false,false,false,,",
      "K4,2021-05-05,GREEN,300000,250000.05,2024-01-31,false,false,false,2023-01-31,",
      "K5,2023-02-10,GENERAL,50000,50000.00,2024-02-10,false,,false,,",
      "K6,2023-02-10,CREDIT,50000,50000.00,2024-02-10,false,false,true,,",
      "K7,2023-01-15,INTELLECTUAL_PROPERTY,10000.01,10000.01,2024-01-15,false,false,false,,45%");
  private static final List<AmountRange> AMOUNTS = List.of(exactly("900000.00"), exactly("459259.26"),
      exactly("30000.00"), exactly("150000.03"), new AmountRange(Cny.of("0.00"), Cny.of("30000.00")),
      exactly("0.00"), exactly("7500.01"));
  private static final List<Verdict> VERDICTS = List.of(Verdict.ELIGIBLE, Verdict.ELIGIBLE, Verdict.ELIGIBLE,
      Verdict.ELIGIBLE, Verdict.UNDETERMINED, Verdict.INELIGIBLE, Verdict.ELIGIBLE);
  private static final BookTotals TOTALS = new BookTotals(7, 5, 1, 1, 0,
      new AmountRange(Cny.of("1546759.30"), Cny.of("1576759.30")));

  private static AmountRange exactly(String yuan) {
    return AmountRange.exactly(Cny.of(yuan));
  }

  private static List<RiskPoolClaim> claims() {
    List<RiskPoolClaim> claims = new ArrayList<>();
    BookSource.csv(new StringReader(HEADER + "\n" + String.join("\n", ROWS) + "\n"), BookSource.RISK_POOL_CLAIMS,
        "loanId").forEachRemaining(row -> claims.add(row.request().orElseThrow()));
    return claims;
  }

  @Test
  void riskPool_csvInTheBanksColumnOrder_listNdjsonAndColumns_agreeWithTheHandFigures() {
    List<RiskPoolClaim> claims = claims();
    BookCalculator<RiskPoolClaim> calculator = BookCalculators.riskPool(POOL, RiskPoolOptions.DEFAULTS);

    List<BookItem> fromList = new ArrayList<>();
    assertThat(calculator.run(claims, fromList::add)).isEqualTo(TOTALS);
    assertThat(fromList).extracting(BookItem::amount)
        .containsExactlyElementsOf(AMOUNTS.stream().map(Optional::of).toList());
    assertThat(fromList).extracting(BookItem::verdict)
        .containsExactlyElementsOf(VERDICTS.stream().map(Optional::of).toList());
    assertThat(fromList.get(4).missingFacts()).containsExactly("/reGuaranteed");

    // NDJSON as a person writes it: spaces, members in another order, the id last on one line
    String ndjson = String.join("\n",
        "{ \"loanId\": \"K1\", \"category\": \"GENERAL\", \"grantDate\": \"2023-03-01\","
            + " \"principal\": {\"amount\": 2000000.00, \"currency\": \"CNY\"},"
            + " \"principalOutstanding\": {\"currency\": \"CNY\", \"amount\": 1500000},"
            + " \"firstNonPerformingDate\": \"2024-06-30\", \"guaranteedByFinancingGuarantor\": false,"
            + " \"reGuaranteed\": false, \"underOtherRiskCompensation\": false }",
        json(claims.get(1)), json(claims.get(2)), json(claims.get(3)), json(claims.get(4)), json(claims.get(5)),
        "{\"category\": \"INTELLECTUAL_PROPERTY\", \"baseRatio\": \"45%\", \"grantDate\": \"2023-01-15\","
            + " \"principal\": {\"amount\": 10000.01, \"currency\": \"CNY\"}, \"firstNonPerformingDate\":"
            + " \"2024-01-15\", \"principalOutstanding\": {\"amount\": 10000.01, \"currency\": \"CNY\"},"
            + " \"guaranteedByFinancingGuarantor\": false, \"reGuaranteed\": false,"
            + " \"underOtherRiskCompensation\": false, \"loanId\": \"K7\"}");
    List<BookItem> fromNdjson = new ArrayList<>();
    assertThat(BookSource.ndjson(new StringReader(ndjson), RiskPoolClaim.class, c -> Optional.of(c.loanId()))
        .run(calculator, fromNdjson::add)).isEqualTo(TOTALS);
    assertThat(fromNdjson).extracting(BookItem::amount)
        .containsExactlyElementsOf(AMOUNTS.stream().map(Optional::of).toList());
    StringWriter out = new StringWriter();
    assertThat(BookNdjson.riskPool(POOL, RiskPoolOptions.DEFAULTS, new StringReader(ndjson), out,
        HuiqiJson.codec())).isEqualTo(TOTALS);
    // seven result lines and the totals line
    assertThat(out.toString().lines().count()).isEqualTo(8);

    for (int threads : new int[] {1, 2}) {
      BookRiskPoolColumns columns = new BookRiskPoolColumns(claims.size());
      for (int i = 0; i < claims.size(); i++) {
        columns.set(i, claims.get(i));
      }
      BookColumnTotals fast = BookRiskPoolFastPath.of(POOL, RiskPoolOptions.DEFAULTS).compute(columns, threads);
      assertThat(fast.toTotals()).as("threads " + threads).isEqualTo(TOTALS);
      for (int i = 0; i < claims.size(); i++) {
        assertThat(columns.item(i).amount()).as("K" + (i + 1)).contains(AMOUNTS.get(i));
        assertThat(columns.item(i).verdict()).as("K" + (i + 1)).contains(VERDICTS.get(i));
      }
    }
  }

  private static String json(RiskPoolClaim claim) {
    return HuiqiJson.write(claim, JsonOutput.COMPACT);
  }

  @Test
  void riskPool_csvWithTwoBadRows_theRestComputed_eachBadRowNamedByLineAndColumn() {
    // line 1 the header; lines 2-4 K1-K3; line 5 a date written with slashes; line 6 a principal with a thousands
    // separator (quoted, as a spreadsheet exports it); lines 7-10 K4-K7
    String csv = HEADER + "\n" + String.join("\n", ROWS.subList(0, 3)) + "\n"
        + "X1,2023/02/10,GENERAL,50000,50000.00,2024-02-10,false,false,false,,\n"
        + "X2,2023-02-10,GENERAL,\"1,000,000.00\",50000.00,2024-02-10,false,false,false,,\n"
        + String.join("\n", ROWS.subList(3, 7)) + "\n";
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.csv(new StringReader(csv), BookSource.RISK_POOL_CLAIMS, "loanId")
        .run(BookCalculators.riskPool(POOL, RiskPoolOptions.DEFAULTS), items::add);
    assertThat(items).extracting(BookItem::index).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    assertThat(items.get(3).id()).contains("X1");
    assertThat(items.get(3).failure().orElseThrow().field()).isEqualTo("grantDate");
    assertThat(items.get(4).id()).contains("X2");
    assertThat(items.get(4).failure().orElseThrow().field()).isEqualTo("principal");
    // the seven good rows as worked above, the two bad ones failed and in no amount
    assertThat(totals).isEqualTo(new BookTotals(9, 5, 1, 1, 2, TOTALS.amount()));
  }

  /*
   * First loan, 深工信〔2023〕26号 第5条 ("对2023年1-3月从深圳辖内商业银行首次获得贷款的企业，给予2%的贴息补助，单户企业贴息金额最高
   * 20万元，贴息期限不超过6个月"; the 2022 rules: no subsidy below a 2% loan rate or under a month of use), ACT/360,
   * 算头不算尾, half-up to the fen:
   * F1 1,000,000 drawn 2023-02-15: 2023-02-15 → 2023-08-15 = 14 + 31 + 30 + 31 + 30 + 31 + 14 = 181 days;
   *    1,000,000 × 2% × 181/360 = 10,055.555… → 10,055.56
   * F2 20,000,000 drawn 2023-01-10: 181 days (22 + 28 + 31 + 30 + 31 + 30 + 9); 400,000 × 181/360 = 201,111.11,
   *    capped 200,000.00
   * F3 300,000.50 drawn 2023-03-31, matures 2023-06-30: 91 days; 6,000.01 × 91/360 = 1,516.669… → 1,516.67
   * F4 a loan rate of 1.99%, below the 2% floor: ineligible, 0
   * F5 drawn 2023-02-15, repaid 2023-03-14, before 2023-03-15 (one month of use): ineligible, 0
   * F6 600,000 drawn 2023-01-20, lender's region not given: 181 days (12 + 28 + 31 + 30 + 31 + 30 + 19);
   *    12,000 × 181/360 = 6,033.333… → 6,033.33, undetermined 0 – 6,033.33
   * Certain: 10,055.56 + 200,000.00 + 1,516.67 = 211,572.23; in reach + 6,033.33 = 217,605.56.
   */
  private static final String FIRM = "\"enterprise\": {\"registrationRegionCode\": \"440306\","
      + " \"independentLegalPerson\": true, \"firstTimeBorrower\": true, \"onSeriousDishonestyList\": false}";

  private static String firstLoanLine(String id, String principal, String drawn, String matures, String rate,
      String extra) {
    return "{" + FIRM + ", \"loans\": [{\"loanId\": \"" + id + "\", \"principal\": {\"amount\": " + principal
        + ", \"currency\": \"CNY\"}, \"drawdownDate\": \"" + drawn + "\", \"maturityDate\": \"" + matures
        + "\", \"annualInterestRate\": \"" + rate + "\", \"firstDrawdownOfFirstContract\": true,"
        + " \"forProductionOrOperation\": true, \"subsidisedUnderAnotherMunicipalScheme\": false" + extra + "}]}";
  }

  private static final String LENDER = ", \"lenderRegionCode\": \"440300\"";
  private static final List<String> FIRST_LOAN_LINES = List.of(
      firstLoanLine("F1", "1000000", "2023-02-15", "2024-02-15", "3.65%", LENDER),
      firstLoanLine("F2", "20000000", "2023-01-10", "2024-01-10", "4%", LENDER),
      firstLoanLine("F3", "300000.50", "2023-03-31", "2023-06-30", "2%", LENDER),
      firstLoanLine("F4", "500000", "2023-02-01", "2024-02-01", "1.99%", LENDER),
      firstLoanLine("F5", "500000", "2023-02-15", "2024-02-15", "4%", LENDER + ", \"repaymentDate\": \"2023-03-14\""),
      firstLoanLine("F6", "600000", "2023-01-20", "2023-12-20", "3.1%", ""));
  private static final List<AmountRange> FIRST_LOAN_AMOUNTS = List.of(exactly("10055.56"), exactly("200000.00"),
      exactly("1516.67"), exactly("0.00"), exactly("0.00"), new AmountRange(Cny.of("0.00"), Cny.of("6033.33")));
  private static final BookTotals FIRST_LOAN_TOTALS = new BookTotals(6, 3, 2, 1, 0,
      new AmountRange(Cny.of("211572.23"), Cny.of("217605.56")));

  @Test
  void firstLoan_handWrittenNdjson_bookNdjsonAndColumns_agreeWithTheHandFigures() {
    String ndjson = String.join("\n", FIRST_LOAN_LINES) + "\n";
    List<FirstLoanRequest> requests = new ArrayList<>();
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.ndjson(new StringReader(ndjson), FirstLoanRequest.class, r -> Optional.empty())
        .run((index, request) -> {
          requests.add(request);
          return BookCalculators.firstLoan(FIRST_LOAN).evaluate(index, request);
        }, items::add);
    assertThat(totals).isEqualTo(FIRST_LOAN_TOTALS);
    assertThat(items).extracting(BookItem::amount)
        .containsExactlyElementsOf(FIRST_LOAN_AMOUNTS.stream().map(Optional::of).toList());
    assertThat(items.get(5).missingFacts()).containsExactly("/loans/0/lenderRegionCode");

    StringWriter out = new StringWriter();
    assertThat(BookNdjson.firstLoan(FIRST_LOAN, new StringReader(ndjson), out, HuiqiJson.codec()))
        .isEqualTo(FIRST_LOAN_TOTALS);

    List<BookItem> fromList = new ArrayList<>();
    assertThat(BookCalculators.firstLoan(FIRST_LOAN).run(requests, fromList::add)).isEqualTo(FIRST_LOAN_TOTALS);

    for (int threads : new int[] {1, 2}) {
      BookFirstLoanColumnsRun run = BookFirstLoanColumnsRun.of(FIRST_LOAN, requests, threads);
      BookFirstLoanColumns columns = run.columns();
      assertThat(run.totals().toTotals()).as("threads " + threads).isEqualTo(FIRST_LOAN_TOTALS);
      for (int i = 0; i < requests.size(); i++) {
        assertThat(columns.item(i).amount()).as("F" + (i + 1)).contains(FIRST_LOAN_AMOUNTS.get(i));
      }
      // F2: computed 201,111.11, paid the cap 200,000.00 (worked above)
      assertThat(columns.loanComputedFen()[1]).isEqualTo(20_111_111L);
      assertThat(columns.loanPaidFen()[1]).isEqualTo(20_000_000L);
    }
  }
}
