package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanOptions;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolCalculator;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Verdict;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An audit of the volume paths on one small book worked by hand: the plain calculators, the book API, CSV, NDJSON
 * and the columnar paths (one thread and two) must give the same amounts, statuses and totals to the fen.
 * <p>
 * First loan, 深工信〔2023〕26号 第5条: 2% a year on the first drawdown, ACT/360 (算头不算尾), at most 6 months, at least
 * one month of use, a loan rate of at least 2%, drawn 2023-01-01..2023-03-31, at most 200,000 per enterprise, the cap
 * allocated in drawdown order. Risk pool, same article: base + 30 points for loans granted (or extended, 展期视同新增)
 * 2023-01-01..2023-03-31, at most 80%, never above 80% × loss rounded down (decisions register §4.5 item 35).
 */
class BookVolumeAuditTest {

  private static final PolicyData DATA = PolicyData.builtIn();
  private static final FirstLoanMeasure FIRST_LOAN = DATA.getMeasure(FirstLoanMeasure.SHENZHEN_2023);
  private static final RiskPoolMeasure POOL = DATA.getMeasure(RiskPoolMeasure.SHENZHEN_2023);

  // ---------------------------------------------------------------------------------------------- first loan
  private static EnterpriseFacts firm() {
    return EnterpriseFacts.builder().registrationRegionCode("440306").independentLegalPerson(true)
        .firstTimeBorrower(true).onSeriousDishonestyList(false).build();
  }

  private static LoanFacts.Builder loan(String id, String principal, LocalDate drawn, LocalDate matures) {
    return LoanFacts.builder().loanId(id).principal(Cny.of(principal)).drawdownDate(drawn).maturityDate(matures)
        .annualInterestRate(Rate.parse("3.45%")).lenderRegionCode("440300").firstDrawdownOfFirstContract(true)
        .forProductionOrOperation(true).subsidisedUnderAnotherMunicipalScheme(false);
  }

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  static List<FirstLoanRequest> firstLoanBook() {
    return List.of(
        // E0: two loans, listed out of drawdown order
        FirstLoanRequest.of(firm(), List.of(
            loan("E0-b", "15000000", d(2023, 3, 31), d(2024, 3, 31)).build(),
            loan("E0-a", "12000000", d(2023, 1, 1), d(2023, 12, 31)).build())),
        // E1: production use unknown, repaid early
        FirstLoanRequest.of(firm(), List.of(loan("E1", "1000000", d(2023, 2, 15), d(2024, 2, 15))
            .repaymentDate(d(2023, 5, 15)).forProductionOrOperation(Optional.empty()).build())),
        // E2: drawn the day after the window
        FirstLoanRequest.of(firm(), List.of(loan("E2", "500000", d(2023, 4, 1), d(2024, 4, 1)).build())),
        // E3: used exactly one month (2023-01-31 + 1 month = 2023-02-28)
        FirstLoanRequest.of(firm(), List.of(loan("E3", "3000000", d(2023, 1, 31), d(2024, 1, 31))
            .repaymentDate(d(2023, 2, 28)).build())),
        // E4: matures after six months
        FirstLoanRequest.of(firm(), List.of(loan("E4", "2000000", d(2023, 3, 15), d(2023, 9, 30)).build())),
        // E5: a loan rate exactly at the 2% floor
        FirstLoanRequest.of(firm(), List.of(loan("E5", "800000", d(2023, 2, 28), d(2023, 8, 31))
            .annualInterestRate(Rate.parse("2%")).build())));
  }

