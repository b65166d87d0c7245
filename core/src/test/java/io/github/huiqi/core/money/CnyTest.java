package io.github.huiqi.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests {@link Cny}: CNY only, strict decimal text, 万元 conversion.
 */
class CnyTest {

  @Test
  void test_of_text() {
    MonetaryAmount amount = Cny.of("1234.56");
    assertThat(amount.getCurrency()).isEqualTo(Cny.CNY);
    assertThat(amount.getCurrency().getCurrencyCode()).isEqualTo("CNY");
    assertThat(amount.getNumber().numberValueExact(BigDecimal.class)).isEqualByComparingTo("1234.56");
    assertThat(Cny.of("200000").isEqualTo(Money.of(200_000, "CNY"))).isTrue();
    assertThat(Cny.of("-0.01").isNegative()).isTrue();
    assertThat(Cny.ZERO.isZero()).isTrue();
  }

  @Test
  void test_of_decimal() {
    assertThat(Cny.of(new BigDecimal("0.01")).isEqualTo(Money.of(new BigDecimal("0.01"), "CNY"))).isTrue();
    // 10^16 yuan has 17 integer digits: beyond the bound of 16 on an input, which names the input's field, but a
    // computed total may have it; 10^32 (33 digits) is beyond any total
    assertThatThrownBy(() -> Cny.inputYuan(Cny.of(new BigDecimal("1E16")), "principal"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("principal"));
    assertThatThrownBy(() -> Cny.of(new BigDecimal("1E32")))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("amount"));
    assertThatThrownBy(() -> Cny.of((BigDecimal) null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("amount"));
    assertThatThrownBy(() -> Cny.of((String) null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("amount"));
  }

  @ParameterizedTest(name = "{0} 万元 = {1} 元")
  @CsvSource({"20, 200000", "0.5, 5000", "1.2345, 12345", "0, 0", "5000, 50000000"})
  void test_ofWan(String wan, String yuan) {
    // 1 万元 = 10,000 元: "最高20万元" is 200,000 yuan
    MonetaryAmount amount = Cny.ofWan(new BigDecimal(wan));
    assertThat(amount.getCurrency()).isEqualTo(Cny.CNY);
    assertThat(amount.getNumber().numberValueExact(BigDecimal.class)).isEqualByComparingTo(yuan);
  }

  @Test
  void test_ofWan_bounded() {
    assertThatThrownBy(() -> Cny.ofWan(null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("amount"));
    // 10^17 万元 is itself more than 16 integer digits
    assertThatThrownBy(() -> Cny.ofWan(new BigDecimal("100000000000000000")))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("amount"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"1234.56, 1234.56", "-7, -7", "0, 0", "007.50, 7.50", "0.0000000000000001, 0.0000000000000001"})
  void test_parseDecimal_accepts(String text, String expected) {
    assertThat(Cny.parseDecimal(text, "principal")).isEqualTo(new BigDecimal(expected));
  }

  @ParameterizedTest(name = "rejects \"{0}\"")
  @ValueSource(strings = {"1e5", "1E5", "1.5e2", " 1", "1 ", "1 000", "1,000", "+1", ".5", "1.", "", "-", "abc",
      "１２３", "١٢٣", "१२३", "0x10", "NaN", "Infinity", "12345678901234567890123456789012345678901"})
  void test_parseDecimal_rejects(String text) {
    assertThatThrownBy(() -> Cny.parseDecimal(text, "principal"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("principal");
          assertThat(ex.value()).isEqualTo(text);
        });
  }

  @ParameterizedTest(name = "rejects \"{0}\" as out of bounds")
  @ValueSource(strings = {"0.00000000000000001", "12345678901234567", "-12345678901234567"})
  void test_parseDecimal_rejectsOutOfBounds(String text) {
    // 17 decimals, or 17 integer digits: beyond Args.MAX_SCALE / MAX_INTEGER_DIGITS (16)
    assertThatThrownBy(() -> Cny.parseDecimal(text, "principal"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("principal"));
  }

  @Test
  void test_yuan_rejectsOtherCurrencies_namingTheField() {
    assertThatThrownBy(() -> Cny.yuan(Money.of(100, "USD"), "principal"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("principal");
          assertThat(ex.value()).contains("USD");
          assertThat(ex.problem()).contains("CNY");
        });
    assertThatThrownBy(() -> Cny.positiveYuan(Money.of(100, "HKD"), "capPerEnterprise/value"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("capPerEnterprise/value"));
    assertThatThrownBy(() -> Cny.yuan(null, "principal"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("principal"));
  }

  @Test
  void test_yuan_signs() {
    assertThat(Cny.yuan(Cny.of("-5"), "x")).isEqualByComparingTo("-5");
    assertThat(Cny.positiveYuan(Cny.of("0.01"), "x")).isEqualByComparingTo("0.01");
    assertThat(Cny.notNegativeYuan(Cny.ZERO, "x")).isEqualByComparingTo("0");
    assertThatThrownBy(() -> Cny.positiveYuan(Cny.ZERO, "principal"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("principal"));
    assertThatThrownBy(() -> Cny.positiveYuan(Cny.of("-0.01"), "principal"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("principal"));
    assertThatThrownBy(() -> Cny.notNegativeYuan(Cny.of("-0.01"), "fee"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("fee"));
  }

  @Test
  void test_requireCny() {
    assertThat(Cny.requireCny("CNY", "currency")).isEqualTo(Cny.CNY);
    for (String code : new String[] {"USD", "cny", "XYZ", "", "人民币", null}) {
      assertThatThrownBy(() -> Cny.requireCny(code, "currency"))
          .as(String.valueOf(code))
          .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("currency"));
    }
  }
}
