/**
 * The entrepreneur-training organiser subsidy calculator,
 * {@link io.github.huiqi.calculators.employment.training.TrainingCalculator}, and its evaluator.
 */
package io.github.huiqi.calculators.employment.training;
