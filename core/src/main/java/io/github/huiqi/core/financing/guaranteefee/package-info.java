/**
 * Guarantee-fee models: the ≤1% reduced fee
 * ({@link io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure}), a guarantor's weighted average
 * fee ({@link io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageMeasure}), the draft benchmark-rate cap
 * ({@link io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure}) and the small/micro fee
 * subsidy ({@link io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure}).
 */
package io.github.huiqi.core.financing.guaranteefee;
