package cn.county.reelection.village;

import cn.county.reelection.security.AccessService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answer to {@code POST /api/village-campaigns}: one process instance per village, the order its
 * representatives are chosen in (V7) and each community's election meeting (V3).
 */
public record VillageCampaignCreated(
        Long id,
        String townshipCode,
        String townshipName,
        int year,
        RepresentativesOrder representativesOrder,
        Map<String, LocalDate> deadlines,
        List<Row> villages,
        List<AccessService.Account> accounts) {

    public record Row(
            String code,
            String name,
            Variant variant,
            ElectionMeeting meeting,
            String businessKey,
            String processInstanceId) {}

    static VillageCampaignCreated of(VillageCampaign c, List<AccessService.Account> accounts) {
        Map<String, LocalDate> deadlines = new TreeMap<>();
        c.getDeadlines().forEach((step, day) -> deadlines.put(step.name(), day));
        return new VillageCampaignCreated(
                c.getId(),
                c.getTownshipCode(),
                c.getTownshipName(),
                c.getYear(),
                c.getRepresentativesOrder(),
                deadlines,
                c.getVillages().stream()
                        .map(v -> new Row(
                                v.getCode(),
                                v.getName(),
                                v.getVariant(),
                                v.getMeeting(),
                                v.getBusinessKey(),
                                v.getProcessInstanceId()))
                        .toList(),
                accounts);
    }
}
