/**
 * The share calculator ({@link io.github.huiqi.calculators.grants.share.ShareCalculator}) with its request and
 * result, and its evaluator for an enterprise profile
 * ({@link io.github.huiqi.calculators.grants.share.ShareEvaluator}).
 */
package io.github.huiqi.calculators.grants.share;
