/**
 * The profile's side of the one-municipal-interest-subsidy-per-loan rule (decisions register §1.7, §4.1 item 10):
 * {@link io.github.huiqi.core.financing.stacking.StackingClaimedSubsidy}, the subsidy a loan was already claimed under.
 */
package io.github.huiqi.core.financing.stacking;