  /*
   * Worked by hand (深工信〔2023〕26号 第5条, ACT/360, half-up to the fen):
   * E0-a 12,000,000 × 2% × 181/360 (2023-01-01 → 2023-07-01)  = 120,666.666… → 120,666.67
   * E0-b 15,000,000 × 2% × 183/360 (2023-03-31 → 2023-09-30)  = 152,500.00
   *      cap 200,000 in drawdown order: E0-a 120,666.67, E0-b 200,000 − 120,666.67 = 79,333.33; E0 200,000.00
   * E1    1,000,000 × 2% × 89/360 (2023-02-15 → 2023-05-15)    = 4,944.444… → 4,944.44, undetermined: 0 – 4,944.44
   * E2   drawn 2023-04-01, outside 2023-01-01..2023-03-31: ineligible, 0
   * E3    3,000,000 × 2% × 28/360 (2023-01-31 → 2023-02-28)    = 4,666.666… → 4,666.67
   * E4    2,000,000 × 2% × 184/360 (2023-03-15 → 2023-09-15)   = 20,444.444… → 20,444.44
   * E5      800,000 × 2% × 181/360 (2023-02-28 → 2023-08-28)   = 8,044.444… → 8,044.44
   * Totals: 4 eligible, 1 ineligible, 1 undetermined; certain 200,000.00 + 4,666.67 + 20,444.44 + 8,044.44
   *         = 233,155.55; in reach + 4,944.44 = 238,099.99.
   */
  private static final List<AmountRange> FIRST_LOAN_AMOUNTS = List.of(exactly("200000.00"),
      new AmountRange(Cny.of("0.00"), Cny.of("4944.44")), exactly("0.00"), exactly("4666.67"), exactly("20444.44"),
      exactly("8044.44"));
  private static final List<Verdict> FIRST_LOAN_VERDICTS = List.of(Verdict.ELIGIBLE, Verdict.UNDETERMINED,
      Verdict.INELIGIBLE, Verdict.ELIGIBLE, Verdict.ELIGIBLE, Verdict.ELIGIBLE);
  private static final BookTotals FIRST_LOAN_TOTALS = new BookTotals(6, 4, 1, 1, 0,
      new AmountRange(Cny.of("233155.55"), Cny.of("238099.99")));

  private static AmountRange exactly(String yuan) {
    return AmountRange.exactly(Cny.of(yuan));
  }

  @Test
  void firstLoan_plainBookNdjsonAndColumns_agreeToTheFen() {
    List<FirstLoanRequest> book = firstLoanBook();
    // the plain typed calculator, and the cap allocated in drawdown order
    for (int i = 0; i < book.size(); i++) {
      FirstLoanResult result = FirstLoanCalculator.DEFAULT.explainSubsidy(FIRST_LOAN, book.get(i));
      assertThat(result.eligibility().verdict()).as("E" + i).isEqualTo(FIRST_LOAN_VERDICTS.get(i));
      assertThat(result.amount()).as("E" + i).isEqualTo(FIRST_LOAN_AMOUNTS.get(i));
    }
    FirstLoanResult e0 = FirstLoanCalculator.DEFAULT.explainSubsidy(FIRST_LOAN, book.get(0));
    // E0-b (row 0) 79,333.33 and E0-a (row 1) 120,666.67, worked above
    assertThat(e0.loans().get(0).paid()).isEqualTo(Cny.of("79333.33"));
    assertThat(e0.loans().get(1).paid()).isEqualTo(Cny.of("120666.67"));
    assertThat(e0.loans().get(0).computed()).isEqualTo(Cny.of("152500.00"));

    // the book API
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookCalculators.firstLoan(FIRST_LOAN).run(book, items::add);
    assertThat(totals).isEqualTo(FIRST_LOAN_TOTALS);
    for (int i = 0; i < book.size(); i++) {
      assertThat(items.get(i).verdict()).contains(FIRST_LOAN_VERDICTS.get(i));
      assertThat(items.get(i).amount()).contains(FIRST_LOAN_AMOUNTS.get(i));
    }

    // NDJSON: one request a line, as the library writes it
    StringBuilder ndjson = new StringBuilder();
    book.forEach(r -> ndjson.append(HuiqiJson.write(r, JsonOutput.COMPACT)).append('\n'));
    List<BookItem> lines = new ArrayList<>();
    BookTotals fromFile = BookSource.ndjson(new StringReader(ndjson.toString()), FirstLoanRequest.class,
        r -> Optional.empty()).run(BookCalculators.firstLoan(FIRST_LOAN), lines::add);
    assertThat(fromFile).isEqualTo(FIRST_LOAN_TOTALS);
    assertThat(lines).extracting(BookItem::index).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(lines).extracting(BookItem::amount).containsExactlyElementsOf(
        FIRST_LOAN_AMOUNTS.stream().map(Optional::of).toList());

    // the columns, on one thread and on two
    for (int threads : new int[] {1, 2}) {
      BookFirstLoanColumns columns = new BookFirstLoanColumns(book.size(), 7);
      book.forEach(columns::add);
      BookColumnTotals fast = BookFirstLoanFastPath.of(FIRST_LOAN, FirstLoanOptions.DEFAULTS)
          .compute(columns, threads);
      assertThat(fast.toTotals()).as("threads " + threads).isEqualTo(FIRST_LOAN_TOTALS);
      for (int i = 0; i < book.size(); i++) {
        assertThat(columns.item(i).verdict()).contains(FIRST_LOAN_VERDICTS.get(i));
        assertThat(columns.item(i).amount()).contains(FIRST_LOAN_AMOUNTS.get(i));
      }
      // E0's rows: E0-b 152,500.00 computed, 79,333.33 paid; E0-a 120,666.67 both (worked above)
      assertThat(columns.loanComputedFen()[0]).isEqualTo(15_250_000L);
      assertThat(columns.loanPaidFen()[0]).isEqualTo(7_933_333L);
      assertThat(columns.loanPaidFen()[1]).isEqualTo(12_066_667L);
    }
  }

