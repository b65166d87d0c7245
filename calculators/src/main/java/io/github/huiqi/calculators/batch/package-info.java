/**
 * Batch paths: a calculator over a bank's loan book ({@link io.github.huiqi.calculators.batch.book}), the engine over
 * a population of enterprises ({@link io.github.huiqi.calculators.batch.screening}) and a changed pack against the
 * built-in one ({@link io.github.huiqi.calculators.batch.sandbox}), each with failures as values.
 */
package io.github.huiqi.calculators.batch;
