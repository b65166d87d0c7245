/**
 * Typed models of grant measures: awards and project subsidies, such as the technical-renovation grant.
 * <p>
 * Each model holds its parameters as cited, dated {@link io.github.huiqi.core.policy.Parameter}s; the matching
 * calculators are in {@code io.github.huiqi.calculators.grants}.
 */
package io.github.huiqi.core.grants;
