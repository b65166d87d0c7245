/**
 * Water, electricity and gas arrears in 2023-Q1: no cut-off and the quarter's late fees waived (深工信〔2023〕26号
 * 第2条): {@link io.github.huiqi.core.space.utility.UtilityMeasure}, and a profile's overdue bills
 * ({@link io.github.huiqi.core.space.utility.UtilityBill}).
 */
package io.github.huiqi.core.space.utility;
