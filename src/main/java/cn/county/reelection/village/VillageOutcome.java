package cn.county.reelection.village;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one village or community reports to the township after its re-election (V8). Plain data;
 * the figures are derived here so that the report and the township summary agree.
 *
 * @param committee the elected villagers' or residents' committee
 * @param chair the committee's chair (主任), null if none was elected
 * @param branch the elected Party branch committee
 * @param branchSecretary the branch secretary, null if none was elected
 * @param branchDeputySecretary the branch's deputy secretary (V10), null if none was elected
 * @param anotherElection whether seats went to 另行选举 (V4)
 * @param unfilledSeats seats still vacant after it
 * @param entitled voters, or the representatives of a community electing at its representatives meeting (V3)
 * @param tookPart those who took part in the valid election
 * @param households households of the place (V7: one representative per 15)
 */
public record VillageOutcome(
        String code,
        String name,
        Variant variant,
        List<Member> committee,
        String chair,
        List<String> branch,
        String branchSecretary,
        String branchDeputySecretary,
        boolean anotherElection,
        int unfilledSeats,
        int entitled,
        int tookPart,
        int households,
        int representatives,
        int groupLeaders) {

    /** A committee member; gender M, F, or null when not known (an elected write-in). */
    public record Member(String name, String gender) {}

    /** V8 一肩挑: the branch secretary also chairs the committee. */
    public boolean secretaryChairs() {
        return chair != null && chair.equals(branchSecretary);
    }

    public long women() {
        return committee.stream().filter(m -> "F".equals(m.gender())).count();
    }

    /** V8: at least one woman on the committee. */
    public boolean hasWoman() {
        return women() > 0;
    }

    /** V8 交叉: committee members who also sit on the Party branch committee. */
    public int overlap() {
        Set<String> onBranch = new HashSet<>(branch);
        return (int) committee.stream().filter(m -> onBranch.contains(m.name())).count();
    }

    /** V7 (篇三): one villagers' representative per 15 households, i.e. at least ceil(households / 15). */
    public int representativesExpected() {
        return representativesExpected(households);
    }

    /** V7 (篇三): the representatives {@code households} call for. */
    public static int representativesExpected(int households) {
        return (households + 14) / 15;
    }
}