  // ---------------------------------------------------------------------------------------------- risk pool
  static final String HEADER = "loanId,category,principal,grantDate,extensionDate,firstNonPerformingDate,"
      + "principalOutstanding,accruedInterest,recoveries,baseRatio,guaranteedByFinancingGuarantor,reGuaranteed,"
      + "underOtherRiskCompensation";

  /*
   * Worked by hand (深工信〔2023〕26号 第5条; base 30% from the pack, GENERAL):
   * R1 granted 2023-01-01 (first day): 1,000,000.00 × 60%                 = 600,000.00
   * R2 granted 2023-03-31 (last day), agreed base 50%: min(80%, 80%) × 333,333.33 = 266,666.664 → 266,666.66
   * R3 granted 2023-04-01 (outside): 123,456.78 × 30%                      = 37,037.034 → 37,037.03
   * R4 granted 2022-12-31, extended 2023-02-01 (展期视同新增): 200,000.01 × 60% = 120,000.006 → 120,000.01
   * R5 re-guarantee unknown, 2023-02-15: 10,000.00 × 60% = 6,000.00, undetermined 0 – 6,000.00
   * R6 guaranteed by a financing guarantor: excluded, 0
   * R7 agreed base 60%, 2023-02-01: min(90%, 80%) = 80% × 1,234.57 = 987.656 → 987.66, but never above
   *    80% × 1,234.57 rounded down = 987.65
   * Totals: 5 eligible, 1 ineligible, 1 undetermined; certain 600,000.00 + 266,666.66 + 37,037.03 + 120,000.01
   *         + 987.65 = 1,024,691.35; in reach + 6,000.00 = 1,030,691.35.
   */
  static final List<String> ROWS = List.of(
      "R1,GENERAL,1000000.00,2023-01-01,,2024-01-01,1000000.00,,,,false,false,false",
      "R2,GENERAL,400000.00,2023-03-31,,2024-03-31,333333.33,,,50%,false,false,false",
      "R3,GENERAL,123456.78,2023-04-01,,2024-04-01,123456.78,,,,false,false,false",
      "R4,GENERAL,300000.00,2022-12-31,2023-02-01,2024-02-01,200000.01,,,,false,false,false",
      "R5,GENERAL,10000.00,2023-02-15,,2024-02-15,10000.00,,,,false,,false",
      "R6,GENERAL,10000.00,2023-02-15,,2024-02-15,10000.00,,,,true,false,false",
      "R7,GENERAL,1234.57,2023-02-01,,2024-02-01,1234.57,,,60%,false,false,false");
  static final List<AmountRange> POOL_AMOUNTS = List.of(exactly("600000.00"), exactly("266666.66"),
      exactly("37037.03"), exactly("120000.01"), new AmountRange(Cny.of("0.00"), Cny.of("6000.00")),
      exactly("0.00"), exactly("987.65"));
  static final BookTotals POOL_TOTALS = new BookTotals(7, 5, 1, 1, 0,
      new AmountRange(Cny.of("1024691.35"), Cny.of("1030691.35")));

