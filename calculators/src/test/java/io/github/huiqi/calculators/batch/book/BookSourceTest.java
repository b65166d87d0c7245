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
import io.github.huiqi.core.result.Verdict;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Books from files: every bad row reported by line and field, the rest computed. */
class BookSourceTest {

  private static final BookCalculator<RiskPoolClaim> POOL =
      BookCalculators.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS);
  private static final String HEADER = "loanId,category,principal,grantDate,extensionDate,firstNonPerformingDate,"
      + "principalOutstanding,accruedInterest,recoveries,baseRatio,guaranteedByFinancingGuarantor,reGuaranteed,"
      + "underOtherRiskCompensation\r\n";

  @Test
  void csvRow_fromAHostsReader_nullIsAbsent() {
    Map<String, Integer> header = new HashMap<>();
    String[] names = HEADER.trim().split(",");
    for (int i = 0; i < names.length; i++) {
      header.put(names[i], i);
    }
    // granted 2023-02-01, in the window: 1,000,000.00 × (30% + 30 pp) = 600,000.00 (深工信〔2023〕26号 第5条)
    RiskPoolClaim claim = BookSource.RISK_POOL_CLAIMS.map(BookCsvRow.of(header, Arrays.asList("A",
        "GENERAL", "1000000.00", "2023-02-01", null, "2024-02-01", "1000000.00", null, null, null, "false",
        "false", "false")));
    assertThat(claim.extensionDate()).isEmpty();
    assertThat(POOL.evaluate(0, claim).amount()).contains(AmountRange.exactly(Cny.of("600000.00")));
    // a null required field is missing, named by its column
    assertThatThrownBy(() -> BookSource.RISK_POOL_CLAIMS.map(BookCsvRow.of(header,
        Arrays.asList("B", "GENERAL", null, "2023-02-01", null, "2024-02-01", "1000000.00", null, null,
        null, "false", "false", "false"))))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("principal"));
  }

  @Test
  void csv_badRowsByLineAndField_goodRowsComputed() {
    String csv = HEADER
        // line 2: granted 2023-02-01, in the window: 1,000,000.00 × 60% = 600,000.00 (深工信〔2023〕26号 第5条)
        + "\"A,1\",GENERAL,1000000.00,2023-02-01,,2024-02-01,1000000.00,,,,false,false,false\r\n"
        // line 3: an amount with a grouping comma (quoted) is not a plain decimal
        + "B,GENERAL,\"1,000,000.00\",2023-02-01,,2024-02-01,1000000.00,,,,false,false,false\r\n"
        // line 4: no grant date
        + "C,GENERAL,1000000.00,,,2024-02-01,1000000.00,,,,false,false,false\r\n"
        // line 5: an unknown category
        + "D,SPECIAL,1000000.00,2023-02-01,,2024-02-01,1000000.00,,,,false,false,false\r\n"
        // line 6: more outstanding than lent
        + "E,GENERAL,1000000.00,2023-02-01,,2024-02-01,1000000.01,,,,false,false,false\r\n"
        // line 7: too few fields
        + "F,GENERAL,1000000.00\r\n"
        // line 8: granted 2023-04-01, outside: 500,000.00 × 30% = 150,000.00; re-guarantee unknown → undetermined
        + "G,GENERAL,500000.00,2023-04-01,,2024-04-01,500000.00,,,,false,,false\r\n"
        // line 9: a yes/no fact that is neither
        + "H,GENERAL,1000000.00,2023-02-01,,2024-02-01,1000000.00,,,,no,false,false\r\n";
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.csv(new StringReader(csv), BookSource.RISK_POOL_CLAIMS, "loanId")
        .run(POOL, items::add);

    assertThat(items).extracting(BookItem::index).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    assertThat(items.get(0).id()).contains("A,1");
    assertThat(items.get(0).amount()).contains(AmountRange.exactly(Cny.of("600000.00")));
    assertThat(failedField(items.get(1))).isEqualTo("principal");
    assertThat(failedField(items.get(2))).isEqualTo("grantDate");
    assertThat(failedField(items.get(3))).isEqualTo("category");
    assertThat(failedField(items.get(4))).isEqualTo("principalOutstanding");
    assertThat(failedField(items.get(5))).isEqualTo("line");
    assertThat(items.get(5).id()).contains("F");
    assertThat(items.get(6).verdict()).contains(Verdict.UNDETERMINED);
    assertThat(items.get(6).amount()).contains(new AmountRange(Cny.of("0.00"), Cny.of("150000.00")));
    assertThat(failedField(items.get(7))).isEqualTo("guaranteedByFinancingGuarantor");
    assertThat(totals).isEqualTo(new BookTotals(8, 1, 0, 1, 6,
        new AmountRange(Cny.of("600000.00"), Cny.of("750000.00"))));
  }

  @Test
  void csv_aHeaderColumnTheMapperDoesNotRead_isRefusedNamingItsPlace() {
    // line 2: granted 2023-01-01, in the window, agreed base 50%: min(50% + 30 pp, 80%) × 800,000.00 = 640,000.00
    // (深工信〔2023〕26号 第5条 "提高30个百分点，补偿比例最高为80%")
    String row = "A,GENERAL,1000000.00,2023-01-01,,2024-01-01,800000.00,,,50%,false,false,false\r\n";
    List<BookItem> items = new ArrayList<>();
    BookSource.csv(new StringReader(HEADER + row), BookSource.RISK_POOL_CLAIMS, "loanId").run(POOL, items::add);
    assertThat(items.get(0).amount()).contains(AmountRange.exactly(Cny.of("640000.00")));
    // the agreed base under a misspelt header: before, read as absent on every row, the table's 30% applied and
    // (30% + 30 pp) × 800,000.00 = 480,000.00 came out without a word
    String misspelt = HEADER.replace("baseRatio", "baseRato");
    assertThatThrownBy(() -> BookSource.csv(new StringReader(misspelt + row), BookSource.RISK_POOL_CLAIMS, "loanId"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("header/9");
          assertThat(ex.value()).isEqualTo("baseRato");
          assertThat(ex.problem()).contains("baseRatio");
        });
    // a column without a name (a trailing comma on every line) is not a misspelt one: read as before
    List<BookItem> trailing = new ArrayList<>();
    BookSource.csv(new StringReader(HEADER.replace("\r\n", ",\r\n") + row.replace("\r\n", ",\r\n")),
        BookSource.RISK_POOL_CLAIMS, "loanId").run(POOL, trailing::add);
    assertThat(trailing.get(0).amount()).contains(AmountRange.exactly(Cny.of("640000.00")));
    // a mapper that does not name its columns accepts any header, as before
    BookCsvMapper<RiskPoolClaim> unnamed = BookSource.RISK_POOL_CLAIMS::map;
    assertThat(unnamed.columns()).isEmpty();
    assertThat(BookSource.csv(new StringReader(misspelt + row), unnamed, "loanId").next().request()).isPresent();
  }

  @Test
  void csv_aHeaderWithoutARequiredColumn_isRefusedNamingIt() {
    // every claim needs its first non-performing day (the classification tested against the base ratio's validity):
    // before, a header without the column was accepted and every row failed on it, one by one
    String header = HEADER.replace("firstNonPerformingDate,", "");
    String row = "A,GENERAL,1000000.00,2023-01-01,,800000.00,,,,false,false,false\r\n";
    assertThatThrownBy(() -> BookSource.csv(new StringReader(header + row), BookSource.RISK_POOL_CLAIMS, "loanId"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("header");
          assertThat(ex.value()).isEqualTo("firstNonPerformingDate");
        });
    // an optional column left out of the header is read as absent on every row: the facts unknown, the claim
    // undetermined from 0 to 60% × 800,000.00 = 480,000.00 (深工信〔2023〕26号 第5条)
    String noFacts = HEADER.replace(",guaranteedByFinancingGuarantor,reGuaranteed,underOtherRiskCompensation", "");
    List<BookItem> items = new ArrayList<>();
    BookSource.csv(new StringReader(noFacts + "A,GENERAL,1000000.00,2023-01-01,,2024-01-01,800000.00,,,\r\n"),
        BookSource.RISK_POOL_CLAIMS, "loanId").run(POOL, items::add);
    assertThat(items.get(0).amount()).contains(new AmountRange(Cny.ZERO, Cny.of("480000.00")));
    // a mapper's required column must be one of its columns
    assertThatThrownBy(() -> BookCsvMapper.withColumns(List.of("loanId"), List.of("loanID"),
        BookSource.RISK_POOL_CLAIMS::map)).isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("required/0"));
  }

  @Test
  void csv_emptyLinesHoldNoLoan_skippedButCounted() {
    // before, each empty line was a failed item ("must have 13 fields as the header has"): 3 items, 2 failed
    String row = "A,GENERAL,1000000.00,2023-01-01,,2024-01-01,800000.00,,,,false,false,false\r\n";
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.csv(new StringReader("\r\n" + HEADER + "\r\n" + row + "\r\n\r\n"),
        BookSource.RISK_POOL_CLAIMS, "loanId").run(POOL, items::add);
    // the header on line 2, the loan on line 4: (30% + 30 pp) × 800,000.00 = 480,000.00 (深工信〔2023〕26号 第5条)
    assertThat(items).extracting(BookItem::index).containsExactly(4L);
    assertThat(totals).isEqualTo(new BookTotals(1, 1, 0, 0, 0, AmountRange.exactly(Cny.of("480000.00"))));
  }

  @Test
  void csv_unclosedQuoteIsAFailureOfItsLine() {
    String csv = HEADER + "A,GENERAL,1000000.00,2023-02-01,,2024-02-01,1000000.00,,,,false,false,false\n"
        + "\"B,GENERAL,1000000.00\n";
    List<BookItem> items = new ArrayList<>();
    BookSource.csv(new StringReader(csv), BookSource.RISK_POOL_CLAIMS, "loanId").run(POOL, items::add);
    assertThat(items).hasSize(2);
    assertThat(items.get(0).verdict()).contains(Verdict.ELIGIBLE);
    // named by the column whose quote is left open (before: "line 3", the line repeated in the field)
    assertThat(items.get(1).failure()).hasValueSatisfying(f -> assertThat(f.field()).isEqualTo("loanId"));
    // the item is indexed by the line its record starts on, as every other item is (before: 4, where the input ended)
    assertThat(items.get(1).index()).isEqualTo(3);
  }

  @Test
  void csv_aFieldTooLong_failsItsRowOnce_andTheNextLineIsTheNextRow() {
    String good = "A,GENERAL,1000000.00,2023-01-01,,2024-01-01,800000.00,,,,false,false,false\n";
    String csv = HEADER + "x".repeat(BookCsvReader.MAX_FIELD_LENGTH + 1) + good.substring(1) + good;
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.csv(new StringReader(csv), BookSource.RISK_POOL_CLAIMS, "loanId")
        .run(POOL, items::add);
    // before: the rest of line 2 was read as a third row (loanId missing), so one bad row made two failed items
    assertThat(items).extracting(BookItem::index).containsExactly(2L, 3L);
    assertThat(items.get(0).failure()).hasValueSatisfying(f -> assertThat(f.field()).isEqualTo("loanId"));
    // line 3: (30% + 30 pp) × 800,000.00 = 480,000.00 (深工信〔2023〕26号 第5条)
    assertThat(totals).isEqualTo(new BookTotals(2, 1, 0, 0, 1, AmountRange.exactly(Cny.of("480000.00"))));
  }

  @Test
  void ndjson_badLinesByLineAndPointer_blankLinesSkipped() {
    RiskPoolClaim good = RiskPoolFixtures.claim("A", LocalDate.of(2023, 1, 1)).build();
    String json = HuiqiJson.write(good).replace("\n", "").replace("\r", "");
    String book = json + "\n"
        + "\n"
        + "{\"loanId\": \"B\",\n"
        + json.replace("\"loanId\"", "\"loanIdentifier\"") + "\n"
        + json.replace("\"A\"", "\"C\"") + "\n";
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.ndjson(new StringReader(book), RiskPoolClaim.class,
        claim -> Optional.of(claim.loanId())).run(POOL, items::add);

    // line 1: 1,000,000.00 × (30% + 30 pp) = 600,000.00; line 2 blank; line 3 malformed; line 4 unknown property
    assertThat(items).extracting(BookItem::index).containsExactly(1L, 3L, 4L, 5L);
    assertThat(items.get(0).amount()).contains(AmountRange.exactly(Cny.of("600000.00")));
    assertThat(items.get(1).failure()).hasValueSatisfying(f -> assertThat(f.code()).isEqualTo("input.malformed-json"));
    assertThat(items.get(2).failure()).hasValueSatisfying(f -> assertThat(f.field()).isEqualTo("/loanIdentifier"));
    assertThat(items.get(3).id()).contains("C");
    assertThat(totals.amount()).isEqualTo(AmountRange.exactly(Cny.of("1200000.00")));
    assertThat(totals.failed()).isEqualTo(2);
  }

  @Test
  void ndjson_aByteOrderMarkOpeningTheFile_isSkipped_asInACsvBook() {
    // before, line 1 failed: input.malformed-json "is not well-formed JSON (line 1, column 1)"
    String json = HuiqiJson.write(RiskPoolFixtures.claim("A", LocalDate.of(2023, 1, 1)).build()).replace("\n", "");
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.ndjson(new StringReader("\uFEFF" + json + "\r\n" + json.replace("\"A\"", "\"B\"")),
        RiskPoolClaim.class, claim -> Optional.of(claim.loanId())).run(POOL, items::add);
    // each: 1,000,000.00 × (30% + 30 pp) = 600,000.00 (深工信〔2023〕26号 第5条)
    assertThat(items).extracting(BookItem::index).containsExactly(1L, 2L);
    assertThat(totals).isEqualTo(new BookTotals(2, 2, 0, 0, 0, AmountRange.exactly(Cny.of("1200000.00"))));
    // a file of a mark alone is an empty book
    assertThat(BookSource.ndjson(new StringReader("\uFEFF"), RiskPoolClaim.class, c -> Optional.empty()).hasNext())
        .isFalse();
  }

  @Test
  void csv_yesNoFacts_inAnyCase_aSpreadsheetsTrueAndFalse() {
    Map<String, Integer> header = Map.of("fact", 0);
    for (String yes : new String[] {"true", "TRUE", "True"}) {
      assertThat(BookCsvRow.of(header, List.of(yes)).optionalBoolean("fact")).contains(true);
    }
    for (String no : new String[] {"false", "FALSE", "False"}) {
      assertThat(BookCsvRow.of(header, List.of(no)).optionalBoolean("fact")).contains(false);
    }
    assertThat(BookCsvRow.of(header, List.of("")).optionalBoolean("fact")).isEmpty();
    for (String other : new String[] {"yes", "1", "T", "是"}) {
      assertThatThrownBy(() -> BookCsvRow.of(header, List.of(other)).optionalBoolean("fact"))
          .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
            assertThat(ex.field()).isEqualTo("fact");
            assertThat(ex.value()).isEqualTo(other);
          });
    }
  }

  private static String failedField(BookItem item) {
    assertThat(item.isFailed()).as("item %s", item).isTrue();
    return item.failure().orElseThrow().field();
  }
}
