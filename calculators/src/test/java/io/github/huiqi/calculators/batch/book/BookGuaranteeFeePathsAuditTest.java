package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyLoan;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyRequest;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonCodec;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Verdict;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A bank engineer's agreement check of the guarantee-fee books, which have no CSV mapper and no columnar path: each
 * small book worked by hand is run through the plain form, the batch API and an NDJSON file (CRLF line ends, a
 * blank line, a blank last line, one bad line), and every path gives the same verdicts, amounts to the fen, rates,
 * reason codes, missing facts and totals; the file's items are the batch API's, indexed by line instead of position.
 */
class BookGuaranteeFeePathsAuditTest {

  private static final PolicyData DATA = PolicyData.builtIn();
  private static final JsonCodec LINES = HuiqiJson.codec().with(JsonOutput.COMPACT);
  private static final LocalDate MARCH = LocalDate.of(2023, 3, 1);

  @Test
  void reduction_plainBatchAndNdjson_agreeOnTheHandWorkedBook() {
    // 深工信〔2023〕26号 第6条: "2023年，政府性融资担保机构针对小微企业的担保费率最高减免40%、且不高于1%"; the fee over
    // whole months ÷ 12 plus odd days ÷ 360 (decisions register §4.3 item 21); half-up to the fen
    GuaranteeFeeReductionMeasure measure = DATA.getMeasure(GuaranteeFeeReductionMeasure.SHENZHEN_2023);
    List<GuaranteeFeeReductionRequest> book = List.of(
        // 1.5% × (1 − 40%) = 0.9% ≤ 1%; 1,000,005.00 × 0.9% × 12/12 = 9,000.045 → 9,000.05
        reduction(EnterpriseSize.SMALL, true, "1000005.00", "1.5%", MARCH, MARCH.plusYears(1)),
        // 2% × 60% = 1.2%, held at 1%; 2023-01-01..2023-07-01, 6 months: 1,000,000 × 1% × 6/12 = 5,000.00
        reduction(EnterpriseSize.MICRO, true, "1000000.00", "2%", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 1)),
        // not a government guarantor: the standard rate, 1,000,000 × 1.5% = 15,000.00, ineligible
        reduction(EnterpriseSize.SMALL, false, "1000000.00", "1.5%", MARCH, MARCH.plusYears(1)),
        // 2023-01-15..2023-04-30: 3 whole months and 15 days: 1,000,000 × 0.9% × (3/12 + 15/360) = 2,625.00
        reduction(EnterpriseSize.SMALL, true, "1000000.00", "1.5%", LocalDate.of(2023, 1, 15),
            LocalDate.of(2023, 4, 30)),
        // size unknown: from the reduced 9,000.00 to the standard 15,000.00, undetermined
        GuaranteeFeeReductionRequest.builder().from(reduction(EnterpriseSize.SMALL, true, "1000000.00", "1.5%", MARCH,
            MARCH.plusYears(1))).borrowerSize(Optional.empty()).build(),
        // started 2023-12-31, the year's last day: 0.9% × 1,000,000 = 9,000.00
        reduction(EnterpriseSize.SMALL, true, "1000000.00", "1.5%", LocalDate.of(2023, 12, 31),
            LocalDate.of(2024, 12, 31)),
        // started 2024-01-01, the day after the year: the standard 15,000.00, ineligible
        reduction(EnterpriseSize.SMALL, true, "1000000.00", "1.5%", LocalDate.of(2024, 1, 1),
            LocalDate.of(2025, 1, 1)),
        // a medium firm: not small or micro, the standard 2% × 500,000.00 = 10,000.00, ineligible
        reduction(EnterpriseSize.MEDIUM, true, "500000.00", "2%", MARCH, MARCH.plusYears(1)));
    BookCalculator<GuaranteeFeeReductionRequest> calculator = BookCalculators.guaranteeFeeReduction(measure);
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = calculator.run(book, items::add);

