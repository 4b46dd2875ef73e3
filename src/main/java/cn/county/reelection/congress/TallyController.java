package cn.county.reelection.congress;

import cn.county.reelection.election.BallotCounter;
import cn.county.reelection.election.RaceKind;
import cn.county.reelection.election.TallyInput;
import cn.county.reelection.election.TallyResult;
import cn.county.reelection.web.ApiException;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/tally}: the stateless counter the process uses too (CONTRACT.md). */
@RestController
public class TallyController {

  public record TallyRequest(RaceKind kind, Integer seats, Integer minimumCandidates, Integer entitled, Integer present,
      List<String> candidates, List<List<String>> ballots, Map<String, Integer> counts, Integer ballotsCast,
      Integer ballotsVoid) {}

  private final BallotCounter counter = new BallotCounter();

  @PostMapping("/api/tally")
  public TallyResult tally(@RequestBody TallyRequest request) {
    require(request.seats(), "seats", "R5");
    require(request.entitled(), "entitled", "R6");
    require(request.present(), "present", "R6");
    return counter.count(new TallyInput(request.kind(), request.seats(), request.minimumCandidates(), request.entitled(),
        request.present(), request.candidates(), request.ballots(), request.counts(), request.ballotsCast(),
        request.ballotsVoid()));
  }

  private static void require(Integer value, String field, String rule) {
    if (value == null) {
      throw ApiException.badRequest(rule, field, "必须填写");
    }
  }
}
