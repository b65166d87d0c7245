package io.github.huiqi.core.grants.award;

/**
 * How often a tier on an event is earned when several of the enterprise's events match it: once for each event (each
 * winning project, each green project), or once a calendar year whatever the number of events that year, as a
 * subsidy paid to the enterprise "每年…不超过X万元" (深工信〔2023〕26号 第17条: each selected platform vendor, each year).
 * A tier on a recognition is earned once in any case.
 */
public enum AwardRepeat {
  /** Each matching event earns the tier (the default). */
  EACH_EVENT,
  /** The events of one calendar year earn the tier once: the year's figure is that of one event. */
  ONCE_A_YEAR
}
