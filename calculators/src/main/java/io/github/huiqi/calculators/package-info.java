/**
 * Pure, thread-safe calculators over the huiqi policy model, one package per policy area.
 * <p>
 * Every calculator: reads no clock, does no I/O and holds no mutable state; takes the measure model as an argument
 * (so a host can pass one from its own pack); offers a plain form returning the amount and an explaining form
 * returning eligibility, amount, binding limit and an explanation of cited steps.
 */
package io.github.huiqi.calculators;
