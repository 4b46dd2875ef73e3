package cn.county.reelection.campaign;

import cn.county.reelection.timeline.Step;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Answer of {@code POST /api/campaigns}. */
public record CampaignCreated(Long id, String county, String countyCode, int year, Map<Step, LocalDate> deadlines,
    List<StartedTownship> townships) {

  public record StartedTownship(String code, String name, String businessKey, String processInstanceId) {}

  static CampaignCreated of(Campaign campaign) {
    return new CampaignCreated(campaign.getId(), campaign.getCounty(), campaign.getCountyCode(), campaign.getYear(),
        campaign.getDeadlines(), campaign.getTownships().stream()
            .map(t -> new StartedTownship(t.getCode(), t.getName(), t.getBusinessKey(), t.getProcessInstanceId()))
            .toList());
  }
}
