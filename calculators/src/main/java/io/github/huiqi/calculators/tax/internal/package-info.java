/**
 * Implementation helpers of the tax family (VAT, 小型微利企业 and R&amp;D reliefs): a tax year read from the enterprise
 * profile ({@link io.github.huiqi.calculators.tax.internal.ProfileTaxYear}). Not part of the public API: may change
 * without notice.
 */
package io.github.huiqi.calculators.tax.internal;
