package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.error.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random CSV books of risk-compensation claims, some rows corrupted with bytes that are not UTF-8 (a lone
 * 0xFF, a continuation byte, a character cut short, a GB18030 character) in a random column, read through
 * {@link BookTextReader}: every clean row gives the item the same book without the corruptions gives, and every
 * corrupted row fails naming the column and the offset of its first bad byte, which the test knows from building
 * the book. Ids in Chinese make characters and bytes differ, and books of some hundred rows cross the reader's
 * buffers (decisions register §4.6 item 61).
 */
class BookTextReaderPropertyTest {

  private static final long SEED = 20261205L;
  private static final BookCalculator<RiskPoolClaim> POOL =
      BookCalculators.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS);
  private static final String[] COLUMNS = {"loanId", "category", "principal", "grantDate", "extensionDate",
      "firstNonPerformingDate", "principalOutstanding", "accruedInterest", "recoveries", "baseRatio",
      "guaranteedByFinancingGuarantor", "reGuaranteed", "underOtherRiskCompensation"};
  /** Byte runs no UTF-8 decoder accepts: a lone 0xFF, a lone continuation byte, 贷 cut short, 贷 in GB18030. */
  private static final byte[][] BAD = {{(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xE8, (byte) 0xB4},
      {(byte) 0xB4, (byte) 0xFB}};

  @Test
  void corruptedRowsFailAlone_byColumnAndByte_cleanRowsAsWithoutThem() {
    Random random = new Random(SEED);
    for (int book = 0; book < 40; book++) {
      int rows = 1 + random.nextInt(400);
      List<String[]> fields = new ArrayList<>();
      for (int i = 0; i < rows; i++) {
        fields.add(row(random, i));
      }
      ByteArrayOutputStream corrupted = new ByteArrayOutputStream();
      StringBuilder clean = new StringBuilder();
      String header = String.join(",", COLUMNS) + "\r\n";
      corrupted.writeBytes(header.getBytes(StandardCharsets.UTF_8));
      clean.append(header);
      // per row: -1 if clean, else the offset of its bad byte and the column holding it
      long[] badByte = new long[rows];
      int[] badColumn = new int[rows];
      for (int i = 0; i < rows; i++) {
        String[] row = fields.get(i);
        badByte[i] = -1;
        int column = random.nextInt(4) == 0 ? random.nextInt(COLUMNS.length) : -1;
        for (int c = 0; c < COLUMNS.length; c++) {
          if (c > 0) {
            corrupted.write(',');
          }
          byte[] text = row[c].getBytes(StandardCharsets.UTF_8);
          if (c == column) {
            // the bad bytes inside the field's text, at a character boundary
            int at = cut(row[c], random.nextInt(row[c].length() + 1));
            corrupted.write(text, 0, at);
            badByte[i] = corrupted.size();
            badColumn[i] = c;
            corrupted.writeBytes(BAD[random.nextInt(BAD.length)]);
            corrupted.write(text, at, text.length - at);
          } else {
            corrupted.writeBytes(text);
          }
        }
        corrupted.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        clean.append(String.join(",", row)).append("\r\n");
      }
      List<BookItem> expected = new ArrayList<>();
      BookSource.csv(new StringReader(clean.toString()), BookSource.RISK_POOL_CLAIMS, "loanId")
          .run(POOL, expected::add);
      List<BookItem> actual = new ArrayList<>();
      BookSource.csv(BookTextReader.utf8(new ByteArrayInputStream(corrupted.toByteArray())),
          BookSource.RISK_POOL_CLAIMS, "loanId").run(POOL, actual::add);

      // the clean book's rows are claims the pool computes (none fails on its own)
      assertThat(expected).as("seed %d, book %d", SEED, book)
          .allSatisfy(item -> assertThat(item.verdict()).isPresent());
      assertThat(actual).as("seed %d, book %d", SEED, book).hasSize(rows);
      for (int i = 0; i < rows; i++) {
        BookItem item = actual.get(i);
        if (badByte[i] < 0) {
          assertThat(item).as("seed %d, book %d, row %d", SEED, book, i).isEqualTo(expected.get(i));
          continue;
        }
        assertThat(item.index()).isEqualTo(i + 2L);
        assertThat(item.failure()).as("seed %d, book %d, row %d", SEED, book, i).contains(new BookFailure(
            COLUMNS[badColumn[i]], "byte " + badByte[i], InvalidInputException.INVALID,
            "must be UTF-8 text (byte " + badByte[i] + ")"));
        // the id of a row whose id column holds no bad byte
        assertThat(item.id()).isEqualTo(badColumn[i] == 0 ? java.util.Optional.empty()
            : java.util.Optional.of(fields.get(i)[0]));
      }
    }
  }

  /** A claim's fields: an id in Chinese or Latin letters, sometimes empty optional columns, dates around 2023. */
  private static String[] row(Random random, int i) {
    long principal = 10_000_00L + random.nextInt(500_000_000);
    long outstanding = principal - random.nextInt((int) Math.min(principal, Integer.MAX_VALUE));
    int month = 1 + random.nextInt(12);
    String grant = "2023-" + two(month) + "-" + two(1 + random.nextInt(28));
    return new String[] {
        (random.nextBoolean() ? "贷款-" : "L-") + i,
        random.nextBoolean() ? "GENERAL" : "FIRST_LOAN",
        fen(principal),
        grant,
        "",
        "2024-" + two(month) + "-" + two(1 + random.nextInt(28)),
        fen(outstanding),
        random.nextBoolean() ? "" : fen(random.nextInt(1_000_000)),
        "",
        "",
        "false",
        random.nextInt(5) == 0 ? "" : "false",
        "false"};
  }

  /** The UTF-8 length of the first {@code chars} characters of a text (all in the basic plane). */
  private static int cut(String text, int chars) {
    return text.substring(0, chars).getBytes(StandardCharsets.UTF_8).length;
  }

  private static String fen(long fen) {
    return fen / 100 + "." + two((int) (fen % 100));
  }

  private static String two(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }
}
