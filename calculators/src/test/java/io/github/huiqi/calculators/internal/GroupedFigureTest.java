package io.github.huiqi.calculators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link GroupedFigure} writes what {@code "#,##0.##"} writes for figures at the fen, without a DecimalFormat. */
class GroupedFigureTest {

  @Test
  void test_handWorked() {
    assertThat(GroupedFigure.of(new BigDecimal("4000000.00"))).isEqualTo("4,000,000");
    assertThat(GroupedFigure.of(new BigDecimal("500000"))).isEqualTo("500,000");
    assertThat(GroupedFigure.of(new BigDecimal("4E+6"))).isEqualTo("4,000,000");
    assertThat(GroupedFigure.of(new BigDecimal("1234.50"))).isEqualTo("1,234.5");
    assertThat(GroupedFigure.of(new BigDecimal("999.99"))).isEqualTo("999.99");
    assertThat(GroupedFigure.of(new BigDecimal("100"))).isEqualTo("100");
    assertThat(GroupedFigure.of(new BigDecimal("0.00"))).isEqualTo("0");
    assertThat(GroupedFigure.of(new BigDecimal("-12345.6"))).isEqualTo("-12,345.6");
    assertThatThrownBy(() -> GroupedFigure.of(null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("figure"));
  }

  @Test
  void test_ofYuan_handWorked_theFenKept() {
    // money as the command line's table writes it ("#,##0.00", more decimals kept): the arrears total of 499,999.99
    // + 0.01 = 500,000.00 (沪企服办〔2023〕1号 第二十一条 "50万元以下")
    assertThat(GroupedFigure.ofYuan(new BigDecimal("500000.00"))).isEqualTo("500,000.00");
    assertThat(GroupedFigure.ofYuan(new BigDecimal("500000"))).isEqualTo("500,000.00");
    assertThat(GroupedFigure.ofYuan(new BigDecimal("5E+5"))).isEqualTo("500,000.00");
    assertThat(GroupedFigure.ofYuan(new BigDecimal("499999.99"))).isEqualTo("499,999.99");
    assertThat(GroupedFigure.ofYuan(new BigDecimal("1234.5"))).isEqualTo("1,234.50");
    assertThat(GroupedFigure.ofYuan(new BigDecimal("1234.567"))).isEqualTo("1,234.567");
    assertThat(GroupedFigure.ofYuan(new BigDecimal("0.01"))).isEqualTo("0.01");
    assertThat(GroupedFigure.ofYuan(new BigDecimal("999"))).isEqualTo("999.00");
    assertThat(GroupedFigure.ofYuan(new BigDecimal("-1000"))).isEqualTo("-1,000.00");
    assertThatThrownBy(() -> GroupedFigure.ofYuan(null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("yuan"));
  }

  @Test
  void test_agreesWithDecimalFormat_atTheFen() {
    long seed = 20261204L;
    System.out.println("GroupedFigureTest seed " + seed);
    Random random = new Random(seed);
    DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    for (int i = 0; i < 10_000; i++) {
      BigDecimal fen = BigDecimal.valueOf(random.nextLong() % 100_000_000_000_000L, 2);
      assertThat(GroupedFigure.of(fen)).as("seed %d, %s", seed, fen).isEqualTo(format.format(fen));
    }
  }
}