    String[] fees = {"9000.05", "5000.00", "15000.00", "2625.00", null, "9000.00", "15000.00", "10000.00"};
    for (int i = 0; i < book.size(); i++) {
      if (fees[i] != null) {
        assertThat(items.get(i).amount()).as("loan %d", i).contains(AmountRange.exactly(Cny.of(fees[i])));
        // the plain form's fee is the batch API's amount
        assertThat(GuaranteeFeeReductionCalculator.DEFAULT.fee(measure, book.get(i))).as("loan %d", i)
            .isEqualTo(Cny.of(fees[i]));
      }
    }
    assertThat(items).extracting(item -> item.verdict().orElseThrow()).containsExactly(Verdict.ELIGIBLE,
        Verdict.ELIGIBLE, Verdict.INELIGIBLE, Verdict.ELIGIBLE, Verdict.UNDETERMINED, Verdict.ELIGIBLE,
        Verdict.INELIGIBLE, Verdict.INELIGIBLE);
    assertThat(items.get(0).rate()).contains(Rate.parse("0.9%"));
    assertThat(items.get(1).rate()).contains(Rate.parse("1%"));
    assertThat(items.get(2).rate()).contains(Rate.parse("1.5%"));
    assertThat(items.get(4).amount()).contains(new AmountRange(Cny.of("9000.00"), Cny.of("15000.00")));
    assertThat(items.get(4).missingFacts()).contains("/borrowerSize");
    // 9,000.05 + 5,000.00 + 15,000.00 + 2,625.00 + 9,000.00 (.. 15,000.00) + 9,000.00 + 15,000.00 + 10,000.00
    // = 74,625.05 .. 80,625.05; 4 eligible, 3 ineligible, 1 undetermined
    assertThat(totals).isEqualTo(new BookTotals(8, 4, 3, 1, 0,
        new AmountRange(Cny.of("74625.05"), Cny.of("80625.05"))));

