/**
 * The one-municipal-interest-subsidy-per-loan rule's schemes (decisions register §1.7, §4.1 item 10):
 * {@link io.github.huiqi.core.financing.stacking.StackingScheme}, read by the profile (the subsidy a loan was already
 * claimed under) and by the stacking calculator.
 */
package io.github.huiqi.core.financing.stacking;
