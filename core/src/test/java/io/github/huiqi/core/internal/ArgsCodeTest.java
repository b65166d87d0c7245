package io.github.huiqi.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.grants.GrantEvent;
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

  @ParameterizedTest(name = "hyphenated words \"{0}\"")
  @ValueSource(strings = {"a", "sh-digital-service-contract", "tier-1", "9", "a-b-c", "", "-", "a-", "-a", "a--b",
      "A", "a_b", "a b", "é", "ａ", "a-٣"})
  void test_isHyphenatedWords_agreesWithThePattern(String code) {
    assertThat(Args.isHyphenatedWords(code)).isEqualTo(code.matches(GrantEvent.CODE_PATTERN));
  }

  @ParameterizedTest(name = "identifier \"{0}\"")
  @ValueSource(strings = {"sz-gxj-2023-26", "a", "0", "a-", "a--b", "CN-LPR-1Y", "CN-PBOC-BENCHMARK-LE1Y", "", "-a",
      "-A", "a_b", "aB", "Ab", "é", "ａ",
      "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
      "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"})
  void test_isHyphenatedId_agreesWithThePatterns(String id) {
    assertThat(Args.isHyphenatedId(id, false)).isEqualTo(id.matches("[a-z0-9][a-z0-9-]{0,63}"));
    assertThat(Args.isHyphenatedId(id, true)).isEqualTo(id.matches("[A-Z0-9][A-Z0-9-]{0,63}"));
  }

  @ParameterizedTest(name = "section or division \"{0}\"")
  @ValueSource(strings = {"C", "T", "A01", "C39", "", "U", "a", "C3", "C391", "C3911", "CC", "3", "Ｃ39", "C٣9"})
  void test_isSectionOrDivision_agreesWithThePattern(String code) {
    assertThat(Args.isSectionOrDivision(code)).isEqualTo(code.matches("[A-T]([0-9]{2})?"));
  }

  @ParameterizedTest(name = "percent \"{0}\"")
  @ValueSource(strings = {"2%", "4.35%", "-1.5%", "0%", "100%", "123456789012345678%", "1234567890123456789%",
      "1.1234567890123456%", "1.12345678901234567%", "%", "-%", "2", "2.%", ".5%", "2%%", "+2%", "2.5.5%", "2 %",
      "٣%", "1e2%", "-0%", "--1%"})
  void test_isPercent_agreesWithThePattern(String text) {
    assertThat(Args.isPercent(text)).isEqualTo(text.matches("-?[0-9]{1,18}(\\.[0-9]{1,16})?%"));
  }
}
