package cn.county.reelection.timeline;

/**
 * State of one township's step on the county board (CONTRACT.md); {@code DUE_SOON} is an open
 * step due within {@value #DUE_SOON_WORKING_DAYS} working days.
 * {@code ACTION_NEEDED}: a race of the step ended with seats unfilled and nobody has decided yet what
 * follows ({@link UnfilledSeats}); it wins over every other state, DONE included, because a step may
 * finish with a seat vacant that still needs a decision.
 */
public enum StepState {
    DONE("已完成"),
    OPEN("进行中"),
    DUE_SOON("三个工作日内到期"),
    OVERDUE("已逾期"),
    DONE_LATE("逾期完成"),
    NOT_STARTED("未开始"),
    ACTION_NEEDED("需处理");

    private final String label;

    StepState(String label) {
        this.label = label;
    }

    /** The state in words, as the board page shows it. */
    public String label() {
        return label;
    }

    /** An open step is due soon when at most this many working days are left after today. */
    public static final int DUE_SOON_WORKING_DAYS = 3;
}
