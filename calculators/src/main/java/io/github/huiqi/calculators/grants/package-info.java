/**
 * Grant calculators, one package per measure kind: {@code award} (a fixed, capped or floored award on a recognition
 * or an event), {@code share} (a share of a base with a ceiling or a threshold) and {@code referral} (a measure that
 * points to the measures carrying its figures). Each reads the same facts
 * ({@link io.github.huiqi.calculators.grants.GrantFacts}): the qualifications and the {@code grantEvents} of the
 * enterprise profile, under the profile's own names, so a missing fact of a request is the same JSON Pointer in the
 * profile.
 * <p>
 * Start with {@link io.github.huiqi.calculators.grants.share.ShareCalculator}.
 */
package io.github.huiqi.calculators.grants;
