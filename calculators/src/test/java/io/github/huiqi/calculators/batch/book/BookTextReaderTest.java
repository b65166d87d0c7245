package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Books of bytes (decisions register §4.6 item 61): a row holding bytes that are not text in the book's charset fails
 * alone, named by its line, its column (CSV) or the line as a whole (NDJSON), and the offset of its first bad byte;
 * the rows after it are computed. Before, a bank's {@code Files.newBufferedReader} threw at the first such byte and
 * the whole book ended in an {@code UncheckedIOException}.
 */
class BookTextReaderTest {

  private static final BookCalculator<RiskPoolClaim> POOL =
      BookCalculators.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS);
  private static final String HEADER = "loanId,category,principal,grantDate,extensionDate,firstNonPerformingDate,"
      + "principalOutstanding,accruedInterest,recoveries,baseRatio,guaranteedByFinancingGuarantor,reGuaranteed,"
      + "underOtherRiskCompensation\r\n";
  /**
   * A claim granted 2023-02-01, in the 第5条 window: 1,000,000.00 × (30% + 30 pp) = 600,000.00 (深工信〔2023〕26号
   * 第5条 "提高30个百分点").
   */
  private static final String ROW_TAIL =
      ",GENERAL,1000000.00,2023-02-01,,2024-02-01,1000000.00,,,,false,false,false\r\n";
  private static final AmountRange IN_WINDOW = AmountRange.exactly(Cny.of("600000.00"));

  @Test
  void reader_badSequences_replacedAndRememberedByLineAndOffset() throws IOException {
    // line 1 "a"; line 2 "b", 0xFF, "c"; line 3 a three-byte character cut after two bytes (E4 B8), then "d"
    byte[] bytes = concat(utf8("a\nb"), new byte[] {(byte) 0xFF}, utf8("c\n"), new byte[] {(byte) 0xE4,
        (byte) 0xB8}, utf8("d"));
    BookTextReader reader = BookTextReader.utf8(new ByteArrayInputStream(bytes));
    assertThat(readAll(reader)).isEqualTo("a\nb\uFFFDc\n\uFFFDd");
    // 0xFF is byte 3 (0-based: "a", "\n", "b" before it); E4 is byte 6 ("c", "\n" after 0xFF)
    assertThat(reader.badByte(1, 1)).isEmpty();
    assertThat(reader.badByte(2, 2)).isEqualTo(OptionalLong.of(3));
    assertThat(reader.badByte(3, 3)).isEqualTo(OptionalLong.of(6));
    assertThat(reader.badByte(3, 3)).as("returned once").isEmpty();
  }

  @Test
  void reader_close_closesItsStream() throws IOException {
    // a bank's try-with-resources on the reader must release the file it reads
    boolean[] closed = {false};
    ByteArrayInputStream in = new ByteArrayInputStream(utf8("a\n")) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    try (BookTextReader reader = BookTextReader.utf8(in)) {
      assertThat(readAll(reader)).isEqualTo("a\n");
      assertThat(closed[0]).as("open while read").isFalse();
    }
    assertThat(closed[0]).isTrue();
  }

  @Test
  void reader_aSequenceCutByTheEnd_isBad() throws IOException {
    // "ab" then the first two bytes of 贷 (E8 B4 B7): the input ends inside the character, at byte 2
    BookTextReader reader = BookTextReader.utf8(new ByteArrayInputStream(concat(utf8("ab"),
        new byte[] {(byte) 0xE8, (byte) 0xB4})));
    assertThat(readAll(reader)).isEqualTo("ab\uFFFD");
    assertThat(reader.badByte(1, 1)).isEqualTo(OptionalLong.of(2));
  }

  @Test
  void reader_offsetsAndLinesAcrossItsBuffers() throws IOException {
    // 3,000 lines of "0123456789\n" (11 bytes each), then a bad byte opening line 3,001 at byte 33,000: four refills
    // of the 8,192-byte buffer before it
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < 3_000; i++) {
      out.writeBytes(utf8("0123456789\n"));
    }
    out.write(0x80);
    out.writeBytes(utf8("x\n中"));
    BookTextReader reader = BookTextReader.utf8(new ByteArrayInputStream(out.toByteArray()));
    String text = readAll(reader);
    assertThat(text).endsWith("\n\uFFFDx\n中").hasSize(33_000 + 4);
    assertThat(reader.badByte(1, 3_000)).isEmpty();
    assertThat(reader.badByte(3_001, 3_001)).isEqualTo(OptionalLong.of(33_000));
  }

  @Test
  void reader_gb18030_readsAChineseExport() throws IOException {
    Charset gb = Charset.forName("GB18030");
    BookTextReader reader = BookTextReader.of(new ByteArrayInputStream("贷款-1,深圳\n".getBytes(gb)), gb);
    assertThat(reader.charset()).isEqualTo(gb);
    assertThat(readAll(reader)).isEqualTo("贷款-1,深圳\n");
    assertThat(reader.badByte(1, 2)).isEmpty();
  }

  @Test
  void csv_aRowWithBadBytes_failsNamingItsColumnAndByte_theRestComputed() {
    String line2 = "A" + ROW_TAIL;
    // line 3: 0xFF inside the principal "10?0000.00"; line 4: 0xFF inside the loan id; line 5 as line 2
    byte[] book = concat(utf8(HEADER + line2 + "B,GENERAL,10"), new byte[] {(byte) 0xFF},
        utf8("0000.00,2023-02-01,,2024-02-01,1000000.00,,,,false,false,false\r\nC"), new byte[] {(byte) 0xFF},
        utf8(ROW_TAIL + "D" + ROW_TAIL));
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.csv(BookTextReader.utf8(new ByteArrayInputStream(book)),
        BookSource.RISK_POOL_CLAIMS, "loanId").run(POOL, items::add);

    assertThat(items).extracting(BookItem::index).containsExactly(2L, 3L, 4L, 5L);
    assertThat(items.get(0).amount()).contains(IN_WINDOW);
    long principalByte = HEADER.length() + line2.length() + "B,GENERAL,10".length();
    assertThat(items.get(1).id()).contains("B");
    assertThat(items.get(1).failure()).contains(new BookFailure("principal", "byte " + principalByte,
        InvalidInputException.INVALID, "must be UTF-8 text (byte " + principalByte + ")"));
    // the id's own column holds the bad byte: no id
    long idByte = principalByte + 1 + "0000.00,2023-02-01,,2024-02-01,1000000.00,,,,false,false,false\r\nC".length();
    assertThat(items.get(2).id()).isEmpty();
    assertThat(items.get(2).failure()).contains(new BookFailure("loanId", "byte " + idByte,
        InvalidInputException.INVALID, "must be UTF-8 text (byte " + idByte + ")"));
    assertThat(items.get(3).id()).contains("D");
    assertThat(items.get(3).amount()).contains(IN_WINDOW);
    // two computed at 600,000.00 each, two failed
    assertThat(totals).isEqualTo(new BookTotals(4, 2, 0, 0, 2,
        new AmountRange(Cny.of("1200000.00"), Cny.of("1200000.00"))));
  }

  @Test
  void csv_aBadByteInAQuotedFieldSpanningLines_failsTheRecordOnly() {
    // line 2's loan id is quoted over two lines, the second holding 0xFF: the record of lines 2–3 fails, named by
    // the line it starts on; line 4 is computed
    byte[] book = concat(utf8(HEADER + "\"A\n"), new byte[] {(byte) 0xFF}, utf8("\"" + ROW_TAIL + "B" + ROW_TAIL));
    List<BookItem> items = new ArrayList<>();
    BookSource.csv(BookTextReader.utf8(new ByteArrayInputStream(book)), BookSource.RISK_POOL_CLAIMS, "loanId")
        .run(POOL, items::add);
    assertThat(items).extracting(BookItem::index).containsExactly(2L, 4L);
    assertThat(items.get(0).failure().orElseThrow().field()).isEqualTo("loanId");
    assertThat(items.get(0).failure().orElseThrow().value()).isEqualTo("byte " + (HEADER.length() + 3));
    assertThat(items.get(1).amount()).contains(IN_WINDOW);
  }

  @Test
  void csv_aBadByteInTheHeader_refusesTheBookNamingTheHeader() {
    byte[] book = concat(utf8("loanId,categ"), new byte[] {(byte) 0xFF}, utf8("ory\r\nA,GENERAL\r\n"));
    assertThatThrownBy(() -> BookSource.csv(BookTextReader.utf8(new ByteArrayInputStream(book)),
        BookSource.RISK_POOL_CLAIMS, "loanId")).isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("header");
          assertThat(ex.value()).isEqualTo("byte 12");
        });
  }

  @Test
  void csv_aGb18030Export_readInItsCharset() {
    // Excel on a Chinese Windows saves GB18030: 贷款-1 is the loan id; read as UTF-8 its bytes are not text
    byte[] book = (HEADER + "贷款-1" + ROW_TAIL).getBytes(Charset.forName("GB18030"));
    List<BookItem> items = new ArrayList<>();
    BookSource.csv(BookTextReader.of(new ByteArrayInputStream(book), Charset.forName("GB18030")),
        BookSource.RISK_POOL_CLAIMS, "loanId").run(POOL, items::add);
    assertThat(items.get(0).id()).contains("贷款-1");
    assertThat(items.get(0).amount()).contains(IN_WINDOW);

    List<BookItem> asUtf8 = new ArrayList<>();
    BookSource.csv(BookTextReader.utf8(new ByteArrayInputStream(book)), BookSource.RISK_POOL_CLAIMS, "loanId")
        .run(POOL, asUtf8::add);
    // 贷 in GB18030 is B4 FB: B4 cannot open a UTF-8 character, so the first bad byte is the row's first
    assertThat(asUtf8.get(0).failure()).contains(new BookFailure("loanId", "byte " + HEADER.length(),
        InvalidInputException.INVALID, "must be UTF-8 text (byte " + HEADER.length() + ")"));
  }

  @Test
  void ndjson_aLineWithBadBytes_failsAsAWhole_theRestComputed() {
    String first = line(RiskPoolFixtures.claim("A", LocalDate.of(2023, 1, 1)).build());
    String second = line(RiskPoolFixtures.claim("B", LocalDate.of(2023, 1, 1)).build());
    // line 2: 0xFF inside the id "C?"; line 3: 0xFF in a text member after a good id "B" (the category's value);
    // line 4: the first claim under the id D, so that it is no repeat of line 1
    String badCategory = second.replace("\"GENERAL\"", "\"GENER\u0001L\"");
    int at = badCategory.indexOf('\u0001');
    byte[] book = concat(utf8(first + "\n{\"loanId\":\"C"), new byte[] {(byte) 0xFF},
        utf8("\"}\n" + badCategory.substring(0, at)), new byte[] {(byte) 0xFF},
        utf8(badCategory.substring(at + 1) + "\n" + first.replace("\"A\"", "\"D\"") + "\n"));
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.ndjson(BookTextReader.utf8(new ByteArrayInputStream(book)), RiskPoolClaim.class,
        claim -> Optional.of(claim.loanId()), "loanId", HuiqiJson.codec()).run(POOL, items::add);

    assertThat(items).extracting(BookItem::index).containsExactly(1L, 2L, 3L, 4L);
    // granted 2023-01-01, in the window: 1,000,000.00 × (30% + 30 pp) = 600,000.00 (第5条)
    assertThat(items.get(0).amount()).contains(IN_WINDOW);
    long idByte = first.length() + 1 + "{\"loanId\":\"C".length();
    assertThat(items.get(1).id()).isEmpty();
    assertThat(items.get(1).failure()).contains(new BookFailure("/", "byte " + idByte,
        InvalidInputException.MALFORMED_JSON, "must be UTF-8 text (byte " + idByte + ")"));
    long categoryByte = idByte + 1 + "\"}\n".length() + at;
    assertThat(items.get(2).id()).contains("B");
    assertThat(items.get(2).failure().orElseThrow().value()).isEqualTo("byte " + categoryByte);
    assertThat(items.get(3).amount()).contains(IN_WINDOW);
    assertThat(totals).isEqualTo(new BookTotals(4, 2, 0, 0, 2,
        new AmountRange(Cny.of("1200000.00"), Cny.of("1200000.00"))));
  }

  @Test
  void strictReader_endsTheBookWithATypedErrorNamingTheLine() {
    // as Files.newBufferedReader decodes: a bad byte throws once the book reads up to it (a CSV book reads a
    // character at a time, which the JDK's reader decodes two at a time: line 3 here)
    byte[] book = concat(utf8(HEADER + "A" + ROW_TAIL + "B"), new byte[] {(byte) 0xFF}, utf8(ROW_TAIL));
    BookSource<RiskPoolClaim> source = BookSource.csv(new InputStreamReader(new ByteArrayInputStream(book),
        StandardCharsets.UTF_8.newDecoder()), BookSource.RISK_POOL_CLAIMS, "loanId");
    List<BookItem> before = new ArrayList<>();
    assertThatThrownBy(() -> source.run(POOL, before::add))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("in");
          assertThat(ex.value()).isEqualTo("line 3");
          assertThat(ex.problem()).contains("BookTextReader");
        });
    assertThat(before).extracting(BookItem::index).containsExactly(2L);
    // an NDJSON book reads 8,192 characters at a time: the bad byte throws while its first line is read
    Reader strictLines = new InputStreamReader(new ByteArrayInputStream(concat(utf8("{}\n{"),
        new byte[] {(byte) 0xFF}, utf8("}\n"))), StandardCharsets.UTF_8.newDecoder());
    assertThatThrownBy(() -> BookSource.ndjson(strictLines, RiskPoolClaim.class, c -> Optional.empty())
        .run(POOL, item -> { })).isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.value()).isEqualTo("line 1"));
    // a reader that fails for another reason still fails as it did
    Reader failing = new Reader() {
      @Override
      public int read(char[] buffer, int off, int len) throws IOException {
        throw new IOException("disk");
      }

      @Override
      public void close() {
      }
    };
    assertThatThrownBy(() -> BookSource.ndjson(failing, RiskPoolClaim.class, c -> Optional.empty()).hasNext())
        .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk");
  }

  private static String line(RiskPoolClaim claim) {
    return HuiqiJson.write(claim, JsonOutput.COMPACT);
  }

  private static String readAll(Reader reader) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[100];
    int read;
    while ((read = reader.read(buffer, 0, buffer.length)) >= 0) {
      text.append(buffer, 0, read);
    }
    return text.toString();
  }

  /** The text's UTF-8 bytes (shared with {@link BookBadByteEdgesTest}). */
  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The parts' bytes one after another (shared with {@link BookBadByteEdgesTest}). */
  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
