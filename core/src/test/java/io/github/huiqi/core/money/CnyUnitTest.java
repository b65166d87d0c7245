package io.github.huiqi.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link CnyUnit}, the library's own CNY unit: it must stand for Moneta's CNY everywhere a host compares them.
 */
class CnyUnitTest {

  @Test
  void test_equalsMonetasCnyBothWays() {
    CurrencyUnit moneta = Monetary.getCurrency("CNY");
    assertThat(Cny.CNY).isEqualTo(moneta);
    assertThat(moneta).isEqualTo(Cny.CNY);
    assertThat(Cny.CNY.compareTo(moneta)).isZero();
    assertThat(Cny.CNY.getCurrencyCode()).isEqualTo(moneta.getCurrencyCode());
    assertThat(Cny.CNY.getNumericCode()).isEqualTo(moneta.getNumericCode());
    assertThat(Cny.CNY.getDefaultFractionDigits()).isEqualTo(moneta.getDefaultFractionDigits());
    assertThat(Cny.CNY).isNotEqualTo(Monetary.getCurrency("USD"));
    assertThat(Cny.CNY.compareTo(Monetary.getCurrency("USD"))).isNegative();
    assertThat(Cny.CNY.toString()).isEqualTo("CNY");
  }

  @Test
  void test_amountsInteroperateWithMoneta() {
    // 1,234.56 yuan made by the library and by Moneta are the same amount, either way round.
    assertThat(Cny.of("1234.56").isEqualTo(Money.of(new BigDecimal("1234.56"), "CNY"))).isTrue();
    assertThat(Money.of(new BigDecimal("1234.56"), "CNY").isEqualTo(Cny.of("1234.56"))).isTrue();
    assertThat(Money.of(new BigDecimal("1234.56"), Cny.CNY).getCurrency()).isEqualTo(Cny.CNY);
    assertThat(Cny.yuan(Money.of(new BigDecimal("1234.56"), "CNY"), "amount")).isEqualByComparingTo("1234.56");
  }

  @Test
  void test_serializesToTheOneInstance() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(Cny.CNY);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isSameAs(Cny.CNY);
    }
  }
}
