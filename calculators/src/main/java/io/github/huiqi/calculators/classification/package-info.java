/**
 * Enterprise classification, one package per family: {@code size} (企业划型 under 工信部联企业〔2011〕300号, and the
 * step that lets the entitlement engine classify a profile before it evaluates), {@code scale} (规上 / 四上 and the
 * Shenzhen 小升规 measures) and {@code techrating} (科技型中小企业 evaluation).
 */
package io.github.huiqi.calculators.classification;
