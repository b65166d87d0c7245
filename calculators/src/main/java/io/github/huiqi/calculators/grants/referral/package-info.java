/**
 * The referral calculator ({@link io.github.huiqi.calculators.grants.referral.ReferralCalculator}) for measures with
 * no figure of their own, and its evaluator ({@link io.github.huiqi.calculators.grants.referral.ReferralEvaluator}).
 */
package io.github.huiqi.calculators.grants.referral;
