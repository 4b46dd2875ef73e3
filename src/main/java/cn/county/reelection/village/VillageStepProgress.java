package cn.county.reelection.village;

import cn.county.reelection.timeline.StepState;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/** Where one village stands on one step (V9): due date, started, finished, flagged overdue. */
@Entity
@Table(name = "RE_VILLAGE_STEP", uniqueConstraints = @UniqueConstraint(columnNames = {"village_id", "step"}))
public class VillageStepProgress {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Village village;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private VillageStep step;

  @Column(nullable = false)
  private LocalDate dueDate;

  private Instant startedAt;
  private Instant completedAt;
  private Instant overdueAt;

  protected VillageStepProgress() {}

  public VillageStepProgress(Village village, VillageStep step, LocalDate dueDate) {
    this.village = village;
    this.step = step;
    this.dueDate = dueDate;
  }

  /** The board's state at {@code now}, as the township board's (timeline/StepProgress). */
  public StepState stateAt(Instant now, Instant deadline) {
    if (completedAt != null) {
      return completedAt.isAfter(deadline) ? StepState.DONE_LATE : StepState.DONE;
    }
    if (overdueAt != null || now.isAfter(deadline)) {
      return StepState.OVERDUE;
    }
    return startedAt == null ? StepState.NOT_STARTED : StepState.OPEN;
  }

  public Village getVillage() { return village; }
  public VillageStep getStep() { return step; }
  public LocalDate getDueDate() { return dueDate; }
  public Instant getStartedAt() { return startedAt; }
  public void setStartedAt(Instant startedAt) { this.startedAt = startedAt; }
  public Instant getCompletedAt() { return completedAt; }
  public void setCompletedAt(Instant completedAt) { this.completedAt = completedAt; }
  public Instant getOverdueAt() { return overdueAt; }
  public void setOverdueAt(Instant overdueAt) { this.overdueAt = overdueAt; }
}
