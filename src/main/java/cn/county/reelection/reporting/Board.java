package cn.county.reelection.reporting;

import cn.county.reelection.timeline.StepState;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/campaigns/{id}/board}: every township × step (CONTRACT.md). */
public record Board(
        Long campaignId, String county, int year, Instant generatedAt, List<StepColumn> steps, List<Row> townships) {

    public record StepColumn(String step, String label) {}

    /**
     * {@code overdueCount}: the township's steps overdue or done late (by their deadline state, also
     * when they need action); {@code actionNeededCount}: its steps with seats left unfilled and no
     * decision yet. {@code links}: where the caller may follow the township (Tasklist, Cockpit for
     * administrators).
     */
    public record Row(
            String code,
            String name,
            String businessKey,
            String processInstanceId,
            long overdueCount,
            long actionNeededCount,
            List<Cell> steps,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Link> links) {}

    /**
     * {@code state} is what the board shows; {@code deadlineState} is given only when it differs,
     * i.e. when {@code ACTION_NEEDED} covers the step's deadline state; {@code unfilled} lists the
     * races still waiting for a decision; {@code countyDelay} ({@value #COUNTY_LATE}) marks the county's
     * own delay on the step (R14), which never makes the township's state late.
     */
    public record Cell(
            String step,
            LocalDate dueDate,
            Instant startedAt,
            Instant completedAt,
            StepState state,
            @JsonInclude(JsonInclude.Include.NON_NULL) StepState deadlineState,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Vacancy> unfilled,
            @JsonInclude(JsonInclude.Include.NON_NULL) String countyDelay) {

        /** R14: what the board shows beside a step whose county decision came, or is still, past the county's window. */
        public static final String COUNTY_LATE = "县委组织部逾期";

        public Cell(String step, LocalDate dueDate, Instant startedAt, Instant completedAt, StepState state) {
            this(step, dueDate, startedAt, completedAt, state, null, List.of(), null);
        }

        public Cell(
                String step,
                LocalDate dueDate,
                Instant startedAt,
                Instant completedAt,
                StepState state,
                StepState deadlineState,
                List<Vacancy> unfilled) {
            this(step, dueDate, startedAt, completedAt, state, deadlineState, unfilled, null);
        }

        /** The step's state by its deadline alone (as before {@code ACTION_NEEDED}). */
        public StepState byDeadline() {
            return deadlineState != null ? deadlineState : state;
        }
    }

    /** A race of the step that ended with {@code seats} unfilled; {@code organisation} only for a T3 delegate race. */
    public record Vacancy(
            @JsonInclude(JsonInclude.Include.NON_NULL) String organisationCode,
            @JsonInclude(JsonInclude.Include.NON_NULL) String organisation,
            String race,
            int seats,
            Instant reportedAt) {}

    /** A place the caller may open: {@code TASKLIST} or {@code COCKPIT}, with its address. */
    public record Link(String kind, String href) {}
}
