/**
 * The share of government works procurement reserved for SMEs (深工信〔2023〕26号 第9条; 沪企服办〔2023〕1号 第十一条;
 * 财库〔2022〕19号): {@link io.github.huiqi.core.procurement.reservation.ReservationMeasure}.
 */
package io.github.huiqi.core.procurement.reservation;
