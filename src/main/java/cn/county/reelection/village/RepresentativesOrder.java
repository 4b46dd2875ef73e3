package cn.county.reelection.village;

import java.util.ArrayList;
import java.util.List;

/**
 * V7 (amended): when a village campaign chooses the villagers' representatives and group leaders.
 * 篇四 chooses them before the new committee, 篇三 after it; the campaign says which.
 */
public enum RepresentativesOrder {
    /** 篇四: representatives and group leaders first, then the committee election (the default, as before). */
    BEFORE_COMMITTEE("先推选小组长和代表，再选举委员会（篇四）"),
    /** 篇三: the committee first, then its representatives and group leaders, then the Party branch (V10). */
    AFTER_COMMITTEE("先选举委员会，再推选小组长和代表（篇三）");

    private final String label;

    RepresentativesOrder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The default when a campaign does not say: 篇四's order, which the campaigns before this choice followed. */
    public static RepresentativesOrder orDefault(RepresentativesOrder order) {
        return order == null ? BEFORE_COMMITTEE : order;
    }

    /** Whether the representatives are chosen before the committee election (process variable {@code representativesFirst}). */
    public boolean representativesFirst() {
        return this == BEFORE_COMMITTEE;
    }

    /** The steps in the order a village of this campaign runs them: its deadlines must follow this order (V9). */
    public List<VillageStep> steps() {
        List<VillageStep> steps = new ArrayList<>(List.of(VillageStep.values()));
        if (this == AFTER_COMMITTEE) {
            steps.remove(VillageStep.REPRESENTATIVES);
            steps.add(steps.indexOf(VillageStep.COMMITTEE_ELECTION) + 1, VillageStep.REPRESENTATIVES);
        }
        return steps;
    }
}