    // the same book as an NDJSON file, a bad line (a negative principal) after the first, a blank line after the
    // fourth: the good lines' items are the batch API's at their lines, the bad one names its field and the totals
    // count it failed
    StringBuilder file = new StringBuilder();
    List<Long> lines = new ArrayList<>();
    long line = 0;
    for (int i = 0; i < book.size(); i++) {
      String json = LINES.write(book.get(i));
      file.append(json).append("\r\n");
      lines.add(++line);
      if (i == 0) {
        file.append(json.replace("1000005.00", "-1000005.00")).append("\r\n");
        line++;
      }
      if (i == 3) {
        file.append("\r\n");
        line++;
      }
    }
    file.append("\r\n");
    assertAgreesThroughNdjson(file.toString(), GuaranteeFeeReductionRequest.class, calculator, items, lines, 2L,
        "/guaranteedPrincipal", totals);
  }

  @Test
  void subsidy_plainBatchAndNdjson_agree_theLoanLimitTheRateCeilingAndTheCapReachedExactly() {
    // 小型微型企业银行贷款担保费资助 (domain.md §2.4, 2017 guide): a loan of at most 3,000,000 (inclusive), a fee rate
    // at most 50% of the loan's rate, 30% of the fee actually paid, at most 300,000 a firm a year
    GuaranteeFeeSubsidyMeasure measure = DATA.getMeasure(GuaranteeFeeSubsidyMeasure.SHENZHEN_2021);
    List<GuaranteeFeeSubsidyRequest> book = new ArrayList<>();
    // F1: 3,000,000.00 exactly, fee rate 2% = 50% × 4% exactly: 30% × 60,000.00 = 18,000.00
    book.add(firm(EnterpriseSize.SMALL, loan("F1-1", "3000000.00", "2%", "60000.00")));
    // F2: the same loan and one whose guarantor's region is not known: 18,000.00 certain, 30% × 20,000.00 = 6,000.00
    //     more in reach; eligible, naming the unknown fact
    book.add(firm(EnterpriseSize.MICRO, loan("F2-1", "3000000.00", "2%", "60000.00"),
        GuaranteeFeeSubsidyLoan.builder().from(loan("F2-2", "1000000.00", "2%", "20000.00"))
            .guarantorInRegion(Optional.empty()).build()));
    // F3: a fen above 3,000,000: no loan qualifies, ineligible, 0.00
    book.add(firm(EnterpriseSize.SMALL, loan("F3-1", "3000000.01", "2%", "60000.00")));
    // F4: a fee rate a hundredth of a point above 50% × 4%: ineligible, 0.00
    book.add(firm(EnterpriseSize.SMALL, loan("F4-1", "1000000.00", "2.01%", "20100.00")));
    // F5: 16 loans of 60,000.00 fees and one of 40,000.00: 30% × 1,000,000.00 = 300,000.00, the cap reached exactly
    List<GuaranteeFeeSubsidyLoan> exactly = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      exactly.add(loan("F5-" + i, "3000000.00", "2%", "60000.00"));
    }
    exactly.add(loan("F5-16", "2000000.00", "2%", "40000.00"));
    book.add(GuaranteeFeeSubsidyRequest.of(EnterpriseSize.SMALL, "440305", 2023, exactly));
    // F6: 17 loans of 60,000.00: 30% × 1,020,000.00 = 306,000.00, held at 300,000.00
    List<GuaranteeFeeSubsidyLoan> over = new ArrayList<>();
    for (int i = 0; i < 17; i++) {
      over.add(loan("F6-" + i, "3000000.00", "2%", "60000.00"));
    }
    book.add(GuaranteeFeeSubsidyRequest.of(EnterpriseSize.SMALL, "440305", 2023, over));
    // F7: a fee of 33,333.35: 30% × 33,333.35 = 10,000.005 → 10,000.01 (half-up to the fen)
    book.add(firm(EnterpriseSize.SMALL, loan("F7-1", "2000000.00", "2%", "33333.35")));

    BookCalculator<GuaranteeFeeSubsidyRequest> calculator = BookCalculators.guaranteeFeeSubsidy(measure);
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = calculator.run(book, items::add);
    String[] exact = {"18000.00", null, "0.00", "0.00", "300000.00", "300000.00", "10000.01"};
    for (int i = 0; i < book.size(); i++) {
      if (exact[i] != null) {
        assertThat(items.get(i).amount()).as("firm %d", i).contains(AmountRange.exactly(Cny.of(exact[i])));
        assertThat(GuaranteeFeeSubsidyCalculator.DEFAULT.subsidy(measure, book.get(i))).as("firm %d", i)
            .isEqualTo(Cny.of(exact[i]));
      }
    }
    assertThat(items).extracting(item -> item.verdict().orElseThrow()).containsExactly(Verdict.ELIGIBLE,
        Verdict.ELIGIBLE, Verdict.INELIGIBLE, Verdict.INELIGIBLE, Verdict.ELIGIBLE, Verdict.ELIGIBLE,
        Verdict.ELIGIBLE);
    assertThat(items.get(1).amount()).contains(new AmountRange(Cny.of("18000.00"), Cny.of("24000.00")));
    assertThat(items.get(1).missingFacts()).containsExactly("/loans/1/guarantorInRegion");
    assertThat(items.get(2).reasonCode()).isPresent();
    assertThat(items.get(3).reasonCode()).isPresent();
    // 18,000.00 + 18,000.00 (.. 24,000.00) + 300,000.00 + 300,000.00 + 10,000.01 = 646,000.01 .. 652,000.01
    // the measure's document is a reply letter (sz-gxj-2021-reply-20210370, INFORMATIONAL): the book says so
    assertThat(totals).isEqualTo(new BookTotals(7, 5, 2, 0, 0,
        new AmountRange(Cny.of("646000.01"), Cny.of("652000.01")), Optional.of(DocumentStatus.INFORMATIONAL)));

    StringBuilder file = new StringBuilder();
    List<Long> lines = new ArrayList<>();
    long line = 0;
    for (GuaranteeFeeSubsidyRequest request : book) {
      String json = LINES.write(request);
      file.append(json).append('\n');
      lines.add(++line);
      if (line == 1) {
        // the year written as a string: no coercion, a failure of the line naming it
        file.append(json.replace("\"subsidyYear\":2023", "\"subsidyYear\":\"2023\"")).append('\n');
        line++;
      }
    }
    assertAgreesThroughNdjson(file.toString(), GuaranteeFeeSubsidyRequest.class, calculator, items, lines, 2L,
        "/subsidyYear", totals);
  }

  @Test
  void cap_plainBatchAndNdjson_agreeOnTheSameBook() {
    // the benchmark cap's figures are its calculator's own hand-worked tests'; here every path agrees with them
    GuaranteeFeeBenchmarkCapMeasure measure = DATA.getMeasure(GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT);
    List<GuaranteeFeeBenchmarkCapRequest> book = List.of(
        GuaranteeFeeBenchmarkCapRequest.of(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 1),
            LocalDate.of(2024, 3, 1)),
        GuaranteeFeeBenchmarkCapRequest.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 2),
            LocalDate.of(2028, 1, 2)),
        GuaranteeFeeBenchmarkCapRequest.of(LocalDate.of(2019, 8, 19), LocalDate.of(2019, 8, 20),
            LocalDate.of(2020, 2, 20)));
    BookCalculator<GuaranteeFeeBenchmarkCapRequest> calculator = BookCalculators.guaranteeFeeCap(measure);
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = calculator.run(book, items::add);
    for (int i = 0; i < book.size(); i++) {
      assertThat(items.get(i).rate()).as("loan %d", i)
          .isEqualTo(GuaranteeFeeBenchmarkCapCalculator.DEFAULT.feeRateCap(measure, book.get(i)));
      // the draft for comment (专精特新 draft, status DRAFT in its pack) on every item
      assertThat(items.get(i).documentStatus()).as("loan %d", i).contains(DocumentStatus.DRAFT);
    }
    // the 2019-08-19 contract is before the measure's validity (register §4.6 item 86): ineligible, no cap
    assertThat(items.get(2).reasonCode()).contains("event-outside-validity");
    assertThat(items.get(2).rate()).isEmpty();
    assertThat(totals.documentStatus()).contains(DocumentStatus.DRAFT);
    StringBuilder file = new StringBuilder();
    List<Long> lines = new ArrayList<>();
    for (int i = 0; i < book.size(); i++) {
      file.append(LINES.write(book.get(i))).append('\n');
      lines.add((long) i + 1);
    }
    file.append("{\"contractDate\":\"2023-02-30\"}\n");
    assertAgreesThroughNdjson(file.toString(), GuaranteeFeeBenchmarkCapRequest.class, calculator, items, lines,
        book.size() + 1L, "/contractDate", totals);
  }

  /**
   * Reads the book from NDJSON through {@link BookSource#ndjson} and {@link BookNdjson#items}: every good line's item
   * is the batch API's (its index the line), the bad line fails naming a field at or under the given pointer, the
   * totals are the batch API's with one more item failed, and the written file holds one line an item and the totals.
   */
  private static <R> void assertAgreesThroughNdjson(String file, Class<R> type, BookCalculator<R> calculator,
      List<BookItem> expected, List<Long> lines, long badLine, String badField, BookTotals expectedTotals) {
    List<BookItem> read = new ArrayList<>();
    BookTotals totals = BookSource.ndjson(new StringReader(file), type, request -> Optional.empty())
        .run(calculator, read::add);
    List<BookItem> good = read.stream().filter(item -> !item.isFailed()).toList();
    assertThat(good).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      BookItem want = expected.get(i);
      assertThat(good.get(i)).isEqualTo(new BookItem(lines.get(i), want.id(), want.verdict(), want.amount(),
          want.rate(), want.reasonCode(), want.missingFacts(), want.failure(), want.documentStatus()));
    }
    List<BookItem> failed = read.stream().filter(BookItem::isFailed).toList();
    assertThat(failed).hasSize(1);
    assertThat(failed.get(0).index()).isEqualTo(badLine);
    assertThat(failed.get(0).failure().orElseThrow().field()).startsWith(badField);
    // a line that does not bind says the measure's status as the computed lines do
    assertThat(failed.get(0).documentStatus()).isEqualTo(expectedTotals.documentStatus());
    assertThat(totals).isEqualTo(new BookTotals(expectedTotals.items() + 1, expectedTotals.eligible(),
        expectedTotals.ineligible(), expectedTotals.undetermined(), expectedTotals.failed() + 1,
        expectedTotals.amount(), expectedTotals.documentStatus()));

    StringWriter out = new StringWriter();
    BookTotals written = BookNdjson.items(BookSource.ndjson(new StringReader(file), type,
        request -> Optional.empty()), calculator, out, HuiqiJson.codec());
    assertThat(written).isEqualTo(totals);
    String[] outLines = out.toString().split("\n");
    assertThat(outLines).hasSize(read.size() + 1);
    assertThat(outLines[outLines.length - 1]).startsWith("{\"totals\":");
  }

  private static GuaranteeFeeReductionRequest reduction(EnterpriseSize size, boolean government, String principal,
      String rate, LocalDate start, LocalDate end) {
    return GuaranteeFeeReductionRequest.of(size, government, Cny.of(principal), Rate.parse(rate), start, end);
  }

  private static GuaranteeFeeSubsidyLoan loan(String id, String principal, String feeRate, String fee) {
    return GuaranteeFeeSubsidyLoan.of(id, Cny.of(principal), LocalDate.of(2023, 4, 1), Rate.parse("4%"),
        Rate.parse(feeRate), Cny.of(fee));
  }

  private static GuaranteeFeeSubsidyRequest firm(EnterpriseSize size, GuaranteeFeeSubsidyLoan... loans) {
    return GuaranteeFeeSubsidyRequest.of(size, "440305", 2023, List.of(loans));
  }
}
