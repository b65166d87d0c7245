/**
 * National tax reliefs restated by several documents of the catalogue: the small-scale VAT relief, the
 * 小型微利企业 relief and the R&amp;D super deduction are each one relief under national law, restated by
 * 深工信〔2023〕26号 第1条 and by 沪企服办〔2023〕1号 第二十二条. {@link
 * io.github.huiqi.calculators.tax.restated.RestatedReliefRule} counts each relief once, under the enterprise's own
 * region's restatement.
 */
package io.github.huiqi.calculators.tax.restated;
