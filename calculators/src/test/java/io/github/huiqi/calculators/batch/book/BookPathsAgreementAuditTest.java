package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanOptions;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolCalculator;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Verdict;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A bank QA lead's check that the per-loan results of the batch API, as values (verdict, amount, reason code, missing
 * facts), agree to the fen with the plain forms, with NDJSON and CSV files, and with the columnar fast paths (their
 * items carry the verdict and the amount) on one thread and two, on small books worked by hand at the boundaries of
 * 深工信〔2023〕26号 第5条: the first-loan subsidy (2% a year, ACT/360, 算头不算尾, at most six months, no subsidy
 * under one month's use or below a 2% loan rate, at most 200,000 an enterprise spent in drawdown order; drawdowns
 * 2023-01-01..2023-03-31) and the risk pool (+30 points on loans granted 2023-01-01..2023-03-31, ceiling 80%).
 */
class BookPathsAgreementAuditTest {

  private static final BookCalculator<FirstLoanRequest> FIRST_LOAN =
      BookCalculators.firstLoan(FirstLoanFixtures.MEASURE);
  private static final BookCalculator<RiskPoolClaim> POOL =
      BookCalculators.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS);

  private static LoanFacts.Builder loan(String id, String principal, LocalDate drawn, LocalDate maturity) {
    return FirstLoanFixtures.loan(id).principal(Cny.of(principal)).drawdownDate(drawn).maturityDate(maturity);
  }

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /*
   * Worked by hand (第5条; 2% × principal × days / 360, half-up to the fen):
   * E0 three loans listed out of drawdown order:
   *    L0a 20,000,000 drawn 2023-03-31 (the window's last day), a year: 2023-03-31 + 6 months = 2023-09-30, 183 days:
   *        400,000 × 183/360 = 203,333.333 → 203,333.33
   *    L0b 9,000,000 drawn 2023-01-31, repaid 2023-05-15: 28 + 31 + 30 + 15 = 104 days: 180,000 × 104/360 = 52,000.00
   *    L0c 1,000,000 drawn 2023-01-31, repaid 2023-02-27: one month from 01-31 ends 02-28 (the month's end), so 27
   *        days is under a month: nothing
   *    drawdown order: L0b 52,000.00 first, then L0a min(203,333.33, 200,000 − 52,000.00) = 148,000.00; total 200,000
   * E1 1,000,000 drawn 2023-01-31, repaid 2023-02-28: exactly the month; 28 days: 20,000 × 28/360 = 1,555.56
   * E2 the same repaid 2023-02-27: under a month, ineligible (use-at-least-minimum)
   * E3 500,000 at exactly 2.00%, drawn 2023-02-15 for 9 months: to 08-15, 181 days: 10,000 × 181/360 = 5,027.78
   * E4 the same at 1.99%: below the 2% floor, ineligible
   * E5 drawn 2022-12-31, the day before the window: ineligible
   * E6 drawn 2023-04-01, the day after it: ineligible
   * E7 1,000,000 drawn 2023-03-31, lender's place unknown: undetermined, 0 .. 20,000 × 183/360 = 10,166.67; its
   *    reason the open condition (lender-in-region), its missing fact /loans/0/lenderRegionCode
   * E8 6,000,000 drawn 2023-02-28, repaid 2023-08-29, a day past six months: held at 08-28, 181 days:
   *    120,000 × 181/360 = 60,333.33
   * E9 3,000,000 drawn 2023-01-01 (the window's first day), due 2023-04-01: 90 days: 60,000 × 90/360 = 15,000.00
   * Totals: 5 eligible, 4 ineligible, 1 undetermined; certain 200,000.00 + 1,555.56 + 5,027.78 + 60,333.33
   *         + 15,000.00 = 281,916.67; in reach + 10,166.67 = 292,083.34.
   */
  static List<FirstLoanRequest> firstLoanBook() {
    return List.of(
        FirstLoanFixtures.request(
            loan("L0a", "20000000", d(2023, 3, 31), d(2024, 3, 31)).build(),
            loan("L0b", "9000000", d(2023, 1, 31), d(2024, 1, 31)).repaymentDate(d(2023, 5, 15)).build(),
            loan("L0c", "1000000", d(2023, 1, 31), d(2024, 1, 31)).repaymentDate(d(2023, 2, 27)).build()),
        FirstLoanFixtures.request(
            loan("L1", "1000000", d(2023, 1, 31), d(2024, 1, 31)).repaymentDate(d(2023, 2, 28)).build()),
        FirstLoanFixtures.request(
            loan("L2", "1000000", d(2023, 1, 31), d(2024, 1, 31)).repaymentDate(d(2023, 2, 27)).build()),
        FirstLoanFixtures.request(loan("L3", "500000", d(2023, 2, 15), d(2023, 11, 15))
            .annualInterestRate(Rate.parse("2.00%")).build()),
        FirstLoanFixtures.request(loan("L4", "500000", d(2023, 2, 15), d(2023, 11, 15))
            .annualInterestRate(Rate.parse("1.99%")).build()),
        FirstLoanFixtures.request(loan("L5", "1000000", d(2022, 12, 31), d(2023, 12, 31)).build()),
        FirstLoanFixtures.request(loan("L6", "1000000", d(2023, 4, 1), d(2024, 4, 1)).build()),
        FirstLoanFixtures.request(loan("L7", "1000000", d(2023, 3, 31), d(2024, 3, 31))
            .lenderRegionCode(Optional.empty()).build()),
        FirstLoanFixtures.request(
            loan("L8", "6000000", d(2023, 2, 28), d(2024, 2, 28)).repaymentDate(d(2023, 8, 29)).build()),
        FirstLoanFixtures.request(loan("L9", "3000000", d(2023, 1, 1), d(2023, 4, 1)).build()));
  }

  private static final List<Verdict> VERDICTS = List.of(Verdict.ELIGIBLE, Verdict.ELIGIBLE, Verdict.INELIGIBLE,
      Verdict.ELIGIBLE, Verdict.INELIGIBLE, Verdict.INELIGIBLE, Verdict.INELIGIBLE, Verdict.UNDETERMINED,
      Verdict.ELIGIBLE, Verdict.ELIGIBLE);
  private static final List<AmountRange> AMOUNTS = List.of(exactly("200000.00"), exactly("1555.56"),
      exactly("0.00"), exactly("5027.78"), exactly("0.00"), exactly("0.00"), exactly("0.00"),
      new AmountRange(Cny.of("0.00"), Cny.of("10166.67")), exactly("60333.33"), exactly("15000.00"));
  private static final List<Optional<String>> REASONS = List.of(Optional.empty(), Optional.empty(),
      Optional.of("not-use-at-least-minimum"), Optional.empty(), Optional.of("not-loan-rate-at-least-floor"),
      Optional.of("not-drawdown-in-window"), Optional.of("not-drawdown-in-window"), Optional.of("lender-in-region"),
      Optional.empty(), Optional.empty());

  private static AmountRange exactly(String yuan) {
    return AmountRange.exactly(Cny.of(yuan));
  }

  @Test
  void firstLoan_bookApi_itemsAsValues_verdictAmountReasonAndMissingFacts() {
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = FIRST_LOAN.run(firstLoanBook(), items::add);
    for (int e = 0; e < items.size(); e++) {
      assertThat(items.get(e).verdict()).as("E%d", e).contains(VERDICTS.get(e));
      assertThat(items.get(e).amount()).as("E%d", e).contains(AMOUNTS.get(e));
      assertThat(items.get(e).reasonCode()).as("E%d", e).isEqualTo(REASONS.get(e));
      assertThat(items.get(e).missingFacts()).as("E%d", e)
          .isEqualTo(e == 7 ? List.of("/loans/0/lenderRegionCode") : List.of());
    }
    assertThat(totals).isEqualTo(new BookTotals(10, 5, 4, 1, 0,
        new AmountRange(Cny.of("281916.67"), Cny.of("292083.34"))));
  }

  @Test
  void firstLoan_plainForm_andTheExplainedLoans_agreeWithTheItems() {
    List<FirstLoanRequest> book = firstLoanBook();
    for (int e = 0; e < book.size(); e++) {
      FirstLoanRequest request = book.get(e);
      if (VERDICTS.get(e) == Verdict.UNDETERMINED) {
        // the plain form refuses to guess: it names the missing fact
        assertThatThrownBy(() -> FirstLoanCalculator.DEFAULT.subsidy(FirstLoanFixtures.MEASURE, request))
            .isInstanceOfSatisfying(MissingFactsException.class,
                ex -> assertThat(ex.missingFacts()).containsExactly("/loans/0/lenderRegionCode"));
      } else {
        assertThat(FirstLoanCalculator.DEFAULT.subsidy(FirstLoanFixtures.MEASURE, request)).as("E%d", e)
            .isEqualTo(AMOUNTS.get(e).minimum());
      }
    }
    // E0 loan by loan, in the order given: computed 203,333.33 / 52,000.00 / 0; paid 148,000.00 / 52,000.00 / 0
    FirstLoanResult e0 = FirstLoanCalculator.DEFAULT.explainSubsidy(FirstLoanFixtures.MEASURE, book.get(0));
    assertThat(e0.loans()).extracting(l -> l.computed()).containsExactly(Cny.of("203333.33"), Cny.of("52000.00"),
        Cny.of("0.00"));
    assertThat(e0.loans()).extracting(l -> l.paid()).containsExactly(Cny.of("148000.00"), Cny.of("52000.00"),
        Cny.of("0.00"));
    assertThat(e0.loans().get(2).eligibility().reasons().get(0).code()).isEqualTo("not-use-at-least-minimum");
  }

  @Test
  void firstLoan_ndjsonFile_sameItemsAsTheBookApi_indexedByLine() {
    List<FirstLoanRequest> book = firstLoanBook();
    StringBuilder ndjson = new StringBuilder();
    book.forEach(r -> ndjson.append(HuiqiJson.write(r, JsonOutput.COMPACT)).append("\r\n"));
    List<BookItem> lines = new ArrayList<>();
    BookTotals totals = BookSource.ndjson(new StringReader(ndjson.toString()), FirstLoanRequest.class,
        r -> Optional.empty()).run(FIRST_LOAN, lines::add);
    List<BookItem> items = new ArrayList<>();
    assertThat(totals).isEqualTo(FIRST_LOAN.run(book, items::add));
    for (int e = 0; e < book.size(); e++) {
      BookItem item = items.get(e);
      // the same value, its index the file's line (1-based) rather than the list's position
      assertThat(lines.get(e)).isEqualTo(new BookItem(e + 1L, item.id(), item.verdict(), item.amount(), item.rate(),
          item.reasonCode(), item.missingFacts(), item.failure()));
    }
  }

  @Test
  void firstLoan_columns_theMixedBookAndTheOneLoanBook_onOneThreadAndTwo_agreeToTheFen() {
    List<FirstLoanRequest> book = firstLoanBook();
    for (int threads = 1; threads <= 2; threads++) {
      // the whole book: E0's three loans send its block down the enterprise-by-enterprise path
      BookFirstLoanColumnsRun whole = BookFirstLoanColumnsRun.of(FirstLoanFixtures.MEASURE, book, threads);
      BookFirstLoanColumns columns = whole.columns();
      assertThat(whole.totals().toTotals()).as("%d threads", threads).isEqualTo(new BookTotals(10, 5, 4, 1, 0,
          new AmountRange(Cny.of("281916.67"), Cny.of("292083.34"))));
      for (int e = 0; e < book.size(); e++) {
        assertThat(columns.item(e).verdict()).as("E%d", e).contains(VERDICTS.get(e));
        assertThat(columns.item(e).amount()).as("E%d", e).contains(AMOUNTS.get(e));
      }
      // E0's rows in the order given: computed 203,333.33 / 52,000.00 / 0, paid 148,000.00 / 52,000.00 / 0
      assertThat(Arrays.copyOfRange(columns.loanComputedFen(), 0, 3)).containsExactly(20_333_333L, 5_200_000L, 0L);
      assertThat(Arrays.copyOfRange(columns.loanPaidFen(), 0, 3)).containsExactly(14_800_000L, 5_200_000L, 0L);

      // E1..E9 alone, one loan each: the block goes down the optimistic branch-free loop, its term ends from the
      // tables by drawdown day (01-31 + 1 month = 02-28; 03-31 + 6 months = 09-30)
      BookFirstLoanColumnsRun alone = BookFirstLoanColumnsRun.of(FirstLoanFixtures.MEASURE,
          book.subList(1, book.size()), threads);
      BookFirstLoanColumns single = alone.columns();
      BookColumnTotals one = alone.totals();
      // 1,555.56 + 5,027.78 + 60,333.33 + 15,000.00 = 81,916.67; in reach + 10,166.67 = 92,083.34
      assertThat(one.toTotals()).as("%d threads", threads).isEqualTo(new BookTotals(9, 4, 4, 1, 0,
          new AmountRange(Cny.of("81916.67"), Cny.of("92083.34"))));
      for (int e = 1; e < book.size(); e++) {
        assertThat(single.item(e - 1).verdict()).as("E%d", e).contains(VERDICTS.get(e));
        assertThat(single.item(e - 1).amount()).as("E%d", e).contains(AMOUNTS.get(e));
      }
    }
  }

  /*
   * The risk pool's 80% ceiling by a hundredth of a point, and the exclusions as reason codes (第5条; 2018 rules):
   * P1 granted 2023-01-01, agreed base 49.99%: 79.99% × 1,000,000.00 = 799,900.00
   * P2 granted 2023-03-31, agreed base 50%: exactly 80% × 1,000,000.00 = 800,000.00
   * P3 granted 2023-02-01, agreed base 50.01%: 80.01% held at 80% × 1,000,000.00 = 800,000.00
   * P4 granted 2023-04-01, agreed base 50.01%: no uplift, 50.01% × 1,000,000.00 = 500,100.00
   * P5 guaranteed by a financing guarantor: excluded, 0.00
   * P6 re-guarantee not known, granted 2023-02-01, pack base 30%: undetermined 0 .. 60% × 333,333.33 = 200,000.00
   *    (199,999.998 → 200,000.00)
   */
  private static final String POOL_CSV = "loanId,category,principal,grantDate,firstNonPerformingDate,"
      + "principalOutstanding,baseRatio,guaranteedByFinancingGuarantor,reGuaranteed,underOtherRiskCompensation\n"
      + "P1,GENERAL,1000000.00,2023-01-01,2024-01-31,1000000.00,49.99%,false,false,false\n"
      + "P2,GENERAL,1000000.00,2023-03-31,2024-01-31,1000000.00,50%,false,false,false\n"
      + "P3,GENERAL,1000000.00,2023-02-01,2024-01-31,1000000.00,50.01%,false,false,false\n"
      + "P4,GENERAL,1000000.00,2023-04-01,2024-01-31,1000000.00,50.01%,false,false,false\n"
      + "P5,GENERAL,1000000.00,2023-02-01,2024-01-31,1000000.00,,true,false,false\n"
      + "P6,GENERAL,1000000.00,2023-02-01,2024-01-31,333333.33,,false,,false\n";

  @Test
  void riskPool_theCeilingByAHundredthOfAPoint_exclusionsAsReasons_csvPlainFormAndColumnsAgree() {
    List<BookItem> items = new ArrayList<>();
    List<RiskPoolClaim> claims = new ArrayList<>();
    BookSource<RiskPoolClaim> source = BookSource.csv(new StringReader(POOL_CSV), BookSource.RISK_POOL_CLAIMS,
        "loanId");
    source.forEachRemaining(row -> claims.add(row.request().orElseThrow()));
    BookTotals totals = POOL.run(claims, items::add);
    List<AmountRange> amounts = List.of(exactly("799900.00"), exactly("800000.00"), exactly("800000.00"),
        exactly("500100.00"), exactly("0.00"), new AmountRange(Cny.of("0.00"), Cny.of("200000.00")));
    for (int i = 0; i < claims.size(); i++) {
      assertThat(items.get(i).amount()).as("P%d", i + 1).contains(amounts.get(i));
    }
    assertThat(items.get(4).verdict()).contains(Verdict.INELIGIBLE);
    assertThat(items.get(4).reasonCode()).isPresent();
    assertThat(items.get(5).verdict()).contains(Verdict.UNDETERMINED);
    assertThat(items.get(5).missingFacts()).containsExactly("/reGuaranteed");
    // 799,900.00 + 800,000.00 + 800,000.00 + 500,100.00 = 2,900,000.00; in reach + 200,000.00 = 3,100,000.00
    BookTotals expected = new BookTotals(6, 4, 1, 1, 0,
        new AmountRange(Cny.of("2900000.00"), Cny.of("3100000.00")));
    assertThat(totals).isEqualTo(expected);

    // the plain form, determined claims only: the same fen
    for (int i = 0; i < 5; i++) {
      assertThat(RiskPoolCalculator.DEFAULT.compensation(RiskPoolFixtures.POOL, claims.get(i))).as("P%d", i + 1)
          .isEqualTo(amounts.get(i).minimum());
    }
    // the columns, one thread and two
    assertColumnsAgree(claims, items, expected);
  }
  @Test
  void firstLoan_everyDrawdownDayOfTheWindow_repaidAroundOneMonthAndSixMonths_columnsAgreeWithTheBookApi() {
    // every drawdown day 2023-01-01..2023-03-31 (and the day on either side), repaid 26..34 days and 178..187 days
    // after: the month-end days (01-29..01-31 + 1 month = 02-28; 03-31 + 6 months = 09-30) are where a table or a
    // branch-free loop could part from java.time. One loan an enterprise, so every block takes the optimistic loop.
    List<FirstLoanRequest> book = new ArrayList<>();
    for (LocalDate drawn = d(2022, 12, 31); !drawn.isAfter(d(2023, 4, 1)); drawn = drawn.plusDays(1)) {
      for (int days : new int[] {26, 27, 28, 29, 30, 31, 32, 33, 34, 178, 179, 180, 181, 182, 183, 184, 185, 186,
          187}) {
        book.add(FirstLoanFixtures.request(loan("L", "1000000", drawn, drawn.plusYears(1))
            .repaymentDate(drawn.plusDays(days)).build()));
      }
    }
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = FIRST_LOAN.run(book, items::add);
    for (int threads = 1; threads <= 2; threads++) {
      BookFirstLoanColumns columns = new BookFirstLoanColumns(book.size(), book.size());
      book.forEach(columns::add);
      BookColumnTotals fast = BookFirstLoanFastPath.of(FirstLoanFixtures.MEASURE, FirstLoanOptions.DEFAULTS)
          .compute(columns, threads);
      assertThat(fast.toTotals()).as("%d threads", threads).isEqualTo(totals);
      for (int e = 0; e < book.size(); e++) {
        assertThat(columns.item(e).verdict()).as("enterprise %d", e).isEqualTo(items.get(e).verdict());
        assertThat(columns.item(e).amount()).as("enterprise %d", e).isEqualTo(items.get(e).amount());
      }
    }
    // anchors by hand: drawn 2023-01-30, repaid 2023-02-27 (28 days) is under the month that ends 02-28: nothing;
    // repaid 2023-02-28 (29 days): 20,000 × 29/360 = 1,611.111… → 1,611.11 (第5条)
    int at = (int) (d(2023, 1, 30).toEpochDay() - d(2022, 12, 31).toEpochDay()) * 19;
    assertThat(items.get(at + 2).verdict()).contains(Verdict.INELIGIBLE);
    assertThat(items.get(at + 3).amount()).contains(exactly("1611.11"));
    // drawn 2023-03-31, repaid after 184 days (2023-10-01): held at 09-30, 183 days: 20,000 × 183/360 = 10,166.67
    int last = (int) (d(2023, 3, 31).toEpochDay() - d(2022, 12, 31).toEpochDay()) * 19;
    assertThat(items.get(last + 15).amount()).contains(exactly("10166.67"));
  }
  @Test
  void riskPool_everyGrantOrExtensionDayAroundBothWindows_columnsAgreeWithTheBookApi() {
    // granted (or granted 2021-06-01 and extended) on every day from two days before to two days after each of the
    // pack's windows (2022-03-01..06-30 and 2023-01-01..03-31), at the pack's base and at agreed bases 49.99%, 50%
    // and 50.01% round the ceiling, on an odd outstanding amount
    List<RiskPoolClaim> claims = new ArrayList<>();
    List<LocalDate[]> spans = List.of(new LocalDate[] {d(2022, 2, 27), d(2022, 7, 2)},
        new LocalDate[] {d(2022, 12, 30), d(2023, 4, 2)});
    for (LocalDate[] span : spans) {
      for (LocalDate day = span[0]; !day.isAfter(span[1]); day = day.plusDays(1)) {
        for (String base : new String[] {null, "49.99%", "50%", "50.01%"}) {
          RiskPoolClaim.Builder granted = RiskPoolFixtures.claim("G" + day, day)
              .principalOutstanding(Cny.of("333333.33")).firstNonPerformingDate(d(2024, 1, 31));
          RiskPoolClaim.Builder extended = RiskPoolFixtures.claim("E" + day, d(2021, 6, 1)).extensionDate(day)
              .principalOutstanding(Cny.of("333333.33")).firstNonPerformingDate(d(2024, 1, 31));
          if (base != null) {
            granted.baseRatio(Rate.parse(base));
            extended.baseRatio(Rate.parse(base));
          }
          claims.add(granted.build());
          claims.add(extended.build());
        }
      }
    }
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = POOL.run(claims, items::add);
    assertColumnsAgree(claims, items, totals);
    // anchors by hand (第5条), 333,333.33 outstanding:
    // 2023-01-01 at the pack's 30%: 60% × 333,333.33 = 199,999.998 → 200,000.00
    // 2022-12-31 at 30%: 30% × 333,333.33 = 99,999.999 → 100,000.00
    // 2023-03-31 at 49.99%: 79.99% × 333,333.33 = 266,633.33 (266,633.333 → 266,633.33)
    // 2023-03-31 at 50.01%: held at 80%: 266,666.664 → 266,666.66 (never above 80% × the loss, rounded down)
    // extended 2022-06-30 at 50.01%: 80% as well; extended 2022-07-01 at 50.01%: 50.01% × 333,333.33
    //   = 166,699.998… → 166,700.00
    assertThat(amountOf(claims, items, "G2023-01-01", 0)).isEqualTo(exactly("200000.00"));
    assertThat(amountOf(claims, items, "G2022-12-31", 0)).isEqualTo(exactly("100000.00"));
    assertThat(amountOf(claims, items, "G2023-03-31", 1)).isEqualTo(exactly("266633.33"));
    assertThat(amountOf(claims, items, "G2023-03-31", 3)).isEqualTo(exactly("266666.66"));
    assertThat(amountOf(claims, items, "E2022-06-30", 3)).isEqualTo(exactly("266666.66"));
    assertThat(amountOf(claims, items, "E2022-07-01", 3)).isEqualTo(exactly("166700.00"));
  }

  /** The amount of the n-th claim (0: pack base, 1: 49.99%, 2: 50%, 3: 50.01%) with an id. */
  /**
   * The risk-pool columns, on one thread and on two, give the book API's totals and each claim's verdict and amount.
   */
  private static void assertColumnsAgree(List<RiskPoolClaim> claims, List<BookItem> items, BookTotals totals) {
    for (int threads = 1; threads <= 2; threads++) {
      BookRiskPoolColumns columns = new BookRiskPoolColumns(claims.size());
      for (int i = 0; i < claims.size(); i++) {
        columns.set(i, claims.get(i));
      }
      BookColumnTotals fast = BookRiskPoolFastPath.of(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS)
          .compute(columns, threads);
      assertThat(fast.toTotals()).as("%d threads", threads).isEqualTo(totals);
      for (int i = 0; i < claims.size(); i++) {
        assertThat(columns.item(i).verdict()).as("%s", claims.get(i).loanId()).isEqualTo(items.get(i).verdict());
        assertThat(columns.item(i).amount()).as("%s", claims.get(i).loanId()).isEqualTo(items.get(i).amount());
      }
    }
  }

  private static AmountRange amountOf(List<RiskPoolClaim> claims, List<BookItem> items, String id, int n) {
    int seen = 0;
    for (int i = 0; i < claims.size(); i++) {
      if (claims.get(i).loanId().equals(id) && seen++ == n) {
        return items.get(i).amount().orElseThrow();
      }
    }
    throw new AssertionError(id);
  }
}
