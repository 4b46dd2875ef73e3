package cn.county.reelection.congress;

import cn.county.reelection.election.BallotCounter;
import cn.county.reelection.election.CsvBallots;
import cn.county.reelection.election.RaceKind;
import cn.county.reelection.election.TallyInput;
import cn.county.reelection.election.TallyResult;
import cn.county.reelection.web.ApiException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
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

  /**
   * {@code POST /api/tally} with a {@code text/csv} body: the anonymous ballots, one a row (R10, see
   * {@link CsvBallots}); the race in query parameters. UTF-8 unless the content type names a charset.
   */
  @PostMapping(path = "/api/tally", consumes = "text/csv")
  public TallyResult tallyCsv(@RequestParam(required = false) RaceKind kind, @RequestParam(required = false) Integer seats,
      @RequestParam(required = false) Integer minimumCandidates, @RequestParam(required = false) Integer entitled,
      @RequestParam(required = false) Integer present, @RequestParam(required = false) List<String> candidates,
      @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType, @RequestBody byte[] csv) {
    require(seats, "seats", "R5");
    require(entitled, "entitled", "R6");
    require(present, "present", "R6");
    Charset charset = contentType.getCharset() != null ? contentType.getCharset() : StandardCharsets.UTF_8;
    List<List<String>> ballots = CsvBallots.read(new StringReader(new String(csv, charset)), "body");
    return counter.count(TallyInput.ofBallots(kind, seats, minimumCandidates, entitled, present, candidates, ballots));
  }

  private static void require(Integer value, String field, String rule) {
    if (value == null) {
      throw ApiException.badRequest(rule, field, "必须填写");
    }
  }
}
