package cn.county.reelection.timeline;

import cn.county.reelection.campaign.Township;
import cn.county.reelection.campaign.TownshipRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records when a township's steps start, finish and go overdue (DOMAIN.md T1–T9). */
@Service
@Transactional
public class TimelineService {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final StepProgressRepository progress;
  private final DeadlineEventRepository events;
  private final TownshipRepository townships;
  private final Deadlines deadlines;

  public TimelineService(StepProgressRepository progress, DeadlineEventRepository events,
      TownshipRepository townships, Deadlines deadlines) {
    this.progress = progress;
    this.events = events;
    this.townships = townships;
    this.deadlines = deadlines;
  }

  /**
   * A dry run's simulated time on its own thread, else engine time, so that tests moving the engine
   * clock move the timeline too.
   */
  public Instant now() {
    Instant simulated = SimulatedTime.current();
    return simulated != null ? simulated : ClockUtil.getCurrentTime().toInstant();
  }

  public LocalDate today() {
    return deadlines.dayOf(now());
  }

  /** Marks the step started (once); answers its due date. */
  public LocalDate started(long townshipId, Step step) {
    StepProgress row = row(townshipId, step);
    if (row.getStartedAt() == null) {
      row.setStartedAt(now());
    }
    return row.getDueDate();
  }

  /** Marks the step done; after its deadline it is recorded as done late and the county told. */
  public void completed(long townshipId, Step step) {
    StepProgress row = row(townshipId, step);
    Instant now = now();
    row.setCompletedAt(now);
    if (now.isAfter(deadlines.endOf(row.getDueDate()))) {
      Township township = row.getTownship();
      events.save(new DeadlineEvent(township, step, DeadlineEvent.Kind.DONE_LATE, row.getDueDate(), now,
          "%s「%s」已于%s逾期完成（期限%s）".formatted(township.getName(), step.label(),
              DAY.format(deadlines.dayOf(now)), DAY.format(row.getDueDate()))));
    }
  }

  /** The deadline timer fired while the step was still open: flag it and notify the county. */
  public void overdue(long townshipId, Step step) {
    StepProgress row = row(townshipId, step);
    if (row.getCompletedAt() != null || row.getOverdueAt() != null) {
      return; // finished meanwhile, or already flagged: one notice per step
    }
    Instant now = now();
    row.setOverdueAt(now);
    Township township = row.getTownship();
    events.save(new DeadlineEvent(township, step, DeadlineEvent.Kind.OVERDUE, row.getDueDate(), now,
        "%s「%s」已超过期限%s仍未完成".formatted(township.getName(), step.label(), DAY.format(row.getDueDate()))));
  }

  public void reschedule(long townshipId, Step step, LocalDate dueDate) {
    row(townshipId, step).setDueDate(dueDate);
  }

  private StepProgress row(long townshipId, Step step) {
    return progress.findByTownshipIdAndStep(townshipId, step)
        .orElseGet(() -> progress.save(new StepProgress(townships.getReferenceById(townshipId), step,
            townships.getReferenceById(townshipId).getCampaign().getDeadlines().get(step))));
  }
}
