package io.github.huiqi.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import javax.money.MonetaryAmount;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Binary floating point takes no part in the library's money: every {@code double} overload that JSR 354 makes
 * {@link CnyAmount} declare, and a {@code Double} or {@code Float} passed as a {@code Number}, is refused with a typed
 * error naming {@code number}; the exact forms compute to the fen.
 */
class CnyAmountBinaryTest {

  private static final MonetaryAmount AMOUNT = Cny.of("100.00");

  @Test
  void test_doubleOverloadsAndBoxedFloatsAreRefused() {
    List<ThrowingCallable> calls = List.of(
        () -> AMOUNT.multiply(1.5d),
        () -> AMOUNT.divide(2.0d),
        () -> AMOUNT.remainder(3.0d),
        () -> AMOUNT.divideAndRemainder(3.0d),
        () -> AMOUNT.divideToIntegralValue(3.0d),
        () -> AMOUNT.multiply(Double.valueOf(1.5d)),
        () -> AMOUNT.divide(Float.valueOf(2.0f)),
        () -> AMOUNT.getFactory().setNumber(0.1d).create());
    for (ThrowingCallable call : calls) {
      assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, ex -> {
        assertThat(ex.field()).isEqualTo("number");
        assertThat(ex.getMessage()).contains("binary floating point");
      });
    }
  }

  @Test
  void test_exactFormsComputeToTheFen() {
    // 100.00 × 1.5 = 150.00; 100.00 ÷ 8 = 12.50; 100.00 mod 3 = 1.00
    assertThat(Cny.yuan(AMOUNT.multiply(new BigDecimal("1.5")), "x")).isEqualByComparingTo("150.00");
    assertThat(Cny.yuan(AMOUNT.divide(8L), "x")).isEqualByComparingTo("12.50");
    assertThat(Cny.yuan(AMOUNT.remainder(3L), "x")).isEqualByComparingTo("1.00");
    assertThat(Cny.yuan(AMOUNT.getFactory().setNumber(new BigDecimal("0.10")).create(), "x"))
        .isEqualByComparingTo("0.10");
  }
}
