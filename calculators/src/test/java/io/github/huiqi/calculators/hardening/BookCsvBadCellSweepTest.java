package io.github.huiqi.calculators.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.batch.book.BookCalculators;
import io.github.huiqi.calculators.batch.book.BookNdjson;
import io.github.huiqi.calculators.batch.book.BookSource;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.json.HuiqiJson;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A fixed battery of bad cells in a CSV book of risk-compensation claims ({@link BookSource#RISK_POOL_CLAIMS}): every
 * column of a valid row given each bad value (empty, not a number, negative, below the fen, an exponent where no
 * amount is read, past a long, a date not of the calendar or out of range, not a boolean, not a category), and rows of
 * the wrong width or with a broken quote. A bad cell is its row's failure naming the column and the value; every
 * valid row between them is computed as on its own.
 */
class BookCsvBadCellSweepTest {

  private static final List<String> COLUMNS = List.of("loanId", "category", "principal", "grantDate",
      "extensionDate", "firstNonPerformingDate", "principalOutstanding", "accruedInterest", "recoveries", "baseRatio",
      "guaranteedByFinancingGuarantor", "reGuaranteed", "underOtherRiskCompensation");
  private static final List<String> VALID = List.of("L1", "GENERAL", "1000000.00", "2023-03-01", "",
      "2024-02-01", "800000.00", "1000.00", "0.00", "", "false", "false", "false");
  private static final List<String> AMOUNTS = List.of("principal", "principalOutstanding", "accruedInterest",
      "recoveries");
  private static final List<String> BAD = List.of(" ", "x", "-1", "-0.01", "1.005", "0.001", "1e2", "1E+400",
      "9".repeat(41), "99999999999999999999", "0000-01-01", "9999-12-31", "2023-02-30", "2023-13-01", "1949-09-30",
      "2200-01-01", "+999999999-12-31", "2023-1-5", "T", "tru", "yes", "1", "general", "NOT_A_CATEGORY", "200%", "-1%",
      "1e400%", "NaN", "Infinity", "\u0000");

  @Test
  void test_battery_eachBadCellIsItsRowsFailure_theRestComputed() {
    StringBuilder book = new StringBuilder(String.join(",", COLUMNS)).append('\n');
    String validRow = String.join(",", VALID);
    book.append(validRow).append('\n');
    Map<Long, String> badRows = new HashMap<>();
    Map<Long, String> badColumns = new HashMap<>();
    Map<Long, String> badValues = new HashMap<>();
    long line = 2;
    for (int c = 0; c < COLUMNS.size(); c++) {
      for (String bad : BAD) {
        List<String> cells = new ArrayList<>(VALID);
        cells.set(c, bad);
        book.append(String.join(",", cells)).append('\n').append(validRow).append('\n');
        badRows.put(line + 1, COLUMNS.get(c) + " = '" + bad + "'");
        badColumns.put(line + 1, COLUMNS.get(c));
        badValues.put(line + 1, bad);
        line += 2;
      }
    }
    for (String row : List.of(validRow + ",extra", "L1,GENERAL", "\"L1,GENERAL," + validRow.substring(11),
        "\"L1\"x,GENERAL" + validRow.substring(10))) {
      book.append(row).append('\n').append(validRow).append('\n');
      badRows.put(line + 1, "row '" + row + "'");
      line += 2;
    }
    StringWriter out = new StringWriter();
    // the valid row, L1, repeats between the bad ones on purpose: read without the id check, which would fail every
    // copy after the first (BookRepeatedIdTest tests it)
    BookNdjson.items(BookSource.csv(new StringReader(book.toString()), BookSource.RISK_POOL_CLAIMS, "loanId")
        .withoutIdCheck(), BookCalculators.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS), out,
        HuiqiJson.codec());

    List<String> problems = new ArrayList<>();
    List<String> written = out.toString().lines().toList();
    String validItem = null;
    for (String text : written.subList(0, written.size() - 1)) {
      JsonNode item = HuiqiJson.read(text, JsonNode.class);
      long index = item.get("index").asLong();
      String body = text.replaceFirst("\"index\":[0-9]+", "\"index\":0");
      String bad = badRows.get(index);
      if (bad == null) {
        validItem = validItem == null ? body : validItem;
        if (!body.equals(validItem)) {
          problems.add("line " + index + " (valid) answered " + text);
        }
        continue;
      }
      JsonNode failure = item.path("failure");
      String column = badColumns.get(index);
      String value = badValues.get(index);
      if (failure.isMissingNode()) {
        // a loan id is free text, a blank optional cell is absent, 1 is an amount (1.00) as much as a flag, and 1e2
        // is an amount (100.00) as a JSON line writes it (BookAmountSpellingTest), a bad cell in any other column
        boolean valid = "loanId".equals(column) || value != null && (value.isBlank() || value.equals("1")
            || value.equals("1e2") && AMOUNTS.contains(column));
        if (!valid) {
          problems.add("line " + index + ", " + bad + ": accepted: " + text);
        }
      } else if (column != null && !failure.path("field").asText().equals(column)
          && !failure.path("problem").asText().contains(" " + column + " '")) {
        // the column, or the other side of a contradiction ("must not exceed principal '1.00'")
        problems.add("line " + index + ", " + bad + ": the failure names " + failure + ": " + text);
      } else if (column != null && !value.isBlank() && !failure.path("value").asText().contains(value.trim())
          && !failure.path("problem").asText().contains(" " + column + " '")) {
        problems.add("line " + index + ", " + bad + ": the failure does not quote the value: " + failure);
      }
    }
    assertThat(problems).isEmpty();
  }
}
