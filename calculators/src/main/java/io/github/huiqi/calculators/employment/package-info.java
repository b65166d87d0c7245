/**
 * Employment calculators, one package per measure family: {@code hiring} (one-off hiring subsidy), {@code insurance}
 * (late fees waived on deferred social-insurance contributions), {@code housingfund} (housing-fund deferral) and
 * {@code training} (entrepreneur training subsidy).
 * <p>
 * Start with {@link io.github.huiqi.calculators.employment.hiring.HiringCalculator}.
 */
package io.github.huiqi.calculators.employment;
