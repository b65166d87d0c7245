package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Verdict;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one convention of a CSV book's failures (decisions register §4.6 item 47): the item's index is the line its
 * record starts on; the failure's field is the column to blame by the header's name, whether its value is bad or the
 * reader could not read it, and {@code line} ({@link BookSource#RECORD}) only when no one column is; the id is read
 * whenever its column was. Before, a row the reader could not read failed as {@code "line 15"} (the line repeated in
 * the field, no column, no id) while a row of the wrong width failed as {@code "line"}.
 * <p>
 * The good rows' figures are worked by hand from 深工信〔2023〕26号 第5条: base 30% (decisions register §4.2 item 11)
 * plus 30 points on loans granted 2023-01-01..2023-03-31, ceiling 80%, half-up to the fen.
 */
class BookCsvFailureConventionTest {

  private static final BookCalculator<RiskPoolClaim> POOL =
      BookCalculators.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS);
  /** 13 columns, positions 0..12: loanId 0, principal 2, grantDate 3, baseRatio 9, underOtherRiskCompensation 12. */
  private static final String HEADER = "loanId,category,principal,grantDate,extensionDate,firstNonPerformingDate,"
      + "principalOutstanding,accruedInterest,recoveries,baseRatio,guaranteedByFinancingGuarantor,reGuaranteed,"
      + "underOtherRiskCompensation\r\n";

  private static String row(String id, String principal, String grant, String outstanding, String base) {
    return id + ",GENERAL," + principal + "," + grant + ",,2024-01-31," + outstanding + ",,," + base
        + ",false,false,false\r\n";
  }

  @Test
  void csv_everyBadRow_namedByItsLineIndexAndItsColumn_withTheIdWhenItsColumnWasRead() {
    String book = "\uFEFF" + HEADER
        // 2: granted 2023-02-01, in the window: (30% + 30 pp) × 100,000.00 = 60,000.00
        + row("C1", "1000000.00", "2023-02-01", "100000.00", "")
        // 3: text after the closing quote of the principal (column 2): before, field "line 3" and no id
        + row("C2", "\"1000000.00\"x", "2023-02-01", "100000.00", "")
        // 4: a principal longer than the reader's limit: its length is the value
        + row("C3", "9".repeat(BookCsvReader.MAX_FIELD_LENGTH + 1), "2023-02-01", "100000.00", "")
        // 5: one field too many: no one column is to blame, field "line", the value the number of fields
        + row("C4", "1000000.00", "2023-02-01", "100000.00", "").replace("\r\n", ",extra\r\n")
        // 6: full-width digits (a Chinese input method's) in the principal: not a decimal number
        + row("C5", "１０００００.００", "2023-02-01", "100000.00", "")
        // 7: a date written day/month/year
        + row("C6", "1000000.00", "01/02/2023", "100000.00", "")
        // 8: a date in full-width digits
        + row("C7", "1000000.00", "２０２３-０２-０１", "100000.00", "")
        // 9: a base ratio with a full-width percent sign
        + row("C8", "1000000.00", "2023-02-01", "100000.00", "30％")
        // 10: granted 2023-03-31, the window's last day: 60% × 10,000.01 = 6,000.006 → 6,000.01
        + row("C9", "1000000.00", "2023-03-31", "10000.01", "")
        // 11: a quote opened in the last column and never closed: the rest of the file is its field
        + "C10,GENERAL,1000000.00,2023-02-01,,2024-01-31,100000.00,,,,false,false,\"fals\r\n"
        + row("C11", "1000000.00", "2023-02-01", "100000.00", "");
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.csv(new StringReader(book), BookSource.RISK_POOL_CLAIMS, "loanId")
        .run(POOL, items::add);

    assertThat(items).extracting(BookItem::index).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
    assertExactly(items.get(0), "C1", "60000.00");
    assertFailed(items.get(1), "C2", "principal", "1000000.00",
        "must have a comma or the end of the line after its closing quote");
    assertFailed(items.get(2), "C3", "principal", String.valueOf(BookCsvReader.MAX_FIELD_LENGTH + 1),
        "must hold fields of at most 100000 characters");
    assertFailed(items.get(3), "C4", BookSource.RECORD, "14", "must have 13 fields as the header has");
    assertFailed(items.get(4), "C5", "principal", "１０００００.００", "must be a decimal number such as 1234.56 or 1e6");
    assertThat(items.get(4).failure().orElseThrow().code()).isEqualTo(InvalidInputException.WRONG_TYPE);
    assertFailed(items.get(5), "C6", "grantDate", "01/02/2023",
        "must be a date written yyyy-MM-dd, such as 2023-01-15");
    assertFailed(items.get(6), "C7", "grantDate", "２０２３-０２-０１",
        "must be a date written yyyy-MM-dd, such as 2023-01-15");
    assertThat(items.get(7).failure().orElseThrow().field()).isEqualTo("baseRatio");
    assertThat(items.get(7).failure().orElseThrow().value()).isEqualTo("30％");
    assertExactly(items.get(8), "C9", "6000.01");
    // the quote opened on line 11 runs to the end of the file: the item is line 11's, named by the column, its value
    // the field's first 40 characters
    assertFailed(items.get(9), "C10", "underOtherRiskCompensation", "fals\r\nC11,GENERAL,1000000.00,2023-02-01,…",
        "must close its quoted field");

    // 2 eligible, 8 failed of 10: 60,000.00 + 6,000.01 = 66,000.01
    assertThat(totals).isEqualTo(new BookTotals(10, 2, 0, 0, 8, AmountRange.exactly(Cny.of("66000.01"))));
  }

  @Test
  void csv_aFieldBeyondTheHeadersWidthThatCannotBeRead_isTheRecordsFault_aFirstFieldTheLoanIdsWithNoId() {
    String book = HEADER
        // 2: a fourteenth field with text after its quote: no column of the header to blame
        + row("W1", "1000000.00", "2023-02-01", "100000.00", "").replace("\r\n", ",\"x\"y\r\n")
        // 3: the id itself cannot be read: its column named, no id
        + "\"W2\"x" + row("", "1000000.00", "2023-02-01", "100000.00", "")
        // 4: granted 2023-01-01, the window's first day: 60% × 10.01 = 6.006 → 6.01 (half-up to the fen; under the
        //    ceiling 80% × 10.01 = 8.008 → 8.00, rounded down)
        + row("W3", "1000000.00", "2023-01-01", "10.01", "");
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.csv(new StringReader(book), BookSource.RISK_POOL_CLAIMS, "loanId")
        .run(POOL, items::add);
    assertFailed(items.get(0), "W1", BookSource.RECORD, "x",
        "must have a comma or the end of the line after its closing quote");
    assertFailed(items.get(1), null, "loanId", "W2",
        "must have a comma or the end of the line after its closing quote");
    assertExactly(items.get(2), "W3", "6.01");
    assertThat(totals).isEqualTo(new BookTotals(3, 1, 0, 0, 2, AmountRange.exactly(Cny.of("6.01"))));
  }

  @Test
  void csv_theFileAsAWhole_emptyHeaderOnlyUnreadableOrRepeatedColumn() {
    // an empty file, and one of blank lines only, has no header: refused as the book, not a row
    for (String empty : List.of("", "\r\n\r\n", "\uFEFF")) {
      assertThatThrownBy(() -> BookSource.csv(new StringReader(empty), BookSource.RISK_POOL_CLAIMS, "loanId"))
          .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
            assertThat(ex.field()).isEqualTo("header");
            assertThat(ex.problem()).isEqualTo("must name the columns on the first line");
          });
    }
    // a header alone (with a BOM, CRLF and a blank last line) is a book of no loans
    List<BookItem> none = new ArrayList<>();
    BookTotals zero = BookSource.csv(new StringReader("\uFEFF" + HEADER + "\r\n"), BookSource.RISK_POOL_CLAIMS,
        "loanId").run(POOL, none::add);
    assertThat(none).isEmpty();
    assertThat(zero).isEqualTo(new BookTotals(0, 0, 0, 0, 0, AmountRange.exactly(Cny.of("0.00"))));
    // a header the reader cannot read: named by the column's place, as a misspelt column is (before: "line 1")
    String unreadable = HEADER.replace(",principal,", ",\"principal\"x,");
    assertThatThrownBy(() -> BookSource.csv(new StringReader(unreadable), BookSource.RISK_POOL_CLAIMS, "loanId"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("header/2");
          assertThat(ex.value()).isEqualTo("principal");
        });
    // a column named twice
    String twice = HEADER.replace("\r\n", ",loanId\r\n");
    assertThatThrownBy(() -> BookSource.csv(new StringReader(twice), BookSource.RISK_POOL_CLAIMS, "loanId"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("header/13");
          assertThat(ex.problem()).isEqualTo("must be unique");
        });
  }

  @Test
  void csv_aSpreadsheetsSeveralNamelessColumns_areLeftUnread_asOneIs() {
    // a spreadsheet saved as CSV carries a comma for every column it ever formatted: three nameless columns after
    // the last named one. Before: refused as the book ("header/14", "must be unique"), though one nameless column
    // was read and every nameless column is left unread
    String book = HEADER.replace("\r\n", ",,,\r\n")
        // 2: granted 2023-02-01, in the window: (30% + 30 pp) × 100,000.00 = 60,000.00
        + row("N1", "1000000.00", "2023-02-01", "100000.00", "").replace("\r\n", ",,,\r\n")
        // 3: granted 2023-04-01, the day after the window, with text in a nameless column (left unread):
        //    30% × 100,000.01 = 30,000.003 → 30,000.00
        + row("N2", "1000000.00", "2023-04-01", "100000.01", "").replace("\r\n", ",,note,\r\n")
        // 4: one of the nameless columns left out: 15 fields against the header's 16
        + row("N3", "1000000.00", "2023-02-01", "100000.00", "").replace("\r\n", ",,\r\n");
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.csv(new StringReader(book), BookSource.RISK_POOL_CLAIMS, "loanId")
        .run(POOL, items::add);
    assertExactly(items.get(0), "N1", "60000.00");
    assertExactly(items.get(1), "N2", "30000.00");
    assertFailed(items.get(2), "N3", BookSource.RECORD, "15", "must have 16 fields as the header has");
    // 60,000.00 + 30,000.00 = 90,000.00
    assertThat(totals).isEqualTo(new BookTotals(3, 2, 0, 0, 1, AmountRange.exactly(Cny.of("90000.00"))));
    // a named column repeated is still refused
    String twice = HEADER.replace("\r\n", ",,,loanId\r\n");
    assertThatThrownBy(() -> BookSource.csv(new StringReader(twice), BookSource.RISK_POOL_CLAIMS, "loanId"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("header/15"));
  }

  @Test
  void csv_aRowOfAMillionFields_failsAsTheWrongWidth_itsFieldsCountedNotHeld_andTheNextRowIsRead() {
    // before: every field of the row was held (a line of commas, or a whole file read as one record, filled the
    // memory) before it failed; after: the fields past the header's width are counted, the failure is the same
    String book = HEADER
        + row("M1", "1000000.00", "2023-02-01", "100000.00", "").replace("\r\n", ",".repeat(1_000_000) + "\r\n")
        // 3: granted 2023-03-31, the window's last day: 60% × 100,000.00 = 60,000.00
        + row("M2", "1000000.00", "2023-03-31", "100000.00", "");
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.csv(new StringReader(book), BookSource.RISK_POOL_CLAIMS, "loanId")
        .run(POOL, items::add);
    // 13 fields and 1,000,000 more
    assertFailed(items.get(0), "M1", BookSource.RECORD, "1000013", "must have 13 fields as the header has");
    assertThat(items.get(0).index()).isEqualTo(2);
    assertExactly(items.get(1), "M2", "60000.00");
    assertThat(totals).isEqualTo(new BookTotals(2, 1, 0, 0, 1, AmountRange.exactly(Cny.of("60000.00"))));

    // a file whose lines end in a lone carriage return is one record: refused at its header, which then names a
    // column holding the line end and the next line's first field
    String mac = (HEADER + row("M3", "1000000.00", "2023-02-01", "100000.00", "")).replace("\r\n", "\r");
    assertThatThrownBy(() -> BookSource.csv(new StringReader(mac), BookSource.RISK_POOL_CLAIMS, "loanId"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("header/12");
          assertThat(ex.value()).isEqualTo("underOtherRiskCompensation\rM3");
        });
  }

  private static void assertExactly(BookItem item, String id, String yuan) {
    assertThat(item.id()).as("line %d", item.index()).contains(id);
    assertThat(item.verdict()).as("line %d", item.index()).contains(Verdict.ELIGIBLE);
    assertThat(item.amount()).as("line %d", item.index()).contains(AmountRange.exactly(Cny.of(yuan)));
  }

  private static void assertFailed(BookItem item, String id, String field, String value, String problem) {
    assertThat(item.id()).as("line %d", item.index()).isEqualTo(Optional.ofNullable(id));
    BookFailure failure = item.failure().orElseThrow(() -> new AssertionError("line " + item.index() + " " + item));
    assertThat(failure.field()).as("line %d", item.index()).isEqualTo(field);
    assertThat(failure.value()).as("line %d", item.index()).isEqualTo(value);
    assertThat(failure.problem()).as("line %d", item.index()).isEqualTo(problem);
  }
}
