/**
 * The housing-fund deferral (缓缴住房公积金, 深工信〔2023〕26号 第2条):
 * {@link io.github.huiqi.core.employment.housingfund.HousingFundMeasure}, and a profile's applications
 * ({@link io.github.huiqi.core.employment.housingfund.HousingFundDeferral}).
 */
package io.github.huiqi.core.employment.housingfund;
