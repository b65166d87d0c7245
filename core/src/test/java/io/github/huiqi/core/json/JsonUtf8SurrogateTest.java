package io.github.huiqi.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A UTF-16 surrogate encoded as UTF-8 (bytes {@code ED A0..BF}, CESU-8's form; no UTF-8 text holds it) is refused on
 * the byte path whichever supported Jackson reads it: Jackson 2.15 to 2.20 read it as a lone surrogate character,
 * later versions refuse it. The error names the document ({@code /}) and the offset of the bad sequence's first byte.
 */
class JsonUtf8SurrogateTest {

  /** A loan whose id is {@code L} followed by the given bytes. */
  private static byte[] loanWithIdBytes(byte... id) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("{\"loanId\": \"L".getBytes(StandardCharsets.UTF_8));
    out.writeBytes(id);
    out.writeBytes(("\", \"principal\": {\"amount\": 1000000, \"currency\": \"CNY\"}, \"drawdownDate\": \"2023-01-15\","
        + " \"maturityDate\": \"2024-01-15\", \"annualInterestRate\": \"3.65%\"}").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** A stream that gives one byte a call, so that a sequence is split between two reads. */
  private static InputStream oneAtATime(byte[] bytes) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        return super.read(buffer, offset, Math.min(length, 1));
      }
    };
  }

  @Test
  void test_encodedSurrogate_refusedNamingItsByte() {
    // {"loanId": "L is 13 bytes (offsets 0..12): the surrogate U+D800 encoded as ED A0 80 starts at byte 13
    byte[] bytes = loanWithIdBytes((byte) 0xED, (byte) 0xA0, (byte) 0x80);
    for (InputStream in : new InputStream[] {new ByteArrayInputStream(bytes), oneAtATime(bytes)}) {
      InvalidInputException error = catchThrowableOfType(() -> HuiqiJson.read(in, LoanFacts.class),
          InvalidInputException.class);
      assertThat(error.code()).isEqualTo(InvalidInputException.MALFORMED_JSON);
      assertThat(error.field()).isEqualTo("/");
      assertThat(error.value()).isEqualTo("byte 13");
      assertThat(error.getMessage()).contains("must be UTF-8 text (byte 13)");
    }
    // the highest surrogate, U+DFFF = ED BF BF, as well
    assertThat(catchThrowableOfType(() -> HuiqiJson.read(new ByteArrayInputStream(loanWithIdBytes((byte) 0xED,
        (byte) 0xBF, (byte) 0xBF)), LoanFacts.class), InvalidInputException.class).value()).isEqualTo("byte 13");
  }

  @Test
  void test_charactersStartingWithEd_read() {
    // U+D55C 한 = ED 95 9C and U+D7FF = ED 9F BF, the last character before the surrogates: UTF-8, read as such
    LoanFacts han = HuiqiJson.read(oneAtATime(loanWithIdBytes((byte) 0xED, (byte) 0x95, (byte) 0x9C)),
        LoanFacts.class);
    assertThat(han.loanId()).isEqualTo("L\uD55C");
    LoanFacts last = HuiqiJson.read(new ByteArrayInputStream(loanWithIdBytes((byte) 0xED, (byte) 0x9F,
        (byte) 0xBF)), LoanFacts.class);
    assertThat(last.loanId()).isEqualTo("L\uD7FF");
  }
}
