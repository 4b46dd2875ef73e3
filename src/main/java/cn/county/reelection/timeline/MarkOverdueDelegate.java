package cn.county.reelection.timeline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Behind every deadline timer: flags the step overdue and notifies the county; the task stays open. */
@Component("markOverdueDelegate")
public class MarkOverdueDelegate implements JavaDelegate {

  private final TimelineService timeline;

  public MarkOverdueDelegate(TimelineService timeline) {
    this.timeline = timeline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String step = (String) execution.getVariableLocal("step");
    timeline.overdue(StepTracker.townshipId(execution), Step.valueOf(step));
  }
}
