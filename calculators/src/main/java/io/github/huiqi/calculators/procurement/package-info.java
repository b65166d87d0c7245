/**
 * Procurement and payment calculators, one package per measure family: {@code reservation} (the SME share of
 * government works procurement) and {@code arrears} (arrears owed to SMEs classed for full clearance).
 * <p>
 * Start with {@link io.github.huiqi.calculators.procurement.reservation.ReservationCalculator}.
 */
package io.github.huiqi.calculators.procurement;
