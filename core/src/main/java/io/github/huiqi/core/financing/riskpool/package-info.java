/**
 * The loan risk-compensation pool model, {@link io.github.huiqi.core.financing.riskpool.RiskPoolMeasure}
 * (深工信〔2023〕26号 第5条): base ratios by loan category, the +30-point uplift windows and the 80% ceiling.
 */
package io.github.huiqi.core.financing.riskpool;
