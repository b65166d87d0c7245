/**
 * The enterprise size standard (中小企业划型标准规定, 工信部联企业〔2011〕300号): its sixteen industry groups
 * ({@link io.github.huiqi.core.classification.size.SizeIndustry}, mapped from a GB/T 4754-2017 code), the lower bounds
 * of the large, medium and small columns ({@link io.github.huiqi.core.classification.size.SizeBand}) and the model
 * holding them as pack data ({@link io.github.huiqi.core.classification.size.SizeStandard}).
 */
package io.github.huiqi.core.classification.size;
