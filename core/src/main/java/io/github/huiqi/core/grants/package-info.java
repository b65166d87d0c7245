/**
 * Typed models of grants (awards and project subsidies), one package per measure kind: {@code award} (a fixed, capped
 * or floored award on a recognition or an event), {@code share} (a share of a base amount with a ceiling or a
 * threshold on the base) and {@code referral} (a measure with no figure of its own that points to the measures that
 * carry the figures).
 * <p>
 * A measure of these kinds is pack data: its triggers ({@link io.github.huiqi.core.grants.GrantTrigger}) name a
 * qualification of the enterprise profile or an event code of the profile's {@code grantEvents}
 * ({@link io.github.huiqi.core.grants.GrantEvent}), so a new district's award needs no code. The calculators are in
 * the same kinds' packages under {@code io.github.huiqi.calculators.grants}.
 */
package io.github.huiqi.core.grants;
