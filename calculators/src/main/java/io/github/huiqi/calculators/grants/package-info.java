/**
 * Grant calculators: awards and project subsidies whose amount the authority fixes within a cap, so that results are
 * ranges from zero to the cap-limited maximum.
 * <p>
 * Start with {@link io.github.huiqi.calculators.grants.TechnicalRenovationGrantCalculator}.
 */
package io.github.huiqi.calculators.grants;
