package io.github.huiqi.core.policy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a measure's date-window parameter whose dates may fall before its own validity: a window over when an
 * obligation fell due, which a measure in force later reaches back to. For example 深工信〔2023〕26号 第7条's loans
 * "2022年第四季度到期的", deferred under a measure valid from 2023-01-01, or the phased social-insurance deferral's due
 * dates from 2022-04, whose late fee 第2条 waives in 2023.
 * <p>
 * The pack reader refuses a date a parameter gives outside its validity (a deadline, or a window's start or end, after
 * the validity's end or before its start); on a component marked so, only a date after the validity's end is refused
 * (decisions register §4.6 item 141).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface ReachesBeforeValidity {
}
