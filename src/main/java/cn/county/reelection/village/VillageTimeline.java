package cn.county.reelection.village;

import cn.county.reelection.timeline.Deadlines;
import cn.county.reelection.timeline.TimelineService;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * V9: when a village's steps start, finish and go overdue, on the engine clock and the township
 * timeline's calendar ({@link Deadlines#endOf}). In the BPMN: {@code ${villageStepTracker.started(execution, 'AUDIT')}}
 * on a step's start, {@code completed} on its end, and {@code ${markVillageOverdueDelegate}} behind each
 * deadline timer (the task stays open).
 */
@Service("villageStepTracker")
@Transactional
public class VillageTimeline {

  private final VillageStepProgressRepository progress;
  private final VillageRepository villages;
  private final TimelineService timeline;
  private final Deadlines deadlines;

  public VillageTimeline(VillageStepProgressRepository progress, VillageRepository villages, TimelineService timeline,
      Deadlines deadlines) {
    this.progress = progress;
    this.villages = villages;
    this.timeline = timeline;
    this.deadlines = deadlines;
  }

  public void started(DelegateExecution execution, String step) {
    VillageStepProgress row = row(villageId(execution), VillageStep.valueOf(step));
    if (row.getStartedAt() == null) {
      row.setStartedAt(timeline.now());
    }
    execution.setVariable("currentStep", step);
  }

  public void completed(DelegateExecution execution, String step) {
    row(villageId(execution), VillageStep.valueOf(step)).setCompletedAt(timeline.now());
  }

  /** The deadline timer fired while the step was open: flag it, once. */
  public void overdue(long villageId, VillageStep step) {
    VillageStepProgress row = row(villageId, step);
    if (row.getCompletedAt() == null && row.getOverdueAt() == null) {
      row.setOverdueAt(timeline.now());
    }
  }

  public boolean isLate(VillageStepProgress row) {
    Instant done = row.getCompletedAt();
    return done != null && done.isAfter(deadlines.endOf(row.getDueDate()));
  }

  static long villageId(DelegateExecution execution) {
    return ((Number) execution.getVariable("villageId")).longValue();
  }

  private VillageStepProgress row(long villageId, VillageStep step) {
    return progress.findByVillageIdAndStep(villageId, step).orElseGet(() -> {
      Village village = villages.getReferenceById(villageId);
      return progress.save(new VillageStepProgress(village, step, village.getCampaign().getDeadlines().get(step)));
    });
  }
}
