package cn.county.reelection.election;

import java.util.List;
import java.util.Map;

/**
 * One ballot to count: either the anonymous ballots (each the names marked yes) or the counts per
 * name with the number of ballots cast (R10).
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
    Integer ballotsVoid) {

  public static TallyInput ofBallots(RaceKind kind, int seats, Integer minimumCandidates, int entitled, int present,
      List<String> candidates, List<List<String>> ballots) {
    return new TallyInput(kind, seats, minimumCandidates, entitled, present, candidates, ballots, null, null, null);
  }

  public static TallyInput ofCounts(RaceKind kind, int seats, Integer minimumCandidates, int entitled, int present,
      List<String> candidates, Map<String, Integer> counts, int ballotsCast) {
    return new TallyInput(kind, seats, minimumCandidates, entitled, present, candidates, null, counts, ballotsCast, null);
  }
}
