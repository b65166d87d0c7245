/**
 * The 科技型中小企业 evaluation (《科技型中小企业评价办法》):
 * {@link io.github.huiqi.calculators.classification.techrating.TechRatingCalculator} scores a firm's 科技人员,
 * 研发投入 and 科技成果 and applies the size limits, the exclusions and the direct routes.
 */
package io.github.huiqi.calculators.classification.techrating;
