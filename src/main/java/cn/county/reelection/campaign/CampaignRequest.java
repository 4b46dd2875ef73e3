package cn.county.reelection.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Body of {@code POST /api/campaigns} (CONTRACT.md). {@code countyCode} names the county's groups. */
public record CampaignRequest(
    String county,
    String countyCode,
    Integer year,
    Map<String, LocalDate> deadlines,
    List<TownshipRequest> townships) {

  public record TownshipRequest(String code, String name, List<OrganisationRequest> organisations) {}

  public record OrganisationRequest(String code, String name, Integer members) {}
}
