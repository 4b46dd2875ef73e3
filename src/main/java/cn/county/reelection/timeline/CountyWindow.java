package cn.county.reelection.timeline;

import cn.county.reelection.calendar.CampaignCalendars;
import cn.county.reelection.campaign.Step;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * R14 county windows: every county task of {@code townshipReelection} (reviews of T2, T3, T4, T9,
 * exceptions) is due {@value #WORKING_DAYS} working days after the township submits, by
 * {@code camunda:dueDate="${countyWindow.due(campaignId)}"}; as its task listener (create, complete,
 * delete) it stops the township's clock while the county holds the work, and records a late decision
 * as the county's delay.
 */
@Component("countyWindow")
public class CountyWindow implements TaskListener {

    public static final int WORKING_DAYS = 3;

    private final TimelineService timeline;
    private final Clock clock;
    private final Deadlines deadlines;
    private final CampaignCalendars calendars;

    public CountyWindow(TimelineService timeline, Clock clock, Deadlines deadlines, CampaignCalendars calendars) {
        this.timeline = timeline;
        this.clock = clock;
        this.deadlines = deadlines;
        this.calendars = calendars;
    }

    /** The end of the {@value #WORKING_DAYS}rd working day after today, by the campaign's own calendar. */
    public Date due(Long campaignId) {
        return deadlines.endOfAsDate(dueDay(LocalDate.now(clock), campaignId));
    }

    LocalDate dueDay(LocalDate submitted, Long campaignId) {
        var calendar = calendars.ofCampaign(campaignId);
        return calendar.addWorkingDays(submitted, WORKING_DAYS);
    }

    @Override
    public void notify(DelegateTask task) {
        long townshipId = ((Number) task.getVariable("townshipId")).longValue();
        Step step = stepOf(task.getTaskDefinitionKey());
        switch (task.getEventName()) {
            case EVENTNAME_CREATE ->
                timeline.countyReceived(
                        townshipId,
                        step,
                        task.getDueDate() == null
                                ? dueDay(LocalDate.now(clock), campaignId(task))
                                : deadlines.dayOf(task.getDueDate().toInstant()));
            case EVENTNAME_COMPLETE -> timeline.countyReleased(townshipId, step, true);
            case EVENTNAME_DELETE -> timeline.countyReleased(townshipId, step, false);
            default -> {}
        }
    }

    private static Long campaignId(DelegateTask task) {
        Object id = task.getVariable("campaignId");
        return id == null ? null : ((Number) id).longValue();
    }

    /** {@code T2_ReviewConveneRequest} belongs to T2. */
    static Step stepOf(String taskDefinitionKey) {
        return Step.valueOf(taskDefinitionKey.substring(0, taskDefinitionKey.indexOf('_')));
    }
}
