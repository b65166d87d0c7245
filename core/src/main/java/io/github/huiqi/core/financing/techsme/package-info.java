/**
 * The 科技型中小企业 贴息贴保 model, {@link io.github.huiqi.core.financing.techsme.TechSmeMeasure}
 * (深工信〔2023〕26号 第13条 with the 2020 办法 第十四条).
 */
package io.github.huiqi.core.financing.techsme;
