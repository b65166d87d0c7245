package io.github.huiqi.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.space.rent.RentPayment;
import io.github.huiqi.core.tax.QuarterlyAverage;
import io.github.huiqi.core.time.DateRange;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests the lean reader's grammar against the hardened reader's: what the hardened one reads, the lean one reads to an
 * equal value or hands over ({@link TrustedJson.Unsupported}); what the hardened one rejects, the lean one never
 * reads. The built-in packs themselves are compared in {@code PolicyPacksTrustedTest}.
 */
class TrustedJsonTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"zh\":\"中文\",\"en\":\"text\"}",
      " \t\r\n{ \"zh\" : \"中\" , \"en\" : \"x\" } \n",
      "{\"en\":\"order does not matter\",\"zh\":\"顺序\"}",
      "{\"zh\":\"\\u4e2d\\\"\\\\\\/\\b\\f\\n\\r\\t\",\"en\":\"escapes\"}",
      "{\"zh\":\"中\\u6587\",\"en\":\"\\ud83d\\ude00 a pair\"}",
      "{\"zh\":\"中\",\"en\":\"before\\nafter 文\"}",
      "{\"\\u007ah\":\"a name escaped\",\"e\\u006e\":\"x\"}",
  })
  void test_readsWhatTheHardenedReaderReads_toAnEqualValue(String json) throws TrustedJson.Unsupported {
    assertThat(TrustedJson.read(json, LocalizedText.class)).isEqualTo(HuiqiJson.read(json, LocalizedText.class));
    assertThat(TrustedJson.read(json.getBytes(StandardCharsets.UTF_8), LocalizedText.class))
        .isEqualTo(HuiqiJson.read(json, LocalizedText.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"start\":\"2023-01-01\",\"end\":\"2023-12-31\"}",
      "{\"start\":\"2023-01-01\",\"end\":null}",
      "{\"start\":\"2023-01-01\"}",
  })
  void test_readsDatesAndOptionals(String json) throws TrustedJson.Unsupported {
    assertThat(TrustedJson.read(json, DateRange.class)).isEqualTo(HuiqiJson.read(json, DateRange.class));
  }

  /** Each text is one the hardened reader rejects. */
  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "   ",
      "{\"zh\":\"中\",\"en\":\"x\"",
      "{\"zh\":\"中\",\"en\":\"x\",}",
      "{\"zh\":\"中\",,\"en\":\"x\"}",
      "{\"zh\":\"中\" \"en\":\"x\"}",
      "{\"zh\" \"中\",\"en\":\"x\"}",
      "{'zh':\"中\",\"en\":\"x\"}",
      "{zh:\"中\",\"en\":\"x\"}",
      "{\"zh\":\"中\",\"en\":\"x\"} // comment",
      "/* c */ {\"zh\":\"中\",\"en\":\"x\"}",
      "{\"zh\":\"中\",\"en\":\"x\"} {}",
      "{\"zh\":\"中\",\"en\":\"x\"}]",
      "{\"zh\":\"中\",\"en\":\"tab\tinside\"}",
      "{\"zh\":\"中\",\"en\":\"line\ninside\"}",
      "{\"zh\":\"中\",\"en\":\"bad \\x escape\"}",
      "{\"zh\":\"中\",\"en\":\"short \\u12\"}",
      "{\"zh\":\"中\",\"en\":\"unterminated}",
      "{\"zh\":\"中\",\"en\":\"x\",\"zh\":\"again\"}",
      "{\"zh\":\"中\",\"en\":\"x\",\"\\u007ah\":\"again, escaped\"}",
      "{\"zh\":\"中\",\"en\":\"x\",\"z\\h\":\"bad escape in a name\"}",
      "{\"zh\":\"中\",\"en\":\"x\",\"zh\u0001\":\"control character in a name\"}",
      "{\"zh\":\"中\",\"en\"}",
      "{\"zh\":\"中\",\"en\":\"x\",\"extra\":\"y\"}",
      "{\"zh\":\"中\",\"en\":1}",
      "{\"zh\":\"中\",\"en\":null}",
      "{\"zh\":\"中\",\"en\":[\"x\"]}",
      "{\"zh\":\"中\",\"en\":tru}",
      "[\"中\",\"x\"]",
      "\uFEFF{\"zh\":\"中\",\"en\":\"x\"}x",
  })
  void test_neverReadsWhatTheHardenedReaderRejects(String json) {
    assertThatThrownBy(() -> HuiqiJson.read(json, LocalizedText.class)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> TrustedJson.read(json, LocalizedText.class))
        .isInstanceOf(TrustedJson.Unsupported.class);
  }

  /** Each date or number text is one the hardened reader rejects. */
  @ParameterizedTest
  @ValueSource(strings = {
      "{\"start\":\"2023-02-29\"}",
      "{\"start\":\"2023-2-28\"}",
      "{\"start\":20230101}",
      "{\"start\":\"2023-01-01\",\"end\":\"2023-12-31\",\"end\":null}",
      "{\"start\":\"2023-01-01\",\"end\":01}",
  })
  void test_neverReadsABadDate(String json) {
    assertThatThrownBy(() -> HuiqiJson.read(json, DateRange.class)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> TrustedJson.read(json, DateRange.class)).isInstanceOf(TrustedJson.Unsupported.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {HuiqiJson.MAX_STRING_LENGTH + 1, HuiqiJson.MAX_STRING_LENGTH * 2})
  void test_handsOverAStringLongerThanTheLimit(int length) {
    String json = "{\"zh\":\"中\",\"en\":\"" + "x".repeat(length) + "\"}";
    assertThatThrownBy(() -> HuiqiJson.read(json, LocalizedText.class)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> TrustedJson.read(json, LocalizedText.class))
        .isInstanceOf(TrustedJson.Unsupported.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "12", "12.50", "1e2", "1E-2", "0.000", "-0", "1000000000000000.25"})
  void test_readsNumbersAsWritten_scaleIncluded(String number) throws TrustedJson.Unsupported {
    String json = "{\"sumOfQuarterAverages\":" + number + ",\"quarters\":2}";
    QuarterlyAverage lean = TrustedJson.read(json, QuarterlyAverage.class);
    assertThat(lean).isEqualTo(HuiqiJson.read(json, QuarterlyAverage.class));
    assertThat(lean.sumOfQuarterAverages()).hasToString(new BigDecimal(number).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-", "1.", ".5", "01", "-01", "1e", "1e+", "NaN", "+1", "0x10", "1.5.5", "\"1\"", "null",
      "1 2"})
  void test_neverReadsAMalformedNumber(String number) {
    String json = "{\"sumOfQuarterAverages\":" + number + ",\"quarters\":2}";
    assertThatThrownBy(() -> HuiqiJson.read(json, QuarterlyAverage.class))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> TrustedJson.read(json, QuarterlyAverage.class))
        .isInstanceOf(TrustedJson.Unsupported.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.0", "2e0", "\"2\"", "null"})
  void test_neverReadsAnIntegerWrittenOtherwise(String quarters) {
    String json = "{\"sumOfQuarterAverages\":1,\"quarters\":" + quarters + "}";
    assertThatThrownBy(() -> TrustedJson.read(json, QuarterlyAverage.class))
        .isInstanceOf(TrustedJson.Unsupported.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"year\":2023}",
      "{\"year\":2023,\"amount\":{\"currency\":\"USD\",\"amount\":1}}",
      "{\"year\":2023,\"amount\":{\"currency\":\"CNY\"}}",
      "{\"year\":2023,\"amount\":{\"currency\":\"CNY\",\"amount\":\"1\"}}",
      "{\"year\":2023,\"amount\":{\"currency\":\"CNY\",\"amount\":1,\"amount\":2}}",
      "{\"year\":2023,\"amount\":{\"currency\":\"CNY\",\"amount\":1,\"scale\":2}}",
      "{\"year\":2023,\"amount\":{\"currency\":\"CNY\",\"amount\":-1}}",
      "{\"year\":1800,\"amount\":{\"currency\":\"CNY\",\"amount\":1}}",
  })
  void test_neverReadsABadAmount(String json) {
    assertThatThrownBy(() -> HuiqiJson.read(json, RentPayment.class)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> TrustedJson.read(json, RentPayment.class)).isInstanceOf(TrustedJson.Unsupported.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"year\":2023,\"amount\":{\"currency\":\"CNY\",\"amount\":1250.50}}",
      "{\"amount\":{\"amount\":0,\"currency\":\"CNY\"},\"year\":2023}",
  })
  void test_readsAmounts(String json) throws TrustedJson.Unsupported {
    RentPayment lean = TrustedJson.read(json, RentPayment.class);
    assertThat(lean).isEqualTo(HuiqiJson.read(json, RentPayment.class));
    assertThat(HuiqiJson.writeCanonical(lean)).isEqualTo(HuiqiJson.writeCanonical(HuiqiJson.read(json,
        RentPayment.class)));
  }
}
