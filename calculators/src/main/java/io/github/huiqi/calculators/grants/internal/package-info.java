/**
 * Implementation helpers of the grants family (award, share and referral): the checks of a grant's recipient
 * ({@link io.github.huiqi.calculators.grants.internal.GrantCheck}, the SME condition
 * {@link io.github.huiqi.calculators.grants.internal.SmeCondition}), the events that trigger a grant
 * ({@link io.github.huiqi.calculators.grants.internal.GrantTriggers}) and a grant's range
 * ({@link io.github.huiqi.calculators.grants.internal.GrantRange}). Not part of the public API: may change without
 * notice.
 */
package io.github.huiqi.calculators.grants.internal;
