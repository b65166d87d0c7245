package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolCalculator;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolLoanCompensation;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolRequest;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonCodec;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import java.io.StringReader;
import java.math.BigDecimal;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * A loan id repeated in a streamed book is a failure of the later line, not a second payment (decisions register
 * §4.6 item 89), as a repeated claim of {@link RiskPoolCalculator#explainClaims} is: the first line holding an id is
 * computed, every later one fails with {@code input.duplicate} naming the id's field, the id and the earlier line;
 * the rest is computed. A line holds its id whenever its id was read, even when the line failed.
 * <p>
 * The amounts are those of 深工信〔2023〕26号 第5条 as BookSourceTest works them: a loan granted from 2023-01-01 to
 * 03-31 is compensated at 30% + 30 pp = 60% of its outstanding principal ("风险损失补偿比例提高30个百分点"), one
 * granted after at 30%.
 */
class BookRepeatedIdTest {

  private static final BookCalculator<RiskPoolClaim> POOL =
      BookCalculators.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS);
  private static final String HEADER = "loanId,category,principal,grantDate,extensionDate,firstNonPerformingDate,"
      + "principalOutstanding,accruedInterest,recoveries,baseRatio,guaranteedByFinancingGuarantor,reGuaranteed,"
      + "underOtherRiskCompensation\r\n";
  /** 1,000,000.00 lent 2023-02-01, in the window, all outstanding: 1,000,000.00 × 60% = 600,000.00. */
  private static final String A = "A,GENERAL,1000000.00,2023-02-01,,2024-02-01,1000000.00,,,,false,false,false\r\n";

  /**
   * The CSV book, the header on line 1:
   * <ol start="2">
   *   <li>A: 600,000.00 (worked above);</li>
   *   <li>A again, adjacent: a repeat of line 2;</li>
   *   <li>B, 500,000.00 lent 2023-04-01, after the window: 500,000.00 × 30% = 150,000.00;</li>
   *   <li>C, its principal with a grouping comma: fails at principal, its id read, so it holds C;</li>
   *   <li>A a third time, far from line 2: a repeat of line 2;</li>
   *   <li>C, now good: a repeat of line 5, which failed but held its id;</li>
   *   <li>B again with no grant date: a repeat of line 4, whatever else it lacks;</li>
   *   <li>no loan id: fails at loanId, holds no id;</li>
   *   <li>no loan id again: fails at loanId, not a repeat;</li>
   *   <li>" A " with white space: read as A, as every CSV field is, a repeat of line 2.</li>
   * </ol>
   */
  private static final String CSV = HEADER + A + A
      + "B,GENERAL,500000.00,2023-04-01,,2024-04-01,500000.00,,,,false,false,false\r\n"
      + "C,GENERAL,\"1,000,000.00\",2023-04-01,,2024-04-01,1000000.00,,,,false,false,false\r\n"
      + A
      + "C,GENERAL,1000000.00,2023-04-01,,2024-04-01,1000000.00,,,,false,false,false\r\n"
      + "B,GENERAL,500000.00,,,2024-04-01,500000.00,,,,false,false,false\r\n"
      + ",GENERAL,1000000.00,2023-02-01,,2024-02-01,1000000.00,,,,false,false,false\r\n"
      + ",GENERAL,1000000.00,2023-02-01,,2024-02-01,1000000.00,,,,false,false,false\r\n"
      + A.replace("A,", " A ,");

  @Test
  void test_csv_eachRepeatFails_namingTheLineThatHoldsIt() {
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.csv(new StringReader(CSV), BookSource.RISK_POOL_CLAIMS, "loanId")
        .run(POOL, items::add);

    assertThat(items).extracting(BookItem::index).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
    assertThat(items.get(0).amount()).contains(AmountRange.exactly(Cny.of("600000.00")));
    assertRepeat(items.get(1), "loanId", "A", 2);
    assertThat(items.get(2).amount()).contains(AmountRange.exactly(Cny.of("150000.00")));
    assertThat(items.get(3).failure().orElseThrow().field()).isEqualTo("principal");
    assertThat(items.get(3).id()).contains("C");
    assertRepeat(items.get(4), "loanId", "A", 2);
    assertRepeat(items.get(5), "loanId", "C", 5);
    assertRepeat(items.get(6), "loanId", "B", 4);
    assertThat(items.get(7).failure().orElseThrow().field()).isEqualTo("loanId");
    assertThat(items.get(7).failure().orElseThrow().code()).isEqualTo(InvalidInputException.REQUIRED);
    assertThat(items.get(8).failure().orElseThrow().code()).isEqualTo(InvalidInputException.REQUIRED);
    assertRepeat(items.get(9), "loanId", "A", 2);
    // lines 2 and 4 paid: 600,000.00 + 150,000.00 = 750,000.00; the other eight failed
    assertThat(totals).isEqualTo(new BookTotals(10, 2, 0, 0, 8, AmountRange.exactly(Cny.of("750000.00"))));
  }

  @Test
  void test_csv_withoutIdCheck_paysEachRepeat() {
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.csv(new StringReader(CSV), BookSource.RISK_POOL_CLAIMS, "loanId")
        .withoutIdCheck().run(POOL, items::add);

    // A on lines 2, 3, 6 and 11: 4 × 600,000.00 = 2,400,000.00; B on line 4: 150,000.00; C on line 7, after the
    // window: 1,000,000.00 × 30% = 300,000.00; 2,400,000.00 + 150,000.00 + 300,000.00 = 2,850,000.00. Lines 5, 8
    // (no grant date), 9 and 10 fail on their own faults.
    assertThat(items.get(1).amount()).contains(AmountRange.exactly(Cny.of("600000.00")));
    assertThat(items.get(6).failure().orElseThrow().field()).isEqualTo("grantDate");
    assertThat(totals).isEqualTo(new BookTotals(10, 6, 0, 0, 4, AmountRange.exactly(Cny.of("2850000.00"))));
  }

  @Test
  void test_withoutIdCheck_afterARowIsRead_isRefused() {
    BookSource<RiskPoolClaim> book = BookSource.csv(new StringReader(CSV), BookSource.RISK_POOL_CLAIMS, "loanId");
    book.next();
    assertThatThrownBy(book::withoutIdCheck).isInstanceOf(IllegalStateException.class);
  }

  /** One claim of RiskPoolFixtures (1,000,000.00 lent and outstanding) as one line. */
  private static String claim(String id, LocalDate granted) {
    return HuiqiJson.write(RiskPoolFixtures.claim(id, granted).build(), JsonOutput.COMPACT);
  }

  private static final LocalDate IN_WINDOW = LocalDate.of(2023, 1, 1);
  private static final LocalDate AFTER_WINDOW = LocalDate.of(2023, 4, 1);
  private static final String OUTSTANDING = "\"principalOutstanding\":{\"amount\":1000000.00";

  /**
   * The NDJSON book, one line each:
   * <ol>
   *   <li>A, granted 2023-01-01, in the window: 1,000,000.00 × 60% = 600,000.00;</li>
   *   <li>A again, adjacent: a repeat of line 1;</li>
   *   <li>B-7, outstanding -5: does not bind, its id read from the line, so it holds B-7;</li>
   *   <li>B-7, good: a repeat of line 3;</li>
   *   <li>malformed JSON opening with "loanId":"C-9": no id read, holds none;</li>
   *   <li>C-9, granted 2023-04-01, after the window: 1,000,000.00 × 30% = 300,000.00, not a repeat;</li>
   *   <li>A a third time: a repeat of line 1;</li>
   *   <li>F-3 with an agreed base of 90%, which binds but the calculator rejects (第5条 "补偿比例最高为80%"): holds
   *       F-3;</li>
   *   <li>F-3, good: a repeat of line 8.</li>
   * </ol>
   */
  private static final String NDJSON = claim("A", IN_WINDOW) + "\n"
      + claim("A", IN_WINDOW) + "\n"
      + claim("B-7", IN_WINDOW).replace(OUTSTANDING, "\"principalOutstanding\":{\"amount\":-5") + "\n"
      + claim("B-7", IN_WINDOW) + "\n"
      + "{\"loanId\":\"C-9\",\"principal\":\n"
      + claim("C-9", AFTER_WINDOW) + "\n"
      + claim("A", IN_WINDOW) + "\n"
      + claim("F-3", IN_WINDOW).replace("\"loanId\":\"F-3\"", "\"loanId\":\"F-3\",\"baseRatio\":\"90%\"") + "\n"
      + claim("F-3", IN_WINDOW) + "\n";

  /** Lines 1 and 6 paid: 600,000.00 + 300,000.00 = 900,000.00; the other seven failed. */
  private static final BookTotals NDJSON_TOTALS = new BookTotals(9, 2, 0, 0, 7,
      AmountRange.exactly(Cny.of("900000.00")));

  private static BookSource<RiskPoolClaim> ndjson(String text) {
    return BookSource.ndjson(new StringReader(text), RiskPoolClaim.class, c -> Optional.of(c.loanId()), "loanId",
        HuiqiJson.codec());
  }

  @Test
  void test_ndjson_items_eachRepeatFails_namingTheLineThatHoldsIt() {
    StringWriter out = new StringWriter();
    BookTotals totals = BookNdjson.items(ndjson(NDJSON), POOL, out, HuiqiJson.codec());

    List<String> lines = out.toString().lines().toList();
    List<BookItem> items = lines.subList(0, 9).stream().map(text -> HuiqiJson.read(text, BookItem.class)).toList();
    assertThat(items.get(0).amount()).contains(AmountRange.exactly(Cny.of("600000.00")));
    assertRepeat(items.get(1), "/loanId", "A", 1);
    assertThat(items.get(2).failure().orElseThrow().field()).isEqualTo("/principalOutstanding");
    assertRepeat(items.get(3), "/loanId", "B-7", 3);
    assertThat(items.get(4).failure().orElseThrow().code()).isEqualTo(InvalidInputException.MALFORMED_JSON);
    assertThat(items.get(5).amount()).contains(AmountRange.exactly(Cny.of("300000.00")));
    assertRepeat(items.get(6), "/loanId", "A", 1);
    assertThat(items.get(7).failure().orElseThrow().field()).isEqualTo("/baseRatio");
    assertRepeat(items.get(8), "/loanId", "F-3", 8);
    assertThat(lines.get(1)).startsWith("{\"index\":2,\"id\":\"A\",");
    assertThat(totals).isEqualTo(NDJSON_TOTALS);
    assertThat(HuiqiJson.read(lines.get(9), BookTotalsLine.class).totals()).isEqualTo(NDJSON_TOTALS);
  }

  @Test
  void test_ndjson_explainedClaims_repeatsFailAlike() {
    StringWriter out = new StringWriter();
    JsonCodec codec = HuiqiJson.codec().with(JsonOutput.COMPACT.withoutExplanation());
    BookTotals totals = BookNdjson.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS, new StringReader(NDJSON),
        out, codec);

    List<BookResultLine<RiskPoolLoanCompensation>> lines = out.toString().lines().limit(9)
        .map(text -> HuiqiJson.read(text, new TypeReference<BookResultLine<RiskPoolLoanCompensation>>() { }))
        .toList();
    for (int at : new int[] {1, 3, 6, 8}) {
      BookFailure failure = lines.get(at).failure().orElseThrow();
      assertThat(failure.code()).isEqualTo(InvalidInputException.DUPLICATE);
      assertThat(failure.field()).isEqualTo("/loanId");
    }
    assertThat(lines.get(6).failure().orElseThrow().problem()).contains("line 1 ");
    assertThat(totals).isEqualTo(NDJSON_TOTALS);
  }

  @Test
  void test_ndjson_withoutIdCheck_paysTheRepeats() {
    StringWriter out = new StringWriter();
    BookTotals totals = BookNdjson.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS,
        ndjson(NDJSON).withoutIdCheck(), out, HuiqiJson.codec().with(JsonOutput.COMPACT.withoutExplanation()));

    // A on lines 1, 2 and 7: 3 × 600,000.00 = 1,800,000.00; B-7 on line 4 and F-3 on line 9, in the window:
    // 2 × 600,000.00 = 1,200,000.00; C-9 on line 6: 300,000.00; in all 3,300,000.00 on six lines. Lines 3, 5 and 8
    // fail on their own faults.
    assertThat(totals).isEqualTo(new BookTotals(9, 6, 0, 0, 3, AmountRange.exactly(Cny.of("3300000.00"))));
  }

  @Test
  void test_ndjson_idFromTheRequestOnly_repeatNamesTheLineAsAWhole() {
    List<BookItem> items = new ArrayList<>();
    String text = claim("A", IN_WINDOW) + "\n\n" + claim("A", AFTER_WINDOW) + "\n";
    BookTotals totals = BookSource.ndjson(new StringReader(text), RiskPoolClaim.class, c -> Optional.of(c.loanId()))
        .run(POOL, items::add);

    // the book names no id member, so the repeat names the line as a whole, "/"; the blank line 2 is counted
    assertRepeat(items.get(1), "/", "A", 1);
    assertThat(items.get(1).index()).isEqualTo(3);
    assertThat(totals).isEqualTo(new BookTotals(2, 1, 0, 0, 1, AmountRange.exactly(Cny.of("600000.00"))));
  }

  @Test
  void test_theInMemoryBatch_failsTheSameRepeat() {
    // the in-memory batch the streamed book now agrees with: the later claim of A fails, code input.duplicate
    RiskPoolClaim a = RiskPoolFixtures.claim("A", IN_WINDOW).build();
    var result = RiskPoolCalculator.DEFAULT.explainClaims(RiskPoolFixtures.POOL, RiskPoolRequest.of(List.of(a, a)));
    assertThat(result.claims().get(1).failure().orElseThrow().code()).isEqualTo(InvalidInputException.DUPLICATE);
  }

  @Test
  void test_firstLoanBook_hasNoIds_eachLineComputed() {
    // a first-loan request has no identifier (BookNdjson.firstLoan): the same request twice is two enterprises' lines
    // as far as the book can tell, both computed, the total twice the one request's subsidy (worked in
    // FirstLoanCalculatorTest)
    String request = HuiqiJson.write(FirstLoanFixtures.request(FirstLoanFixtures.loan("L1").build()),
        JsonOutput.COMPACT);
    StringWriter out = new StringWriter();
    BookTotals totals = BookNdjson.firstLoan(FirstLoanFixtures.MEASURE, new StringReader(request + "\n" + request
        + "\n"), out, HuiqiJson.codec().with(JsonOutput.COMPACT.withoutExplanation()));
    FirstLoanResult direct = FirstLoanFixtures.CALCULATOR.explainSubsidy(FirstLoanFixtures.MEASURE,
        HuiqiJson.read(request, FirstLoanRequest.class));
    assertThat(totals.failed()).isZero();
    assertThat(totals.items()).isEqualTo(2);
    assertThat(totals.amount()).isEqualTo(new AmountRange(twice(direct.amount().minimum()),
        twice(direct.amount().maximum())));
  }

  @Test
  void test_columns_fastPathPaysEachRow_requireUniqueIdsNamesTheRepeat() {
    RiskPoolClaim a = RiskPoolFixtures.claim("A", IN_WINDOW).build();
    RiskPoolClaim b = RiskPoolFixtures.claim("B", AFTER_WINDOW).build();
    BookRiskPoolColumns columns = new BookRiskPoolColumns(4);
    columns.set(0, a);
    columns.set(1, b);
    columns.set(2, RiskPoolFixtures.claim("C", IN_WINDOW).build());
    columns.set(3, a);
    // the ids are the caller's: A on rows 0 and 3, 2 × 600,000.00, B 300,000.00, C 600,000.00 = 2,100,000.00
    BookTotals totals = BookRiskPoolFastPath.of(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS).compute(columns)
        .toTotals();
    assertThat(totals).isEqualTo(new BookTotals(4, 4, 0, 0, 0, AmountRange.exactly(Cny.of("2100000.00"))));
    assertThatThrownBy(columns::requireUniqueIds).isInstanceOfSatisfying(InvalidInputException.class, ex -> {
      assertThat(ex.code()).isEqualTo(InvalidInputException.DUPLICATE);
      assertThat(ex.field()).isEqualTo("loanId/3");
      assertThat(ex.value()).isEqualTo("A");
      assertThat(ex.problem()).isEqualTo("must be unique in the book; row 0 holds it already");
    });

    // rows without an id (a columnar book that fills none, as BookColumnarBenchmark's) are not compared
    BookRiskPoolColumns noIds = new BookRiskPoolColumns(3);
    noIds.requireUniqueIds();
    columns.loanId()[3] = "D";
    columns.requireUniqueIds();
  }

  private static MonetaryAmount twice(MonetaryAmount amount) {
    return Cny.of(amount.getNumber().numberValue(BigDecimal.class).multiply(BigDecimal.valueOf(2)));
  }

  private static void assertRepeat(BookItem item, String field, String id, long firstLine) {
    assertThat(item.verdict()).as("a repeat is not computed").isEmpty();
    assertThat(item.amount()).isEmpty();
    assertThat(item.id()).contains(id);
    BookFailure failure = item.failure().orElseThrow();
    assertThat(failure.code()).isEqualTo(InvalidInputException.DUPLICATE);
    assertThat(failure.field()).isEqualTo(field);
    assertThat(failure.value()).isEqualTo(id);
    assertThat(failure.problem()).isEqualTo("must be unique in the book; line " + firstLine + " holds it already");
  }
}
