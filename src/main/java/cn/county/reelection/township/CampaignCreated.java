package cn.county.reelection.township;

import cn.county.reelection.campaign.Campaign;
import cn.county.reelection.campaign.Step;
import cn.county.reelection.security.AccessService;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Answer of {@code POST /api/campaigns}. {@code accounts} lists the accounts created for the
 * campaign's roles with their one-time passwords: shown in this answer only, never again. The
 * deadlines are the working days they fell on (a weekend or holiday moves to the day before);
 * {@code calendar} repeats the campaign's own holidays and working days, if any.
 */
public record CampaignCreated(
        Long id,
        String county,
        String countyCode,
        int year,
        Map<Step, LocalDate> deadlines,
        @JsonInclude(JsonInclude.Include.NON_NULL) CampaignRequest.CalendarRequest calendar,
        List<StartedTownship> townships,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<AccessService.Account> accounts) {

    public record StartedTownship(String code, String name, String businessKey, String processInstanceId) {}

    static CampaignCreated of(Campaign campaign) {
        return of(campaign, null);
    }

    static CampaignCreated of(Campaign campaign, List<AccessService.Account> accounts) {
        return new CampaignCreated(
                campaign.getId(),
                campaign.getCounty(),
                campaign.getCountyCode(),
                campaign.getYear(),
                campaign.getDeadlines(),
                calendar(campaign),
                campaign.getTownships().stream()
                        .map(t -> new StartedTownship(
                                t.getCode(), t.getName(), t.getBusinessKey(), t.getProcessInstanceId()))
                        .toList(),
                accounts);
    }

    /** The campaign's own calendar days, when it has any. */
    private static CampaignRequest.CalendarRequest calendar(Campaign campaign) {
        if (campaign.getHolidays().isEmpty() && campaign.getWorkdays().isEmpty()) {
            return null;
        }
        return new CampaignRequest.CalendarRequest(
                List.copyOf(campaign.getHolidays()), List.copyOf(campaign.getWorkdays()));
    }
}
