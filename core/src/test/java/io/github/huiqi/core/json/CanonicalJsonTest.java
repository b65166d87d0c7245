package io.github.huiqi.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.testing.FailingWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link HuiqiJson#writeCanonical(Object)}: compact, members sorted, decimals plain without trailing zeros, so
 * that numerically equal inputs hash the same in an audit receipt whatever notation they were written in.
 */
class CanonicalJsonTest {

  @Test
  void test_decimalsWithoutTrailingZeros() {
    assertThat(HuiqiJson.writeCanonical(Map.of("area", new BigDecimal("1200.000"))))
        .isEqualTo(HuiqiJson.writeCanonical(Map.of("area", new BigDecimal("1.2E+3"))))
        .isEqualTo("{\"area\":1200}");
    assertThat(HuiqiJson.writeCanonical(Map.of("x", new BigDecimal("0.00")))).isEqualTo("{\"x\":0}");
    assertThat(HuiqiJson.writeCanonical(Map.of("x", new BigDecimal("-0.50")))).isEqualTo("{\"x\":-0.5}");
  }

  @Test
  void test_amountsAtTheFen_keySorted() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("b", Cny.of("200000.00"));
    value.put("a", 1);
    // an amount written 200000.00 by the library's serializer is 200000 in the canonical text; keys in order
    assertThat(HuiqiJson.writeCanonical(value)).isEqualTo("{\"a\":1,\"b\":{\"amount\":200000,\"currency\":\"CNY\"}}");
  }

  @Test
  void test_equalValuesFromOtherNotations() {
    String written = "{\"area\": 1200.000, \"rate\": 1.0}";
    String other = "{\"rate\": 1, \"area\": 1.2E3}";
    assertThat(HuiqiJson.writeCanonical(HuiqiJson.read(written, Map.class)))
        .isEqualTo(HuiqiJson.writeCanonical(HuiqiJson.read(other, Map.class)));
  }

  @Test
  void test_toAWriter_theSameText_theWriterLeftOpen() throws IOException {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("名称", "深圳市示例精密制造有限公司");
    value.put("amount", new BigDecimal("30166.670"));
    StringWriter out = new StringWriter();
    out.write("[");
    HuiqiJson.writeCanonical(value, out);
    out.write("]");
    assertThat(out.toString()).isEqualTo("[" + HuiqiJson.writeCanonical(value) + "]")
        .isEqualTo("[{\"amount\":30166.67,\"名称\":\"深圳市示例精密制造有限公司\"}]");
    // a writer that fails once closed: the second call tells that the first left it open
    Writer closedOnce = new Writer() {
      private boolean closed;

      @Override
      public void write(char[] chars, int offset, int length) throws IOException {
        if (closed) {
          throw new IOException("closed");
        }
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
        closed = true;
      }
    };
    HuiqiJson.writeCanonical(value, closedOnce);
    HuiqiJson.writeCanonical(value, closedOnce);
  }

  @Test
  void test_toAWriter_thatFails_isAnUncheckedIoException() {
    Writer failing = new FailingWriter("disk full");
    assertThatThrownBy(() -> HuiqiJson.writeCanonical(Map.of("a", "b"), failing))
        .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk full");
    assertThatThrownBy(() -> HuiqiJson.writeCanonical(Map.of("a", "b"), null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("out"));
  }
}
