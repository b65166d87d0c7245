/**
 * Typed models of enterprise classification, one package per family: {@code size} (企业划型 under
 * 工信部联企业〔2011〕300号), {@code scale} (规上 / 四上 and the Shenzhen 小升规 measures) and {@code techrating}
 * (科技型中小企业 evaluation).
 * <p>
 * Each model holds its thresholds as cited, dated {@link io.github.huiqi.core.policy.Parameter}s; the matching
 * classifiers are in the same family's package under {@code io.github.huiqi.calculators.classification}.
 */
package io.github.huiqi.core.classification;
