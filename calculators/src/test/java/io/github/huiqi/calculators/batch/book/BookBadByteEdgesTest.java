package io.github.huiqi.calculators.batch.book;

import static io.github.huiqi.calculators.batch.book.BookTextReaderTest.concat;
import static io.github.huiqi.calculators.batch.book.BookTextReaderTest.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A byte that is not UTF-8 text at the edges of a row (decisions register §4.6 item 61), the cases the mutation run of
 * 2026-12-07 found no test for: the byte opening a CSV row (its id), opening a later field, in a field past the
 * header's width, and opening an NDJSON line's id. Each such row fails alone, named by the column that holds the byte
 * ({@link BookSource#RECORD}, the line, where no column of the header does; {@code /} in NDJSON) and the byte's
 * offset from the start of the book (0-based); an id holding the byte is no id; the rows after it are computed.
 */
class BookBadByteEdgesTest {

  private static final BookCalculator<RiskPoolClaim> POOL =
      BookCalculators.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS);
  private static final String HEADER = "loanId,category,principal,grantDate,extensionDate,firstNonPerformingDate,"
      + "principalOutstanding,accruedInterest,recoveries,baseRatio,guaranteedByFinancingGuarantor,reGuaranteed,"
      + "underOtherRiskCompensation\r\n";
  /** Granted 2023-02-01, in the window: 1,000,000.00 × (30% + 30 pp) = 600,000.00 (深工信〔2023〕26号 第5条). */
  private static final String TAIL = ",1000000.00,2023-02-01,,2024-02-01,1000000.00,,,,false,false,false\r\n";
  private static final byte[] BAD = {(byte) 0xFF};
  private static final AmountRange IN_WINDOW = AmountRange.exactly(Cny.of("600000.00"));

  @Test
  void csv_theByteOpeningTheRow_namedByTheIdColumn_noId() {
    // line 2: 0xFF then "X" as the loan id; line 3: a good claim
    byte[] book = concat(utf8(HEADER), BAD, utf8("X,GENERAL" + TAIL + "B,GENERAL" + TAIL));
    List<BookItem> items = run(book);
    assertThat(items).extracting(BookItem::index).containsExactly(2L, 3L);
    // the byte is the first of line 2: offset HEADER.length() (HEADER is ASCII, one byte a character)
    long at = HEADER.length();
    assertThat(items.get(0).id()).isEmpty();
    assertThat(items.get(0).failure()).contains(new BookFailure("loanId", "byte " + at, InvalidInputException.INVALID,
        "must be UTF-8 text (byte " + at + ")"));
    assertThat(items.get(1).id()).contains("B");
    assertThat(items.get(1).amount()).contains(IN_WINDOW);
  }

  @Test
  void csv_theByteOpeningALaterField_namedByThatColumn_theIdKept() {
    // line 2: "E," then 0xFF then "GENERAL": the category column
    byte[] book = concat(utf8(HEADER + "E,"), BAD, utf8("GENERAL" + TAIL + "B,GENERAL" + TAIL));
    List<BookItem> items = run(book);
    long at = HEADER.length() + "E,".length();
    assertThat(items.get(0).id()).contains("E");
    assertThat(items.get(0).failure()).contains(new BookFailure("category", "byte " + at,
        InvalidInputException.INVALID, "must be UTF-8 text (byte " + at + ")"));
    assertThat(items.get(1).amount()).contains(IN_WINDOW);
  }

  @Test
  void csv_theByteInAFieldPastTheHeadersWidth_namedByTheLine() {
    // line 2: the 13 columns of the header, then a 14th field "0xFF x" that no column names
    String row = "F,GENERAL" + TAIL.substring(0, TAIL.length() - 2) + ",";
    byte[] book = concat(utf8(HEADER + row), BAD, utf8("x\r\nB,GENERAL" + TAIL));
    List<BookItem> items = run(book);
    long at = HEADER.length() + row.length();
    assertThat(items.get(0).id()).contains("F");
    assertThat(items.get(0).failure()).contains(new BookFailure(BookSource.RECORD, "byte " + at,
        InvalidInputException.INVALID, "must be UTF-8 text (byte " + at + ")"));
    assertThat(items.get(1).amount()).contains(IN_WINDOW);
  }

  @Test
  void ndjson_theByteOpeningTheId_theLineFails_noId() {
    String good = HuiqiJson.write(RiskPoolFixtures.claim("A", LocalDate.of(2023, 1, 1)).build(), JsonOutput.COMPACT);
    // line 1: {"loanId":" then 0xFF then "Y"}; line 2: a good claim (granted 2023-01-01, in the window: 600,000.00)
    byte[] book = concat(utf8("{\"loanId\":\""), BAD, utf8("Y\"}\n" + good + "\n"));
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.ndjson(BookTextReader.utf8(new ByteArrayInputStream(book)), RiskPoolClaim.class,
        claim -> Optional.of(claim.loanId()), "loanId", HuiqiJson.codec()).run(POOL, items::add);
    long at = "{\"loanId\":\"".length();
    assertThat(items.get(0).id()).isEmpty();
    assertThat(items.get(0).failure()).contains(new BookFailure("/", "byte " + at,
        InvalidInputException.MALFORMED_JSON, "must be UTF-8 text (byte " + at + ")"));
    assertThat(items.get(1).amount()).contains(IN_WINDOW);
    // one computed at 600,000.00, one failed
    assertThat(totals).isEqualTo(new BookTotals(2, 1, 0, 0, 1, IN_WINDOW));
  }

  private static List<BookItem> run(byte[] book) {
    List<BookItem> items = new ArrayList<>();
    BookSource.csv(BookTextReader.utf8(new ByteArrayInputStream(book)), BookSource.RISK_POOL_CLAIMS, "loanId")
        .run(POOL, items::add);
    return items;
  }
}
