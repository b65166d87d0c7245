/**
 * Typed models of employment measures, one package per measure family: {@code hiring} (one-off hiring subsidy),
 * {@code insurance} (late fees waived on deferred social-insurance contributions), {@code housingfund} (housing-fund
 * deferral) and {@code training} (entrepreneur training subsidy); with the profile facts they read.
 * <p>
 * The matching calculators are in the same family's package under {@code io.github.huiqi.calculators.employment}.
 */
package io.github.huiqi.core.employment;
