package io.github.huiqi.calculators.hardening;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** Out-of-range values for a setter's parameter type: extreme dates, amounts, numbers, rates, strings, lists. */
final class BuilderValues {

  private BuilderValues() {
  }

  /**
   * Returns out-of-range values of a type, a few chosen by the generator where there are many.
   *
   * @param type  the parameter type
   * @param random  the generator
   * @return the values; empty for a type with none (booleans, enums)
   */
  static List<Object> outOfRange(Class<?> type, Random random) {
    List<Object> values = new ArrayList<>();
    if (type == LocalDate.class) {
      values.addAll(List.of(LocalDate.MAX, LocalDate.MIN, LocalDate.of(1, 1, 1), LocalDate.of(1900, 1, 1),
          LocalDate.of(2200, 1, 1), LocalDate.of(1949, 9, 30), LocalDate.of(2199, 12, 31)));
    } else if (type == MonetaryAmount.class) {
      values.addAll(List.of(Cny.of("-0.01"), Money.of(new BigDecimal("1.005"), "CNY"), Money.of(BigDecimal.ONE,
          "USD"), Money.of(new BigDecimal("1E+17"), "CNY"), Money.of(new BigDecimal("0E-1000"), "CNY"), Cny.ZERO));
    } else if (type == BigDecimal.class) {
      values.addAll(List.of(new BigDecimal("-1"), BigDecimal.ZERO, new BigDecimal("1E+30"), new BigDecimal("1E-30"),
          new BigDecimal("0E+1000000000")));
    } else if (type == Rate.class) {
      values.addAll(List.of(Rate.parse("-1%"), Rate.parse("1000%"), Rate.parse("0%"), Rate.parse("100.0001%")));
    } else if (type == int.class || type == Integer.class) {
      values.addAll(List.of(-1, 0, Integer.MIN_VALUE, Integer.MAX_VALUE, random.nextInt()));
    } else if (type == long.class || type == Long.class) {
      values.addAll(List.of(-1L, 0L, Long.MIN_VALUE, Long.MAX_VALUE));
    } else if (type == String.class) {
      values.addAll(List.of("", " ", "\u0000", "x".repeat(10_001), "(.?)".repeat(100) + "Z", "999999", "C.Y",
          "SMALL "));
    } else if (type == List.class || type == Iterable.class) {
      values.add(List.of());
      values.add(Arrays.asList((Object) null));
    }
    return values;
  }
}
