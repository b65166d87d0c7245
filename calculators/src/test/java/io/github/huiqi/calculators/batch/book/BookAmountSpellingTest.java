package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A CSV book and an NDJSON book read an amount the same way: what the JSON reader takes as a number (an exponent such
 * as {@code 1e6}) the CSV reader takes too, and an amount finer than the fen, negative or out of bounds fails in both
 * with the same field and code. Each claim is a risk-pool loan granted 2023-02-01 with a principal of 2,000,000.00 and
 * no exclusion (深工信〔2023〕26号 第5条: base 30% + 30 points in 2023-01-01..2023-03-31 = 60%, half-up to the fen),
 * its outstanding principal spelt as the row says.
 */
class BookAmountSpellingTest {

  private static final BookCalculator<RiskPoolClaim> POOL =
      BookCalculators.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS);

  /** A CSV book of one claim whose principal outstanding is spelled as given. */
  private static String csvBook(String spelling) {
    return "loanId,category,principal,grantDate,firstNonPerformingDate,principalOutstanding,"
        + "guaranteedByFinancingGuarantor,reGuaranteed,underOtherRiskCompensation\n"
        + "X,GENERAL,2000000.00,2023-02-01,2024-01-31," + spelling + ",false,false,false\n";
  }

  /** The same claim as one NDJSON line, its principal outstanding's amount spelled as given. */
  private static String ndjsonBook(String spelling) {
    return "{\"loanId\": \"X\", \"category\": \"GENERAL\", \"grantDate\": \"2023-02-01\","
        + " \"principal\": {\"amount\": 2000000.00, \"currency\": \"CNY\"},"
        + " \"principalOutstanding\": {\"amount\": " + spelling + ", \"currency\": \"CNY\"},"
        + " \"firstNonPerformingDate\": \"2024-01-31\", \"guaranteedByFinancingGuarantor\": false,"
        + " \"reGuaranteed\": false, \"underOtherRiskCompensation\": false}\n";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // 1e6 = 1,000,000: 60% × 1,000,000 = 600,000.00
      "1e6     | 600000.00 ||",
      "1E6     | 600000.00 ||",
      "1E+6    | 600000.00 ||",
      // 1.5e2 = 150: 60% × 150 = 90.00
      "1.5e2   | 90.00     ||",
      // 100.00: 60.00
      "100.00  | 60.00     ||",
      // 12345e-2 = 123.45: 60% × 123.45 = 74.07
      "12345e-2| 74.07     ||",
      // 1e-3 = 0.001: a part of a fen, refused as an input below the fen
      "1e-3    |           | " + InvalidInputException.BELOW_FEN + "| /principalOutstanding",
      // -1: a negative principal outstanding, refused by the claim's own check
      "-1      |           | " + InvalidInputException.NEGATIVE + "| /principalOutstanding",
      // 1e400: beyond the input bounds (at most 8 decimal places and a moderate exponent), refused as the number is
      // read, which a JSON line names inside the amount object
      "1e400   |           | " + InvalidInputException.NUMBER_BOUNDS + "| /principalOutstanding/amount"})
  void csvAndNdjson_readTheSpellingAlike(String spelling, String expected, String code, String ndjsonField) {
    String csv = csvBook(spelling);
    String ndjson = ndjsonBook(spelling);
    BookItem fromCsv = only(BookSource.csv(new StringReader(csv), BookSource.RISK_POOL_CLAIMS, "loanId"));
    BookItem fromNdjson = only(BookSource.ndjson(new StringReader(ndjson), RiskPoolClaim.class,
        c -> Optional.of(c.loanId()), "loanId", HuiqiJson.codec()));
    if (expected != null) {
      assertThat(fromCsv.amount()).contains(AmountRange.exactly(Cny.of(expected)));
      assertThat(fromNdjson.amount()).contains(AmountRange.exactly(Cny.of(expected)));
    } else {
      BookFailure csvFailure = fromCsv.failure().orElseThrow();
      BookFailure ndjsonFailure = fromNdjson.failure().orElseThrow();
      // the CSV names the column, the NDJSON line the JSON Pointer of the same field
      assertThat(csvFailure.field()).isEqualTo("principalOutstanding");
      assertThat(ndjsonFailure.field()).isEqualTo(ndjsonField);
      assertThat(csvFailure.code()).isEqualTo(code);
      assertThat(ndjsonFailure.code()).isEqualTo(code);
      assertThat(csvFailure.problem()).isEqualTo(ndjsonFailure.problem());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"+1", "1e", "1.e2", ".5", "1e6.5", "0x10", "１e6", "1 000", "Infinity", "NaN"})
  void notANumberInEither_theCsvSaysWrongType_theNdjsonLineIsRefused(String spelling) {
    // none is a JSON number (RFC 8259 §6: no plus sign, no bare or trailing point, digits after an exponent, ASCII
    // digits only, no space, no hexadecimal, no Infinity or NaN): the NDJSON line is refused, the CSV field too
    String csv = csvBook(spelling);
    String ndjson = ndjsonBook(spelling);
    BookFailure csvFailure = only(BookSource.csv(new StringReader(csv), BookSource.RISK_POOL_CLAIMS, "loanId"))
        .failure().orElseThrow();
    assertThat(csvFailure.field()).isEqualTo("principalOutstanding");
    assertThat(csvFailure.code()).isEqualTo(InvalidInputException.WRONG_TYPE);
    assertThat(only(BookSource.ndjson(new StringReader(ndjson), RiskPoolClaim.class, c -> Optional.of(c.loanId()),
        "loanId", HuiqiJson.codec())).failure()).isPresent();
  }

  private static BookItem only(BookSource<RiskPoolClaim> source) {
    List<BookItem> items = new ArrayList<>();
    source.run(POOL, items::add);
    assertThat(items).hasSize(1);
    return items.get(0);
  }
}
