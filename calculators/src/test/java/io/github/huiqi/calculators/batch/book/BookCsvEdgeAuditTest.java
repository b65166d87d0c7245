package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Verdict;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A bank QA lead's audit of risk-pool books read from files whose rows a core-banking export gets wrong in the
 * ordinary ways: columns in its own order with spaces around names and values, optional columns left out, a BOM,
 * CRLF, a whitespace-only line, blank trailing lines, an id quoting a comma and a quotation mark, thousands
 * separators, slashes in dates, a lower-case category, a third decimal, a row of commas, a space after a closing
 * quote, a yes/no fact written "yes", and rows one field short or long. Each bad row is reported by its line and
 * field and the book goes on; every good row's figure and the totals are worked by hand from 深工信〔2023〕26号
 * 第5条 (+30 points on loans granted 2023-01-01..2023-03-31, and in the pack's earlier window 2022-03-01..06-30,
 * ceiling 80%; base 30% for every category in the pack, decisions register §4.2 item 11), half-up to the fen.
 */
class BookCsvEdgeAuditTest {

  private static final BookCalculator<RiskPoolClaim> POOL =
      BookCalculators.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS);

  /** A bank's own column order, spaces around two names, extensionDate and the money columns it lacks left out. */
  private static final String HEADER = "\uFEFF principalOutstanding ,loanId,grantDate,category,"
      + "firstNonPerformingDate,principal,baseRatio, guaranteedByFinancingGuarantor,reGuaranteed,"
      + "underOtherRiskCompensation\r\n";

  private static final String BOOK = HEADER
      // 2: granted 2023-01-01, the window's first day, value padded with spaces:
      //    (30% + 30 pp) × 250,000.00 = 150,000.00
      + " 250000.00 ,A1,2023-01-01,GENERAL,2024-01-31,300000.00,,false,false,false\r\n"
      // 3: granted 2023-03-31, the last day, agreed base 50%, spreadsheet TRUE/FALSE spellings:
      //    min(50% + 30 pp, 80%) = 80% × 123,456.79 = 98,765.432 → 98,765.43
      + "123456.79,A2,2023-03-31,TECH_ENTERPRISE,2024-01-31,200000.00,50%,FALSE,False,false\r\n"
      // 4: spaces and a tab only: no loan, skipped
      + "   \t\r\n"
      // 5: granted 2023-04-01, the day after: 30% × 99,999.99 = 29,999.997 → 30,000.00
      + "99999.99,A3,2023-04-01,CREDIT,2024-01-31,100000.00,,false,false,false\r\n"
      // 6: granted 2022-12-31, outside both windows, agreed base 55%: 55% × 10,000.01 = 5,500.0055 → 5,500.01
      + "10000.01,A4,2022-12-31,FIRST_LOAN,2024-01-31,20000.00,55%,false,false,false\r\n"
      // 7: an id holding a quotation mark and a comma; agreed base 51%: 81% held at 80% × 1,000.00 = 800.00
      + "1000.00,\"B\"\"5, 支行\",2023-02-28,GREEN,2024-01-31,1000.00,51%,false,false,false\r\n"
      // 8: one field short (9 of 10)
      + "5000.00,F1,2023-02-01,GENERAL,2024-01-31,5000.00,,false,false\r\n"
      // 9: a principal with thousands separators, quoted so the commas stay in the field
      + "5000.00,F2,2023-02-01,GENERAL,2024-01-31,\"1,000,000.00\",,false,false,false\r\n"
      // 10: a date written with slashes
      + "5000.00,F3,2023/02/01,GENERAL,2024-01-31,5000.00,,false,false,false\r\n"
      // 11: a category in lower case (the names are the enum's, upper case)
      + "5000.00,F4,2023-02-01,general,2024-01-31,5000.00,,false,false,false\r\n"
      // 12: a negative outstanding principal
      + "-0.01,F5,2023-02-01,GENERAL,2024-01-31,5000.00,,false,false,false\r\n"
      // 13: a third decimal: not a whole fen
      + "100.005,F6,2023-02-01,GENERAL,2024-01-31,5000.00,,false,false,false\r\n"
      // 14: a spreadsheet's row of commas: the right width, no id
      + ",,,,,,,,,\r\n"
      // 15: a space after a closing quote (RFC 4180 has the comma follow it)
      + "5000.00,\"F7\" ,2023-02-01,GENERAL,2024-01-31,5000.00,,false,false,false\r\n"
      // 16: a yes/no fact written yes
      + "5000.00,F8,2023-02-01,GENERAL,2024-01-31,5000.00,,yes,false,false\r\n"
      // 17: one field too many
      + "5000.00,F9,2023-02-01,GENERAL,2024-01-31,5000.00,,false,false,false,extra\r\n"
      // 18: granted 2022-03-01, the earlier window's first day: 60% × 2,000.00 = 1,200.00
      + "2000.00,A6,2022-03-01,INDIVIDUAL_BUSINESS,2024-01-31,2000.00,,false,false,false\r\n"
      // 19, 20: blank trailing lines
      + "\r\n\r\n";

  @Test
  void csv_aBankExportsOrdinaryFaults_eachBadRowByLineAndField_theGoodRowsAndTotalsByHand() {
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.csv(new StringReader(BOOK), BookSource.RISK_POOL_CLAIMS, "loanId")
        .run(POOL, items::add);

    assertThat(items).extracting(BookItem::index)
        .containsExactly(2L, 3L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L);
    assertExactly(items.get(0), "A1", "150000.00");
    assertExactly(items.get(1), "A2", "98765.43");
    assertExactly(items.get(2), "A3", "30000.00");
    assertExactly(items.get(3), "A4", "5500.01");
    assertExactly(items.get(4), "B\"5, 支行", "800.00");
    assertFailed(items.get(5), "F1", "line", "9");
    assertFailed(items.get(6), "F2", "principal", "1,000,000.00");
    assertFailed(items.get(7), "F3", "grantDate", "2023/02/01");
    assertFailed(items.get(8), "F4", "category", "general");
    assertFailed(items.get(9), "F5", "principalOutstanding", "-0.01");
    // the cell as written: not a whole fen (before 2026-12-06 quoted as the amount read, CNY 100.005)
    assertFailed(items.get(10), "F6", "principalOutstanding", "100.005");
    // a row of commas holds no id: reported as the missing loanId (its value is shown as "null", as for any field
    // left empty), not skipped as an empty line is, since it has the header's width
    assertFailed(items.get(11), null, "loanId", "null");
    // the id's own field cannot be read: named by its column, with no id (before: "line 15")
    assertFailed(items.get(12), null, "loanId", "F7");
    assertFailed(items.get(13), "F8", "guaranteedByFinancingGuarantor", "yes");
    assertFailed(items.get(14), "F9", "line", "11");
    assertExactly(items.get(15), "A6", "1200.00");

    // 6 eligible, 10 failed of 16; 150,000.00 + 98,765.43 + 30,000.00 + 5,500.01 + 800.00 + 1,200.00 = 286,265.44
    assertThat(totals).isEqualTo(new BookTotals(16, 6, 0, 0, 10, AmountRange.exactly(Cny.of("286265.44"))));
  }

  @Test
  void csv_theSameBookWithLfEndsAndNoBom_readsTheSameItems() {
    // a file saved on another system: LF line ends, no byte-order mark; the items and totals are the same
    String lf = BOOK.replace("\r\n", "\n").replace("\uFEFF", "");
    List<BookItem> crlf = new ArrayList<>();
    List<BookItem> unix = new ArrayList<>();
    BookTotals a = BookSource.csv(new StringReader(BOOK), BookSource.RISK_POOL_CLAIMS, "loanId").run(POOL, crlf::add);
    BookTotals b = BookSource.csv(new StringReader(lf), BookSource.RISK_POOL_CLAIMS, "loanId").run(POOL, unix::add);
    assertThat(b).isEqualTo(a);
    assertThat(unix).isEqualTo(crlf);
  }

  private static String claim(String id, String category, String grant, String outstanding, String more) {
    return "{\"loanId\":\"" + id + "\",\"category\":\"" + category + "\",\"principal\":{\"amount\":300000.00,"
        + "\"currency\":\"CNY\"},\"grantDate\":\"" + grant + "\",\"firstNonPerformingDate\":\"2024-01-31\","
        + (outstanding == null ? "" : "\"principalOutstanding\":{\"amount\":" + outstanding
        + ",\"currency\":\"CNY\"},")
        + more + "\"guaranteedByFinancingGuarantor\":false,\"reGuaranteed\":false,"
        + "\"underOtherRiskCompensation\":false}";
  }

  @Test
  void ndjson_crlfBomAndBlankLines_eachBadLineByNumberPointerAndId_theGoodLinesByHand() {
    String book = "\uFEFF" + claim("N1", "GENERAL", "2023-01-01", "250000.00", "") + "\r\n"
        + "\r\n"
        + claim("N2", "WIDGET", "2023-02-01", "5000.00", "") + "\r\n"
        + claim("N3", "GENERAL", "2023-02-30", "5000.00", "") + "\r\n"
        + claim("N4", "GENERAL", "2023-02-01", "5000.00", "").replace("300000.00", "-1.00") + "\r\n"
        + claim("N5", "GENERAL", "2023-02-01", null, "") + "\r\n"
        + claim("N6", "GENERAL", "2023-02-01", "5000.00", "\"branch\":\"A\",") + "\r\n"
        + claim("N7", "GENERAL", "2023-02-01", "100.005", "") + "\r\n"
        + claim("N8", "TECH_ENTERPRISE", "2023-03-31", "123456.79", "\"baseRatio\":\"50%\",") + "\r\n"
        + "   \r\n"
        + "\r\n";
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.ndjson(new StringReader(book), RiskPoolClaim.class,
        c -> Optional.of(c.loanId()), "loanId", HuiqiJson.codec()).run(POOL, items::add);

    assertThat(items).extracting(BookItem::index).containsExactly(1L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    // line 1: the window's first day, 60% × 250,000.00 = 150,000.00 (第5条)
    assertExactly(items.get(0), "N1", "150000.00");
    assertFailed(items.get(1), "N2", "/category", "WIDGET");
    assertFailed(items.get(2), "N3", "/grantDate", "2023-02-30");
    assertThat(items.get(3).id()).contains("N4");
    assertThat(items.get(3).failure().orElseThrow().field()).startsWith("/principal");
    assertThat(items.get(4).id()).contains("N5");
    assertThat(items.get(4).failure().orElseThrow().field()).isEqualTo("/principalOutstanding");
    assertThat(items.get(5).id()).contains("N6");
    assertThat(items.get(5).failure().orElseThrow().field()).isEqualTo("/branch");
    assertThat(items.get(6).id()).contains("N7");
    assertThat(items.get(6).failure().orElseThrow().field()).startsWith("/principalOutstanding");
    // line 9: the window's last day, base 50%: 80% × 123,456.79 = 98,765.432 → 98,765.43
    assertExactly(items.get(7), "N8", "98765.43");
    // 150,000.00 + 98,765.43 = 248,765.43; six failed
    assertThat(totals).isEqualTo(new BookTotals(8, 2, 0, 0, 6, AmountRange.exactly(Cny.of("248765.43"))));
  }

  @Test
  void ndjson_aLineThatIsNoObject_failsAloneNamingTheWholeLine() {
    // a line of JSON null, an array, a number, an empty object: each a failure of its line, never an exception that
    // stops the book; the good line after them is computed (2023-03-31, 80% × 123,456.79 = 98,765.43, 第5条)
    String book = "null\n[]\n42\n{}\n"
        + claim("N8", "TECH_ENTERPRISE", "2023-03-31", "123456.79", "\"baseRatio\":\"50%\",") + "\n";
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.ndjson(new StringReader(book), RiskPoolClaim.class,
        c -> Optional.of(c.loanId()), "loanId", HuiqiJson.codec()).run(POOL, items::add);
    assertThat(items).extracting(BookItem::index).containsExactly(1L, 2L, 3L, 4L, 5L);
    for (int i = 0; i < 4; i++) {
      assertThat(items.get(i).isFailed()).as("line %d", i + 1).isTrue();
      assertThat(items.get(i).failure().orElseThrow().field()).as("line %d", i + 1).startsWith("/");
      assertThat(items.get(i).id()).as("line %d", i + 1).isEmpty();
    }
    assertExactly(items.get(4), "N8", "98765.43");
    assertThat(totals).isEqualTo(new BookTotals(5, 1, 0, 0, 4, AmountRange.exactly(Cny.of("98765.43"))));
  }

  @Test
  void csv_aHeaderOnly_isAnEmptyBook_andAnExportsTrailingCommaLeavesAnUnnamedColumnUnread() {
    String header = "loanId,category,principal,grantDate,firstNonPerformingDate,principalOutstanding,"
        + "guaranteedByFinancingGuarantor,reGuaranteed,underOtherRiskCompensation,\r\n";
    assertThat(BookSource.csv(new StringReader("\uFEFF" + header + "\r\n"), BookSource.RISK_POOL_CLAIMS, "loanId")
        .run(POOL, item -> { })).isEqualTo(BookTotals.empty());
    // every row with the trailing comma too; granted 2023-02-28, in the window (第5条, 60%), half-up to the fen but
    // never above the ceiling × the loss rounded down (decisions register, risk pool rounding):
    // T1 60% × 0.01 = 0.006 → 0.01 half-up, above 80% × 0.01 = 0.008 → 0.00 down: 0.00
    // T2 nothing outstanding: 0.00, eligible
    // T3 60% × 0.02 = 0.012 → 0.01, within 80% × 0.02 = 0.016 → 0.01: 0.01
    String book = header + "T1,GENERAL,1.00,2023-02-28,2024-01-31,0.01,false,false,false,\r\n"
        + "T2,GENERAL,1.00,2023-02-28,2024-01-31,0.00,false,false,false,\r\n"
        + "T3,GENERAL,1.00,2023-02-28,2024-01-31,0.02,false,false,false,\r\n";
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.csv(new StringReader(book), BookSource.RISK_POOL_CLAIMS, "loanId")
        .run(POOL, items::add);
    assertExactly(items.get(0), "T1", "0.00");
    assertExactly(items.get(1), "T2", "0.00");
    assertExactly(items.get(2), "T3", "0.01");
    assertThat(totals).isEqualTo(new BookTotals(3, 3, 0, 0, 0, AmountRange.exactly(Cny.of("0.01"))));
  }

  private static void assertExactly(BookItem item, String id, String yuan) {
    assertThat(item.id()).as("line %d", item.index()).contains(id);
    assertThat(item.verdict()).as("line %d", item.index()).contains(Verdict.ELIGIBLE);
    assertThat(item.amount()).as("line %d", item.index()).contains(AmountRange.exactly(Cny.of(yuan)));
    assertThat(item.reasonCode()).isEmpty();
    assertThat(item.missingFacts()).isEmpty();
  }

  private static void assertFailed(BookItem item, String id, String field, String value) {
    assertThat(item.id()).as("line %d", item.index()).isEqualTo(Optional.ofNullable(id));
    BookFailure failure = item.failure().orElseThrow(() -> new AssertionError("line " + item.index() + " " + item));
    assertThat(failure.field()).as("line %d", item.index()).isEqualTo(field);
    assertThat(failure.value()).as("line %d", item.index()).isEqualTo(value);
  }
}
