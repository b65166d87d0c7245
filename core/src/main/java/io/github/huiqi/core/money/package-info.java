/**
 * Money in CNY: the currency constant, conversions between {@link javax.money.MonetaryAmount} and
 * {@link java.math.BigDecimal}, and explicit rounding rules.
 * <p>
 * The API speaks {@code MonetaryAmount} (Moneta {@code Money}); calculators compute in {@code BigDecimal} and round
 * once per rule with a {@link io.github.huiqi.core.money.MoneyRounding}, half-up to the fen unless a measure says
 * otherwise. Moneta's default rounding (half-even) is never used, nor its fixed-scale or rounded amount types.
 * 万元 and 元 never mix: every amount in the library is in yuan.
 */
package io.github.huiqi.core.money;