  static List<RiskPoolClaim> claims() {
    List<RiskPoolClaim> claims = new ArrayList<>();
    BookSource.csv(new StringReader(HEADER + "\n" + String.join("\n", ROWS)), BookSource.RISK_POOL_CLAIMS,
        "loanId").forEachRemaining(row -> claims.add(row.request().orElseThrow()));
    return claims;
  }

  @Test
  void riskPool_plainBookCsvNdjsonAndColumns_agreeToTheFen() {
    List<RiskPoolClaim> claims = claims();
    assertThat(claims.get(3).effectiveGrantDate()).isEqualTo(d(2023, 2, 1));
    for (int i = 0; i < claims.size(); i++) {
      AmountRange amount = RiskPoolCalculator.DEFAULT.explainCompensation(POOL, claims.get(i)).compensation();
      assertThat(amount).as(claims.get(i).loanId()).isEqualTo(POOL_AMOUNTS.get(i));
    }
    BookCalculator<RiskPoolClaim> calculator = BookCalculators.riskPool(POOL, RiskPoolOptions.DEFAULTS);
    List<BookItem> items = new ArrayList<>();
    assertThat(calculator.run(claims.stream(), items::add)).isEqualTo(POOL_TOTALS);
    assertThat(items).extracting(BookItem::amount).containsExactlyElementsOf(
        POOL_AMOUNTS.stream().map(Optional::of).toList());

    // CSV with a BOM and CRLF line ends
    List<BookItem> rows = new ArrayList<>();
    BookTotals csv = BookSource.csv(new StringReader("\uFEFF" + HEADER + "\r\n" + String.join("\r\n", ROWS) + "\r\n"),
        BookSource.RISK_POOL_CLAIMS, "loanId").run(calculator, rows::add);
    assertThat(csv).isEqualTo(POOL_TOTALS);
    assertThat(rows).extracting(BookItem::index).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);

    // NDJSON
    StringBuilder ndjson = new StringBuilder();
    claims.forEach(c -> ndjson.append(HuiqiJson.write(c, JsonOutput.COMPACT)).append('\n'));
    List<BookItem> lines = new ArrayList<>();
    assertThat(BookSource.ndjson(new StringReader(ndjson.toString()), RiskPoolClaim.class,
        c -> Optional.of(c.loanId())).run(calculator, lines::add)).isEqualTo(POOL_TOTALS);
    assertThat(lines).extracting(BookItem::amount).containsExactlyElementsOf(
        POOL_AMOUNTS.stream().map(Optional::of).toList());

