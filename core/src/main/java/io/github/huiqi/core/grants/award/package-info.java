/**
 * Awards on a recognition or an event (奖励): a fixed figure, a ceiling ("最高/不超过") or a floor ("不低于") per tier,
 * the tiers combined by a cited rule, and non-monetary consequences
 * ({@link io.github.huiqi.core.grants.award.AwardMeasure}).
 * Shenzhen's 创客中国 and 专精特新 awards, its platform subsidies, Shanghai's district awards and green upgrading are
 * instances of this one kind, their differences in the packs.
 */
package io.github.huiqi.core.grants.award;
