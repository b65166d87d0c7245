package io.github.huiqi.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
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
      "CC39", " C39", "C39 ", "Ｃ39", "C٣9", "C99", "T99", "A33", "C00", "C13", "C43", "C44", "D44", "T97", "S96",
      "C9911", "P83", "P84", "K70", "K71"})
  void test_isIndustryCode_agreesWithThePattern(String code) {
    // GB/T 4754-2017: a section letter A..T, then a division (2 digits), group (3) or class (4)
    assertThat(Args.isIndustryCode(code)).isEqualTo(code.matches(RdExcludedIndustry.INDUSTRY_CODE_PATTERN));
  }

  @ParameterizedTest(name = "division of its section \"{0}\"")
  @ValueSource(strings = {"A01", "A05", "B06", "B12", "C13", "C43", "C3911", "D44", "D46", "E47", "E50", "F51", "F52",
      "G53", "G60", "H61", "H62", "I63", "I65", "J66", "J69", "K70", "L71", "L72", "M73", "M75", "N76", "N79", "O80",
      "O82", "P83", "Q84", "Q85", "R86", "R90", "S91", "S96", "T97", "T9700"})
  void test_industryCode_eachSectionsFirstAndLastDivision_accepted(String code) {
    // GB/T 4754-2017 大类 by 门类: A 01–05, B 06–12, C 13–43, D 44–46, E 47–50, F 51–52, G 53–60, H 61–62, I 63–65,
    // J 66–69, K 70, L 71–72, M 73–75, N 76–79, O 80–82, P 83, Q 84–85, R 86–90, S 91–96, T 97
    assertThat(Args.industryCode(code, "industryCode")).isEqualTo(code);
  }

  @ParameterizedTest(name = "no division of its section \"{0}\"")
  @ValueSource(strings = {"C99", "T99", "C00", "A06", "B05", "C12", "C44", "D43", "D47", "E51", "F50", "F53", "G61",
      "H60", "I66", "J70", "K69", "K71", "L73", "M72", "M76", "N80", "O79", "O83", "P82", "P84", "Q86", "R85", "R91",
      "S90", "S97", "T96", "T98", "C9911", "A33"})
  void test_industryCode_noDivisionOfItsSection_refusedNamingTheFieldAndValue(String code) {
    // C99: section C (制造业) holds divisions 13 to 43 and no standard has a division 99; T99 and C00 likewise; A33
    // is a division of C, not of A
    assertThatThrownBy(() -> Args.industryCode(code, "industryCode"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("industryCode");
          assertThat(ex.getMessage()).contains(code).contains("names no GB/T 4754-2017 division");
        });
    assertThat(Args.isIndustryCode(code)).isFalse();
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
