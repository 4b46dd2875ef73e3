package cn.county.reelection.timeline;

import cn.county.reelection.campaign.Step;
import org.camunda.bpm.engine.ProcessEngineException;
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
        try {
            timeline.overdue(StepTracker.townshipId(execution), Step.valueOf(step));
        } catch (RuntimeException e) {
            // the job fails and is retried; after the last retry Cockpit shows this message on the incident
            throw new ProcessEngineException(
                    "%s「%s」逾期标记失败，将按计划重试；重试用尽后请管理员处理：%s"
                            .formatted(execution.getVariable("townshipName"), step, e.getMessage()),
                    e);
        }
    }
}
