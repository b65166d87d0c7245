/**
 * 规上 / 四上 and the Shenzhen 小升规 measures of the three-year plan (2022-2024) 第四条: the cultivation pool of small
 * and micro industrial firms ({@link io.github.huiqi.core.classification.scale.ScaleUpPoolMeasure}) and the reward for
 * a first entry into the 规模以上工业 database ({@link io.github.huiqi.core.classification.scale.ScaleUpRewardMeasure}).
 */
package io.github.huiqi.core.classification.scale;