    for (int threads : new int[] {1, 2}) {
      BookRiskPoolColumns columns = new BookRiskPoolColumns(claims.size());
      for (int i = 0; i < claims.size(); i++) {
        columns.set(i, claims.get(i));
      }
      BookColumnTotals fast = BookRiskPoolFastPath.of(POOL, RiskPoolOptions.DEFAULTS).compute(columns, threads);
      assertThat(fast.toTotals()).as("threads " + threads).isEqualTo(POOL_TOTALS);
      for (int i = 0; i < claims.size(); i++) {
        assertThat(columns.item(i).amount()).as(claims.get(i).loanId()).contains(POOL_AMOUNTS.get(i));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------- bad rows
  @Test
  void csv_badRows_reportedByLineAndColumn_totalsExcludeExactlyThem() {
    String csv = "\uFEFF" + HEADER + "\r\n"
        + ROWS.get(0) + "\r\n"                                                                     // 2: 600,000.00
        + "B1,GENERAL,1000000.00,2023-01-01,,2024-01-01\r\n"                                       // 3: 6 fields
        + "B2,GENERAL,abc,2023-01-01,,2024-01-01,1000000.00,,,,false,false,false\r\n"              // 4
        + "B3,GENERAL,-100.00,2023-01-01,,2024-01-01,-100.00,,,,false,false,false\r\n"             // 5
        + "B4,GENERAL,1000.00,2023-02-30,,2024-01-01,1000.00,,,,false,false,false\r\n"             // 6
        + "B5,GENERAL,1000.00,2023-02-01,,2024-01-01,1000.00,,,150%,false,false,false\r\n"         // 7
        + "\r\n"                                                                                   // 8: empty
        // 9: quoted fields, one holding a comma: 1,000.00 × (30% + 30 pp) = 600.00 (第5条)
        + "\"B,6\",GENERAL,\"1000.00\",2023-02-01,,2024-01-01,1000.00,,,,false,false,false\r\n"
        // 10: R1's id again: a repeat of line 2, failed, never paid a second time (decisions register §4.6 item 89)
        + "R1,GENERAL,1000.00,2023-02-01,,2024-01-01,1000.00,,,,false,false,false";
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.csv(new StringReader(csv), BookSource.RISK_POOL_CLAIMS, "loanId")
        .run(BookCalculators.riskPool(POOL, RiskPoolOptions.DEFAULTS), items::add);
    assertThat(items).extracting(BookItem::index).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 9L, 10L);
    assertThat(items.subList(1, 6)).extracting(i -> i.failure().orElseThrow().field())
        .containsExactly("line", "principal", "principal", "grantDate", "baseRatio");
    assertThat(items.get(6).id()).contains("B,6");
    assertThat(items.get(7).failure().orElseThrow().code()).isEqualTo(InvalidInputException.DUPLICATE);
    assertThat(items.get(7).failure().orElseThrow().field()).isEqualTo("loanId");
    // 600,000.00 + 600.00 = 600,600.00; the five bad rows and the repeat counted as failed and in no amount
    assertThat(totals).isEqualTo(new BookTotals(8, 2, 0, 0, 6,
        AmountRange.exactly(Cny.of("600600.00"))));
  }

  @Test
  void ndjson_badLines_reportedByLineAndPointer_totalsExcludeExactlyThem() {
    String good = HuiqiJson.write(claims().get(0), JsonOutput.COMPACT);
    String text = String.join("\r\n", "\uFEFF" + good,                                        // 1: 600,000.00
        good.replace(",\"grantDate\":\"2023-01-01\"", ""),                                  // 2: missing
        good.replaceFirst("\"amount\":1000000.00", "\"amount\":\"abc\""),                  // 3: not a number
        good.replace("1000000.00", "-1000000.00"),                                           // 4: negative
        good.replace("2023-01-01", "2023-02-30"),                                            // 5: no such date
        good.replace("\"reGuaranteed\":false", "\"reGuaranteed\":false,\"baseRatio\":\"150%\""), // 6
        "",                                                                                  // 7: empty
        good.replace("\"reGuaranteed\":false", "\"reGuaranteed\":false,\"comment\":\"x\""),     // 8
        good) + "\r\n";                                                                      // 9: R1 again
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.ndjson(new StringReader(text), RiskPoolClaim.class, c -> Optional.of(c.loanId()))
        .run(BookCalculators.riskPool(POOL, RiskPoolOptions.DEFAULTS), items::add);
    assertThat(items).extracting(BookItem::index).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 8L, 9L);
    assertThat(items.subList(1, 7)).extracting(i -> i.failure().orElseThrow().field()).containsExactly(
        "/grantDate", "/principal/amount", "/principal", "/grantDate", "/baseRatio", "/comment");
    // R1 on line 1: 1,000,000.00 × 60% = 600,000.00 (第5条); on line 9 a repeat of line 1, failed, naming the line as
    // a whole (the book names no id member); the bad lines 2 to 6 and 8 have no id read, so they hold none
    assertThat(items.get(7).failure().orElseThrow().code()).isEqualTo(InvalidInputException.DUPLICATE);
    assertThat(items.get(7).failure().orElseThrow().field()).isEqualTo("/");
    assertThat(totals).isEqualTo(new BookTotals(8, 1, 0, 0, 7, AmountRange.exactly(Cny.of("600000.00"))));
  }

