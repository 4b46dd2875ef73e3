package cn.county.reelection.village;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/village-campaigns}: a township starts the re-election of its villages and
 * communities. {@code deadlines} is optional, keyed by {@link VillageStep} name. {@code representativesOrder}
 * (V7) is optional: {@code BEFORE_COMMITTEE} (篇四, the default) or {@code AFTER_COMMITTEE} (篇三).
 */
public record VillageCampaignRequest(
        String townshipCode,
        String townshipName,
        String countyCode,
        Integer year,
        Map<String, LocalDate> deadlines,
        List<VillageRequest> villages,
        RepresentativesOrder representativesOrder) {

    /** A campaign in 篇四's order (V7's default). */
    public VillageCampaignRequest(
            String townshipCode,
            String townshipName,
            String countyCode,
            Integer year,
            Map<String, LocalDate> deadlines,
            List<VillageRequest> villages) {
        this(townshipCode, townshipName, countyCode, year, deadlines, villages, null);
    }

    /**
     * One village ({@code VILLAGE}, 二合一) or community ({@code COMMUNITY}, two meetings). {@code meeting} (V3) is a
     * community's only: where it elects its residents' committee; left out, the residents' representatives meeting
     * when the representatives come first (篇四), else the residents' meeting.
     */
    public record VillageRequest(
            String code, String name, Variant variant, Integer households, ElectionMeeting meeting) {

        public VillageRequest(String code, String name, Variant variant, Integer households) {
            this(code, name, variant, households, null);
        }
    }
}
