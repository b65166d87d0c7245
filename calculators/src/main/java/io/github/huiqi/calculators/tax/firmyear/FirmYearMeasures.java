package io.github.huiqi.calculators.tax.firmyear;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.tax.rd.RdMeasure;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import io.github.huiqi.core.tax.vat.VatMeasure;

/**
 * The three tax measures a firm-year view applies together: the small-scale VAT relief, the R&amp;D super deduction
 * and the 小型微利企业 income-tax relief.
 * <p>
 * Pass the built-in ones ({@link #builtIn()}), those of a loaded pack ({@link #from(PolicyData)}), or any overridden
 * models.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param vat  the small-scale VAT measure, such as {@link VatMeasure#SHENZHEN_2023}
 * @param rd  the R&amp;D super-deduction measure, such as {@link RdMeasure#SHENZHEN_2023}
 * @param incomeTax  the 小型微利企业 measure, such as {@link SmallLowProfitMeasure#SHENZHEN_2023}
 */
public record FirmYearMeasures(
    VatMeasure vat,
    RdMeasure rd,
    SmallLowProfitMeasure incomeTax) {

  /**
   * Creates the measures.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a measure is null, naming it
   */
  public FirmYearMeasures {
    Args.notNull(vat, "vat");
    Args.notNull(rd, "rd");
    Args.notNull(incomeTax, "incomeTax");
  }

  /**
   * Obtains the measures of 深工信〔2023〕26号 第1条 from the built-in policy data.
   *
   * @return the measures
   */
  public static FirmYearMeasures builtIn() {
    return from(PolicyData.builtIn());
  }

  /**
   * Obtains the measures of 深工信〔2023〕26号 第1条 from policy data, such as a host's own pack of the same schema.
   *
   * @param data  the policy data
   * @return the measures
   * @throws io.github.huiqi.core.error.InvalidInputException if the data is null
   * @throws io.github.huiqi.core.error.UnknownIdentifierException if the data lacks one of the three measures
   */
  public static FirmYearMeasures from(PolicyData data) {
    Args.notNull(data, "data");
    return new FirmYearMeasures(
        data.getMeasure(VatMeasure.SHENZHEN_2023),
        data.getMeasure(RdMeasure.SHENZHEN_2023),
        data.getMeasure(SmallLowProfitMeasure.SHENZHEN_2023));
  }
}
