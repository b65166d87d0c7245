package io.github.huiqi.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every {@link HuiqiException} carries a stable code, the field, the rejected value and its message in English and
 * Chinese.
 */
class HuiqiExceptionTest {

  private static void assertBilingual(HuiqiException ex, String code) {
    assertThat(ex.code()).isEqualTo(code);
    assertThat(ex.message(Locale.ENGLISH)).isEqualTo(ex.getMessage()).isNotBlank();
    assertThat(ex.message(Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(ex.getMessage())
        .containsPattern("[\\u4e00-\\u9fff]");
    assertThat(ex.message(Locale.CHINESE)).isEqualTo(ex.message(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void test_invalidInput_codeFieldValueAndBothLanguages() {
    InvalidInputException ex = new InvalidInputException("principal", "-5", "must be positive");
    assertBilingual(ex, InvalidInputException.NOT_POSITIVE);
    assertThat(ex.field()).isEqualTo("principal");
    assertThat(ex.value()).isEqualTo("-5");
    assertThat(ex.getMessage()).isEqualTo("Invalid input 'principal': must be positive but was '-5'");
    assertThat(ex.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("输入字段“principal”无效：必须大于零，实际为“-5”");
    // the phrases the checks use have codes of their own; any other is input.invalid, its Chinese keeping the English
    assertThat(new InvalidInputException("loanId", null, "is required").code()).isEqualTo("input.required");
    assertThat(new InvalidInputException("x", 1, "must not be negative").code()).isEqualTo("input.negative");
    InvalidInputException other = new InvalidInputException("x", 1, "is odd");
    assertThat(other.code()).isEqualTo("input.invalid");
    assertThat(other.message(Locale.SIMPLIFIED_CHINESE)).contains("不符合要求（is odd）");
    // a range reads in Chinese throughout (before: "必须在此范围内：1 to 12"); only its first "to" is the range's
    InvalidInputException range = new InvalidInputException("month", 13, "must be from 1 to 12 (according to X)");
    assertThat(range.code()).isEqualTo("input.invalid");
    assertThat(range.message(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("输入字段“month”无效：必须在此范围内：1 至 12 (according to X)，实际为“13”");
  }

  @Test
  void test_invalidInput_theImmutablesConstructorNamesTheAttribute() {
    InvalidInputException ex = new InvalidInputException("repaymentDate");
    assertBilingual(ex, InvalidInputException.REQUIRED);
    assertThat(ex.field()).isEqualTo("repaymentDate");
    assertThat(ex.value()).isEqualTo("null");
  }

  @Test
  void test_copies_describeAMissingValueAsMissing_andAWrittenOneQuoted() {
    // a member left out of a loan, relocated into the profile (as the engine's JSON path does): the copy's message
    // says "missing" as the original's does, where it said 'null' (as if the caller had written the text "null")
    InvalidInputException left = new InvalidInputException("drawdownDate");
    assertThat(left.getMessage()).isEqualTo("Invalid input 'drawdownDate': is required but was missing");
    InvalidInputException moved = left.at("/profile/loans/0");
    assertThat(moved.getMessage())
        .isEqualTo("Invalid input '/profile/loans/0/drawdownDate': is required but was missing");
    assertThat(moved.message(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("输入字段“/profile/loans/0/drawdownDate”无效：为必填项，实际为缺失");
    assertThat(moved.value()).isEqualTo("null");
    assertThat(left.withField("/asOf").getMessage()).isEqualTo("Invalid input '/asOf': is required but was missing");
    // a value the caller wrote stays quoted in a copy, the text "null" included
    InvalidInputException written = new InvalidInputException("/", "null", "must be a JSON value, not null");
    assertThat(written.at("/claims/0").getMessage())
        .isEqualTo("Invalid input '/claims/0': must be a JSON value, not null but was 'null'");
    assertThat(new InvalidInputException("size", "TINY", "must be one of SMALL").withField("/size").getMessage())
        .isEqualTo("Invalid input '/size': must be one of SMALL but was 'TINY'");
  }

  @Test
  void test_conflict_namesBothFields_andRelocatesBoth() {
    InvalidInputException ex = InvalidInputException.conflict("extensionDate", LocalDate.of(2023, 2, 1),
        "nonPerforming/since", LocalDate.of(2022, 6, 1), "must not be after", "不得晚于");
    assertBilingual(ex, InvalidInputException.CONFLICT);
    assertThat(ex.field()).isEqualTo("extensionDate");
    assertThat(ex.relatedFields()).containsExactly("nonPerforming/since");
    assertThat(ex.getMessage()).contains("extensionDate").contains("nonPerforming/since").contains("2022-06-01");
    InvalidInputException moved = ex.at("/loans/3");
    assertThat(moved.field()).isEqualTo("/loans/3/extensionDate");
    assertThat(moved.relatedFields()).containsExactly("/loans/3/nonPerforming/since");
    assertThat(moved.getMessage()).contains("/loans/3/nonPerforming/since");
    assertThat(moved.message(Locale.SIMPLIFIED_CHINESE)).contains("“/loans/3/nonPerforming/since”");
    assertThat(moved.code()).isEqualTo(InvalidInputException.CONFLICT);
  }

  @Test
  void test_at_aWholeValueIsNamedWithoutATrailingSlash() {
    // a claim that is null as a whole: /claims/0, not /claims/0/
    assertThat(new InvalidInputException("/", "null", "must be a JSON value, not null").at("/claims/0").field())
        .isEqualTo("/claims/0");
    assertThat(new InvalidInputException("", "x", "is odd").at("/claims/0").field()).isEqualTo("/claims/0");
    assertThat(new InvalidInputException("", "x", "is odd").at("").field()).isEqualTo("/");
    assertThat(new InvalidInputException("amount", "x", "is odd").at("/claims/0").field())
        .isEqualTo("/claims/0/amount");
  }

  @Test
  void test_otherKinds_haveTheirCodes() {
    UnknownIdentifierException unknown = new UnknownIdentifierException("measure", "cn.x");
    assertBilingual(unknown, "lookup.unknown-identifier");
    assertThat(unknown.value()).isEqualTo("cn.x");
    assertThat(unknown.message(Locale.SIMPLIFIED_CHINESE)).contains("措施").contains("cn.x");

    NoRateOnDateException noRate = new NoRateOnDateException("LPR_1Y", LocalDate.of(2019, 8, 19),
        LocalDate.of(2019, 8, 20));
    assertBilingual(noRate, "lookup.no-rate-on-date");
    assertThat(noRate.value()).isEqualTo("2019-08-19");
    assertThat(noRate.field()).isEmpty();
    assertThat(noRate.at("/loans/0/contractDate").field()).isEqualTo("/loans/0/contractDate");

    PolicyDataException pack = new PolicyDataException("p.json", "/measures/0/cap", "must be positive", null);
    assertBilingual(pack, "policy.invalid-pack");
    assertThat(pack.field()).isEqualTo("/measures/0/cap");

    MissingFactsException missing = new MissingFactsException(List.of("/loans/0/lenderRegionCode"));
    assertBilingual(missing, "facts.missing");
    assertThat(missing.field()).isEqualTo("/loans/0/lenderRegionCode");

    ResponseTooLargeException large = new ResponseTooLargeException(1_000);
    assertBilingual(large, "output.too-large");
    assertThat(large.value()).isEqualTo("1000");
  }
}
