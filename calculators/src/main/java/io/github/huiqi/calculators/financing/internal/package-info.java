/**
 * Implementation helpers of the financing family: the names of enterprise sizes in its reasons and steps
 * ({@link io.github.huiqi.calculators.financing.internal.SizeNames}). Not part of the public API: may change without
 * notice.
 */
package io.github.huiqi.calculators.financing.internal;
