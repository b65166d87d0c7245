package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.error.HuiqiException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.testing.ProfileSchemaOracle;
import io.github.huiqi.core.testing.SeededMutator;
import io.github.huiqi.core.testing.SeededMutator.Mutant;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A seeded fuzz audit of the book readers: CSV books of risk-compensation claims ({@link BookSource#csv} with
 * {@link BookSource#RISK_POOL_CLAIMS}) with several bad cells, rows of the wrong width, broken quotes and bad headers
 * at once; and NDJSON books of first-loan requests ({@link BookSource#ndjson}) with several lines changed by
 * {@link SeededMutator}.
 * <p>
 * A bad header is refused with a typed error naming {@code header} or {@code header/i}; otherwise every row is an
 * item (a bad row its own failure, naming its column or JSON Pointer), every row left alone is computed exactly as in
 * the valid book, and the totals count every item and sum exactly the items' amounts, each at the fen, never
 * negative, the minimum not above the maximum. On a failure the seed, the run and the book are printed.
 */
class BookFuzzAuditTest {

  private static final long SEED = 0xB00C1204L;
  private static final List<String> COLUMNS = List.of("loanId", "category", "principal", "grantDate",
      "extensionDate", "firstNonPerformingDate", "principalOutstanding", "accruedInterest", "recoveries", "baseRatio",
      "guaranteedByFinancingGuarantor", "reGuaranteed", "underOtherRiskCompensation");
  private static final List<String> VALID = List.of("L", "GENERAL", "1000000.00", "2023-03-01", "",
      "2024-02-01", "800000.00", "1000.00", "0.00", "", "false", "false", "false");
  private static final List<String> CELLS = List.of("", " ", "x", "-1", "0", "-0", "-0.01", "1.005", "1e2", "1E+400",
      "1e-30", "0.12345678901234567890", "9223372036854775808", "NaN", "0000-01-01", "9999-12-31", "2023-02-30",
      "2023-1-1", "1949-09-30", "true", "TRUE", "yes", "general", "FIRST_LOAN", "200%", "-1%", "50%", "\u0000",
      "\"quoted\"", "x".repeat(10_001));

  @Test
  void test_csvBook_severalBadRows_eachItsOwnFailure_theRestComputedAndSummed() {
    Random random = new Random(SEED);
    BookCalculator<RiskPoolClaim> calculator = BookCalculators.riskPool(RiskPoolFixtures.POOL,
        RiskPoolOptions.DEFAULTS);
    BookItem validItem = csvItems(header(COLUMNS) + row(VALID, "L0") + "\n", calculator).get(0);
    List<String> problems = new ArrayList<>();
    int runs = 400;
    for (int run = 0; run < runs; run++) {
      List<String> columns = new ArrayList<>(COLUMNS);
      String headerChange = "";
      int roll = random.nextInt(20);
      if (roll == 0) {
        columns.set(random.nextInt(columns.size()), pick(random, List.of("loanID", "unknown", "principal ",
            "category")));
        headerChange = "header " + columns;
      } else if (roll == 1) {
        columns.remove(random.nextInt(columns.size()));
        headerChange = "header " + columns;
      }
      StringBuilder book = new StringBuilder(random.nextInt(10) == 0 ? "\uFEFF" : "").append(header(columns));
      Map<Long, String> changed = new HashMap<>();
      int rows = 3 + random.nextInt(6);
      for (int r = 0; r < rows; r++) {
        List<String> cells = new ArrayList<>(VALID.subList(0, columns.size()));
        String line = row(cells, "L" + r);
        if (random.nextInt(3) == 0) {
          int kind = random.nextInt(10);
          if (kind < 7) {
            int column = 1 + random.nextInt(cells.size() - 1);
            cells.set(column, pick(random, CELLS));
            line = row(cells, "L" + r);
            changed.put((long) r + 2, columns.get(column) + " = " + abbreviated(cells.get(column)));
          } else if (kind == 7) {
            line = line + ",extra";
            changed.put((long) r + 2, "a cell too many");
          } else if (kind == 8) {
            line = line.substring(0, line.lastIndexOf(','));
            changed.put((long) r + 2, "a cell too few");
          } else {
            line = "\"L" + r + "\"x" + line.substring(line.indexOf(','));
            changed.put((long) r + 2, "text after a closing quote");
          }
        }
        book.append(line).append(random.nextInt(4) == 0 ? "\r\n" : "\n");
      }
      String text = book.toString();
      String what = headerChange + " rows " + changed;
      try {
        judgeCsv(text, columns, rows, changed, validItem, calculator);
      } catch (AssertionError failure) {
        report(run, what, text, failure, problems);
      }
    }
    assertThat(problems).as("seed %s: %d of %d books", SEED, problems.size(), runs).isEmpty();
  }

  private static void judgeCsv(String text, List<String> columns, int rows, Map<Long, String> changed,
      BookItem validItem, BookCalculator<RiskPoolClaim> calculator) {
    List<BookItem> items;
    try {
      items = csvItems(text, calculator);
    } catch (RuntimeException thrown) {
      assertThat(thrown).as("not a typed error: %s", thrown).isInstanceOf(HuiqiException.class);
      HuiqiException error = (HuiqiException) thrown;
      assertThat(columns).as("a good header refused: %s", error.getMessage()).isNotEqualTo(COLUMNS);
      assertThat(error.field()).as("the header named").startsWith("header");
      return;
    }
    assertThat(items).as("one item a row").hasSize(rows);
    for (BookItem item : items) {
      String change = changed.get(item.index());
      if (item.isFailed() && !columns.equals(COLUMNS)) {
        // a header without a column the rows fill: the cells move, and any row may fail
        continue;
      }
      if (item.isFailed()) {
        BookFailure failure = item.failure().orElseThrow();
        assertThat(change).as("line %s failed unchanged: %s", item.index(), failure).isNotNull();
        // a record broken by its quotes has no fields, so no id; any other failed row is named by its id
        assertThat(item.id().isPresent() || change.startsWith("text after"))
            .as("line %s: the failed row's id", item.index()).isTrue();
        if (change.contains(" = ")) {
          String column = change.substring(0, change.indexOf(" = "));
          assertThat(failure.field().equals(column) || failure.problem().contains(" " + column + " '")
              || failure.field().isEmpty() && failure.problem().contains("column"))
              .as("line %s, %s: the failure names %s", item.index(), change, failure).isTrue();
        }
        continue;
      }
      if (change == null && columns.equals(COLUMNS)) {
        assertThat(withoutIndexAndId(item)).as("line %s unchanged, computed as alone", item.index())
            .isEqualTo(withoutIndexAndId(validItem));
      } else if (change != null) {
        assertThat(change).as("line %s: a row of the wrong shape accepted", item.index()).contains(" = ");
      }
      item.amount().ifPresent(amount -> checkAmount("line " + item.index(), amount.minimum().getNumber()
          .numberValue(BigDecimal.class), amount.maximum().getNumber().numberValue(BigDecimal.class)));
    }
    checkTotals(items, BookSource.csv(new StringReader(text), BookSource.RISK_POOL_CLAIMS, "loanId")
        .run(calculator, item -> { }));
  }

  @Test
  void test_ndjsonBook_severalBadLines_eachItsOwnFailure_theRestComputedAndSummed() {
    Random random = new Random(SEED);
    String valid = HuiqiJson.write(FirstLoanFixtures.request(FirstLoanFixtures.loan("L-1").build()),
        JsonOutput.COMPACT);
    SeededMutator mutator = new SeededMutator(ProfileSchemaOracle.read(valid), "");
    BookCalculator<FirstLoanRequest> calculator = BookCalculators.firstLoan(FirstLoanFixtures.MEASURE);
    BookItem validItem = ndjsonItems(valid + "\n", calculator).get(0);
    List<String> problems = new ArrayList<>();
    int runs = 250;
    for (int run = 0; run < runs; run++) {
      StringBuilder book = new StringBuilder();
      Map<Long, Mutant> changed = new HashMap<>();
      int lines = 3 + random.nextInt(5);
      for (long line = 1; line <= lines; line++) {
        String text = valid;
        if (random.nextInt(3) == 0) {
          Mutant mutant = mutator.next(random);
          if (mutant.text().indexOf('\n') < 0 && mutant.text().indexOf('\r') < 0 && !mutant.text().isBlank()) {
            text = mutant.text();
            changed.put(line, mutant);
          }
        }
        book.append(text).append('\n');
      }
      String text = book.toString();
      try {
        List<BookItem> items = ndjsonItems(text, calculator);
        assertThat(items).as("one item a line").hasSize(lines);
        for (BookItem item : items) {
          Mutant mutant = changed.get(item.index());
          if (item.isFailed()) {
            BookFailure failure = item.failure().orElseThrow();
            assertThat(mutant).as("line %s failed unchanged: %s", item.index(), failure).isNotNull();
            boolean named = mutant.textual() || failure.field().startsWith("/")
                && (ProfileSchemaOracle.names(failure.field(), mutant.pointer())
                || failure.problem().contains(mutant.pointer()) || mutant.pointer().isEmpty());
            assertThat(named).as("line %s, %s: the failure names %s", item.index(), mutant, failure).isTrue();
            continue;
          }
          if (mutant == null) {
            assertThat(withoutIndexAndId(item)).as("line %s unchanged, computed as alone", item.index())
                .isEqualTo(withoutIndexAndId(validItem));
          } else {
            assertThat(mutant.textual()).as("line %s, %s: a line no reading makes valid was computed",
                item.index(), mutant).isFalse();
          }
          item.amount().ifPresent(amount -> checkAmount("line " + item.index(), amount.minimum().getNumber()
              .numberValue(BigDecimal.class), amount.maximum().getNumber().numberValue(BigDecimal.class)));
        }
        checkTotals(items, BookSource.ndjson(new StringReader(text), FirstLoanRequest.class, r -> Optional.empty())
            .run(calculator, item -> { }));
      } catch (AssertionError | RuntimeException failure) {
        report(run, changed.toString(), text, failure, problems);
      }
    }
    assertThat(problems).as("seed %s: %d of %d books", SEED, problems.size(), runs).isEmpty();
  }

  private static List<BookItem> csvItems(String text, BookCalculator<RiskPoolClaim> calculator) {
    List<BookItem> items = new ArrayList<>();
    BookSource.csv(new StringReader(text), BookSource.RISK_POOL_CLAIMS, "loanId").run(calculator, items::add);
    return items;
  }

  private static List<BookItem> ndjsonItems(String text, BookCalculator<FirstLoanRequest> calculator) {
    List<BookItem> items = new ArrayList<>();
    BookSource.ndjson(new StringReader(text), FirstLoanRequest.class, r -> Optional.empty())
        .run(calculator, items::add);
    return items;
  }

  /** The totals count every item and sum the evaluated items' amounts exactly. */
  private static void checkTotals(List<BookItem> items, BookTotals totals) {
    assertThat(totals.items()).as("totals: items").isEqualTo(items.size());
    assertThat(totals.failed()).as("totals: failed").isEqualTo(items.stream().filter(BookItem::isFailed).count());
    BigDecimal minimum = BigDecimal.ZERO;
    BigDecimal maximum = BigDecimal.ZERO;
    for (BookItem item : items) {
      if (item.amount().isPresent()) {
        minimum = minimum.add(Cny.yuan(item.amount().get().minimum(), "minimum"));
        maximum = maximum.add(Cny.yuan(item.amount().get().maximum(), "maximum"));
      }
    }
    assertThat(Cny.yuan(totals.amount().minimum(), "minimum")).as("totals: minimum").isEqualByComparingTo(minimum);
    assertThat(Cny.yuan(totals.amount().maximum(), "maximum")).as("totals: maximum").isEqualByComparingTo(maximum);
  }

  private static void checkAmount(String what, BigDecimal minimum, BigDecimal maximum) {
    assertThat(minimum.scale()).as("%s: minimum at the fen", what).isEqualTo(2);
    assertThat(maximum.scale()).as("%s: maximum at the fen", what).isEqualTo(2);
    assertThat(minimum.signum()).as("%s: a negative amount", what).isGreaterThanOrEqualTo(0);
    assertThat(maximum).as("%s: maximum below minimum", what).isGreaterThanOrEqualTo(minimum);
  }

  private static BookItem withoutIndexAndId(BookItem item) {
    return new BookItem(0, Optional.empty(), item.verdict(), item.amount(), item.rate(), item.reasonCode(),
        item.missingFacts(), item.failure());
  }

  private static String header(List<String> columns) {
    return String.join(",", columns) + "\n";
  }

  private static String row(List<String> cells, String id) {
    List<String> written = new ArrayList<>(cells);
    written.set(0, id);
    for (int i = 0; i < written.size(); i++) {
      String cell = written.get(i);
      if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
        written.set(i, "\"" + cell.replace("\"", "\"\"") + "\"");
      }
    }
    return String.join(",", written);
  }

  private static void report(int run, String what, String text, Throwable failure, List<String> problems) {
    if (problems.size() < 3) {
      System.out.println("seed " + SEED + " run " + run + " " + what + "\n  book:\n" + abbreviated(text));
    }
    problems.add("run " + run + ": " + what + ": " + String.valueOf(failure.getMessage()).lines().findFirst()
        .orElse("") + (failure instanceof AssertionError ? "" : " (" + failure.getClass().getSimpleName() + ")"));
  }

  private static String abbreviated(String text) {
    return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
  }

  private static <T> T pick(Random random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
