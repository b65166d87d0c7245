/**
 * The size classifier under 工信部联企业〔2011〕300号: {@link io.github.huiqi.calculators.classification.size.SizeClassifier}
 * (plain and explaining forms) over a {@link io.github.huiqi.calculators.classification.size.SizeRequest}, its
 * evaluator for the catalogue, and {@link io.github.huiqi.calculators.classification.size.SizeProfileStep}, which the
 * entitlement engine applies once per profile to fill the size from the figures.
 */
package io.github.huiqi.calculators.classification.size;
