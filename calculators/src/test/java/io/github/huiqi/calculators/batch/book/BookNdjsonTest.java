package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.github.huiqi.core.result.Verdict;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Books streamed as NDJSON: one request a line in, one result a line out, bad lines reported by line number and
 * field, the rest computed, the totals on the last line, every line reading back.
 */
class BookNdjsonTest {

  private static final BookCalculator<RiskPoolClaim> POOL =
      BookCalculators.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS);

  /** One claim as one line. */
  private static String line(RiskPoolClaim claim) {
    return HuiqiJson.write(claim, JsonOutput.COMPACT);
  }

  /**
   * The book: line 1 granted 2023-01-01 (in the 第5条 window): 1,000,000.00 × (30% + 30 pp) = 600,000.00; line 2
   * blank; line 3 malformed; line 4 outstanding above the principal; line 5 granted 2023-04-01 (after the window):
   * 1,000,000.00 × 30% = 300,000.00, with Windows line ends; line 6 re-guarantee unknown: undetermined, 0 to
   * 600,000.00; line 7 longer than the limit of the codec below; line 8 an amount as a string.
   */
  private static String book() {
    RiskPoolClaim inWindow = RiskPoolFixtures.claim("A", LocalDate.of(2023, 1, 1)).build();
    return line(inWindow) + "\n"
        + "   \n"
        + "{\"loanId\": \"B\",\n"
        + line(inWindow).replace("\"A\"", "\"C\"").replace("\"principalOutstanding\":{\"amount\":1000000.00",
            "\"principalOutstanding\":{\"amount\":1000000.01") + "\n"
        + line(RiskPoolFixtures.claim("D", LocalDate.of(2023, 4, 1)).build()) + "\r\n"
        + line(RiskPoolFixtures.claim("E", LocalDate.of(2023, 1, 1)).reGuaranteed(Optional.empty()).build()) + "\n"
        + line(inWindow).replace("\"A\"", "\"" + "F".repeat(2_000) + "\"") + "\n"
        + line(inWindow).replace("\"A\"", "\"G\"").replace("\"amount\":1000000.00,", "\"amount\":\"1000000.00\",")
        + "\n";
  }

  /** Lines up to 1,000 characters: line 7, about 2,300, is too long. */
  private static final JsonCodec CODEC = HuiqiJson.codec(JsonLimits.DEFAULTS.withMaxDocumentLength(1_000));

  @Test
  void test_items_oneLineEach_badLinesByNumberAndField_totalsLast() {
    StringWriter out = new StringWriter();
    BookTotals totals = BookNdjson.items(BookSource.ndjson(new StringReader(book()), RiskPoolClaim.class,
        claim -> Optional.of(claim.loanId()), CODEC), POOL, out, CODEC);

    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(8);   // seven items (the blank line is skipped), then the totals
    List<BookItem> items = lines.subList(0, 7).stream().map(text -> HuiqiJson.read(text, BookItem.class)).toList();
    assertThat(items).extracting(BookItem::index).containsExactly(1L, 3L, 4L, 5L, 6L, 7L, 8L);
    assertThat(items.get(0).amount()).contains(AmountRange.exactly(Cny.of("600000.00")));
    assertThat(items.get(0).id()).contains("A");
    assertThat(items.get(1).failure().orElseThrow().code()).isEqualTo(InvalidInputException.MALFORMED_JSON);
    assertThat(items.get(2).failure().orElseThrow().field()).isEqualTo("/principalOutstanding");
    assertThat(items.get(3).amount()).contains(AmountRange.exactly(Cny.of("300000.00")));
    assertThat(items.get(4).verdict()).contains(Verdict.UNDETERMINED);
    assertThat(items.get(4).missingFacts()).containsExactly("/reGuaranteed");
    assertThat(items.get(4).amount()).contains(new AmountRange(Cny.of("0.00"), Cny.of("600000.00")));
    // the long line: the document is blamed with its length, never an element of it
    BookFailure tooLong = items.get(5).failure().orElseThrow();
    assertThat(tooLong.code()).isEqualTo(InvalidInputException.TOO_LARGE);
    assertThat(tooLong.field()).isEqualTo("/");
    assertThat(Long.parseLong(tooLong.value())).isGreaterThan(2_000);
    // its length: line 1's with its one-letter id "A" made 2,000 letters long; a host that splits a book into lines
    // itself reports such a line by BookFailure.lineTooLong, the same failure to the letter
    long length = line(RiskPoolFixtures.claim("A", LocalDate.of(2023, 1, 1)).build()).length() - 1 + 2_000;
    assertThat(tooLong).isEqualTo(BookFailure.lineTooLong(length, 1_000));
    assertThat(tooLong.problem()).isEqualTo("is a line longer than 1000 characters (" + length + ")");
    assertThat(items.get(6).failure().orElseThrow().field()).isEqualTo("/principal/amount");

    // the totals: 600,000.00 + 300,000.00 certain, + 600,000.00 in reach; four failed lines
    BookTotals expected = new BookTotals(7, 2, 0, 1, 4,
        new AmountRange(Cny.of("900000.00"), Cny.of("1500000.00")));
    assertThat(totals).isEqualTo(expected);
    assertThat(HuiqiJson.read(lines.get(7), BookTotalsLine.class).totals()).isEqualTo(expected);
    assertThat(lines.get(7)).startsWith("{\"totals\":");
  }

  @Test
  void test_explainedResults_withAndWithoutExplanation_readBack() {
    for (JsonOutput form : List.of(JsonOutput.INDENTED, JsonOutput.COMPACT.withoutExplanation())) {
      StringWriter out = new StringWriter();
      BookTotals totals = BookNdjson.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS,
          new StringReader(book()), out, CODEC.with(form));
      List<String> lines = out.toString().lines().toList();
      assertThat(lines).hasSize(8);   // one line each, even when the codec indents
      BookResultLine<RiskPoolLoanCompensation> first = HuiqiJson.read(lines.get(0),
          new TypeReference<BookResultLine<RiskPoolLoanCompensation>>() { });
      assertThat(first.line()).isEqualTo(1);
      RiskPoolLoanCompensation result = first.result().orElseThrow();
      assertThat(result.compensation()).isEqualTo(AmountRange.exactly(Cny.of("600000.00")));
      assertThat(result.explanation().steps().isEmpty()).isEqualTo(!form.explanation());
      BookResultLine<RiskPoolLoanCompensation> failed = HuiqiJson.read(lines.get(2),
          new TypeReference<BookResultLine<RiskPoolLoanCompensation>>() { });
      assertThat(failed.line()).isEqualTo(4);
      assertThat(failed.failure().orElseThrow().field()).isEqualTo("/principalOutstanding");
      assertThat(totals.amount()).isEqualTo(new AmountRange(Cny.of("900000.00"), Cny.of("1500000.00")));
    }
  }

  @Test
  void test_firstLoan_explainedPerLine() {
    // FirstLoanFixtures' request: its hand-worked subsidy is checked in FirstLoanCalculatorTest; here each line's
    // result must be the calculator's own, read back from its line
    String request = HuiqiJson.write(FirstLoanFixtures.request(FirstLoanFixtures.loan("L1").build()),
        JsonOutput.COMPACT);
    StringWriter out = new StringWriter();
    BookTotals totals = BookNdjson.firstLoan(FirstLoanFixtures.MEASURE, new StringReader(request + "\n{}\n"), out,
        HuiqiJson.codec().with(JsonOutput.COMPACT.withoutExplanation()));
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(3);
    FirstLoanResult result = HuiqiJson.read(lines.get(0), new TypeReference<BookResultLine<FirstLoanResult>>() { })
        .result().orElseThrow();
    FirstLoanResult direct = FirstLoanFixtures.CALCULATOR.explainSubsidy(FirstLoanFixtures.MEASURE,
        HuiqiJson.read(request, io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest.class));
    assertThat(result.amount()).isEqualTo(direct.amount());
    assertThat(result.eligibility()).isEqualTo(direct.eligibility());
    assertThat(totals.failed()).isEqualTo(1);
    assertThat(totals.amount()).isEqualTo(direct.amount());
  }

  @Test
  void test_lineReader_longLinesNotHeld_lineEndsAndNumbers() throws Exception {
    String text = "a\r\n\nbb\n" + "x".repeat(50_000) + "\nccc";
    BookLines lines = new BookLines(new StringReader(text), 10);
    assertThat(lines.next()).isEqualTo(new BookLines.Line(1, "a", 1));
    assertThat(lines.next()).isEqualTo(new BookLines.Line(3, "bb", 2));
    assertThat(lines.next()).isEqualTo(new BookLines.Line(4, null, 50_000));
    assertThat(lines.next()).isEqualTo(new BookLines.Line(5, "ccc", 3));
    assertThat(lines.next()).isNull();
    // exactly at the limit, with and without a carriage return
    BookLines exact = new BookLines(new StringReader("0123456789\r\n0123456789\n01234567890\n"), 10);
    assertThat(exact.next().text()).isEqualTo("0123456789");
    assertThat(exact.next().text()).isEqualTo("0123456789");
    assertThat(exact.next()).isEqualTo(new BookLines.Line(3, null, 11));
  }

  @Test
  void test_aFieldTheCalculatorRejects_isAPointerIntoTheLine_likeOneTheReadingRejects() {
    // line 1: an agreed base of 90% reads (0% to 100%) but exceeds the 80% ceiling (深工信〔2023〕26号 第5条
    // "补偿比例最高为80%"): before, the calculator's bare field name "baseRatio"; line 2: 120% fails the reading
    RiskPoolClaim claim = RiskPoolFixtures.claim("A", LocalDate.of(2023, 1, 1)).build();
    String book = line(claim).replace("\"loanId\":\"A\"", "\"loanId\":\"A\",\"baseRatio\":\"90%\"") + "\n"
        + line(claim).replace("\"loanId\":\"A\"", "\"loanId\":\"B\",\"baseRatio\":\"120%\"") + "\n";
    StringWriter items = new StringWriter();
    BookTotals totals = BookNdjson.items(BookSource.ndjson(new StringReader(book), RiskPoolClaim.class,
        c -> Optional.of(c.loanId())), POOL, items, HuiqiJson.codec());
    List<BookItem> read = items.toString().lines().limit(2).map(text -> HuiqiJson.read(text, BookItem.class))
        .toList();
    assertThat(read).extracting(item -> item.failure().orElseThrow().field()).containsExactly("/baseRatio",
        "/baseRatio");
    assertThat(read.get(0).id()).contains("A");
    assertThat(totals.failed()).isEqualTo(2);

    StringWriter explained = new StringWriter();
    BookNdjson.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS, new StringReader(book), explained,
        HuiqiJson.codec());
    List<BookResultLine<RiskPoolLoanCompensation>> lines = explained.toString().lines().limit(2)
        .map(text -> HuiqiJson.read(text, new TypeReference<BookResultLine<RiskPoolLoanCompensation>>() { }))
        .toList();
    assertThat(lines).extracting(l -> l.failure().orElseThrow().field()).containsExactly("/baseRatio", "/baseRatio");
    assertThat(lines.get(0).failure().orElseThrow().value()).isEqualTo("90%");
  }
}
