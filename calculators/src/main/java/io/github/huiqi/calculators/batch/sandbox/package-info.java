/**
 * The policy sandbox (政策沙盘): one population screened under the built-in packs and under changed ones
 * ({@link io.github.huiqi.calculators.batch.sandbox.SandboxRun}, its sums those of a
 * {@link io.github.huiqi.calculators.batch.sandbox.SandboxTally}), giving the difference in fiscal cost per measure,
 * the firms that gain or lose or that a measure could not be evaluated for, and the distribution by size class and
 * district.
 */
package io.github.huiqi.calculators.batch.sandbox;
