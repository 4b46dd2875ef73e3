package cn.county.reelection.timeline;

/**
 * State of one township's step on the county board (CONTRACT.md); {@code DUE_SOON} is an open
 * step due within {@value #DUE_SOON_WORKING_DAYS} working days (issue "The county's view").
 */
public enum StepState {
  DONE,
  OPEN,
  DUE_SOON,
  OVERDUE,
  DONE_LATE,
  NOT_STARTED;

  /** An open step is due soon when at most this many working days are left after today. */
  public static final int DUE_SOON_WORKING_DAYS = 3;
}
