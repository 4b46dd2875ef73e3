package cn.county.reelection.township;

import cn.county.reelection.notice.NoticeSettingsRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /api/campaigns} (CONTRACT.md). {@code countyCode} names the county's groups;
 * {@code calendar} (optional) adds the campaign's own holidays and working days; {@code notices} (optional)
 * sets the group robots and role e-mail addresses of the notices.
 */
public record CampaignRequest(
        String county,
        String countyCode,
        Integer year,
        Map<String, LocalDate> deadlines,
        List<TownshipRequest> townships,
        CalendarRequest calendar,
        NoticeSettingsRequest notices) {

    public CampaignRequest(
            String county,
            String countyCode,
            Integer year,
            Map<String, LocalDate> deadlines,
            List<TownshipRequest> townships,
            CalendarRequest calendar) {
        this(county, countyCode, year, deadlines, townships, calendar, null);
    }

    public CampaignRequest(
            String county,
            String countyCode,
            Integer year,
            Map<String, LocalDate> deadlines,
            List<TownshipRequest> townships) {
        this(county, countyCode, year, deadlines, townships, null, null);
    }

    /**
     * The campaign's own days on top of the holiday table: {@code holidays} off (e.g. a local
     * holiday), {@code workdays} worked (e.g. a Saturday). Both optional.
     */
    public record CalendarRequest(List<LocalDate> holidays, List<LocalDate> workdays) {}

    public record TownshipRequest(String code, String name, List<OrganisationRequest> organisations) {}

    public record OrganisationRequest(String code, String name, Integer members) {}
}
