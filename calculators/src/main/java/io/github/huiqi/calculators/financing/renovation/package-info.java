/**
 * Technical-renovation calculators: the grant
 * ({@link io.github.huiqi.calculators.financing.renovation.RenovationGrantCalculator}), the interest subsidy
 * ({@link io.github.huiqi.calculators.financing.renovation.RenovationInterestCalculator}) and both together
 * ({@link io.github.huiqi.calculators.financing.renovation.RenovationSupportCalculator}); their evaluators and the
 * engine's rule that the two stack.
 */
package io.github.huiqi.calculators.financing.renovation;
