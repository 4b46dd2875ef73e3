package cn.county.reelection.timeline;

import cn.county.reelection.calendar.WorkingCalendar;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Where one township or village stands on one step (T1–T9, V9): its due date, when it started,
 * finished and went overdue, and what the board shows for it. Both boards read the same states.
 */
@MappedSuperclass
public abstract class TrackedStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private LocalDate dueDate;

    private Instant startedAt;
    private Instant completedAt;
    private Instant overdueAt;

    protected TrackedStep() {}

    protected TrackedStep(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    /**
     * {@code at} as counted against the step's deadline. Plain time here; the township's clock stops
     * while the county holds its work (R14, {@link StepProgress}).
     */
    protected Instant deadlineTime(Instant at) {
        return at;
    }

    /**
     * The board's state at {@code now}, given the instant the due date ends; an open step with at
     * most {@link StepState#DUE_SOON_WORKING_DAYS} working days left (today not counted) is due soon.
     */
    public StepState stateAt(Instant now, Instant deadline, LocalDate today, WorkingCalendar calendar) {
        StepState state = stateAt(now, deadline);
        if (state == StepState.OPEN && calendar.workingDaysBetween(today, dueDate) <= StepState.DUE_SOON_WORKING_DAYS) {
            return StepState.DUE_SOON;
        }
        return state;
    }

    /** The board's state at {@code now}, given the instant the due date ends, without due-soon. */
    public StepState stateAt(Instant now, Instant deadline) {
        if (completedAt != null) {
            return deadlineTime(completedAt).isAfter(deadline) ? StepState.DONE_LATE : StepState.DONE;
        }
        if (overdueAt != null || deadlineTime(now).isAfter(deadline)) {
            return StepState.OVERDUE;
        }
        return startedAt == null ? StepState.NOT_STARTED : StepState.OPEN;
    }

    /** The steps of {@code rows} started and not yet done, in {@code order} (T3 and T4 run side by side). */
    public static <T extends TrackedStep> List<T> open(Collection<T> rows, Comparator<? super T> order) {
        return rows.stream()
                .filter(p -> p.getStartedAt() != null && p.getCompletedAt() == null)
                .sorted(order)
                .toList();
    }

    /** The row in {@code rows} that {@code isStep} picks, or the one {@code create} makes, then added to them. */
    public static <T extends TrackedStep> T find(List<T> rows, Predicate<T> isStep, Supplier<T> create) {
        for (T row : rows) {
            if (isStep.test(row)) {
                return row;
            }
        }
        T created = create.get();
        rows.add(created);
        return created;
    }

    /** Marks the step started, once. */
    public void start(Instant now) {
        if (startedAt == null) {
            startedAt = now;
        }
    }

    /**
     * The deadline timer fired: flags the step overdue at {@code now} when it is still open, not yet
     * flagged (one notice per step) and past {@code deadline} on its own clock. Answers whether it did.
     */
    public boolean markOverdue(Instant now, Instant deadline) {
        if (completedAt != null || overdueAt != null || !deadlineTime(now).isAfter(deadline)) {
            return false;
        }
        overdueAt = now;
        return true;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(Instant startedAt) {
        this.startedAt = startedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public void setCompletedAt(Instant completedAt) {
        this.completedAt = completedAt;
    }

    public Instant getOverdueAt() {
        return overdueAt;
    }
}
