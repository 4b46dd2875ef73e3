package cn.county.reelection.election;

import java.util.List;
import java.util.Map;

/**
 * One ballot to count: either the anonymous ballots (each the names marked yes) or the counts per
 * name with the number of ballots cast (R10). {@code quorum} says when the meeting is valid (R6's four
 * fifths unless given; V4's half for village and community elections).
 */
public record TallyInput(
        RaceKind kind,
        int seats,
        Integer minimumCandidates,
        int entitled,
        int present,
        List<String> candidates,
        List<List<String>> ballots,
        Map<String, Integer> counts,
        Integer ballotsCast,
        Integer ballotsVoid,
        Quorum quorum) {

    /** A ballot under the Party's four-fifths quorum (R3, R6). */
    public TallyInput(
            RaceKind kind,
            int seats,
            Integer minimumCandidates,
            int entitled,
            int present,
            List<String> candidates,
            List<List<String>> ballots,
            Map<String, Integer> counts,
            Integer ballotsCast,
            Integer ballotsVoid) {
        this(
                kind,
                seats,
                minimumCandidates,
                entitled,
                present,
                candidates,
                ballots,
                counts,
                ballotsCast,
                ballotsVoid,
                null);
    }

    /** The same ballot under another quorum. */
    public TallyInput withQuorum(Quorum other) {
        return new TallyInput(
                kind,
                seats,
                minimumCandidates,
                entitled,
                present,
                candidates,
                ballots,
                counts,
                ballotsCast,
                ballotsVoid,
                other);
    }

    public static TallyInput ofBallots(
            RaceKind kind,
            int seats,
            Integer minimumCandidates,
            int entitled,
            int present,
            List<String> candidates,
            List<List<String>> ballots) {
        return new TallyInput(kind, seats, minimumCandidates, entitled, present, candidates, ballots, null, null, null);
    }

    public static TallyInput ofCounts(
            RaceKind kind,
            int seats,
            Integer minimumCandidates,
            int entitled,
            int present,
            List<String> candidates,
            Map<String, Integer> counts,
            int ballotsCast) {
        return new TallyInput(
                kind, seats, minimumCandidates, entitled, present, candidates, null, counts, ballotsCast, null);
    }
}
