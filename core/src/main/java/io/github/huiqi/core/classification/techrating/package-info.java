/**
 * The 科技型中小企业 evaluation (《科技型中小企业评价办法》, 国科发政〔2017〕115号, revised 2022): the year's facts it
 * reads ({@link io.github.huiqi.core.classification.techrating.TechRatingFacts}, reached from
 * {@code EnterpriseYear.techRating()}) and its limits and score bands as cited data
 * ({@link io.github.huiqi.core.classification.techrating.TechRatingStandard}).
 */
package io.github.huiqi.core.classification.techrating;
