package io.github.huiqi.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.tax.rd.RdExcludedIndustry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests the code checks of {@link Args} that stand in for regular expressions on the per-request path: each agrees
 * with the pattern it replaces.
 */
class ArgsCodeTest {

  @ParameterizedTest(name = "industry code \"{0}\"")
  @ValueSource(strings = {"C", "T", "C39", "C391", "C3911", "A01", "", "U", "a", "C3", "C39111", "C39a", "3911",
      "CC39", " C39", "C39 ", "Ｃ39", "C٣9"})
  void test_isIndustryCode_agreesWithThePattern(String code) {
    // GB/T 4754-2017: a section letter A..T, then a division (2 digits), group (3) or class (4)
    assertThat(Args.isIndustryCode(code)).isEqualTo(code.matches(RdExcludedIndustry.INDUSTRY_CODE_PATTERN));
  }

  @ParameterizedTest(name = "region code \"{0}\"")
  @ValueSource(strings = {"440305", "310000", "44030", "4403055", "44030a", "", "４40305", "44030٣"})
  void test_isSixDigits_agreesWithThePattern(String code) {
    assertThat(Args.isSixDigits(code)).isEqualTo(code.matches("[0-9]{6}"));
  }
}
