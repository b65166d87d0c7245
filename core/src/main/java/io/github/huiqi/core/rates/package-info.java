/**
 * Interest and fee rates, and dated rate series such as the LPR and the PBoC benchmark lending rates.
 * <p>
 * A {@link io.github.huiqi.core.rates.Rate} is a fraction inside (2% is 0.02) and is written "2%". Percentage-point
 * change ("提高30个百分点": {@code plusPercentagePoints}) is distinct from relative change ("减免40%":
 * {@code reducedBy}).
 */
package io.github.huiqi.core.rates;
