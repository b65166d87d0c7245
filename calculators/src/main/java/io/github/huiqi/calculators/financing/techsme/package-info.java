/**
 * The 科技型中小企业 贴息贴保 calculator,
 * {@link io.github.huiqi.calculators.financing.techsme.TechSmeCalculator}, and its evaluator.
 */
package io.github.huiqi.calculators.financing.techsme;
