package io.github.huiqi.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.huiqi.core.error.InvalidInputException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests {@link MeasureId}: its grammar {@code [a-z0-9][a-z0-9.-]{0,127}} and its equality by text.
 */
class MeasureIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "0", "sz-gxj-2023-26.first-loan-interest-subsidy", "miit-2011-300.enterprise-size",
      "a.", "9-"})
  void test_wellFormed(String text) {
    assertThat(MeasureId.of(text).value()).isEqualTo(text);
  }

  @Test
  void test_lengthBoundary() {
    // one leading character and at most 127 more: 128 characters are accepted, 129 are not
    String longest = "a".repeat(128);
    assertThat(MeasureId.of(longest).value()).hasSize(128);
    assertThatThrownBy(() -> MeasureId.of(longest + "a")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("measureId");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".a", "-a", "A", "sz.First", "sz_gxj", "sz gxj", "sz/gxj", "深圳", "a\n"})
  void test_malformed(String text) {
    assertThatThrownBy(() -> MeasureId.of(text)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("measureId");
  }

  @Test
  void test_malformed_saysTheRuleInChinese_withTheSameCode() {
    // found by the QA audit: a request's "measures": ["NOT AN ID"] read, with --lang zh, "不符合要求（must be
    // lower-case letters, digits, dots and hyphens）", English inside the Chinese line
    InvalidInputException ex = catchThrowableOfType(() -> MeasureId.of("NOT AN ID"), InvalidInputException.class);
    assertThat(ex.code()).isEqualTo(InvalidInputException.INVALID);
    assertThat(ex.field()).isEqualTo("measureId");
    assertThat(ex.value()).isEqualTo("NOT AN ID");
    assertThat(ex.getMessage()).contains("must be lower-case letters, digits, dots and hyphens");
    assertThat(ex.message(Locale.SIMPLIFIED_CHINESE)).contains("必须由小写字母、数字、点和连字符组成", "NOT AN ID")
        .doesNotContain("must be");
  }

  @Test
  void test_null() {
    assertThatThrownBy(() -> MeasureId.of(null)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("measureId");
  }

  @Test
  void test_equalityByText() {
    MeasureId one = MeasureId.of("sz-gxj-2023-26.small-scale-vat");
    MeasureId same = MeasureId.of(new String("sz-gxj-2023-26.small-scale-vat"));
    MeasureId other = MeasureId.of("sz-gxj-2023-26.small-low-profit-enterprise");
    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
    assertThat(one.equals(null)).isFalse();
    assertThat(one.equals("sz-gxj-2023-26.small-scale-vat")).isFalse();
  }
}
