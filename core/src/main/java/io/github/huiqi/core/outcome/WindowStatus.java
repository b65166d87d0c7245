package io.github.huiqi.core.outcome;

/**
 * Where an evaluation date falls against a measure's window: the dates its parameters are valid, from the earliest
 * start to the latest end.
 */
public enum WindowStatus {
  /** The evaluation date is before the window: the measure is not yet in force. */
  NOT_YET_OPEN,
  /** The evaluation date is within the window. */
  OPEN,
  /** The evaluation date is after the window: the measure has expired. */
  CLOSED
}
