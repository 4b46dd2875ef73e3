package cn.county.reelection.timeline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Execution listener on every step of {@code townshipReelection}:
 * {@code ${stepTracker.started(execution, 'T2')}} on start, {@code completed} on end.
 */
@Component("stepTracker")
public class StepTracker {

  private final TimelineService timeline;

  public StepTracker(TimelineService timeline) {
    this.timeline = timeline;
  }

  /** Also writes what a person reads in Cockpit's variable list: the step and its deadline, in words. */
  public void started(DelegateExecution execution, String step) {
    Step started = Step.valueOf(step);
    java.time.LocalDate due = timeline.started(townshipId(execution), started);
    execution.setVariable("currentStep", started.name() + " " + started.label());
    execution.setVariable("currentDeadline", due == null ? null : due.toString());
  }

  public void completed(DelegateExecution execution, String step) {
    timeline.completed(townshipId(execution), Step.valueOf(step));
  }

  static long townshipId(DelegateExecution execution) {
    return ((Number) execution.getVariable("townshipId")).longValue();
  }
}
