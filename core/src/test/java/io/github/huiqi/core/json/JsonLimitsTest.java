package io.github.huiqi.core.json;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.ResponseTooLargeException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.InputStep;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JSON limits: documented defaults, configurable per use and per host, a document too long reported as the
 * document (never an element) on every read path, and the output forms (compact, without explanations) that read back.
 */
class JsonLimitsTest {

  private static final String LOAN = "{\"loanId\": \"L1\", \"principal\": {\"amount\": 1000000, \"currency\": \"CNY\"},"
      + " \"drawdownDate\": \"2023-01-15\", \"maturityDate\": \"2024-01-15\", \"repaymentDate\": \"2023-04-15\","
      + " \"annualInterestRate\": \"3.65%\"}";

  /** A claims-like document: an object holding an array of loans, as long as asked (about 200 characters a loan). */
  private static String loans(int count) {
    StringBuilder json = new StringBuilder("{\"loans\": [");
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ", ").append(LOAN.replace("\"L1\"", "\"L" + i + "\""));
    }
    return json.append("]}").toString();
  }

  private static InputStream bytes(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_defaults_areTheDocumentedConstants() {
    assertThat(JsonLimits.DEFAULTS).isEqualTo(new JsonLimits(1_000_000, 100_000, 32, 40, 10_000, 256, 10_000_000));
    // no system property is set in the test JVM: the limits in force are the defaults
    assertThat(HuiqiJson.limits()).isEqualTo(JsonLimits.DEFAULTS);
    assertThat(HuiqiJson.codec().limits()).isEqualTo(JsonLimits.DEFAULTS);
    assertThat(HuiqiJson.codec().output()).isEqualTo(JsonOutput.INDENTED);
  }

  @Test
  void test_hostProperties_changeEachLimit_andIgnoreNonsense() {
    Map<String, String> properties = Map.of(
        "io.github.huiqi.json.maxDocumentLength", "50000000",
        "io.github.huiqi.json.maxTokens", "9000000",
        "io.github.huiqi.json.maxNestingDepth", "64",
        "io.github.huiqi.json.maxNumberLength", "lots",
        "io.github.huiqi.json.maxStringLength", "-5",
        "io.github.huiqi.json.maxNameLength", "99999999999",
        "io.github.huiqi.json.maxResponseLength", "60000000");
    JsonLimits limits = HuiqiJson.limitsFrom(properties::get);
    // the valid ones are taken; a word, a negative number and an int overflow keep the default
    assertThat(limits).isEqualTo(new JsonLimits(50_000_000, 9_000_000, 64, 40, 10_000, 256, 60_000_000));
    assertThat(HuiqiJson.limitsFrom(name -> name.endsWith("maxNestingDepth") ? "5000" : null).maxNestingDepth())
        .as("nesting beyond the ceiling keeps the default").isEqualTo(32);
  }

  @Test
  void test_limits_mustBePositive_namingTheLimit() {
    InvalidInputException ex = assertField(() -> JsonLimits.DEFAULTS.withMaxTokens(0), "maxTokens");
    assertThat(ex.code()).isEqualTo(InvalidInputException.NOT_POSITIVE);
    assertThat(ex.value()).isEqualTo("0");
    assertField(() -> JsonLimits.DEFAULTS.withMaxNestingDepth(1_001), "maxNestingDepth");
    assertField(() -> JsonLimits.ofDocumentLength(-1), "length");
  }

  @Test
  void test_ofDocumentLength_onlyTheLengthBinds() {
    JsonLimits limits = JsonLimits.ofDocumentLength(5_000_000);
    assertThat(limits.maxDocumentLength()).isEqualTo(5_000_000);
    assertThat(limits.maxResponseLength()).isEqualTo(5_000_000);
    // a token takes at least one character
    assertThat(limits.maxTokens()).isEqualTo(5_000_000);
    // the worst case for tokens: a one-character token every other character, read right up to the length
    String dense = "[" + "0,".repeat(2_499_998) + "0]";
    assertThat(dense.length()).isEqualTo(4_999_999);
    assertThat(HuiqiJson.codec(limits).read(dense, JsonNode.class).size()).isEqualTo(2_499_999);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_tooLongText_isTheDocument_withItsLength() {
    String json = loans(6_000);   // about 1,175,000 characters, every loan valid
    assertThat(json.length()).isGreaterThan(HuiqiJson.MAX_DOCUMENT_LENGTH);
    InvalidInputException ex = assertField(() -> HuiqiJson.read(json, JsonNode.class), "/");
    assertThat(ex.code()).isEqualTo(InvalidInputException.TOO_LARGE);
    assertThat(ex.value()).isEqualTo(String.valueOf(json.length()));
    assertThat(ex.getMessage()).contains("longer than 1000000 characters");
    assertThat(ex.message(Locale.SIMPLIFIED_CHINESE)).contains("文档长度超过 1000000 个字符");
  }

  @Test
  void test_tooLongStreams_areTheDocument_neverAnElement() {
    // small limits keep the documents small: 10,000 characters hold about 50 loans
    JsonCodec codec = HuiqiJson.codec(JsonLimits.DEFAULTS.withMaxDocumentLength(10_000));
    String json = loans(200);
    for (InvalidInputException ex : List.of(
        assertField(() -> codec.read(bytes(json), JsonNode.class), "/"),
        assertField(() -> codec.read(new StringReader(json), JsonNode.class), "/"),
        assertField(() -> codec.read(json, JsonNode.class), "/"))) {
      assertThat(ex.code()).isEqualTo(InvalidInputException.TOO_LARGE);
      assertThat(ex.getMessage()).contains("longer than 10000 characters").doesNotContain("/loans/");
      // a stream is not read to its end: the value is where reading stopped, past the limit
      assertThat(Long.parseLong(ex.value())).isGreaterThan(10_000).isLessThanOrEqualTo(json.length());
    }
    // at the limit exactly, every path reads it
    String fits = loans(40);
    JsonCodec exact = HuiqiJson.codec(JsonLimits.DEFAULTS.withMaxDocumentLength(fits.length()));
    assertThat(exact.read(fits, JsonNode.class).get("loans").size()).isEqualTo(40);
    assertThat(exact.read(bytes(fits), JsonNode.class).get("loans").size()).isEqualTo(40);
    assertThat(exact.read(new StringReader(fits), JsonNode.class).get("loans").size()).isEqualTo(40);
    // and a typed read blames the document, not the loan being read when the limit was reached
    assertField(() -> HuiqiJson.codec(JsonLimits.DEFAULTS.withMaxDocumentLength(fits.length() - 1))
        .read(bytes(fits), LoansHolder.class), "/");
  }

  @Test
  void test_defaultStreams_stopAtTheDefaultLength() {
    // 1,200,000 bytes of valid JSON with few tokens: the length limit, not the token limit, stops it
    String json = "[\"" + "x".repeat(9_000) + "\"" + (",\"" + "x".repeat(9_000) + "\"").repeat(133) + "]";
    assertThat(json.length()).isGreaterThan(1_200_000);
    InvalidInputException ex = assertField(() -> HuiqiJson.read(bytes(json), JsonNode.class), "/");
    assertThat(ex.code()).isEqualTo(InvalidInputException.TOO_LARGE);
    assertThat(Long.parseLong(ex.value())).isGreaterThan(HuiqiJson.MAX_DOCUMENT_LENGTH);
  }

  @Test
  void test_tooManyTokens_isTheDocument_withTheCount() {
    assumeThat(JacksonSupport.offers("maxTokenCount", long.class)).as("Jackson 2.18 or newer").isTrue();
    JsonCodec codec = HuiqiJson.codec(JsonLimits.DEFAULTS.withMaxTokens(1_000));
    String json = loans(100);   // about 25 tokens a loan
    for (InvalidInputException ex : List.of(
        assertField(() -> codec.read(json, LoansHolder.class), "/"),
        assertField(() -> codec.read(bytes(json), LoansHolder.class), "/"),
        assertField(() -> codec.read(new StringReader(json), LoansHolder.class), "/"))) {
      assertThat(ex.code()).isEqualTo(InvalidInputException.TOO_LARGE);
      assertThat(ex.getMessage()).contains("more than 1000 JSON tokens");
      assertThat(ex.value()).isEqualTo("1001");
    }
  }

  @Test
  void test_raisedLimits_readWhatTheDefaultsRefuse() {
    String json = loans(6_000);
    assertField(() -> HuiqiJson.read(json, LoansHolder.class), "/");
    JsonCodec codec = HuiqiJson.codec(JsonLimits.ofDocumentLength(json.length()));
    assertThat(codec.read(json, LoansHolder.class).loans()).hasSize(6_000);
    assertThat(codec.read(bytes(json), LoansHolder.class).loans()).hasSize(6_000);
  }

  @Test
  void test_aPropertyNameTooLong_namesTheObjectHoldingIt_notThePropertyBefore() {
    assumeThat(JacksonSupport.offers("maxNameLength", int.class)).as("Jackson 2.16 or newer").isTrue();
    String name = "x".repeat(HuiqiJson.MAX_NAME_LENGTH + 1);
    // before: /registrationRegionCode and /loans/0/loanId, the properties read before the long name
    String top = "{\"registrationRegionCode\": \"440306\", \"" + name + "\": 1}";
    InvalidInputException ex = assertField(() -> HuiqiJson.read(top, JsonNode.class), "/");
    assertThat(ex.getMessage()).contains("property name of at most 256 characters");
    assertField(() -> HuiqiJson.read(bytes(top), JsonNode.class), "/");
    String nested = "{\"loans\": [{\"loanId\": \"L1\", \"" + name + "\": 1}]}";
    assertField(() -> HuiqiJson.read(nested, JsonNode.class), "/loans/0");
    assertField(() -> HuiqiJson.read("{\"loans\": [{\"" + name + "\": 1}]}", JsonNode.class), "/loans/0");
    assertField(() -> HuiqiJson.read("{\"" + name + "\": 1}", JsonNode.class), "/");
  }

  @Test
  void test_elementLimits_stillNameTheElement() {
    JsonCodec codec = HuiqiJson.codec(JsonLimits.DEFAULTS.withMaxStringLength(5).withMaxNumberLength(5));
    InvalidInputException ex = assertField(() -> codec.read(LOAN.replace("\"L1\"", "\"L123456\""),
        LoanFacts.class), "/loanId");
    assertThat(ex.getMessage()).contains("at most 5 characters");
    assertField(() -> codec.read(LOAN, LoanFacts.class), "/principal/amount");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_output_compactAndIndented() {
    String indented = HuiqiJson.write(Cny.of("1.50"));
    String compact = HuiqiJson.write(Cny.of("1.50"), JsonOutput.COMPACT);
    assertThat(indented).contains("\n");
    assertThat(compact).isEqualTo("{\"amount\":1.50,\"currency\":\"CNY\"}");
    assertThat(HuiqiJson.codec().with(JsonOutput.COMPACT).write(Cny.of("1.50"))).isEqualTo(compact);
    StringWriter out = new StringWriter();
    HuiqiJson.codec().with(JsonOutput.COMPACT).writeTo(Cny.of("1.50"), out);
    assertThat(out).hasToString(compact);
    assertThatThrownBy(() -> HuiqiJson.codec(JsonLimits.DEFAULTS.withMaxResponseLength(10))
        .writeTo(Cny.of("1.50"), new StringWriter())).isInstanceOf(ResponseTooLargeException.class);
  }

  @Test
  void test_output_withoutExplanation_readsBackWithAnEmptyOne() {
    Explanation steps = new Explanation(List.of(new InputStep(LocalizedText.of("本金", "principal"), "1000000.00")));
    Explained value = new Explained("L1", steps);
    String full = HuiqiJson.write(value, JsonOutput.COMPACT);
    assertThat(full).contains("\"explanation\"");
    assertThat(HuiqiJson.read(full, Explained.class)).isEqualTo(value);
    for (JsonOutput form : List.of(JsonOutput.COMPACT.withoutExplanation(), JsonOutput.INDENTED.withoutExplanation())) {
      String text = HuiqiJson.write(value, form);
      assertThat(text).doesNotContain("explanation").contains("L1");
      assertThat(HuiqiJson.read(text, Explained.class)).isEqualTo(new Explained("L1", new Explanation(List.of())));
    }
    // an explicit null is still refused: only an absent explanation is taken as empty
    assertField(() -> HuiqiJson.read("{\"id\": \"L1\", \"explanation\": null}", Explained.class), "/explanation");
  }

  /** A result-like record holding an explanation. */
  record Explained(String id, Explanation explanation) {
    Explained {
      io.github.huiqi.core.internal.Args.notNull(explanation, "explanation");
    }
  }

  /** A request-like record holding loans. */
  record LoansHolder(List<LoanFacts> loans) {
  }
}