  // ---------------------------------------------------------------------------------------------- columns
  @Test
  void columns_overflowFallback_severalLoans_noLoans_unknownBytes() {
    int feb1 = (int) d(2023, 2, 1).toEpochDay();
    BookRiskPoolColumns pool = new BookRiskPoolColumns(3);
    for (int i = 0; i < 3; i++) {
      pool.baseRatioPpm()[i] = BookColumnCodes.ABSENT_PPM;
      pool.accruedInterestFen()[i] = BookColumnCodes.ABSENT_FEN;
      pool.effectiveGrantDay()[i] = feb1;
      pool.firstNonPerformingDay()[i] = feb1 + 366;   // 2024-02-01, within the 30%'s validity (from 2019-01-01)
      pool.principalOutstandingFen()[i] = 1000;
    }
    pool.principalOutstandingFen()[0] = 9_000_000_000_000_000_000L;
    pool.guaranteedByFinancingGuarantor()[1] = 2;
    pool.reGuaranteed()[2] = BookColumnCodes.UNKNOWN;
    BookRiskPoolFastPath.of(POOL, RiskPoolOptions.DEFAULTS).compute(pool, 2);
    // 9e18 fen × 60% = 5.4e18 fen exactly, beyond a long's product: the exact fallback (第5条)
    assertThat(pool.compensationFen()[0]).isEqualTo(5_400_000_000_000_000_000L);
    assertThat(pool.item(1).failure().orElseThrow().field()).isEqualTo("/guaranteedByFinancingGuarantor");
    // 1,000 fen × 60% = 600 fen, undetermined: 0 – 6.00
    assertThat(pool.item(2).amount()).contains(new AmountRange(Cny.of("0.00"), Cny.of("6.00")));

    BookFirstLoanColumns book = new BookFirstLoanColumns(4, 4);
    for (int e = 0; e < 4; e++) {
      book.enterpriseRegion()[e] = 440306;
      book.independentLegalPerson()[e] = BookColumnCodes.YES;
      book.firstTimeBorrower()[e] = BookColumnCodes.YES;
      book.onSeriousDishonestyList()[e] = BookColumnCodes.NO;
    }
    int[] start = book.loanStart();
    start[0] = 0;
    loanRow(book, 0, 9_000_000_000_000_000_000L, d(2023, 1, 15));
    start[1] = 1;
    start[2] = 1;                                       // enterprise 1: no loans
    loanRow(book, 1, 3_000_000_000L, d(2023, 1, 10));
    book.forProductionOrOperation()[1] = BookColumnCodes.UNKNOWN;
    loanRow(book, 2, 1_000_000_000L, d(2023, 2, 1));
    start[3] = 3;
    loanRow(book, 3, 100_000_000L, d(2023, 2, 1));
    book.firstTimeBorrower()[3] = 5;
    start[4] = 4;
    book.setEnterprises(4);
    BookColumnTotals totals = BookFirstLoanFastPath.of(FIRST_LOAN, FirstLoanOptions.DEFAULTS).compute(book, 2);
    // E0: 9e18 fen × 2% × 181/360 (2023-01-15 → 2023-07-15) = 9.05e16 fen exactly; paid the cap, 200,000.00
    assertThat(book.loanComputedFen()[0]).isEqualTo(90_500_000_000_000_000L);
    assertThat(book.minimumFen()[0]).isEqualTo(20_000_000L);
    assertThat(book.item(1).failure().orElseThrow().field()).isEqualTo("/loans");
    // E2: 30,000,000 × 2% × 181/360 = 301,666.67 (production use unknown) drawn 2023-01-10, before
    // 10,000,000 × 2% × 181/360 = 100,555.56 (eligible): certain 100,555.56, in reach min(402,222.23, 200,000)
    assertThat(book.item(2).amount()).contains(new AmountRange(Cny.of("100555.56"), Cny.of("200000.00")));
    assertThat(book.item(3).failure().orElseThrow().field()).isEqualTo("/enterprise/firstTimeBorrower");
    // 200,000.00 + 100,555.56 certain; 200,000.00 + 200,000.00 in reach; two failed
    assertThat(totals.toTotals()).isEqualTo(new BookTotals(4, 2, 0, 0, 2,
        new AmountRange(Cny.of("300555.56"), Cny.of("400000.00"))));
  }

  private static void loanRow(BookFirstLoanColumns book, int j, long fen, LocalDate drawn) {
    book.principalFen()[j] = fen;
    book.drawdownDay()[j] = (int) drawn.toEpochDay();
    book.endOfUseDay()[j] = (int) drawn.plusYears(1).toEpochDay();
    book.annualRatePpm()[j] = 34_500;
    book.lenderRegion()[j] = 440300;
    book.firstDrawdownOfFirstContract()[j] = BookColumnCodes.YES;
    book.forProductionOrOperation()[j] = BookColumnCodes.YES;
    book.subsidisedUnderAnotherMunicipalScheme()[j] = BookColumnCodes.NO;
  }
}
