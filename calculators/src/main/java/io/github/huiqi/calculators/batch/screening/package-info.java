/**
 * City-wide screening: a seeded generator of synthetic enterprise profiles
 * ({@link io.github.huiqi.calculators.batch.screening.ScreeningPopulation}) and the entitlement engine run over a
 * population without holding it ({@link io.github.huiqi.calculators.batch.screening.ScreeningRun}), each firm's
 * outcomes as one NDJSON line and the population's totals per measure.
 */
package io.github.huiqi.calculators.batch.screening;
