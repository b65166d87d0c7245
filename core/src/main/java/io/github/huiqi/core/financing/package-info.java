/**
 * Typed models of financing measures, one package per measure family: {@code firstloan}, {@code techsme},
 * {@code riskpool}, {@code guaranteefee}, {@code renovation} and {@code deferral}.
 * <p>
 * Each model holds its parameters as cited, dated {@link io.github.huiqi.core.policy.Parameter}s; the matching
 * calculators are in the same family's package under {@code io.github.huiqi.calculators.financing}.
 */
package io.github.huiqi.core.financing;
