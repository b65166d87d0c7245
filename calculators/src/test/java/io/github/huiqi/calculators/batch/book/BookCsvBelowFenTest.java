package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A CSV cell holding an amount finer than the fen is a bad row named by its column and quoting the cell as written
 * ({@code 1000000.005}), as every other bad cell is quoted (decisions register §4.6 items 47 and 48: "failures naming
 * the column and quoting the value"), not as the amount read from it ({@code CNY 1000000.005}, before 2026-12-06).
 * It holds for both ways a book's CSV row is read: {@link BookSource#csv} (and so the {@code LoanBookExample}), and
 * a host's own CSV reader's fields through {@link BookCsvRow#of} and {@link BookSource#RISK_POOL_CLAIMS} (the Spark
 * book job's path). No path of the command line reads a CSV book.
 * <p>
 * The good row is a risk-pool claim granted 2023-02-01, outstanding 100,000.00, no exclusion: 深工信〔2023〕26号
 * 第5条, base 30% (decisions register §4.2 item 11) + 30 points in 2023-01-01..2023-03-31 = 60%; 60% × 100,000.00 =
 * 60,000.00.
 */
class BookCsvBelowFenTest {

  private static final BookCalculator<RiskPoolClaim> POOL =
      BookCalculators.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS);
  private static final String HEADER = "loanId,category,principal,grantDate,extensionDate,firstNonPerformingDate,"
      + "principalOutstanding,accruedInterest,recoveries,baseRatio,guaranteedByFinancingGuarantor,reGuaranteed,"
      + "underOtherRiskCompensation";
  /** The problem {@code Cny.inputYuan} states for a part of a fen, which a JSON line's failure states too. */
  private static final String BELOW_FEN_PROBLEM = "must have at most two decimals (no part of a fen)";

  private static String row(String id, String principal, String outstanding, String accrued) {
    return id + ",GENERAL," + principal + ",2023-02-01,,2024-01-31," + outstanding + "," + accrued
        + ",,,false,false,false";
  }

  private static List<BookItem> run(String book) {
    List<BookItem> items = new ArrayList<>();
    BookSource.csv(new StringReader(book), BookSource.RISK_POOL_CLAIMS, "loanId").run(POOL, items::add);
    return items;
  }

  @Test
  void csvBook_aCellBelowTheFen_namesItsColumnAndQuotesTheCellAsWritten() {
    String book = HEADER + "\n"
        + row("G1", "1000000.00", "100000.00", "") + "\n"
        // 3: the principal 1,000,000.005: half a fen
        + row("B1", "1000000.005", "100000.00", "") + "\n"
        // 4: the outstanding principal with white space around it and an exponent: 1.000000005e5 = 100,000.0005
        + row("B2", "1000000.00", " 1.000000005e5 ", "") + "\n"
        // 5: an optional amount (accrued interest) of 0.001
        + row("B3", "1000000.00", "100000.00", "0.001") + "\n"
        // 6: trailing zeros below the fen are a whole number of fen: 100,000.0000 = 100,000.00, 60,000.00 as G1
        + row("G2", "1000000.000", "100000.0000", "") + "\n";
    List<BookItem> items = run(book);
    assertThat(items).extracting(BookItem::index).containsExactly(2L, 3L, 4L, 5L, 6L);
    // 60% × 100,000.00 = 60,000.00
    assertThat(items.get(0).amount()).contains(AmountRange.exactly(Cny.of("60000.00")));
    assertThat(items.get(4).amount()).contains(AmountRange.exactly(Cny.of("60000.00")));
    assertBelowFen(items.get(1), "B1", "principal", "1000000.005");
    // stripped of the white space around it, as every cell is read (and quoted), its exponent as written
    assertBelowFen(items.get(2), "B2", "principalOutstanding", "1.000000005e5");
    assertBelowFen(items.get(3), "B3", "accruedInterest", "0.001");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1000000.005", "1e-3", "0.0000001"})
  void hostReadFields_throughTheMapper_quoteTheCellAsWritten(String cell) {
    // the Spark book job's path: a host's CSV reader splits the fields, BookCsvRow.of and the library's mapper build
    // the claim
    List<String> columns = Arrays.asList(HEADER.split(","));
    Map<String, Integer> header = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      header.put(columns.get(i), i);
    }
    BookCsvRow csv = BookCsvRow.of(header, Arrays.asList(row("B1", cell, "100000.00", "").split(",", -1)));
    assertThatThrownBy(() -> BookSource.RISK_POOL_CLAIMS.map(csv)).isInstanceOfSatisfying(
        InvalidInputException.class, ex -> {
          assertThat(ex.code()).isEqualTo(InvalidInputException.BELOW_FEN);
          assertThat(ex.field()).isEqualTo("principal");
          assertThat(ex.value()).isEqualTo(cell);
          assertThat(ex.problem()).isEqualTo(BELOW_FEN_PROBLEM);
        });
  }

  @Test
  void theSameClaimAsAnNdjsonLine_failsWithTheSameCodeAndProblem() {
    // the CSV names the column, the NDJSON line the pointer of the same field; code and problem agree
    String line = "{\"loanId\":\"B1\",\"category\":\"GENERAL\",\"grantDate\":\"2023-02-01\","
        + "\"principal\":{\"amount\":1000000.005,\"currency\":\"CNY\"},"
        + "\"principalOutstanding\":{\"amount\":100000.00,\"currency\":\"CNY\"},"
        + "\"firstNonPerformingDate\":\"2024-01-31\",\"guaranteedByFinancingGuarantor\":false,"
        + "\"reGuaranteed\":false,\"underOtherRiskCompensation\":false}\n";
    List<BookItem> items = new ArrayList<>();
    BookSource.ndjson(new StringReader(line), RiskPoolClaim.class, c -> Optional.of(c.loanId()), "loanId",
        HuiqiJson.codec()).run(POOL, items::add);
    BookFailure ndjson = items.get(0).failure().orElseThrow();
    assertThat(ndjson.code()).isEqualTo(InvalidInputException.BELOW_FEN);
    assertThat(ndjson.field()).isEqualTo("/principal");
    assertThat(ndjson.problem()).isEqualTo(BELOW_FEN_PROBLEM);
  }

  private static void assertBelowFen(BookItem item, String id, String column, String cell) {
    assertThat(item.id()).as("line %s", item.index()).contains(id);
    BookFailure failure = item.failure().orElseThrow();
    assertThat(failure.code()).as("line %s", item.index()).isEqualTo(InvalidInputException.BELOW_FEN);
    assertThat(failure.field()).as("line %s", item.index()).isEqualTo(column);
    assertThat(failure.value()).as("line %s", item.index()).isEqualTo(cell);
    assertThat(failure.problem()).as("line %s", item.index()).isEqualTo(BELOW_FEN_PROBLEM);
  }
}
