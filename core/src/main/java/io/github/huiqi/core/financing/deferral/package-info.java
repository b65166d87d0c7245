/**
 * The small/micro loan deferral model, {@link io.github.huiqi.core.financing.deferral.DeferralMeasure}
 * (深工信〔2023〕26号 第7条).
 */
package io.github.huiqi.core.financing.deferral;
