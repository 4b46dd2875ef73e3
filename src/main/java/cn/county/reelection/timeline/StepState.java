package cn.county.reelection.timeline;

/** State of one township's step on the county board (CONTRACT.md). */
public enum StepState {
  DONE,
  OPEN,
  OVERDUE,
  DONE_LATE,
  NOT_STARTED
}
