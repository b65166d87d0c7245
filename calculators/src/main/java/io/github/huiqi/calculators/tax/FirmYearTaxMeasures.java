package io.github.huiqi.calculators.tax;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.tax.RdSuperDeductionMeasure;
import io.github.huiqi.core.tax.SmallLowProfitEnterpriseMeasure;
import io.github.huiqi.core.tax.SmallScaleVatMeasure;

/**
 * The three tax measures a firm-year view applies together: the small-scale VAT relief, the R&amp;D super deduction
 * and the 小型微利企业 income-tax relief.
 * <p>
 * Pass the built-in ones ({@link #builtIn()}), those of a loaded pack ({@link #from(PolicyData)}), or any overridden
 * models.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param vat  the small-scale VAT measure, such as {@link SmallScaleVatMeasure#SHENZHEN_2023}
 * @param rd  the R&amp;D super-deduction measure, such as {@link RdSuperDeductionMeasure#SHENZHEN_2023}
 * @param incomeTax  the 小型微利企业 measure, such as {@link SmallLowProfitEnterpriseMeasure#SHENZHEN_2023}
 */
public record FirmYearTaxMeasures(
    SmallScaleVatMeasure vat,
    RdSuperDeductionMeasure rd,
    SmallLowProfitEnterpriseMeasure incomeTax) {

  /**
   * Creates the measures.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a measure is null, naming it
   */
  public FirmYearTaxMeasures {
    Args.notNull(vat, "vat");
    Args.notNull(rd, "rd");
    Args.notNull(incomeTax, "incomeTax");
  }

  /**
   * Obtains the measures of 深工信〔2023〕26号 第1条 from the built-in policy data.
   *
   * @return the measures
   */
  public static FirmYearTaxMeasures builtIn() {
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
  public static FirmYearTaxMeasures from(PolicyData data) {
    Args.notNull(data, "data");
    return new FirmYearTaxMeasures(
        data.getMeasure(SmallScaleVatMeasure.SHENZHEN_2023, SmallScaleVatMeasure.class),
        data.getMeasure(RdSuperDeductionMeasure.SHENZHEN_2023, RdSuperDeductionMeasure.class),
        data.getMeasure(SmallLowProfitEnterpriseMeasure.SHENZHEN_2023, SmallLowProfitEnterpriseMeasure.class));
  }
}
