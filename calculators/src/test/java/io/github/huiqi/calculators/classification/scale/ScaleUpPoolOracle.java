package io.github.huiqi.calculators.classification.scale;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import java.math.BigDecimal;

/**
 * An independent oracle for the 小升规 cultivation pool of the Shenzhen 小升规方案 第四条 ("以全市上一年度营业收入1000至
 * 2000万元的小微工业企业为对象，建立'小升规'企业培育库"), written from the clause and the decisions register §1.3 card
 * 001-4a (20,000,000 is already 规模以上, so the band is 10,000,000 ≤ revenue &lt; 20,000,000), not from
 * {@link ScaleUpPoolCalculator}.
 */
final class ScaleUpPoolOracle {

  /** 1000万元, included. */
  static final BigDecimal LOW = new BigDecimal("10000000");
  /** 2000万元, excluded (register card 001-4a). */
  static final BigDecimal HIGH = new BigDecimal("20000000");

  private ScaleUpPoolOracle() {
  }

  /** The verdict's word: 工业 (sections B, C, D), 小微 (small or micro), the prior year's revenue in the band. */
  static String expected(String code, EnterpriseSize size, BigDecimal revenue) {
    Boolean industrial = code == null ? null : "BCD".indexOf(code.charAt(0)) >= 0;
    Boolean smallOrMicro = size == null ? null : size == EnterpriseSize.SMALL || size == EnterpriseSize.MICRO;
    Boolean band = revenue == null ? null : revenue.compareTo(LOW) >= 0 && revenue.compareTo(HIGH) < 0;
    boolean open = false;
    for (Boolean b : new Boolean[] {industrial, smallOrMicro, band}) {
      if (Boolean.FALSE.equals(b)) {
        return "INELIGIBLE";
      }
      open |= b == null;
    }
    return open ? "UNDETERMINED" : "ELIGIBLE";
  }
}
