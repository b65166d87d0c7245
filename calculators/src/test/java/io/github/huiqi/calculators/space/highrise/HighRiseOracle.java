package io.github.huiqi.calculators.space.highrise;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An independent oracle for the 工业上楼 average-rent ceiling of 深工信〔2023〕26号 第3条 ("平均租金价格不高于35元/月/
 * 平方米"), written from the clause, not from {@link HighRiseCalculator}: the area-weighted average of the project's
 * leases (Σ monthly rent ÷ Σ area, domain §1.2 card 000-3: a programme-level average, not a per-lease cap).
 */
final class HighRiseOracle {

  /** 35 元/月/平方米 (第3条). */
  static final BigDecimal CEILING = new BigDecimal("35");

  private HighRiseOracle() {
  }

  /** A lease: its area in m² and its rent a month in yuan. */
  record Lease(BigDecimal area, BigDecimal monthlyRent) {
  }

  /** The average reported half-up to the fen; within when not above 35 ("不高于"), compared unrounded. */
  record Expected(BigDecimal totalArea, BigDecimal totalRent, BigDecimal average, boolean within) {
  }

  static Expected expected(List<Lease> leases) {
    BigDecimal area = BigDecimal.ZERO;
    BigDecimal rent = BigDecimal.ZERO;
    for (Lease lease : leases) {
      area = area.add(lease.area);
      rent = rent.add(lease.monthlyRent);
    }
    // Σ rent ÷ Σ area ≤ 35 ⇔ Σ rent ≤ 35 × Σ area (the area is positive): no rounding in the test
    boolean within = rent.compareTo(CEILING.multiply(area)) <= 0;
    return new Expected(area, rent, rent.divide(area, 2, RoundingMode.HALF_UP), within);
  }
}
