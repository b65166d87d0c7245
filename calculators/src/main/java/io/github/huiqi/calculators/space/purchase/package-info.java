/**
 * The state-owned industrial space purchase calculator,
 * {@link io.github.huiqi.calculators.space.purchase.PurchaseCalculator}, and its evaluator.
 */
package io.github.huiqi.calculators.space.purchase;
