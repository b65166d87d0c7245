/**
 * One enterprise, every measure: the contract every measure meets
 * ({@link io.github.huiqi.calculators.catalog.MeasureEvaluator}), the one list of evaluators
 * ({@link io.github.huiqi.calculators.catalog.MeasureRegistry}), a catalogue of measures with their evaluators
 * ({@link io.github.huiqi.calculators.catalog.Catalog}), and the entitlement engine
 * ({@link io.github.huiqi.calculators.catalog.EntitlementEngine}) that evaluates a catalogue for one
 * {@link io.github.huiqi.core.enterprise.EnterpriseProfile}, applies the stacking rules, totals what is in reach and
 * ranks the missing facts by the money they decide.
 * <pre>
 * EntitlementReport report = EntitlementEngine.builtIn().evaluate(profile, LocalDate.of(2023, 6, 30));
 * String json = EntitlementEngine.builtIn().evaluateJson(requestJson);
 * </pre>
 */
package io.github.huiqi.calculators.catalog;
