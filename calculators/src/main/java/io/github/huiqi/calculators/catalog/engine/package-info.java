/**
 * The entitlement engine ({@link io.github.huiqi.calculators.catalog.engine.EntitlementEngine}): a catalogue's
 * measures evaluated for one {@link io.github.huiqi.core.enterprise.EnterpriseProfile} on one date, the stacking rules
 * applied, the money in reach totalled by kind and the missing facts ranked by the money they decide; its request and
 * report types, and a sample request.
 * <pre>
 * EntitlementReport report = EntitlementEngine.builtIn().evaluate(profile, LocalDate.of(2023, 6, 30));
 * String json = EntitlementEngine.builtIn().evaluateJson(requestJson);
 * </pre>
 */
package io.github.huiqi.calculators.catalog.engine;
