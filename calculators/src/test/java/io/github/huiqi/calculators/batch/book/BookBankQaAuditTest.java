package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.audit.CalculatorReplay;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanOptions;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyLoan;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyRequest;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolCalculator;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolLoanCompensation;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.calculators.financing.techsme.TechSmeFixtures;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.audit.ReplayResult;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Verdict;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A bank QA lead's audit of the book surfaces on small books whose every figure is worked by hand from the clauses:
 * 深工信〔2023〕26号 第5条 (the risk pool's 30 points on loans granted or extended 2023-01-01..2023-03-31, and in the
 * pack's earlier window 2022-03-01..2022-06-30, ceiling 80%; the first-loan subsidy of 2% a year, ACT/360, at most
 * six months, at most 200,000 an enterprise), through a CSV file (byte-order mark, CRLF, a quoted comma, a trailing
 * empty line), NDJSON, and the columnar paths on one thread and two.
 */
class BookBankQaAuditTest {

  private static final BookCalculator<RiskPoolClaim> POOL =
      BookCalculators.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS);
  private static final String HEADER = "loanId,category,principal,grantDate,extensionDate,firstNonPerformingDate,"
      + "principalOutstanding,accruedInterest,recoveries,baseRatio,guaranteedByFinancingGuarantor,reGuaranteed,"
      + "underOtherRiskCompensation\r\n";
  /** Lines 2..16 of the risk-pool book, line 17 empty. Every loan lent 1,000,000.00, non-performing 2024-01-31. */
  private static final String POOL_BOOK = "\uFEFF" + HEADER
      // 2: granted 2022-12-31, the day before the window: base 30% × 100,000.05 = 30,000.015 → 30,000.02 (half-up)
      + "R1,GENERAL,1000000.00,2022-12-31,,2024-01-31,100000.05,,,,false,false,false\r\n"
      // 3: granted 2023-01-01, the window's first day: (30% + 30 pp) × 1,000,000.00 = 600,000.00
      + "R2,GENERAL,1000000.00,2023-01-01,,2024-01-31,1000000.00,,,,false,false,false\r\n"
      // 4: granted 2023-03-31, the window's last day, agreed base 45%: 75% × 200,000.02 = 150,000.015 → 150,000.02
      + "R3,GENERAL,1000000.00,2023-03-31,,2024-01-31,200000.02,,,45%,false,false,false\r\n"
      // 5: granted 2023-04-01, the day after: 30% × 100,000.05 = 30,000.015 → 30,000.02
      + "R4,GENERAL,1000000.00,2023-04-01,,2024-01-31,100000.05,,,,false,false,false\r\n"
      // 6: granted 2022-10-20, extended 2023-03-31 (展期视同新增): 60% × 500,000.00 = 300,000.00
      + "R5,GENERAL,1000000.00,2022-10-20,2023-03-31,2024-01-31,500000.00,,,,false,false,false\r\n"
      // 7: granted 2023-02-01, agreed base 60%: 90% held at the ceiling 80% × 1,000,000.00 = 800,000.00
      + "R6,GENERAL,1000000.00,2023-02-01,,2024-01-31,1000000.00,,,60%,false,false,false\r\n"
      // 8: granted 2023-02-15, base 45%, guarantor unknown: undetermined, 0 .. 75% × 200,000.02 = 150,000.02
      + "R7,GENERAL,1000000.00,2023-02-15,,2024-01-31,200000.02,,,45%,,false,false\r\n"
      // 9: an id holding a comma; granted 2022-06-30, the earlier window's last day: 60% × 100,000.00 = 60,000.00
      + "\"R8, branch A\",GENERAL,1000000.00,2022-06-30,,2024-01-31,100000.00,,,,false,false,false\r\n"
      // 10: granted 2022-07-01, the day after it: 30% × 100,000.00 = 30,000.00
      + "R9,GENERAL,1000000.00,2022-07-01,,2024-01-31,100000.00,,,,false,false,false\r\n"
      // 11: guaranteed by a financing guarantor: excluded from the pool (2018 rules), nothing
      + "R10,GENERAL,1000000.00,2022-03-01,,2024-01-31,100000.00,,,,true,false,false\r\n"
      // 12: a date that does not exist
      + "R11,GENERAL,1000000.00,2023-02-30,,2024-01-31,100000.00,,,,false,false,false\r\n"
      // 13: a negative outstanding principal
      + "R12,GENERAL,1000000.00,2023-02-01,,2024-01-31,-1.00,,,,false,false,false\r\n"
      // 14: an unknown category
      + "R13,WIDGET,1000000.00,2023-02-01,,2024-01-31,100000.00,,,,false,false,false\r\n"
      // 15: the id R2 again: a repeat of line 3, failed (decisions register §4.6 item 89), never 60% × 10.00 = 6.00
      + "R2,GENERAL,1000000.00,2023-03-01,,2024-01-31,10.00,,,,false,false,false\r\n"
      // 16: one field too many
      + "R14,GENERAL,1000000.00,2023-02-01,,2024-01-31,100000.00,,,,false,false,false,extra\r\n"
      + "\r\n";

  @Test
  void riskPoolCsv_everyWindowEdgeHalfAFenAndBadRow_byLineAndField_totalsTheSumOfTheItems() {
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.csv(new StringReader(POOL_BOOK), BookSource.RISK_POOL_CLAIMS, "loanId")
        .run(POOL, items::add);

    assertThat(items).extracting(BookItem::index)
        .containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L);
    assertThat(items).extracting(item -> item.id().orElse(null)).containsExactly("R1", "R2", "R3", "R4", "R5",
        "R6", "R7", "R8, branch A", "R9", "R10", "R11", "R12", "R13", "R2", "R14");
    assertExactly(items.get(0), "30000.02");
    assertExactly(items.get(1), "600000.00");
    assertExactly(items.get(2), "150000.02");
    assertExactly(items.get(3), "30000.02");
    assertExactly(items.get(4), "300000.00");
    assertExactly(items.get(5), "800000.00");
    assertThat(items.get(6).verdict()).contains(Verdict.UNDETERMINED);
    assertThat(items.get(6).amount()).contains(new AmountRange(Cny.of("0.00"), Cny.of("150000.02")));
    assertThat(items.get(6).missingFacts()).contains("/guaranteedByFinancingGuarantor");
    assertExactly(items.get(7), "60000.00");
    assertExactly(items.get(8), "30000.00");
    assertThat(items.get(9).verdict()).contains(Verdict.INELIGIBLE);
    assertThat(items.get(9).amount()).contains(AmountRange.exactly(Cny.of("0.00")));
    assertThat(failedField(items.get(10))).isEqualTo("grantDate");
    assertThat(failedField(items.get(11))).isEqualTo("principalOutstanding");
    assertThat(failedField(items.get(12))).isEqualTo("category");
    assertThat(failedField(items.get(13))).isEqualTo("loanId");
    assertThat(items.get(13).failure().orElseThrow().code()).isEqualTo(InvalidInputException.DUPLICATE);
    assertThat(failedField(items.get(14))).isEqualTo("line");

    // 8 eligible, 1 ineligible, 1 undetermined, 5 failed of 15. Certain: 30,000.02 + 600,000.00 + 150,000.02
    // + 30,000.02 + 300,000.00 + 800,000.00 + 60,000.00 + 30,000.00 = 2,000,000.06; in reach: + 150,000.02
    assertThat(totals).isEqualTo(new BookTotals(15, 8, 1, 1, 5,
        new AmountRange(Cny.of("2000000.06"), Cny.of("2150000.08"))));
    assertThat(sum(items, true)).isEqualByComparingTo("2000000.06");
    assertThat(sum(items, false)).isEqualByComparingTo("2150000.08");

    // the same claims as columns: to the fen, item by item and in total, on one thread and on two
    List<RiskPoolClaim> claims = new ArrayList<>();
    List<BookItem> streamed = new ArrayList<>();
    BookSource<RiskPoolClaim> again = BookSource.csv(new StringReader(POOL_BOOK), BookSource.RISK_POOL_CLAIMS,
        "loanId");
    while (again.hasNext()) {
      BookRow<RiskPoolClaim> row = again.next();
      row.request().ifPresent(claim -> {
        claims.add(claim);
        streamed.add(POOL.evaluate(claims.size() - 1, claim));
      });
    }
    assertThat(claims).hasSize(10);
    for (int threads = 1; threads <= 2; threads++) {
      BookRiskPoolColumns columns = new BookRiskPoolColumns(claims.size());
      for (int i = 0; i < claims.size(); i++) {
        columns.set(i, claims.get(i));
      }
      BookColumnTotals fast = BookRiskPoolFastPath.of(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS)
          .compute(columns, threads);
      assertThat(fast.minimumFen()).as("%d threads", threads).isEqualTo(200_000_006L);
      assertThat(fast.maximumFen()).as("%d threads", threads).isEqualTo(215_000_008L);
      assertThat(fast.toTotals()).isEqualTo(new BookTotals(10, 8, 1, 1, 0,
          new AmountRange(Cny.of("2000000.06"), Cny.of("2150000.08"))));
      for (int i = 0; i < claims.size(); i++) {
        BookItem item = columns.item(i);
        assertThat(item.verdict()).as("row %d", i).isEqualTo(streamed.get(i).verdict());
        assertThat(item.amount()).as("row %d", i).isEqualTo(streamed.get(i).amount());
        assertThat(item.id()).as("row %d", i).isEqualTo(streamed.get(i).id());
      }
    }
  }

  @Test
  void riskPoolNdjson_theSameBook_sameItems_badLineNamedByPointerWithItsId() {
    String ndjson = "{\"loanId\":\"N1\",\"category\":\"GENERAL\",\"principal\":"
        + "{\"amount\":1000000.00,\"currency\":\"CNY\"},"
        + "\"grantDate\":\"2023-03-31\",\"firstNonPerformingDate\":\"2024-01-31\","
        + "\"principalOutstanding\":{\"amount\":200000.02,\"currency\":\"CNY\"},"
        + "\"baseRatio\":\"45%\",\"guaranteedByFinancingGuarantor\":false,"
        + "\"reGuaranteed\":false,\"underOtherRiskCompensation\":false}\n"
        + "\n"
        + "{\"loanId\":\"N2\",\"category\":\"GENERAL\",\"principal\":"
        + "{\"amount\":1000000.00,\"currency\":\"CNY\"},"
        + "\"grantDate\":\"2023-02-01\",\"firstNonPerformingDate\":\"2024-01-31\","
        + "\"principalOutstanding\":{\"amount\":-5.00,\"currency\":\"CNY\"},"
        + "\"guaranteedByFinancingGuarantor\":false,"
        + "\"reGuaranteed\":false,\"underOtherRiskCompensation\":false}\n"
        + "{\"loanId\":\"N3\",\"category\":\"GENERAL\",\"principal\":"
        + "{\"amount\":1000000.00,\"currency\":\"CNY\"},"
        + "\"grantDate\":\"2022-12-31\",\"firstNonPerformingDate\":\"2024-01-31\","
        + "\"principalOutstanding\":{\"amount\":100000.05,\"currency\":\"CNY\"},"
        + "\"reGuaranteed\":false,\"underOtherRiskCompensation\":false}\n";
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.ndjson(new StringReader(ndjson), RiskPoolClaim.class,
        c -> Optional.of(c.loanId()), "loanId", HuiqiJson.codec()).run(POOL, items::add);
    assertThat(items).extracting(BookItem::index).containsExactly(1L, 3L, 4L);
    // line 1: 75% × 200,000.02 = 150,000.015 → 150,000.02 (深工信〔2023〕26号 第5条)
    assertExactly(items.get(0), "150000.02");
    // line 3: negative, named as a JSON Pointer with the loan's id
    assertThat(items.get(1).id()).contains("N2");
    assertThat(failedField(items.get(1))).isEqualTo("/principalOutstanding");
    // line 4: before the window, guarantor not stated: 0 .. 30% × 100,000.05 = 30,000.02
    assertThat(items.get(2).verdict()).contains(Verdict.UNDETERMINED);
    assertThat(items.get(2).amount()).contains(new AmountRange(Cny.of("0.00"), Cny.of("30000.02")));
    assertThat(totals).isEqualTo(new BookTotals(3, 1, 0, 1, 1,
        new AmountRange(Cny.of("150000.02"), Cny.of("180000.04"))));

    // the same book written as NDJSON: one item a line, then the totals
    java.io.StringWriter out = new java.io.StringWriter();
    BookTotals written = BookNdjson.items(BookSource.ndjson(new StringReader(ndjson), RiskPoolClaim.class,
        c -> Optional.of(c.loanId()), "loanId", HuiqiJson.codec()), POOL, out, HuiqiJson.codec());
    assertThat(written).isEqualTo(totals);
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(4);
    assertThat(HuiqiJson.read(lines[0], BookItem.class)).isEqualTo(items.get(0));
    assertThat(HuiqiJson.read(lines[1], BookItem.class)).isEqualTo(items.get(1));
    assertThat(lines[1]).contains("\"index\":3").contains("\"id\":\"N2\"").contains("/principalOutstanding");
    assertThat(lines[3]).startsWith("{\"totals\":");
  }

  @Test
  void riskPoolCsv_headerFaults() {
    // a misspelt column refuses the book, naming its position
    String misspelt = HEADER.replace("principalOutstanding", "principalOutstandng")
        + "R1,GENERAL,1000000.00,2023-02-01,,2024-01-31,100000.00,,,,false,false,false\r\n";
    assertThatThrownBy(() -> BookSource.csv(new StringReader(misspelt), BookSource.RISK_POOL_CLAIMS, "loanId"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("header/6"));
    // an extra column in the header refuses it too
    String extra = HEADER.replace("\r\n", ",branch\r\n");
    assertThatThrownBy(() -> BookSource.csv(new StringReader(extra), BookSource.RISK_POOL_CLAIMS, "loanId"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("header/13"));
    // a required column left out refuses the header, naming the column (every row would fail on it)
    String missing = "loanId,category,grantDate,firstNonPerformingDate,principalOutstanding\n"
        + "R1,GENERAL,2023-02-01,2024-01-31,100000.00\n";
    assertThatThrownBy(() -> BookSource.csv(new StringReader(missing), BookSource.RISK_POOL_CLAIMS, "loanId"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("header");
          assertThat(ex.value()).isEqualTo("principal");
        });
  }

  @Test
  void riskPoolColumns_recoveriesAndOddRows_matchThePlainForm_onOneThreadAndTwo() {
    String csv = HEADER
        // 2: granted 2023-05-01, outside: 30% × 1,000,000.00 = 300,000.00; recovered 100,000.05, of which 30%
        // = 30,000.015 → 30,000.02 returns to the pool (decisions register §4.2 item 13)
        + "Q1,GENERAL,1000000.00,2023-05-01,,2024-01-31,1000000.00,,100000.05,,false,false,false\r\n"
        // 3: granted 2023-02-01, in: 60% × 1,000,000.00 = 600,000.00; recovered 2,000,000.00, more than lent:
        // 60% × 2,000,000 = 1,200,000.00, but never more than the compensation: 600,000.00
        + "Q2,GENERAL,1000000.00,2023-02-01,,2024-01-31,1000000.00,,2000000.00,,false,false,false\r\n"
        // 4: an agreed base of 85%, above the 80% ceiling (第5条 "补偿比例最高为80%"): refused by both paths
        + "Q3,GENERAL,1000000.00,2023-06-01,,2024-01-31,1000000.00,,,85%,false,false,false\r\n"
        // 5: classified 2018-12-31, before the base ratio's first day (2019-01-01)
        + "Q4,GENERAL,1000000.00,2018-06-01,,2018-12-31,1000000.00,,,,false,false,false\r\n"
        // 6: granted 2023-04-01, the day after the window: 30% × 0.05 = 0.015 → 0.02 (half-up, on a tiny loss)
        + "Q5,GENERAL,1000000.00,2023-04-01,,2024-01-31,0.05,,,,false,false,false\r\n"
        // 7: extended (2023-01-05) before it was granted (2023-02-01): a bad row, naming the extension date
        + "Q6,GENERAL,1000000.00,2023-02-01,2023-01-05,2024-01-31,1000000.00,,,,false,false,false\r\n";
    List<RiskPoolClaim> claims = new ArrayList<>();
    List<BookItem> streamed = new ArrayList<>();
    BookSource<RiskPoolClaim> source = BookSource.csv(new StringReader(csv), BookSource.RISK_POOL_CLAIMS, "loanId");
    while (source.hasNext()) {
      BookRow<RiskPoolClaim> row = source.next();
      if (row.line() == 7) {
        assertThat(row.id()).contains("Q6");
        assertThat(row.failure().map(BookFailure::field)).contains("extensionDate");
        continue;
      }
      assertThat(row.failure()).as("line %d", row.line()).isEmpty();
      claims.add(row.request().orElseThrow());
      streamed.add(POOL.evaluate(claims.size() - 1, claims.get(claims.size() - 1)));
    }
    assertExactly(streamed.get(0), "300000.00");
    assertExactly(streamed.get(1), "600000.00");
    assertThat(failedField(streamed.get(2))).isEqualTo("baseRatio");
    // classified before the pack's base ratio is in force (2019 细则, from 2019-01-01): ineligible, nothing
    assertThat(streamed.get(3).verdict()).contains(Verdict.INELIGIBLE);
    assertThat(streamed.get(3).reasonCode()).contains("event-outside-validity");
    assertExactly(streamed.get(3), "0.00");
    assertExactly(streamed.get(4), "0.02");
    for (int threads = 1; threads <= 2; threads++) {
      BookRiskPoolColumns columns = new BookRiskPoolColumns(claims.size());
      for (int i = 0; i < claims.size(); i++) {
        columns.set(i, claims.get(i));
      }
      BookRiskPoolFastPath.of(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS).compute(columns, threads);
      assertThat(columns.recoveryReturnFen()[0]).isEqualTo(3_000_002L);
      assertThat(columns.recoveryReturnFen()[1]).isEqualTo(60_000_000L);
      for (int i = 0; i < claims.size(); i++) {
        BookItem item = columns.item(i);
        assertThat(item.verdict()).as("row %d, %d threads", i, threads).isEqualTo(streamed.get(i).verdict());
        assertThat(item.amount()).as("row %d, %d threads", i, threads).isEqualTo(streamed.get(i).amount());
        // the columns name the field as a JSON Pointer (as an NDJSON book does), a stream of requests by its name
        assertThat(item.failure().map(BookFailure::field)).as("row %d", i)
            .isEqualTo(streamed.get(i).failure().map(failure -> "/" + failure.field()));
        if (streamed.get(i).failure().isEmpty()) {
          RiskPoolLoanCompensation plain = RiskPoolCalculator.DEFAULT.explainCompensation(RiskPoolFixtures.POOL,
              claims.get(i), RiskPoolOptions.DEFAULTS, ReceiptChoice.OMIT);
          assertThat(BigDecimal.valueOf(columns.recoveryReturnFen()[i], 2)).as("row %d", i)
              .isEqualByComparingTo(plain.recoveryReturn().maximum().getNumber().numberValueExact(BigDecimal.class));
        }
      }
    }
  }

  @Test
  void riskPoolCsv_aQuotedLineBreak_keepsTheLineNumbersOfTheRowsAfterIt_andTheLastRowNeedsNoLineEnd() {
    String csv = HEADER.replace("\r\n", "\n")
        // 2..3: an id holding a line break; granted 2023-01-01: 60% × 100,000.00 = 60,000.00 (第5条)
        + "\"M1\nannex\",GENERAL,1000000.00,2023-01-01,,2024-01-31,100000.00,,,,FALSE,False,false\n"
        // 4: a bad date, reported on line 4
        + "M2,GENERAL,1000000.00,2023-1-5,,2024-01-31,100000.00,,,,false,false,false\n"
        // 5, no line end: granted 2022-03-01, the earlier window's first day: 60% × 100,000.00 = 60,000.00
        + "M3,GENERAL,1000000.00,2022-03-01,,2024-01-31,100000.00,,,,false,false,false";
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.csv(new StringReader(csv), BookSource.RISK_POOL_CLAIMS, "loanId")
        .run(POOL, items::add);
    assertThat(items).extracting(BookItem::index).containsExactly(2L, 4L, 5L);
    assertThat(items.get(0).id()).contains("M1\nannex");
    assertExactly(items.get(0), "60000.00");
    assertThat(items.get(1).id()).contains("M2");
    assertThat(failedField(items.get(1))).isEqualTo("grantDate");
    assertExactly(items.get(2), "60000.00");
    assertThat(totals).isEqualTo(new BookTotals(3, 2, 0, 0, 1, AmountRange.exactly(Cny.of("120000.00"))));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // First-loan subsidy (深工信〔2023〕26号 第5条): 2% a year, ACT/360 算头不算尾, at most six months, 200,000 a firm;
  // the 2022 implementing rules' floors: no subsidy under one month of use or below a 2% loan rate.

  private static LoanFacts loan(String id, String principal, LocalDate drawdown, LocalDate maturity, String rate) {
    return FirstLoanFixtures.loan(id).principal(Cny.of(principal)).drawdownDate(drawdown).maturityDate(maturity)
        .annualInterestRate(Rate.parse(rate)).build();
  }

  private static List<FirstLoanRequest> firstLoanBook() {
    List<FirstLoanRequest> book = new ArrayList<>();
    // A: four loans past the cap. A1 6,000,000 2023-01-01..07-01 181 d: 120,000 × 181/360 = 60,333.33;
    // A2 10,000,000 2023-03-31..09-30 183 d: 200,000 × 183/360 = 101,666.67; A3 5,000,000 2023-02-10..05-10
    // (matures) 89 d: 100,000 × 89/360 = 24,722.22; A4 8,000,000 2023-01-20..07-20 181 d: 160,000 × 181/360
    // = 80,444.44. Sum 267,166.66 → capped at 200,000.00
    book.add(FirstLoanFixtures.request(
        loan("A2", "10000000", LocalDate.of(2023, 3, 31), LocalDate.of(2024, 3, 31), "3.65%"),
        loan("A1", "6000000", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1), "3.65%"),
        loan("A3", "5000000", LocalDate.of(2023, 2, 10), LocalDate.of(2023, 5, 10), "3.65%"),
        loan("A4", "8000000", LocalDate.of(2023, 1, 20), LocalDate.of(2024, 1, 20), "3.65%")));
    // B: B1 drawn 2022-12-31 and B2 2023-04-01, outside the window; B3 used 2023-03-15..04-14, under a month;
    // B5 at 1.99%, below 2%: nothing. B4 used 2023-03-15..04-15, one month, at exactly 2%:
    // 1,000,000 × 2% × 31/360 = 1,722.22
    book.add(FirstLoanFixtures.request(
        loan("B1", "1000000", LocalDate.of(2022, 12, 31), LocalDate.of(2023, 12, 31), "3.65%"),
        loan("B2", "1000000", LocalDate.of(2023, 4, 1), LocalDate.of(2024, 4, 1), "3.65%"),
        loan("B3", "1000000", LocalDate.of(2023, 3, 15), LocalDate.of(2023, 4, 14), "3.65%"),
        loan("B4", "1000000", LocalDate.of(2023, 3, 15), LocalDate.of(2023, 4, 15), "2%"),
        loan("B5", "1000000", LocalDate.of(2023, 3, 15), LocalDate.of(2024, 3, 15), "1.99%")));
    // C: half a fen: 24,390.00 × 2% × 31/360 (2023-01-10..02-10) = 15,121.80/360 = 42.005 → 42.01
    book.add(FirstLoanFixtures.request(
        loan("C1", "24390.00", LocalDate.of(2023, 1, 10), LocalDate.of(2023, 2, 10), "3.65%")));
    // D: D1's purpose unknown: 1,000,000, 2023-01-15..07-15 181 d = 10,055.56 only in reach; D2 2023-02-15..08-15
    // 181 d = 10,055.56 certain → 10,055.56 .. 20,111.12
    book.add(FirstLoanFixtures.request(
        FirstLoanFixtures.loan("D1").forProductionOrOperation(Optional.empty()).build(),
        loan("D2", "1000000", LocalDate.of(2023, 2, 15), LocalDate.of(2024, 2, 15), "3.65%")));
    // E: on a serious-dishonesty list: nothing
    book.add(FirstLoanFixtures.request(FirstLoanFixtures.firm().onSeriousDishonestyList(true).build(),
        FirstLoanFixtures.loan("E1").build()));
    // H: the cap with an unknown loan: H1 10,000,000 2023-01-01..07-01 181 d = 100,555.56 certain; H2 12,000,000
    // 2023-01-02..07-02 181 d: 240,000 × 181/360 = 120,666.67, purpose unknown; in reach min(200,000, 221,222.23)
    book.add(FirstLoanFixtures.request(
        loan("H1", "10000000", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1), "3.65%"),
        FirstLoanFixtures.loan("H2").principal(Cny.of("12000000")).drawdownDate(LocalDate.of(2023, 1, 2))
            .maturityDate(LocalDate.of(2024, 1, 2)).forProductionOrOperation(Optional.empty()).build()));
    // F: first-time borrower unknown: 0 .. 1,000,000 × 2% × 181/360 = 10,055.56
    book.add(FirstLoanFixtures.request(FirstLoanFixtures.firm().firstTimeBorrower(Optional.empty()).build(),
        FirstLoanFixtures.loan("F1").build()));
    return book;
  }

  @Test
  void firstLoan_capAcrossAFirmsLoans_windowAndFloorEdges_halfAFen_unknowns_streamingAndColumnar() {
    List<FirstLoanRequest> book = firstLoanBook();
    BookCalculator<FirstLoanRequest> calculator = BookCalculators.firstLoan(FirstLoanFixtures.MEASURE);
    List<BookItem> items = new ArrayList<>();
    for (int e = 0; e < book.size(); e++) {
      items.add(calculator.evaluate(e, book.get(e)));
    }
    assertExactly(items.get(0), "200000.00");
    assertExactly(items.get(1), "1722.22");
    assertExactly(items.get(2), "42.01");
    // an eligible loan settles the verdict; the unknown purpose leaves the amount open, and is named, as the
    // engine names it (FirstLoanEvaluator: "a range ..., naming their missing facts")
    assertThat(items.get(3).verdict()).contains(Verdict.ELIGIBLE);
    assertThat(items.get(3).amount()).contains(new AmountRange(Cny.of("10055.56"), Cny.of("20111.12")));
    assertThat(items.get(3).missingFacts()).containsExactly("/loans/0/forProductionOrOperation");
    assertThat(items.get(4).verdict()).contains(Verdict.INELIGIBLE);
    assertThat(items.get(4).amount()).contains(AmountRange.exactly(Cny.of("0.00")));
    assertThat(items.get(5).verdict()).contains(Verdict.ELIGIBLE);
    assertThat(items.get(5).amount()).contains(new AmountRange(Cny.of("100555.56"), Cny.of("200000.00")));
    assertThat(items.get(5).missingFacts()).containsExactly("/loans/1/forProductionOrOperation");
    assertThat(items.get(6).verdict()).contains(Verdict.UNDETERMINED);
    assertThat(items.get(6).amount()).contains(new AmountRange(Cny.of("0.00"), Cny.of("10055.56")));

    // the cap spent in drawdown order: A1 60,333.33, A4 80,444.44, A3 24,722.22 (165,499.99), A2 the rest 34,500.01
    FirstLoanResult a = FirstLoanFixtures.CALCULATOR.explainSubsidy(FirstLoanFixtures.MEASURE, book.get(0));
    assertThat(a.loans()).extracting(l -> l.paid().getNumber().numberValueExact(BigDecimal.class))
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("34500.01"), new BigDecimal("60333.33"), new BigDecimal("24722.22"),
            new BigDecimal("80444.44"));

    // certain: 200,000.00 + 1,722.22 + 42.01 + 10,055.56 + 100,555.56 = 312,375.35;
    // in reach: 200,000.00 + 1,722.22 + 42.01 + 20,111.12 + 200,000.00 + 10,055.56 = 431,930.91
    for (int threads = 1; threads <= 2; threads++) {
      BookFirstLoanColumnsRun run = BookFirstLoanColumnsRun.of(FirstLoanFixtures.MEASURE, book, threads);
      BookFirstLoanColumns columns = run.columns();
      assertThat(run.totals().toTotals()).as("%d threads", threads).isEqualTo(new BookTotals(7, 5, 1, 1, 0,
          new AmountRange(Cny.of("312375.35"), Cny.of("431930.91"))));
      for (int e = 0; e < book.size(); e++) {
        assertThat(columns.item(e).verdict()).as("firm %d", e).isEqualTo(items.get(e).verdict());
        assertThat(columns.item(e).amount()).as("firm %d", e).isEqualTo(items.get(e).amount());
      }
      // firm A's loans, rows 0..3 in the order given
      assertThat(java.util.Arrays.copyOfRange(columns.loanPaidFen(), 0, 4))
          .containsExactly(3_450_001L, 6_033_333L, 2_472_222L, 8_044_444L);
    }
  }

  @Test
  void guaranteeFeeSubsidy_aKnownLoanAndAnUnknownOne_eligibleRangeNamingTheUnknownFact() {
    GuaranteeFeeSubsidyMeasure measure = PolicyData.builtIn().getMeasure(GuaranteeFeeSubsidyMeasure.SHENZHEN_2021);
    // L1: 3,000,000 (≤ 3,000,000) at a fee rate of 2% (≤ 50% × 4%): 30% × 60,000 = 18,000.00 certain;
    // L2: 1,000,000 at 2%, fee 20,000, guarantor's region unknown: 30% × 20,000 = 6,000.00 only in reach
    GuaranteeFeeSubsidyLoan known = GuaranteeFeeSubsidyLoan.of("L1", Cny.of("3000000"), LocalDate.of(2023, 4, 1),
        Rate.parse("4%"), Rate.parse("2%"), Cny.of("60000"));
    GuaranteeFeeSubsidyLoan unknown = GuaranteeFeeSubsidyLoan.builder().from(GuaranteeFeeSubsidyLoan.of("L2",
        Cny.of("1000000"), LocalDate.of(2023, 5, 1), Rate.parse("4%"), Rate.parse("2%"), Cny.of("20000")))
        .guarantorInRegion(Optional.empty()).build();
    GuaranteeFeeSubsidyRequest firm = GuaranteeFeeSubsidyRequest.of(EnterpriseSize.SMALL, "440305", 2023,
        List.of(known, unknown));
    BookItem item = BookCalculators.guaranteeFeeSubsidy(measure).evaluate(0, firm);
    assertThat(item.amount()).contains(new AmountRange(Cny.of("18000.00"), Cny.of("24000.00")));
    assertThat(item.verdict()).contains(Verdict.ELIGIBLE);
    assertThat(item.missingFacts()).containsExactly("/loans/1/guarantorInRegion");
  }

  @Test
  void firstLoan_aBadLoanFailsItsFirmAlone_onBothPaths_andTheTotalsLeaveItOut() {
    List<FirstLoanRequest> book = firstLoanBook();
    // firm A's third loan (A3, row 2) given a negative principal, in the columns and in its JSON line
    String firmA = HuiqiJson.write(book.get(0));
    String badLine = firmA.replaceFirst("\"amount\"\\s*:\\s*5000000(\\.0+)?", "\"amount\":-5000000");
    assertThat(badLine).isNotEqualTo(firmA);
    StringBuilder ndjson = new StringBuilder(badLine.replace("\n", "")).append('\n');
    for (int e = 1; e < book.size(); e++) {
      ndjson.append(HuiqiJson.write(book.get(e)).replace("\n", "")).append('\n');
    }
    List<BookItem> streamed = new ArrayList<>();
    BookTotals totals = BookSource.ndjson(new StringReader(ndjson.toString()), FirstLoanRequest.class,
        r -> Optional.empty()).run(BookCalculators.firstLoan(FirstLoanFixtures.MEASURE), streamed::add);
    assertThat(failedField(streamed.get(0))).isEqualTo("/loans/2/principal");
    // without A's 200,000.00: certain 312,375.35 − 200,000.00 = 112,375.35; in reach 431,930.91 − 200,000.00
    // = 231,930.91
    BookTotals expected = new BookTotals(7, 4, 1, 1, 1,
        new AmountRange(Cny.of("112375.35"), Cny.of("231930.91")));
    assertThat(totals).isEqualTo(expected);
    for (int threads = 1; threads <= 2; threads++) {
      BookFirstLoanColumns columns = new BookFirstLoanColumns(book.size(), 20);
      book.forEach(columns::add);
      columns.principalFen()[2] = -500_000_000L;
      BookColumnTotals fast = BookFirstLoanFastPath.of(FirstLoanFixtures.MEASURE, FirstLoanOptions.DEFAULTS)
          .compute(columns, threads);
      assertThat(fast.toTotals()).as("%d threads", threads).isEqualTo(expected);
      assertThat(columns.item(0).failure().map(BookFailure::field)).contains("/loans/2/principal");
    }
  }

  @Test
  void firstLoan_theCappedFirmsResult_replaysFromItsSavedJson_andAnEditedAmountDoesNot() {
    // firm A of the book: 200,000.00 after the cap (深工信〔2023〕26号 第5条), its receipt saved with the result
    FirstLoanRequest firm = firstLoanBook().get(0);
    FirstLoanResult result = FirstLoanFixtures.CALCULATOR.explainSubsidy(FirstLoanFixtures.MEASURE, firm);
    assertThat(result.amount()).isEqualTo(AmountRange.exactly(Cny.of("200000.00")));
    String requestJson = HuiqiJson.write(firm);
    String resultJson = HuiqiJson.write(result);
    ReplayResult replay = HuiqiJson.read(CalculatorReplay.builtIn().replayJson(requestJson, resultJson),
        ReplayResult.class);
    assertThat(replay.matches()).isTrue();
    assertThat(CalculatorReplay.builtIn().replay(firm, result.explanation().receipt().orElseThrow()).matches())
        .isTrue();
    // the last loan's share edited from 34,500.01 to 34,500.02 in the saved result: the body no longer hashes
    assertThat(resultJson).contains("34500.01");
    ReplayResult edited = HuiqiJson.read(CalculatorReplay.builtIn().replayJson(requestJson,
        resultJson.replaceFirst("34500\\.01", "34500.02")), ReplayResult.class);
    assertThat(edited.matches()).isFalse();
    assertThat(edited.differences()).extracting(ReplayResult.Difference::field).contains(ReplayResult.SAVED_RESULT);
  }

  @Test
  void techSme_theWindowsRatiosAndCeiling_aPeriodStraddlingTheYear_andTotals() {
    // 深工信〔2023〕26号 第13条: interest arising in 2023 at the programme's ratio + 30 points, at most 80%; outside
    // 2023 the 2020 programme's own 50% (70% for a first-time borrower) (decisions register §4.1 items 7 and 8)
    TechSmeRequest t1 = TechSmeFixtures.request(
        TechSmeFixtures.interest("I1", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 4, 1), "12345.67"));
    TechSmeRequest t2 = TechSmeFixtures.request(TechSmeFixtures.firm().firstTimeBorrower(true).build(),
        TechSmeFixtures.interest("I2", LocalDate.of(2023, 6, 1), LocalDate.of(2023, 7, 1), "10000.00"));
    TechSmeRequest t3 = TechSmeFixtures.request(
        TechSmeFixtures.interest("I3", LocalDate.of(2022, 12, 2), LocalDate.of(2023, 1, 31), "6000.00"));
    TechSmeRequest t4 = TechSmeFixtures.request(TechSmeFixtures.firm().firstTimeBorrower(true).build(),
        TechSmeFixtures.interest("I4", LocalDate.of(2022, 10, 1), LocalDate.of(2022, 12, 31), "1000.00"));
    TechSmeRequest t6 = TechSmeFixtures.request(TechSmeFixtures.firm().enrolledTechSme(false).build(),
        TechSmeFixtures.interest("I6", LocalDate.of(2023, 6, 1), LocalDate.of(2023, 7, 1), "10000.00"));
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookCalculators.techSme(TechSmeFixtures.MEASURE).run(java.util.stream.Stream.of(t1, t2, t3,
        t4, t6), items::add);
    // 50% + 30 = 80%: 12,345.67 × 80% = 9,876.536 → 9,876.54
    assertExactly(items.get(0), "9876.54");
    // 70% + 30 = 100%, held at 80%: 10,000.00 × 80% = 8,000.00
    assertExactly(items.get(1), "8000.00");
    // 60 days, 30 in 2022 and 30 in 2023: 3,000.00 × 50% + 3,000.00 × 80% = 1,500.00 + 2,400.00 = 3,900.00
    assertExactly(items.get(2), "3900.00");
    // all in 2022, a first-time borrower: 1,000.00 × 70% = 700.00
    assertExactly(items.get(3), "700.00");
    assertThat(items.get(4).verdict()).contains(Verdict.INELIGIBLE);
    assertExactly(items.get(4), "0.00");
    // 9,876.54 + 8,000.00 + 3,900.00 + 700.00 = 22,476.54
    assertThat(totals).isEqualTo(new BookTotals(5, 4, 1, 0, 0, AmountRange.exactly(Cny.of("22476.54"))));
  }

  @Test
  void techSme_aFirstTimeBorrowerNotKnown_inside2023_isExact_sinceBothRatiosReachTheCeiling() {
    // 第13条: 50% + 30 = 80% and 70% + 30 = 100% held at 80%: the fact cannot change 10,000.00 × 80% = 8,000.00
    TechSmeRequest t5 = TechSmeFixtures.request(TechSmeFixtures.firm().firstTimeBorrower(Optional.empty()).build(),
        TechSmeFixtures.interest("I5", LocalDate.of(2023, 6, 1), LocalDate.of(2023, 7, 1), "10000.00"));
    BookItem item = BookCalculators.techSme(TechSmeFixtures.MEASURE).evaluate(0, t5);
    assertThat(item.verdict()).contains(Verdict.ELIGIBLE);
    assertExactly(item, "8000.00");
  }

  @Test
  void guaranteeFeeReduction_halfAFen_theOnePercentCeiling_oddDays_unknownSize_andTheYearsEdges() {
    // 深工信〔2023〕26号 第6条: "2023年，政府性融资担保机构针对小微企业的担保费率最高减免40%、且不高于1%"; the fee over
    // whole months ÷ 12 plus odd days ÷ 360 (decisions register §4.3 item 21)
    GuaranteeFeeReductionMeasure measure = PolicyData.builtIn().measures().stream()
        .filter(GuaranteeFeeReductionMeasure.class::isInstance).map(GuaranteeFeeReductionMeasure.class::cast)
        .findFirst().orElseThrow();
    LocalDate march = LocalDate.of(2023, 3, 1);
    List<GuaranteeFeeReductionRequest> book = List.of(
        // 1.5% × 60% = 0.9%; 1,000,005.00 × 0.9% × 12/12 = 9,000.045 → 9,000.05
        GuaranteeFeeReductionRequest.of(EnterpriseSize.SMALL, true, Cny.of("1000005.00"), Rate.parse("1.5%"),
            march, march.plusYears(1)),
        // min(2% × 60%, 1%) = 1%; 1,000,000 × 1% × 6/12 = 5,000.00
        GuaranteeFeeReductionRequest.of(EnterpriseSize.MICRO, true, Cny.of("1000000"), Rate.parse("2%"),
            LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 1)),
        // not a government guarantor: the standard 1.5%, 1,000,000 × 1.5% = 15,000.00
        GuaranteeFeeReductionRequest.of(EnterpriseSize.SMALL, false, Cny.of("1000000"), Rate.parse("1.5%"),
            march, march.plusYears(1)),
        // 2023-01-15..2023-04-30: 3 whole months and 15 days: 1,000,000 × 0.9% × (3/12 + 15/360) = 2,625.00
        GuaranteeFeeReductionRequest.of(EnterpriseSize.SMALL, true, Cny.of("1000000"), Rate.parse("1.5%"),
            LocalDate.of(2023, 1, 15), LocalDate.of(2023, 4, 30)),
        // size not known: from the reduced 9,000.00 to the standard 15,000.00, at the reduced rate
        GuaranteeFeeReductionRequest.builder().from(GuaranteeFeeReductionRequest.of(EnterpriseSize.SMALL, true,
            Cny.of("1000000"), Rate.parse("1.5%"), march, march.plusYears(1))).borrowerSize(Optional.empty())
            .build(),
        // started 2023-12-31, the year's last day: 0.9% × 1,000,000 = 9,000.00
        GuaranteeFeeReductionRequest.of(EnterpriseSize.SMALL, true, Cny.of("1000000"), Rate.parse("1.5%"),
            LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31)));
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookCalculators.guaranteeFeeReduction(measure).run(book.stream(), items::add);
    // a guarantee started the day before 2023 (2022-12-31) or after it (2024-01-01): the standard fee, 15,000.00
    for (LocalDate start : List.of(LocalDate.of(2022, 12, 31), LocalDate.of(2024, 1, 1))) {
      BookItem outside = BookCalculators.guaranteeFeeReduction(measure).evaluate(9,
          GuaranteeFeeReductionRequest.of(EnterpriseSize.SMALL, true, Cny.of("1000000"), Rate.parse("1.5%"),
              start, start.plusYears(1)));
      assertThat(outside.verdict()).as("%s", start).contains(Verdict.INELIGIBLE);
      assertThat(outside.reasonCode()).contains("not-guarantee-in-policy-period");
      assertExactly(outside, "15000.00");
    }
    assertExactly(items.get(0), "9000.05");
    assertThat(items.get(0).rate()).contains(Rate.parse("0.9%"));
    assertExactly(items.get(1), "5000.00");
    assertThat(items.get(1).rate()).contains(Rate.parse("1%"));
    assertThat(items.get(2).verdict()).contains(Verdict.INELIGIBLE);
    assertExactly(items.get(2), "15000.00");
    assertThat(items.get(2).rate()).contains(Rate.parse("1.5%"));
    assertExactly(items.get(3), "2625.00");
    assertThat(items.get(4).verdict()).contains(Verdict.UNDETERMINED);
    assertThat(items.get(4).amount()).contains(new AmountRange(Cny.of("9000.00"), Cny.of("15000.00")));
    assertThat(items.get(4).missingFacts()).contains("/borrowerSize");
    assertExactly(items.get(5), "9000.00");
    // 9,000.05 + 5,000.00 + 15,000.00 + 2,625.00 + 9,000.00 (.. 15,000.00) + 9,000.00 = 49,625.05 .. 55,625.05
    assertThat(totals).isEqualTo(new BookTotals(6, 4, 1, 1, 0,
        new AmountRange(Cny.of("49625.05"), Cny.of("55625.05"))));
  }

  private static void assertExactly(BookItem item, String amount) {
    assertThat(item.failure()).as("line %d", item.index()).isEmpty();
    assertThat(item.amount()).as("line %d", item.index()).contains(AmountRange.exactly(Cny.of(amount)));
  }

  private static String failedField(BookItem item) {
    assertThat(item.failure()).as("line %d", item.index()).isPresent();
    return item.failure().orElseThrow().field();
  }

  private static BigDecimal sum(List<BookItem> items, boolean minimum) {
    BigDecimal total = BigDecimal.ZERO;
    for (BookItem item : items) {
      if (item.amount().isPresent()) {
        AmountRange range = item.amount().orElseThrow();
        total = total.add((minimum ? range.minimum() : range.maximum()).getNumber()
            .numberValueExact(BigDecimal.class));
      }
    }
    return total;
  }
}
