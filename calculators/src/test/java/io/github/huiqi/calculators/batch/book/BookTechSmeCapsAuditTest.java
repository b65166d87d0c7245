package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.techsme.TechSmeFixtures;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Verdict;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A policy office's audit of the tech-SME book (深工信〔2023〕26号 第13条: interest arising in 2023 at the programme's
 * ratio + 30 points, at most 80%) at the 2020 programme's caps the pack keeps binding (《深圳市科技型中小微企业贷款
 * 贴息贴保项目管理办法》第十四条: guarantee fee 50%, at most 300,000 a year; all items at most 1,000,000 a firm a year
 * and 3,000,000 over the programme; decisions register §4.1 item 8), through the book API and an NDJSON file.
 */
class BookTechSmeCapsAuditTest {

  private static final LocalDate Y2023 = LocalDate.of(2023, 1, 1);
  private static final LocalDate Y2024 = LocalDate.of(2024, 1, 1);

  /*
   * Worked by hand; every interest item accrues over the whole of 2023 (2023-01-01 counted, 2024-01-01 not):
   * K1 interest 1,500,000.00 × 80% = 1,200,000.00 → the yearly cap 1,000,000.00
   * K2 interest 500,000.00 × 80% = 400,000.00; fee 800,000.00 × 50% = 400,000.00 → fee cap 300,000.00;
   *    400,000.00 + 300,000.00 = 700,000.00 (under the yearly cap)
   * K3 interest 1,000,000.00 × 80% = 800,000.00; fee 600,000.00 × 50% = 300,000.00 (at its cap);
   *    1,100,000.00 → the yearly cap 1,000,000.00
   * K4 interest 1,000,000.00 × 80% = 800,000.00, 2,500,000.00 already received from the programme:
   *    min(800,000.00, 3,000,000 − 2,500,000.00 = 500,000.00) = 500,000.00
   * K5 interest 1,249,999.99 × 80% = 999,999.992 → 999,999.99 (a fen under the cap, the cap not reached)
   * Totals: 1,000,000.00 + 700,000.00 + 1,000,000.00 + 500,000.00 + 999,999.99 = 4,199,999.99
   */
  static List<TechSmeRequest> book() {
    return List.of(
        TechSmeFixtures.request(TechSmeFixtures.interest("K1", Y2023, Y2024, "1500000.00")),
        TechSmeFixtures.request(List.of(TechSmeFixtures.interest("K2", Y2023, Y2024, "500000.00")),
            List.of(TechSmeFixtures.fee("F2", LocalDate.of(2023, 5, 1), "800000.00")), List.of(), "0"),
        TechSmeFixtures.request(List.of(TechSmeFixtures.interest("K3", Y2023, Y2024, "1000000.00")),
            List.of(TechSmeFixtures.fee("F3", LocalDate.of(2023, 5, 1), "600000.00")), List.of(), "0"),
        TechSmeFixtures.request(List.of(TechSmeFixtures.interest("K4", Y2023, Y2024, "1000000.00")),
            List.of(), List.of(), "2500000.00"),
        TechSmeFixtures.request(TechSmeFixtures.interest("K5", Y2023, Y2024, "1249999.99")));
  }

  private static final List<String> AMOUNTS = List.of("1000000.00", "700000.00", "1000000.00", "500000.00",
      "999999.99");
  private static final BookTotals TOTALS = new BookTotals(5, 5, 0, 0, 0,
      AmountRange.exactly(Cny.of("4199999.99")));

  @Test
  void techSme_theYearlyFeeAndProgrammeCaps_bookApi() {
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookCalculators.techSme(TechSmeFixtures.MEASURE).run(book(), items::add);
    for (int i = 0; i < AMOUNTS.size(); i++) {
      assertThat(items.get(i).verdict()).as("K%d", i + 1).contains(Verdict.ELIGIBLE);
      assertThat(items.get(i).amount()).as("K%d", i + 1).contains(AmountRange.exactly(Cny.of(AMOUNTS.get(i))));
      // the plain form: the same fen
      assertThat(TechSmeFixtures.CALCULATOR.explainSubsidy(TechSmeFixtures.MEASURE, book().get(i)).amount())
          .as("K%d", i + 1).isEqualTo(AmountRange.exactly(Cny.of(AMOUNTS.get(i))));
    }
    assertThat(totals).isEqualTo(TOTALS);
  }

  @Test
  void techSme_theSameBookAsNdjson_sameItemsByLine() {
    StringBuilder ndjson = new StringBuilder();
    book().forEach(r -> ndjson.append(HuiqiJson.write(r, JsonOutput.COMPACT)).append('\n'));
    List<BookItem> lines = new ArrayList<>();
    BookTotals totals = BookSource.ndjson(new StringReader(ndjson.toString()), TechSmeRequest.class,
        r -> Optional.empty()).run(BookCalculators.techSme(TechSmeFixtures.MEASURE), lines::add);
    assertThat(totals).isEqualTo(TOTALS);
    assertThat(lines).extracting(BookItem::index).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(lines).extracting(item -> item.amount().orElseThrow().minimum())
        .containsExactlyElementsOf(AMOUNTS.stream().map(Cny::of).toList());
  }
  @Test
  void techSme_anUndeterminedFirmWhoseRatioAloneIsOpen_addsItsLeastToTheBooksMinimum() {
    // U: interest 1,000.00 accrued 2022-06-01..2022-07-01, before 2023, first-time borrower not known: the 2020
    // programme's 50% (500.00) or 70% (700.00); undetermined, naming the fact, its least 500.00 whichever way it goes.
    // The book's minimum adds it, as BookTotals says: 1,000,000.00 (K1) + 500.00 = 1,000,500.00; maximum
    // 1,000,000.00 + 700.00 = 1,000,700.00. (Before this audit BookTotals said its minimum was "what the eligible
    // items certainly receive", which would have been 1,000,000.00.)
    TechSmeRequest u = TechSmeFixtures.request(TechSmeFixtures.firm().firstTimeBorrower(Optional.empty()).build(),
        TechSmeFixtures.interest("U", LocalDate.of(2022, 6, 1), LocalDate.of(2022, 7, 1), "1000.00"));
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookCalculators.techSme(TechSmeFixtures.MEASURE).run(List.of(book().get(0), u), items::add);
    assertThat(items.get(1).verdict()).contains(Verdict.UNDETERMINED);
    assertThat(items.get(1).amount()).contains(new AmountRange(Cny.of("500.00"), Cny.of("700.00")));
    assertThat(items.get(1).missingFacts()).containsExactly("/enterprise/firstTimeBorrower");
    assertThat(totals).isEqualTo(new BookTotals(2, 1, 0, 1, 0,
        new AmountRange(Cny.of("1000500.00"), Cny.of("1000700.00"))));
    assertThat(totals.certain()).isEqualTo(Cny.of("1000500.00"));
  }
}
