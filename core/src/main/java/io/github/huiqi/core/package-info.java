/**
 * The huiqi core: value types, the policy model and its built-in data, results, explanations, errors and JSON support.
 * <p>
 * Conventions for every package below this one:
 * <ul>
 *   <li>Money is {@link javax.money.MonetaryAmount} in CNY at the API and {@link java.math.BigDecimal} inside;
 *       no binary floating point, no fixed-scale amounts, no Moneta default rounding. Rounding is explicit, once per
 *       rule.</li>
 *   <li>Rates are {@link io.github.huiqi.core.rates.Rate}: a fraction inside (2% is 0.02), written "2%".</li>
 *   <li>Date ranges are inclusive of both ends; nothing reads the clock.</li>
 *   <li>Nulls are rejected with {@link io.github.huiqi.core.error.InvalidInputException} naming the field;
 *       an unknown fact is an empty {@link java.util.Optional}, never {@code false}.</li>
 *   <li>All public types are immutable and thread-safe unless stated.</li>
 * </ul>
 */
package io.github.huiqi.core;
