package cn.county.reelection.village;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Behind every deadline timer of {@code villageReelection} (V9): flags the step overdue; the task stays open. */
@Component("markVillageOverdueDelegate")
public class MarkVillageOverdueDelegate implements JavaDelegate {

    private final VillageTimeline timeline;

    public MarkVillageOverdueDelegate(VillageTimeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        timeline.overdue(
                VillageTimeline.villageId(execution), VillageStep.valueOf((String) execution.getVariableLocal("step")));
    }
}
