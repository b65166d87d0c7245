/**
 * The 工业上楼 space programme's average-rent ceiling (深工信〔2023〕26号 第3条):
 * {@link io.github.huiqi.core.space.highrise.HighRiseMeasure}.
 */
package io.github.huiqi.core.space.highrise;
