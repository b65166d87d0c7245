/**
 * Typed models of financing measures: interest subsidies, guarantee fees, risk compensation and loan deferral.
 * <p>
 * Each model holds its parameters as cited, dated {@link io.github.huiqi.core.policy.Parameter}s; the matching
 * calculators are in {@code io.github.huiqi.calculators.financing}.
 */
package io.github.huiqi.core.financing;
