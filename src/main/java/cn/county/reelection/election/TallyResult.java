package cn.county.reelection.election;

import java.util.List;

/** The outcome of one ballot (CONTRACT.md {@code POST /api/tally}). */
public record TallyResult(
        boolean valid,
        List<Problem> problems,
        int ballotsCast,
        int ballotsVoid,
        List<CandidateResult> results,
        List<String> elected,
        List<String> tiedForLastSeats,
        int unfilledSeats) {

    public boolean hasTie() {
        return !tiedForLastSeats.isEmpty();
    }

    /** Listed candidates (not write-ins) that this ballot did not elect, in result order. */
    public List<String> notElected() {
        return results.stream()
                .filter(r -> !r.elected() && !r.writeIn())
                .map(CandidateResult::name)
                .toList();
    }
}
