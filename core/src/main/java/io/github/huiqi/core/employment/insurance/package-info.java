/**
 * Late fees (滞纳金) waived on deferred social-insurance contributions repaid in time (深工信〔2023〕26号 第2条;
 * 沪企服办〔2023〕1号 第二十条): {@link io.github.huiqi.core.employment.insurance.InsuranceMeasure}, and a profile's
 * deferrals ({@link io.github.huiqi.core.employment.insurance.InsuranceDeferral}).
 */
package io.github.huiqi.core.employment.insurance;
