package cn.county.reelection.election;

import java.util.List;
import java.util.Map;

/**
 * What the tellers report from one ballot: attendance and either the anonymous ballots or the
 * counts per name (R10). The race it belongs to supplies kind, seats and minimum candidates.
 */
public record TallySheet(
    Integer entitled,
    Integer present,
    List<String> candidates,
    List<List<String>> ballots,
    Map<String, Integer> counts,
    Integer ballotsCast,
    Integer ballotsVoid) {

  public TallyInput toInput(RaceKind kind, int seats, Integer minimumCandidates) {
    if (entitled == null) {
      throw new TallyInputException("entitled", "R6", "应到人数必须填写");
    }
    if (present == null) {
      throw new TallyInputException("present", "R6", "实到人数必须填写");
    }
    return new TallyInput(kind, seats, minimumCandidates, entitled, present, candidates, ballots, counts, ballotsCast, ballotsVoid);
  }
}
