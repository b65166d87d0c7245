/**
 * The one-off hiring subsidy (一次性吸纳就业补贴, 沪企服办〔2023〕1号 第十九条):
 * {@link io.github.huiqi.core.employment.hiring.HiringMeasure}, and a profile's hires
 * ({@link io.github.huiqi.core.employment.hiring.HiringRecord}).
 */
package io.github.huiqi.core.employment.hiring;
