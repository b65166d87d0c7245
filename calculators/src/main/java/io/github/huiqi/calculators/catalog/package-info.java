/**
 * One contract for every measure: the evaluator interface
 * ({@link io.github.huiqi.calculators.catalog.MeasureEvaluator}) and its context, the one list of evaluators and
 * stacking rules ({@link io.github.huiqi.calculators.catalog.MeasureRegistry}), a catalogue of measures with their
 * evaluators, windows, clauses, departments and regions ({@link io.github.huiqi.calculators.catalog.Catalog}), and
 * the engine's options. The engine that runs a catalogue for one enterprise is in
 * {@code io.github.huiqi.calculators.catalog.engine}.
 */
package io.github.huiqi.calculators.catalog;
