package io.github.huiqi.core.json;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A byte-order mark opening a JSON document (Windows editors write one) is skipped on every read path, as the command
 * line and the book readers skip it; anywhere else it is malformed JSON.
 */
class JsonByteOrderMarkTest {

  private static final String BOM = "\uFEFF";
  private static final String LOAN = "{\"loanId\": \"L1\", \"principal\": {\"amount\": 1000000, \"currency\": \"CNY\"},"
      + " \"drawdownDate\": \"2023-01-15\", \"maturityDate\": \"2024-01-15\", \"annualInterestRate\": \"3.65%\"}";

  /** A reader that gives one character a call, so that the mark arrives alone. */
  private static Reader oneAtATime(String text) {
    return new FilterReader(new StringReader(text)) {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        return super.read(buffer, offset, Math.min(length, 1));
      }
    };
  }

  @Test
  void test_markOpeningTheDocument_skippedOnEveryPath() {
    LoanFacts plain = HuiqiJson.read(LOAN, LoanFacts.class);
    assertThat(HuiqiJson.read(BOM + LOAN, LoanFacts.class)).isEqualTo(plain);
    assertThat(HuiqiJson.read(new StringReader(BOM + LOAN), LoanFacts.class)).isEqualTo(plain);
    assertThat(HuiqiJson.read(oneAtATime(BOM + LOAN), LoanFacts.class)).isEqualTo(plain);
    // UTF-8 bytes EF BB BF, then the document
    byte[] bytes = (BOM + LOAN).getBytes(StandardCharsets.UTF_8);
    assertThat(bytes[0]).isEqualTo((byte) 0xEF);
    assertThat(HuiqiJson.read(new ByteArrayInputStream(bytes), LoanFacts.class)).isEqualTo(plain);
  }

  @Test
  void test_markAloneOrElsewhere_malformed() {
    for (String text : new String[] {BOM, BOM + BOM + LOAN, " " + BOM + LOAN}) {
      InvalidInputException ex = assertField(() -> HuiqiJson.read(text, LoanFacts.class), "/");
      assertThat(ex.code()).as(text).isEqualTo(InvalidInputException.MALFORMED_JSON);
      InvalidInputException fromReader = assertField(() -> HuiqiJson.read(new StringReader(text), LoanFacts.class),
          "/");
      assertThat(fromReader.code()).as(text).isEqualTo(InvalidInputException.MALFORMED_JSON);
    }
  }

  @Test
  void test_markCountsTowardTheLength() {
    // the limit is on the document as given: the mark is one of its characters
    JsonCodec codec = HuiqiJson.codec(JsonLimits.ofDocumentLength(LOAN.length()));
    assertThat(codec.read(LOAN, LoanFacts.class)).isEqualTo(HuiqiJson.read(LOAN, LoanFacts.class));
    InvalidInputException ex = assertField(() -> codec.read(BOM + LOAN, LoanFacts.class), "/");
    assertThat(ex.code()).isEqualTo(InvalidInputException.TOO_LARGE);
    InvalidInputException fromReader = assertField(() -> codec.read(new StringReader(BOM + LOAN), LoanFacts.class),
        "/");
    assertThat(fromReader.code()).isEqualTo(InvalidInputException.TOO_LARGE);
  }
}
