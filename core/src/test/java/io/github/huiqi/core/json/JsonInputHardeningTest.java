package io.github.huiqi.core.json;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.ResponseTooLargeException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.time.YearFraction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a hostile or careless caller sends to the JSON reader, and what it answers: a typed error naming the field,
 * with a code, the value as written and messages in both languages in the library's own words.
 */
class JsonInputHardeningTest {

  private static final String LOAN = """
      {"loanId": "L1", "principal": {"amount": 1000000, "currency": "CNY"}, "drawdownDate": "2023-01-15",
       "maturityDate": "2024-01-15", "repaymentDate": "2023-04-15", "annualInterestRate": "3.65%"}""";

  private static String loan(String from, String to) {
    String changed = LOAN.replace(from, to);
    assertThat(changed).as("the replacement must change the JSON").isNotEqualTo(LOAN);
    return changed;
  }

  private static InvalidInputException assertRejected(String json, Class<?> type, String field, String code) {
    InvalidInputException ex = assertField(() -> HuiqiJson.read(json, type), field);
    assertThat(ex.code()).isEqualTo(code);
    return ex;
  }

  /** Writes a Java string as a JSON string literal. */
  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  //-------------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(strings = {"C.Y", "CN.", "[C]NY", "(CNY)", "^CNY$", ".NY", "\\QCNY\\E", "CNY|CNY", "[", "+", "cny",
      " CNY", "CNY ", "USD", "XYZ", ""})
  void test_currency_onlyExactlyCny(String currency) {
    // compared as text before any lookup: no pattern, alias or other currency is read as CNY
    String json = "{\"amount\": 1, \"currency\": " + quoted(currency) + "}";
    assertRejected(json, MonetaryAmount.class, "/currency", InvalidInputException.NOT_CNY);
    assertRejected(loan("\"currency\": \"CNY\"", "\"currency\": " + quoted(currency)), LoanFacts.class,
        "/principal/currency", InvalidInputException.NOT_CNY);
    assertThatThrownBy(() -> Cny.requireCny(currency, "currency")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void test_currency_theRegexBombIsAnsweredInMilliseconds() {
    // 200 groups "(.?)" then "Z": 801 characters, which a currency lookup compiling it as a pattern holds for minutes
    String bomb = "(.?)".repeat(200) + "Z";
    assertThat(bomb).hasSize(801);
    assertTimeoutPreemptively(Duration.ofMillis(500), () -> assertRejected(
        "{\"amount\": 1, \"currency\": " + quoted(bomb) + "}", MonetaryAmount.class, "/currency",
        InvalidInputException.NOT_CNY));
    assertThat(HuiqiJson.read("{\"amount\": 1, \"currency\": \"CNY\"}", MonetaryAmount.class)).isEqualTo(Cny.of("1"));
  }

  //-------------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(strings = {"[]", "[2023,4,15]", "[\"2023-04-15\"]", "{}", "20230415", "true"})
  void test_date_notAString_isAWrongType(String written) {
    // an empty array is not "absent": read as absent it paid 10,055.56 instead of 5,000.00 on the first-loan case
    InvalidInputException ex = assertRejected(loan("\"repaymentDate\": \"2023-04-15\"", "\"repaymentDate\": "
        + written), LoanFacts.class, "/repaymentDate", InvalidInputException.WRONG_TYPE);
    assertThat(ex.value()).isEqualTo(written.replace(",", ",").replace(" ", ""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-04-15T00:00:00", " 2023-04-15", "2023-04-15 ", "2023-4-15", "15/04/2023",
      "+999999999-12-29", "-999999999-01-01", "2023-02-30", "2023-13-01", "２０２３-04-15"})
  void test_date_onlyIsoYearMonthDay(String written) {
    InvalidInputException ex = assertRejected(loan("\"2023-04-15\"", quoted(written)), LoanFacts.class,
        "/repaymentDate", InvalidInputException.DATE_FORMAT);
    assertThat(ex.value()).isEqualTo(written);
  }

  @Test
  void test_date_withinTheDocumentedRange() {
    // 1949-10-01..2199-12-31 (DateBounds): the ends are accepted, a day beyond either is not
    assertThat(HuiqiJson.read("\"1949-10-01\"", LocalDate.class)).isEqualTo(LocalDate.of(1949, 10, 1));
    assertThat(HuiqiJson.read("\"2199-12-31\"", LocalDate.class)).isEqualTo(LocalDate.of(2199, 12, 31));
    assertRejected("\"1949-09-30\"", LocalDate.class, "/", InvalidInputException.DATE_RANGE);
    assertRejected("\"2200-01-01\"", LocalDate.class, "/", InvalidInputException.DATE_RANGE);
    assertRejected(loan("\"maturityDate\": \"2024-01-15\"", "\"maturityDate\": \"9999-12-31\""), LoanFacts.class,
        "/maturityDate", InvalidInputException.DATE_RANGE);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_amount_onlyAJsonNumber() {
    InvalidInputException ex = assertRejected(loan("\"amount\": 1000000", "\"amount\": \"1000000\""),
        LoanFacts.class, "/principal/amount", InvalidInputException.WRONG_TYPE);
    // the value as written: a string, in quotes
    assertThat(ex.value()).isEqualTo("\"1000000\"");
    assertRejected(loan("\"amount\": 1000000", "\"amount\": true"), LoanFacts.class, "/principal/amount",
        InvalidInputException.WRONG_TYPE);
    assertRejected(loan("\"amount\": 1000000", "\"amount\": [1000000]"), LoanFacts.class, "/principal/amount",
        InvalidInputException.WRONG_TYPE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "12.5", "true", "false", "[\"L1\"]", "{\"id\": \"L1\"}"})
  void test_id_onlyAJsonString(String written) {
    InvalidInputException ex = assertRejected(loan("\"loanId\": \"L1\"", "\"loanId\": " + written),
        LoanFacts.class, "/loanId", InvalidInputException.WRONG_TYPE);
    assertThat(ex.value()).isEqualTo(written.replace(": ", ":"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"SMALL ", " SMALL", "small", "Small", "SMALL\\t", "0", "S"})
  void test_enum_onlyTheExactName(String written) {
    assertRejected("{\"size\": \"" + written + "\"}", EnterpriseFacts.class, "/size",
        InvalidInputException.UNKNOWN_VALUE);
    assertThat(HuiqiJson.read("{\"size\": \"SMALL\"}", EnterpriseFacts.class).size()).contains(EnterpriseSize.SMALL);
  }

  @Test
  void test_wrongType_chineseText_setsLatinWordsApart() {
    // "必须为 JSON 整数", as every other Chinese text of the library sets Latin words apart; none before Chinese
    assertThat(assertRejected("[]", java.time.LocalDate.class, "/", InvalidInputException.WRONG_TYPE).problemZh())
        .isEqualTo("必须为日期字符串 \"yyyy-MM-dd\"");
    assertThat(assertRejected("\"yes\"", Boolean.class, "/", InvalidInputException.WRONG_TYPE).problemZh())
        .isEqualTo("必须为 true 或 false");
    assertThat(assertRejected("\"120\"", Integer.class, "/", InvalidInputException.WRONG_TYPE).problemZh())
        .isEqualTo("必须为 JSON 整数");
    assertThat(assertRejected("3000000000", Integer.class, "/", InvalidInputException.NUMBER_BOUNDS).problemZh())
        .isEqualTo("必须为取值范围内的 JSON 整数");
  }

  @Test
  void test_smallRecord_aStringForItsObject_namesItsMembers() {
    // a QA lead writing the constant's name where the rounding's object belongs is told the object's shape
    InvalidInputException ex = assertRejected("\"FEN_DOWN\"", MoneyRounding.class, "/",
        InvalidInputException.WRONG_TYPE);
    assertThat(ex.getMessage()).contains("{\"scale\": …, \"mode\": …}");
    assertThat(ex.problemZh()).contains("{\"scale\": …, \"mode\": …}");
    assertThat(HuiqiJson.read("{\"scale\": 2, \"mode\": \"DOWN\"}", MoneyRounding.class))
        .isEqualTo(MoneyRounding.FEN_DOWN);
    // a larger object's error names no members
    assertThat(assertRejected("\"x\"", EnterpriseFacts.class, "/", InvalidInputException.WRONG_TYPE).getMessage())
        .contains("a JSON object of the expected fields");
  }

  @Test
  void test_enum_aNumberIsAWrongType() {
    assertRejected("{\"size\": 1}", EnterpriseFacts.class, "/size", InvalidInputException.WRONG_TYPE);
  }

  @Test
  void test_numbers_scaleBombsAndLongNumbers_namedAtTheField() {
    assertRejected(loan("\"amount\": 1000000", "\"amount\": 0e1000000000"), LoanFacts.class, "/principal/amount",
        InvalidInputException.NUMBER_BOUNDS);
    // a tree keeps the number as written, so that a later check still sees the exponent (risk-pool claims)
    JsonNode tree = HuiqiJson.read("{\"a\": 0e1000000000, \"b\": 1.50}", JsonNode.class);
    assertThat(tree.get("a").decimalValue().scale()).isEqualTo(-1_000_000_000);
    assertThat(tree.get("b").decimalValue()).isEqualTo(new BigDecimal("1.50"));
    // a number of 41 characters is named where it stands, not at the enclosing object, with its length for a value
    assertThat(assertRejected(loan("\"amount\": 1000000", "\"amount\": " + "1".repeat(41)), LoanFacts.class,
        "/principal/amount", InvalidInputException.TOO_LARGE).value()).isEqualTo("41 characters");
    assertThat(assertRejected(loan("\"loanId\": \"L1\"", "\"loanId\": \"" + "x".repeat(10_001) + "\""),
        LoanFacts.class, "/loanId", InvalidInputException.TOO_LARGE).value()).isEqualTo("10001 characters");
  }

  @Test
  void test_document_tooLongIsTheDocument_notAnElement() {
    String longDocument = "[" + "1,".repeat(600_000) + "1]";
    assertRejected(longDocument, JsonNode.class, "/", InvalidInputException.TOO_LARGE);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_messages_bothLanguages_noJacksonWords() {
    List<String> bad = List.of(loan("\"amount\": 1000000", "\"amount\": \"1000000\""),
        loan("\"loanId\": \"L1\"", "\"loanId\": 12345"), loan("\"2023-04-15\"", "[]"),
        loan("\"loanId\": \"L1\",", "\"loanId\": \"L1\", \"x\": 1,"), loan("\"loanId\": \"L1\",", ""),
        loan("\"loanId\": \"L1\",", "\"loanId\": \"L1\", \"loanId\": \"L2\","), LOAN + " {}", "{\"loanId\": ",
        "", "null", "[1, 2]", loan("\"amount\": 1000000", "\"amount\": " + "9".repeat(41)),
        loan("\"annualInterestRate\": \"3.65%\"", "\"annualInterestRate\": 0.0365"));
    for (String json : bad) {
      InvalidInputException ex = assertField(() -> HuiqiJson.read(json, LoanFacts.class),
          ((InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(
              () -> HuiqiJson.read(json, LoanFacts.class))).field());
      assertThat(ex.field()).as(json).startsWith("/");
      for (String message : List.of(ex.getMessage(), ex.message(Locale.SIMPLIFIED_CHINESE))) {
        assertThat(message).as(json).doesNotContain("com.fasterxml", "Jackson", "jackson", "`", "Immutable",
            "$Json", "Coercion", "StreamReadConstraints", "DeserializationFeature", "java.lang", "MismatchedInput");
      }
      assertThat(ex.message(Locale.SIMPLIFIED_CHINESE)).as(json).containsPattern("[\\u4e00-\\u9fff]");
      assertThat(ex.code()).as(json).startsWith("input.");
    }
  }

  @Test
  void test_missingAndUnknown_haveTheirCodes() {
    assertRejected(loan("\"loanId\": \"L1\",", "\"loanId\": \"L1\", \"x\": 1,"), LoanFacts.class, "/x",
        InvalidInputException.UNKNOWN_PROPERTY);
    assertRejected(loan("\"loanId\": \"L1\",", "\"loanId\": \"L1\", \"loanId\": \"L2\","), LoanFacts.class,
        "/loanId", InvalidInputException.DUPLICATE_KEY);
    assertRejected(LOAN + " {}", LoanFacts.class, "/", InvalidInputException.MALFORMED_JSON);
    assertRejected("null", LoanFacts.class, "/", InvalidInputException.REQUIRED);
  }

  @Test
  void test_duplicateKeyOrEndOfInput_insideANestedObject_saySo() {
    // the same faults one level down (a loan in a profile) say what they are, as at the top, not "does not describe
    // a valid value but was ''"
    String profile = "{\"registrationRegionCode\": \"440306\", \"loans\": [" + LOAN + "]}";
    InvalidInputException twice = assertRejected(profile.replace("\"loanId\": \"L1\",",
        "\"loanId\": \"L1\", \"loanId\": \"L2\","), EnterpriseProfile.class, "/loans/0/loanId",
        InvalidInputException.DUPLICATE_KEY);
    assertThat(twice.getMessage()).isEqualTo("Invalid input '/loans/0/loanId': is a key that appears twice in the "
        + "object but was 'loanId'");
    assertThat(twice.message(Locale.SIMPLIFIED_CHINESE)).contains("在同一对象中出现了两次");
    String cut = profile.substring(0, profile.indexOf("2023-01-15") + 4);
    InvalidInputException ended = assertField(() -> HuiqiJson.read(cut, EnterpriseProfile.class),
        "/loans/0/drawdownDate");
    assertThat(ended.code()).isEqualTo(InvalidInputException.MALFORMED_JSON);
    assertThat(ended.getMessage()).contains("ends before the JSON is complete (line ");
  }

  @Test
  void test_missingWholeNumberOrBoolean_isRequired_notAWrongType() {
    // a record's int, long or boolean left out: "is required", not "must be a whole JSON number but was '}'"
    InvalidInputException basis = assertRejected("{\"days\": 181}", YearFraction.class, "/basis",
        InvalidInputException.REQUIRED);
    assertThat(basis.getMessage()).contains("is required");
    assertRejected("{\"basis\": 360}", YearFraction.class, "/days", InvalidInputException.REQUIRED);
    String step = "{\"step\": \"default\", \"option\": {\"zh\": \"计息基础\", \"en\": \"day count\"}, "
        + "\"value\": \"ACT/360\", "
        + "\"citation\": {\"provenance\": \"LIBRARY_DEFAULT\", \"document\": \"huiqi\", \"article\": \"§4.1\"}}";
    assertRejected(step, ExplanationStep.class, "/overridden", InvalidInputException.REQUIRED);
    // written as null, it is still a value of the wrong type
    InvalidInputException nulled = assertRejected("{\"days\": 181, \"basis\": null}", YearFraction.class, "/basis",
        InvalidInputException.WRONG_TYPE);
    assertThat(nulled.value()).isEqualTo("null");
    assertThat(HuiqiJson.read("{\"days\": 181, \"basis\": 360}", YearFraction.class))
        .isEqualTo(new YearFraction(181, 360));
  }

  @Test
  void test_typeNameLeftOut_isRequired_anUnknownOneIsAnUnknownValue() {
    // a saved step without its "step" member: "is required" at /step, not an unknown type name
    String option = "\"option\": {\"zh\": \"计息基础\", \"en\": \"day count\"}, \"value\": \"ACT/360\", "
        + "\"overridden\": false, \"citation\": {\"provenance\": \"LIBRARY_DEFAULT\", \"document\": \"huiqi\", "
        + "\"article\": \"§4.1\"}}";
    assertRejected("{" + option, ExplanationStep.class, "/step", InvalidInputException.REQUIRED);
    InvalidInputException unknown = assertRejected("{\"step\": \"nope\", " + option, ExplanationStep.class,
        "/step", InvalidInputException.UNKNOWN_VALUE);
    assertThat(unknown.value()).isEqualTo("nope");
  }

  @Test
  void test_aScalarForATypedObject_isAWrongTypeNamingIt_notAMissingTypeName() {
    // before: a step written as 12345 or true was "/0/step is required but was missing", value "null"
    for (String written : List.of("12345", "true", "\"x\"", "1.5")) {
      String json = "[" + written + "]";
      InvalidInputException ex = assertField(() -> HuiqiJson.read(json, new TypeReference<List<ExplanationStep>>() {
      }), "/0");
      assertThat(ex.code()).isEqualTo(InvalidInputException.WRONG_TYPE);
      assertThat(ex.value()).isEqualTo(written);
    }
  }

  //-------------------------------------------------------------------------
  @Test
  void test_response_boundedWithATypedError() {
    assertThat(HuiqiJson.MAX_RESPONSE_LENGTH).isEqualTo(HuiqiJson.DEFAULT_MAX_RESPONSE_LENGTH);
    assertThat(HuiqiJson.write(Cny.of("1"), 100)).contains("\"amount\"");
    assertThatThrownBy(() -> HuiqiJson.write(Cny.of("1"), 10)).isInstanceOfSatisfying(
        ResponseTooLargeException.class, ex -> {
          assertThat(ex.code()).isEqualTo("output.too-large");
          assertThat(ex.limit()).isEqualTo(10);
        });
    assertThat(HuiqiJson.responseLimit("5000")).isEqualTo(5000);
    assertThat(HuiqiJson.responseLimit("-1")).isEqualTo(HuiqiJson.DEFAULT_MAX_RESPONSE_LENGTH);
    assertThat(HuiqiJson.responseLimit("lots")).isEqualTo(HuiqiJson.DEFAULT_MAX_RESPONSE_LENGTH);
  }
}
