/**
 * The SME reservation check of a government works project,
 * {@link io.github.huiqi.calculators.procurement.reservation.ReservationCalculator}, and its (informational)
 * evaluator.
 */
package io.github.huiqi.calculators.procurement.reservation;
