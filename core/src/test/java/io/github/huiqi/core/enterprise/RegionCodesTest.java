package io.github.huiqi.core.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests {@link RegionCodes}: the GB/T 2260 list shipped as data, and every region field of the profile checked
 * against it.
 */
class RegionCodesTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "110000, 北京市",
      "110101, 东城区",
      "310000, 上海市",
      "310115, 浦东新区",
      "440000, 广东省",
      "440300, 深圳市",
      "440305, 南山区",
      "440307, 龙岗区",
      "440311, 光明区 (created 2018)",
      "420100, 武汉市",
      "310100, 上海市市辖区"})
  void test_known(String code, String name) {
    assertThat(RegionCodes.isKnown(code)).as(name).isTrue();
    assertThat(RegionCodes.check(code, "registrationRegionCode")).isEqualTo(code);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"999999", "440399", "000000", "440312"})
  void test_unknownSixDigits_typedErrorNamingFieldAndCode(String code) {
    assertThat(RegionCodes.isKnown(code)).isFalse();
    assertThatThrownBy(() -> RegionCodes.check(code, "lenderRegionCode"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.code()).isEqualTo(InvalidInputException.UNKNOWN_VALUE);
          assertThat(ex.field()).isEqualTo("lenderRegionCode");
          assertThat(ex.value()).isEqualTo(code);
          assertThat(ex.getMessage()).contains("GB/T 2260");
        });
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"44030", "4403050", "44030a", "", "４40305"})
  void test_notSixDigits_invalid(String code) {
    assertThat(RegionCodes.isKnown(code)).isFalse();
    assertThatThrownBy(() -> RegionCodes.check(code, "taxpayerRegionCode"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.code()).isEqualTo(InvalidInputException.INVALID);
          assertThat(ex.field()).isEqualTo("taxpayerRegionCode");
        });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "'{\"registrationRegionCode\": \"999999\"}', /registrationRegionCode",
      "'{\"loans\": [{\"loanId\": \"L1\", \"principal\": {\"amount\": 1000000, \"currency\": \"CNY\"}, "
          + "\"drawdownDate\": \"2023-02-01\", \"maturityDate\": \"2024-02-01\", \"annualInterestRate\": \"3.65%\", "
          + "\"lenderRegionCode\": \"440399\"}]}',"
          + " /loans/0/lenderRegionCode"})
  void test_profileJson_unknownRegionNamedByItsPointer(String json, String pointer) {
    assertThatThrownBy(() -> HuiqiJson.read(json, EnterpriseProfile.class))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo(pointer);
          assertThat(ex.code()).isEqualTo(InvalidInputException.UNKNOWN_VALUE);
        });
  }
}
