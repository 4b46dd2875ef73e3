package cn.county.reelection.congress;

import cn.county.reelection.campaign.RaceName;
import cn.county.reelection.process.ProcessVariables;
import cn.county.reelection.timeline.TimelineService;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start and end listener of the task that handles a race's unfilled seats (R3, R6): while the task is
 * open the step shows 需处理 on the board and the county has the alert; the township's decision resolves it.
 * The race, its organisation and the seats left come from the race-local variables.
 */
@Component("unfilledSeatsListener")
public class UnfilledSeatsListener implements ExecutionListener {

    private final TimelineService timeline;
    private final Clock clock;

    public UnfilledSeatsListener(TimelineService timeline, Clock clock) {
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String race = (String) execution.getVariable("race");
        String organisationCode = (String) execution.getVariable("organisationCode");
        long townshipId = ProcessVariables.townshipId(execution);
        if (EVENTNAME_START.equals(execution.getEventName())) {
            Object unfilled = execution.getVariable("unfilledSeats");
            int seats = unfilled == null ? 0 : ((Number) unfilled).intValue();
            if (seats < 1) {
                return; // R8: a candidate to name before the ballot, no race ended with seats vacant
            }
            timeline.seatsUnfilled(
                    townshipId, RaceName.step(race), organisationCode, RaceName.label(race), seats, clock.instant());
        } else if (!execution.isCanceled()) {
            timeline.unfilledResolved(
                    townshipId, RaceName.step(race), organisationCode, RaceName.label(race), clock.instant());
        }
    }
}
