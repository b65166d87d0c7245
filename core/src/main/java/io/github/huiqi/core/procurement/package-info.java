/**
 * Typed models of procurement and payment measures, one package per measure family: {@code reservation} (the share of
 * government works procurement reserved for SMEs) and {@code arrears} (clearing arrears owed to SMEs).
 * <p>
 * The matching calculators are in the same family's package under {@code io.github.huiqi.calculators.procurement}.
 */
package io.github.huiqi.core.procurement;
