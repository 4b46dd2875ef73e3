package cn.county.reelection.village;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/village-campaigns}: a township starts the re-election of its villages and
 * communities. {@code deadlines} is optional, keyed by {@link VillageStep} name.
 */
public record VillageCampaignRequest(
    String townshipCode,
    String townshipName,
    String countyCode,
    Integer year,
    Map<String, LocalDate> deadlines,
    List<VillageRequest> villages) {

  /** One village ({@code VILLAGE}, 二合一) or community ({@code COMMUNITY}, two meetings). */
  public record VillageRequest(String code, String name, Variant variant, Integer households) {}
}
