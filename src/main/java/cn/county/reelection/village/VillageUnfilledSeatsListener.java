package cn.county.reelection.village;

import cn.county.reelection.campaign.RaceName;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The village's side of a race left with seats unfilled (V4, V10): while the township's task is open the
 * village board shows the step as 需处理; the township's decision resolves it. The village twin of the
 * township's listener, because a village's steps and board are its own.
 */
@Component("villageUnfilledSeatsListener")
public class VillageUnfilledSeatsListener implements ExecutionListener {

    private final VillageTimeline timeline;

    public VillageUnfilledSeatsListener(VillageTimeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String race = (String) execution.getVariable("race");
        VillageStep step =
                RaceName.VILLAGE_COMMITTEE.equals(race) ? VillageStep.COMMITTEE_ELECTION : VillageStep.BRANCH_ELECTION;
        long villageId = VillageTimeline.villageId(execution);
        if (EVENTNAME_START.equals(execution.getEventName())) {
            int seats = ((Number) execution.getVariable("unfilledSeats")).intValue();
            timeline.seatsUnfilled(villageId, step, RaceName.label(race), seats, null);
        } else if (!execution.isCanceled()) {
            timeline.unfilledResolved(villageId, step, null);
        }
    }
}
