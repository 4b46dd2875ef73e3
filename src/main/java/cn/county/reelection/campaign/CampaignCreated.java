package cn.county.reelection.campaign;

import cn.county.reelection.security.AccessService;
import cn.county.reelection.timeline.Step;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Answer of {@code POST /api/campaigns}. {@code accounts} lists the accounts created for the
 * campaign's roles with their one-time passwords: shown in this answer only, never again.
 */
public record CampaignCreated(Long id, String county, String countyCode, int year, Map<Step, LocalDate> deadlines,
    List<StartedTownship> townships, @JsonInclude(JsonInclude.Include.NON_NULL) List<AccessService.Account> accounts) {

  public record StartedTownship(String code, String name, String businessKey, String processInstanceId) {}

  static CampaignCreated of(Campaign campaign) {
    return of(campaign, null);
  }

  static CampaignCreated of(Campaign campaign, List<AccessService.Account> accounts) {
    return new CampaignCreated(campaign.getId(), campaign.getCounty(), campaign.getCountyCode(), campaign.getYear(),
        campaign.getDeadlines(), campaign.getTownships().stream()
            .map(t -> new StartedTownship(t.getCode(), t.getName(), t.getBusinessKey(), t.getProcessInstanceId()))
            .toList(), accounts);
  }
}
