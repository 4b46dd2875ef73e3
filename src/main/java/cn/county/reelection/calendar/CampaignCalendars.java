package cn.county.reelection.calendar;

import cn.county.reelection.campaign.Campaign;
import java.time.LocalDate;
import java.util.Collection;
import org.springframework.stereotype.Service;

/** The working-day calendar of one campaign: the holiday table with the campaign's own days on top. */
@Service
public class CampaignCalendars {

    private final WorkingCalendar base;

    public CampaignCalendars(WorkingCalendar base) {
        this.base = base;
    }

    public WorkingCalendar base() {
        return base;
    }

    public WorkingCalendar of(Campaign campaign) {
        return with(campaign.getHolidays(), campaign.getWorkdays());
    }

    public WorkingCalendar with(Collection<LocalDate> holidays, Collection<LocalDate> workdays) {
        return base.withOverrides(holidays, workdays);
    }
}
