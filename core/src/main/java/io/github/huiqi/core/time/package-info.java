/**
 * Dates for policy windows and interest periods: inclusive {@link io.github.huiqi.core.time.DateRange}s and
 * {@link io.github.huiqi.core.time.DayCount} conventions.
 * <p>
 * A policy window such as "2023年1-3月" is the inclusive range 2023-01-01..2023-03-31. An interest period follows
 * 算头不算尾: it counts the start date and not the end date, so a loan drawn on 01-15 and repaid on 04-15 accrues for
 * 90 days. Nothing here reads the clock.
 */
package io.github.huiqi.core.time;
