package cn.county.reelection.campaign;

import java.util.List;
import java.util.Map;

/**
 * The races of a re-election, as the process variable {@code race} and the race records name them, and
 * their names in words: the one table of what each race elects (history, dry run, messages).
 */
public final class RaceName {

    public static final String DELEGATES = "delegates";
    public static final String COMMITTEE = "committee";
    public static final String DISCIPLINE = "discipline";
    public static final String COUNTY_DELEGATES = "countyDelegates";
    public static final String SECRETARY = "secretary";
    public static final String DISCIPLINE_SECRETARY = "disciplineSecretary";
    /** R8 (second pass): the discipline committee's deputy secretary, elected at its first plenary. */
    public static final String DISCIPLINE_DEPUTY = "disciplineDeputy";

    /** A village's races (V3, V10). */
    public static final String VILLAGE_COMMITTEE = "villageCommittee";

    public static final String BRANCH_COMMITTEE = "branchCommittee";
    public static final String BRANCH_SECRETARY = "branchSecretary";
    /** V10: the branch's deputy secretary, elected by the same members' meeting after its secretary. */
    public static final String BRANCH_DEPUTY_SECRETARY = "branchDeputySecretary";

    /** T7's races in the order the congress votes; the secretary follows the committee it comes from (R7). */
    public static final List<String> CONGRESS = List.of(COMMITTEE, DISCIPLINE, COUNTY_DELEGATES, SECRETARY);

    /** R7: one secretary and two deputy secretaries. */
    public static final int SECRETARY_SEATS = 3;

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(DELEGATES, "党代会代表"),
            Map.entry(COMMITTEE, "党委委员"),
            Map.entry(DISCIPLINE, "纪委委员"),
            Map.entry(COUNTY_DELEGATES, "出席县党代会代表"),
            Map.entry(SECRETARY, "书记、副书记"),
            Map.entry(DISCIPLINE_SECRETARY, "纪委书记"),
            Map.entry(DISCIPLINE_DEPUTY, "纪委副书记"),
            Map.entry(VILLAGE_COMMITTEE, "村（居）委会成员"),
            Map.entry(BRANCH_COMMITTEE, "党支部委员"),
            Map.entry(BRANCH_SECRETARY, "党支部书记"),
            Map.entry(BRANCH_DEPUTY_SECRETARY, "党支部副书记"));

    private RaceName() {}

    /** The step a race belongs to: a branch's delegates T3, the discipline secretary T8, the congress's races T7. */
    public static Step step(String race) {
        return DELEGATES.equals(race)
                ? Step.T3
                : DISCIPLINE_SECRETARY.equals(race) || DISCIPLINE_DEPUTY.equals(race) ? Step.T8 : Step.T7;
    }

    /** What the race elects, in words (党委委员); an unknown name stays as it is. */
    public static String label(String race) {
        return race == null ? "" : LABELS.getOrDefault(race, race);
    }
}
