/**
 * The award calculator ({@link io.github.huiqi.calculators.grants.award.AwardCalculator}) with its request, options
 * and result, and its evaluator for an enterprise profile
 * ({@link io.github.huiqi.calculators.grants.award.AwardEvaluator}).
 */
package io.github.huiqi.calculators.grants.award;
