/**
 * Implementation helpers shared by every measure family: how a condition is decided and explained
 * ({@link io.github.huiqi.calculators.internal.TracedCondition}) and how a per-enterprise cap is allocated across
 * items ({@link io.github.huiqi.calculators.internal.EnterpriseCap}). Not part of the public API: may change without
 * notice.
 */
package io.github.huiqi.calculators.internal;
