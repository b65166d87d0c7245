/**
 * Measures with no figure of their own (支持 "按有关规定"): the outcome points to the measures that carry the figures
 * and says the source gives no number ({@link io.github.huiqi.core.grants.referral.ReferralMeasure}).
 */
package io.github.huiqi.core.grants.referral;
