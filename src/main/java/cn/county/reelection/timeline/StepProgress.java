package cn.county.reelection.timeline;

import cn.county.reelection.calendar.WorkingCalendar;
import cn.county.reelection.campaign.Township;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/** Where one township stands on one step: its due date, when it started, finished, went overdue. */
@Entity
@Table(name = "RE_STEP_PROGRESS", uniqueConstraints = @UniqueConstraint(columnNames = {"township_id", "step"}))
public class StepProgress {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Township township;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 4)
  private Step step;

  @Column(nullable = false)
  private LocalDate dueDate;

  private Instant startedAt;
  private Instant completedAt;
  private Instant overdueAt;

  protected StepProgress() {}

  public StepProgress(Township township, Step step, LocalDate dueDate) {
    this.township = township;
    this.step = step;
    this.dueDate = dueDate;
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
      return completedAt.isAfter(deadline) ? StepState.DONE_LATE : StepState.DONE;
    }
    if (overdueAt != null || now.isAfter(deadline)) {
      return StepState.OVERDUE;
    }
    return startedAt == null ? StepState.NOT_STARTED : StepState.OPEN;
  }

  public Long getId() { return id; }
  public Township getTownship() { return township; }
  public Step getStep() { return step; }
  public LocalDate getDueDate() { return dueDate; }
  public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
  public Instant getStartedAt() { return startedAt; }
  public void setStartedAt(Instant startedAt) { this.startedAt = startedAt; }
  public Instant getCompletedAt() { return completedAt; }
  public void setCompletedAt(Instant completedAt) { this.completedAt = completedAt; }
  public Instant getOverdueAt() { return overdueAt; }
  public void setOverdueAt(Instant overdueAt) { this.overdueAt = overdueAt; }
}
