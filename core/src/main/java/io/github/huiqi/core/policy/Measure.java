package io.github.huiqi.core.policy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.huiqi.core.financing.AverageGuaranteeFeeMeasure;
import io.github.huiqi.core.financing.BenchmarkGuaranteeFeeCapMeasure;
import io.github.huiqi.core.financing.FirstLoanInterestSubsidyMeasure;
import io.github.huiqi.core.financing.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.financing.GuaranteedFirstLoanInterestSubsidyMeasure;
import io.github.huiqi.core.financing.LoanDeferralMeasure;
import io.github.huiqi.core.financing.RiskCompensationPoolMeasure;
import io.github.huiqi.core.financing.SmallMicroGuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.financing.TechSmeInterestSubsidyMeasure;
import io.github.huiqi.core.financing.TechnicalRenovationInterestSubsidyMeasure;
import io.github.huiqi.core.grants.TechnicalRenovationGrantMeasure;
import io.github.huiqi.core.tax.RdSuperDeductionMeasure;
import io.github.huiqi.core.tax.SmallLowProfitEnterpriseMeasure;
import io.github.huiqi.core.tax.SmallScaleVatMeasure;

/**
 * A quantitative measure of a policy document, with its typed, cited parameters.
 * <p>
 * Each kind of measure has its own model (for example {@link FirstLoanInterestSubsidyMeasure}); the calculators take
 * the model as an argument, so a host can pass one loaded from its own pack or built with changed parameters.
 * In JSON the kind is the {@code type} property, an explicit name such as
 * {@code financing.first-loan-interest-subsidy}; class names are never used.
 * <p>
 * All implementations are immutable and thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = FirstLoanInterestSubsidyMeasure.class, name = FirstLoanInterestSubsidyMeasure.TYPE),
    @JsonSubTypes.Type(value = GuaranteeFeeReductionMeasure.class, name = GuaranteeFeeReductionMeasure.TYPE),
    @JsonSubTypes.Type(value = AverageGuaranteeFeeMeasure.class, name = AverageGuaranteeFeeMeasure.TYPE),
    @JsonSubTypes.Type(value = BenchmarkGuaranteeFeeCapMeasure.class, name = BenchmarkGuaranteeFeeCapMeasure.TYPE),
    @JsonSubTypes.Type(value = SmallMicroGuaranteeFeeSubsidyMeasure.class,
        name = SmallMicroGuaranteeFeeSubsidyMeasure.TYPE),
    @JsonSubTypes.Type(value = SmallScaleVatMeasure.class, name = SmallScaleVatMeasure.TYPE),
    @JsonSubTypes.Type(value = RiskCompensationPoolMeasure.class, name = RiskCompensationPoolMeasure.TYPE),
    @JsonSubTypes.Type(value = LoanDeferralMeasure.class, name = LoanDeferralMeasure.TYPE),
    @JsonSubTypes.Type(value = SmallLowProfitEnterpriseMeasure.class, name = SmallLowProfitEnterpriseMeasure.TYPE),
    @JsonSubTypes.Type(value = RdSuperDeductionMeasure.class, name = RdSuperDeductionMeasure.TYPE),
    @JsonSubTypes.Type(value = GuaranteedFirstLoanInterestSubsidyMeasure.class,
        name = GuaranteedFirstLoanInterestSubsidyMeasure.TYPE),
    @JsonSubTypes.Type(value = TechnicalRenovationInterestSubsidyMeasure.class,
        name = TechnicalRenovationInterestSubsidyMeasure.TYPE),
    @JsonSubTypes.Type(value = TechnicalRenovationGrantMeasure.class, name = TechnicalRenovationGrantMeasure.TYPE),
    @JsonSubTypes.Type(value = TechSmeInterestSubsidyMeasure.class, name = TechSmeInterestSubsidyMeasure.TYPE),
})
public interface Measure {

  /**
   * Returns the measure's stable identifier.
   *
   * @return the identifier
   */
  MeasureId id();

  /**
   * Returns the clause that enacts the measure.
   *
   * @return the clause
   */
  ClauseRef clause();

  /**
   * Returns the legal status of the measure's document, repeated here so that every result can carry it: a figure
   * computed from a {@link DocumentStatus#DRAFT} measure is indicative only.
   *
   * @return the status, the same as the document's
   */
  DocumentStatus documentStatus();

  /**
   * Returns the measure's title.
   *
   * @return the title in Chinese and English
   */
  LocalizedText title();
}
