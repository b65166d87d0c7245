package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolLoanCompensation;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonCodec;
import io.github.huiqi.core.json.JsonLimits;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An NDJSON book's failures carry the loan's id whenever it can be read: from the request when the line binds (the
 * calculator then rejecting it), else from the line's id member when it is a JSON string; a line with no readable id
 * (the member not a string or blank, malformed JSON, a member repeated, a line too long) still fails naming its line
 * and field, and the rest of the book is computed.
 */
class BookNdjsonIdTest {

  private static final BookCalculator<RiskPoolClaim> POOL =
      BookCalculators.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS);

  /** Lines up to 1,000 characters, as in BookNdjsonTest: a claim is about 300, the long line about 2,300. */
  private static final JsonCodec CODEC = HuiqiJson.codec(JsonLimits.DEFAULTS.withMaxDocumentLength(1_000));

  /** A claim of RiskPoolFixtures (1,000,000.00 lent and outstanding) as one line, under another id. */
  private static String claim(String id, LocalDate granted) {
    return HuiqiJson.write(RiskPoolFixtures.claim(id, granted).build(), JsonOutput.COMPACT);
  }

  private static final LocalDate IN_WINDOW = LocalDate.of(2023, 1, 1);
  private static final String OUTSTANDING = "\"principalOutstanding\":{\"amount\":1000000.00";

  /**
   * The book, one line each:
   * <ol>
   *   <li>A, granted 2023-01-01, in the 第5条 window: computed;</li>
   *   <li>B-7, outstanding -5: bad (negative), id B-7;</li>
   *   <li>loanId the number 7, outstanding -5: bad at /loanId (no coercion), no id;</li>
   *   <li>malformed JSON opening with "loanId":"C-9": no id;</li>
   *   <li>D-1 at the start of a line longer than the limit: no id;</li>
   *   <li>E, granted 2023-04-01, after the window: computed;</li>
   *   <li>F-3 with an agreed base of 90%, which reads but the calculator rejects (第5条 "补偿比例最高为80%"): id F-3;</li>
   *   <li>loanId blank: bad at /loanId, no id;</li>
   *   <li>loanId G-1 then G-2, a member repeated: no id;</li>
   *   <li>a JSON array holding a claim: not a claim, no id.</li>
   * </ol>
   */
  private static String book() {
    String a = claim("A", IN_WINDOW);
    return a + "\n"
        + claim("B-7", IN_WINDOW).replace(OUTSTANDING, "\"principalOutstanding\":{\"amount\":-5") + "\n"
        + claim("X", IN_WINDOW).replace("\"loanId\":\"X\"", "\"loanId\":7")
            .replace(OUTSTANDING, "\"principalOutstanding\":{\"amount\":-5") + "\n"
        + "{\"loanId\":\"C-9\",\"principal\":\n"
        + claim("D-1", IN_WINDOW).replace("\"category\"", "\"note\":\"" + "x".repeat(2_000) + "\",\"category\"")
        + "\n"
        + claim("E", LocalDate.of(2023, 4, 1)) + "\n"
        + claim("F-3", IN_WINDOW).replace("\"loanId\":\"F-3\"", "\"loanId\":\"F-3\",\"baseRatio\":\"90%\"") + "\n"
        + claim("Y", IN_WINDOW).replace("\"loanId\":\"Y\"", "\"loanId\":\" \"") + "\n"
        + claim("G-2", IN_WINDOW).replace("\"loanId\":\"G-2\"", "\"loanId\":\"G-1\",\"loanId\":\"G-2\"") + "\n"
        + "[" + a.replace("\"A\"", "\"H\"") + "]\n";
  }

  /**
   * The totals: line 1, 1,000,000.00 outstanding × (30% + 30 pp for a loan granted 2023-01-01 to 03-31, 深工信〔2023〕
   * 26号 第5条 "风险损失补偿比例提高30个百分点") = 600,000.00; line 6, granted after the window, 1,000,000.00 × 30% =
   * 300,000.00 (the figures worked in BookNdjsonTest); 600,000.00 + 300,000.00 = 900,000.00; the other eight failed.
   */
  private static final BookTotals TOTALS = new BookTotals(10, 2, 0, 0, 8,
      AmountRange.exactly(Cny.of("900000.00")));

  @Test
  void test_items_failuresCarryTheIdTheLineHolds() {
    StringWriter out = new StringWriter();
    BookTotals totals = BookNdjson.items(BookSource.ndjson(new StringReader(book()), RiskPoolClaim.class,
        c -> Optional.of(c.loanId()), "loanId", CODEC), POOL, out, CODEC);

    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(11);
    List<BookItem> items = lines.subList(0, 10).stream().map(text -> HuiqiJson.read(text, BookItem.class)).toList();
    assertThat(items).extracting(BookItem::index).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    assertThat(items).extracting(BookItem::id).containsExactly(Optional.of("A"), Optional.of("B-7"),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("E"), Optional.of("F-3"),
        Optional.empty(), Optional.empty(), Optional.empty());
    // the bad principal: failed, its loan named on the item and on the line written
    BookFailure negative = items.get(1).failure().orElseThrow();
    assertThat(negative.field()).isEqualTo("/principalOutstanding");
    assertThat(negative.code()).isEqualTo(InvalidInputException.NEGATIVE);
    assertThat(lines.get(1)).startsWith("{\"index\":2,\"id\":\"B-7\",");
    // no id, still the line's failure naming its field
    assertThat(items.get(2).failure().orElseThrow().field()).isEqualTo("/loanId");
    assertThat(items.get(3).failure().orElseThrow().code()).isEqualTo(InvalidInputException.MALFORMED_JSON);
    assertThat(items.get(4).failure().orElseThrow().code()).isEqualTo(InvalidInputException.TOO_LARGE);
    assertThat(items.get(4).failure().orElseThrow().field()).isEqualTo("/");
    assertThat(items.get(6).failure().orElseThrow().field()).isEqualTo("/baseRatio");
    assertThat(items.get(7).failure().orElseThrow().field()).isEqualTo("/loanId");
    assertThat(items.get(8).failure().orElseThrow().code()).isEqualTo(InvalidInputException.DUPLICATE_KEY);
    assertThat(items.get(9).failure().orElseThrow().field()).isEqualTo("/");
    assertThat(lines.get(2)).doesNotContain("\"id\"");

    // 600,000.00 + 300,000.00, worked above
    assertThat(items.get(0).amount()).contains(AmountRange.exactly(Cny.of("600000.00")));
    assertThat(items.get(5).amount()).contains(AmountRange.exactly(Cny.of("300000.00")));
    assertThat(totals).isEqualTo(TOTALS);
    assertThat(HuiqiJson.read(lines.get(10), BookTotalsLine.class).totals()).isEqualTo(TOTALS);
  }

  @Test
  void test_explainedClaims_failuresCarryTheLoanId() {
    StringWriter out = new StringWriter();
    BookTotals totals = BookNdjson.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS,
        new StringReader(book()), out, CODEC.with(JsonOutput.COMPACT.withoutExplanation()));

    List<BookResultLine<RiskPoolLoanCompensation>> lines = out.toString().lines().limit(10)
        .map(text -> HuiqiJson.read(text, new TypeReference<BookResultLine<RiskPoolLoanCompensation>>() { }))
        .toList();
    assertThat(lines).extracting(BookResultLine::id).containsExactly(Optional.of("A"), Optional.of("B-7"),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("E"), Optional.of("F-3"),
        Optional.empty(), Optional.empty(), Optional.empty());
    assertThat(lines.get(1).failure().orElseThrow().field()).isEqualTo("/principalOutstanding");
    // the calculator's rejection: the request's id, the field a pointer, as BookNdjsonTest's
    assertThat(lines.get(6).failure().orElseThrow().field()).isEqualTo("/baseRatio");
    assertThat(lines.get(2).failure().orElseThrow().field()).isEqualTo("/loanId");
    // 600,000.00 + 300,000.00 = 900,000.00 (worked above); eight failed
    assertThat(lines.get(0).result().orElseThrow().compensation())
        .isEqualTo(AmountRange.exactly(Cny.of("600000.00")));
    assertThat(totals).isEqualTo(TOTALS);
  }

  @Test
  void test_aCalculatorNamingNoId_theRowsIdIsReported_computedOrRejected() {
    // a host's calculator that knows no ids: the book's id is reported on its items, good and rejected
    BookCalculator<RiskPoolClaim> anonymous = (index, claim) -> POOL.evaluate(index, claim).withId(Optional.empty());
    String book = claim("A", IN_WINDOW) + "\n"
        + claim("F-3", IN_WINDOW).replace("\"loanId\":\"F-3\"", "\"loanId\":\"F-3\",\"baseRatio\":\"90%\"") + "\n";
    StringWriter out = new StringWriter();
    BookTotals totals = BookNdjson.items(BookSource.ndjson(new StringReader(book), RiskPoolClaim.class,
        c -> Optional.of(c.loanId()), "loanId", CODEC), anonymous, out, CODEC);
    List<BookItem> items = out.toString().lines().limit(2).map(text -> HuiqiJson.read(text, BookItem.class))
        .toList();
    assertThat(items).extracting(BookItem::id).containsExactly(Optional.of("A"), Optional.of("F-3"));
    assertThat(items.get(1).failure().orElseThrow().field()).isEqualTo("/baseRatio");
    // line 1 alone: 1,000,000.00 × (30% + 30 pp) = 600,000.00 (深工信〔2023〕26号 第5条)
    assertThat(totals).isEqualTo(new BookTotals(2, 1, 0, 0, 1, AmountRange.exactly(Cny.of("600000.00"))));
  }

  @Test
  void test_anIdThatWouldPassTheResponseLimit_isLeftOff_theFailureStillWritten() {
    // a response limit of 400 characters under a string limit of 10,000: a 1,000-character id read from a bad line
    // would take its failure's line past it; the failure is written without it, as before ids were read
    String id = "L" + "9".repeat(999);
    String book = claim(id, IN_WINDOW).replace(OUTSTANDING, "\"principalOutstanding\":{\"amount\":-5") + "\n"
        + claim("A", IN_WINDOW) + "\n";
    JsonCodec reading = HuiqiJson.codec(JsonLimits.DEFAULTS.withMaxDocumentLength(2_000));
    JsonCodec writing = HuiqiJson.codec(JsonLimits.DEFAULTS.withMaxResponseLength(400));
    StringWriter out = new StringWriter();
    BookTotals totals = BookNdjson.items(BookSource.ndjson(new StringReader(book), RiskPoolClaim.class,
        c -> Optional.of(c.loanId()), "loanId", reading), POOL, out, writing);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0)).hasSizeLessThanOrEqualTo(400).doesNotContain(id);
    BookItem failed = HuiqiJson.read(lines.get(0), BookItem.class);
    assertThat(failed.index()).isEqualTo(1);
    assertThat(failed.id()).isEmpty();
    assertThat(failed.failure().orElseThrow().field()).isEqualTo("/principalOutstanding");
    // the book goes on: line 2, 600,000.00 as worked above
    assertThat(totals).isEqualTo(new BookTotals(2, 1, 0, 0, 1, AmountRange.exactly(Cny.of("600000.00"))));

    // the same through the explained book, whose reading and writing share the codec
    StringWriter explained = new StringWriter();
    BookNdjson.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS, new StringReader(book), explained,
        HuiqiJson.codec(JsonLimits.DEFAULTS.withMaxResponseLength(400)));
    String first = explained.toString().lines().findFirst().orElseThrow();
    assertThat(first).hasSizeLessThanOrEqualTo(400).doesNotContain(id).startsWith("{\"line\":1,\"failure\":");
  }

  @Test
  void test_firstLoans_haveNoIdentifier_failuresByLineOnly() {
    // a first-loan request has no identifier of its own: its failed line names the line and field, no id
    String request = HuiqiJson.write(FirstLoanFixtures.request(FirstLoanFixtures.loan("L1").build()),
        JsonOutput.COMPACT);
    StringWriter out = new StringWriter();
    BookNdjson.firstLoan(FirstLoanFixtures.MEASURE, new StringReader(request + "\n{\"loans\":[]}\n"), out,
        HuiqiJson.codec().with(JsonOutput.COMPACT.withoutExplanation()));
    BookResultLine<FirstLoanResult> failed = HuiqiJson.read(out.toString().lines().skip(1).findFirst().orElseThrow(),
        new TypeReference<BookResultLine<FirstLoanResult>>() { });
    assertThat(failed.line()).isEqualTo(2);
    assertThat(failed.id()).isEmpty();
    assertThat(failed.failure().orElseThrow().field()).startsWith("/");
  }

  @Test
  void test_idField_mustNameAMember() {
    assertThatThrownBy(() -> BookSource.ndjson(new StringReader(""), RiskPoolClaim.class,
        c -> Optional.of(c.loanId()), " ", CODEC)).isInstanceOf(InvalidInputException.class)
        .satisfies(ex -> assertThat(((InvalidInputException) ex).field()).isEqualTo("idField"));
    assertThatThrownBy(() -> BookSource.ndjson(new StringReader(""), RiskPoolClaim.class,
        c -> Optional.of(c.loanId()), null, CODEC)).isInstanceOf(InvalidInputException.class);
  }
}
