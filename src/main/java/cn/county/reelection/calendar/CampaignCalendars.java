package cn.county.reelection.calendar;

import cn.county.reelection.campaign.Campaign;
import cn.county.reelection.campaign.CampaignRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/** The working-day calendar of one campaign: the holiday table with the campaign's own days on top. */
@Service
public class CampaignCalendars {

    private final WorkingCalendar base;
    private final CampaignRepository campaigns;
    /** A campaign's own days are given when it starts and never change: its calendar is read once. */
    private final Map<Long, WorkingCalendar> byCampaign = new ConcurrentHashMap<>();

    public CampaignCalendars(WorkingCalendar base, CampaignRepository campaigns) {
        this.base = base;
        this.campaigns = campaigns;
    }

    /**
     * The calendar of the campaign {@code campaignId}, the holiday table alone for none or an unknown one; asked at
     * every task's creation (its due and follow-up dates), so it reads the campaign only the first time.
     */
    public WorkingCalendar ofCampaign(Long campaignId) {
        if (campaignId == null) {
            return base;
        }
        WorkingCalendar known = byCampaign.get(campaignId);
        if (known != null) {
            return known;
        }
        return campaigns
                .findById(campaignId)
                .map(campaign -> {
                    WorkingCalendar calendar = of(campaign);
                    byCampaign.put(campaignId, calendar);
                    return calendar;
                })
                .orElse(base);
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
