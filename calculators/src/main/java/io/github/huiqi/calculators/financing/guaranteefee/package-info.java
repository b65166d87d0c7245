/**
 * Guarantee-fee calculators: the reduced fee
 * ({@link io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionCalculator}), a guarantor's
 * average ({@link io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeAverageCalculator}), the draft
 * benchmark cap ({@link io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapCalculator}) and
 * the small/micro subsidy ({@link io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyCalculator});
 * and their evaluators.
 */
package io.github.huiqi.calculators.financing.guaranteefee;
