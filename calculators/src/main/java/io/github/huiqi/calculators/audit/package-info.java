/**
 * Replay of calculator results: {@link io.github.huiqi.calculators.audit.CalculatorReplay} recomputes an explained
 * result from its request and says whether the audit receipt it carries ({@link io.github.huiqi.core.audit.Receipt})
 * still matches. The entitlement engine's reports are replayed by
 * {@code io.github.huiqi.calculators.catalog.engine.EntitlementEngine#replay}.
 */
package io.github.huiqi.calculators.audit;
