package io.github.huiqi.core.grants.award;

/**
 * How often a tier on an event is earned when several of the enterprise's events match it: once for each event (each
 * winning project, each green project), once a calendar year whatever the number of events that year, as a
 * subsidy paid to the enterprise "每年…不超过X万元" (深工信〔2023〕26号 第17条: each selected platform vendor, each year),
 * or once in all, as a "一次性奖励" for being recognised (the 2021 reply letter's 三: a platform recognised again earns
 * no second award). A tier on a recognition is earned once in any case.
 */
public enum AwardRepeat {
  /** Each matching event earns the tier (the default). */
  EACH_EVENT,
  /** The events of one calendar year earn the tier once: the year's figure is that of one event. */
  ONCE_A_YEAR,
  /** All the enterprise's matching events earn the tier once: the figure is that of one event, whichever is met. */
  ONCE
}
