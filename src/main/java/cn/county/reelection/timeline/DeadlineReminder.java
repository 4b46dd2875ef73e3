package cn.county.reelection.timeline;

import cn.county.reelection.calendar.CampaignCalendars;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The reminder of an open task: its follow-up date in Tasklist is the
 * start of the working day before its deadline. Every user task of {@code townshipReelection} has
 * {@code camunda:followUpDate="${deadlineReminder.followUp(dueT3, campaignId)}"} beside its due date.
 */
@Component("deadlineReminder")
public class DeadlineReminder {

    private final Deadlines deadlines;
    private final CampaignCalendars calendars;

    public DeadlineReminder(Deadlines deadlines, CampaignCalendars calendars) {
        this.deadlines = deadlines;
        this.calendars = calendars;
    }

    /** {@code due}: the task's due instant (a step's {@code dueTn}); the campaign's own days count. */
    public Date followUp(Date due, Long campaignId) {
        if (due == null) {
            return null;
        }
        var calendar = calendars.ofCampaign(campaignId);
        return Date.from(deadlines.followUp(deadlines.dayOf(due.toInstant()), calendar));
    }
}
