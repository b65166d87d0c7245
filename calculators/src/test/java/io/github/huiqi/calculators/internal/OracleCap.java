package io.github.huiqi.calculators.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The per-enterprise cap of the oracles of loan subsidies (the Shanghai guaranteed first loan, the Shenzhen
 * small/micro guarantee-fee subsidy), written once and independently of the library's {@code EnterpriseCap}: the cap
 * is paid out to the loans sure to qualify in drawdown order, then in the order given, each loan at most its own
 * amount; a loan that only may qualify is paid nothing of the least.
 */
public final class OracleCap {

  private OracleCap() {
  }

  /**
   * Allocates a cap.
   *
   * @param drawdowns  each loan's drawdown date
   * @param amounts  each loan's amount before the cap, in yuan
   * @param sure  whether each loan is sure to qualify
   * @param cap  the cap, in yuan
   * @return what each loan is paid of the least, in the loans' order
   */
  public static List<BigDecimal> allocate(List<LocalDate> drawdowns, List<BigDecimal> amounts, List<Boolean> sure,
      BigDecimal cap) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < drawdowns.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> drawdowns.get(i)).thenComparing(i -> i));
    BigDecimal[] paid = new BigDecimal[drawdowns.size()];
    BigDecimal left = cap;
    for (int i : order) {
      paid[i] = sure.get(i) ? amounts.get(i).min(left) : BigDecimal.ZERO;
      left = left.subtract(paid[i]);
    }
    return List.of(paid);
  }
}
