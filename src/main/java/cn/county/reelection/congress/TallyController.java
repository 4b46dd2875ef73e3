package cn.county.reelection.congress;

import cn.county.reelection.election.BallotCounter;
import cn.county.reelection.election.CsvBallots;
import cn.county.reelection.election.RaceKind;
import cn.county.reelection.election.TallyInput;
import cn.county.reelection.election.TallyResult;
import cn.county.reelection.process.FieldLabels;
import cn.county.reelection.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/tally}: the stateless counter the process uses too (CONTRACT.md). */
@RestController
public class TallyController {

    static final String TALLY_EXAMPLE = """
      {"kind":"COMPETITIVE","seats":2,"minimumCandidates":3,"entitled":10,"present":9,
       "candidates":["张三","李四","王五"],"counts":{"张三":8,"李四":6,"王五":3},"ballotsCast":9}""";
    static final String CSV_EXAMPLE = "张三,李四\n张三,王五\n\n李四\n";

    public record TallyRequest(
            RaceKind kind,
            Integer seats,
            Integer minimumCandidates,
            Integer entitled,
            Integer present,
            List<String> candidates,
            List<List<String>> ballots,
            Map<String, Integer> counts,
            Integer ballotsCast,
            Integer ballotsVoid) {}

    private final BallotCounter counter = new BallotCounter();

    @Operation(
            summary = "计票（不保存）",
            description = "按法定人数、过半数、差额、票数相等、名额未满和废票的规则计票（R3、R6–R10）；选票也可以CSV上传（Content-Type: text/csv）。",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = "application/json",
                                        examples = @ExampleObject(name = "counts", value = TALLY_EXAMPLE)),
                                @Content(
                                        mediaType = "text/csv",
                                        examples = @ExampleObject(name = "ballots", value = CSV_EXAMPLE))
                            }))
    @PostMapping("/api/tally")
    public TallyResult tally(@RequestBody TallyRequest request) {
        require(request.seats(), "seats", "R5");
        require(request.entitled(), "entitled", "R6");
        require(request.present(), "present", "R6");
        return counter.count(new TallyInput(
                request.kind(),
                request.seats(),
                request.minimumCandidates(),
                request.entitled(),
                request.present(),
                request.candidates(),
                request.ballots(),
                request.counts(),
                request.ballotsCast(),
                request.ballotsVoid()));
    }

    /**
     * {@code POST /api/tally} with a {@code text/csv} body: the anonymous ballots, one a row (R10, see
     * {@link CsvBallots}); the race in query parameters. UTF-8 unless the content type names a charset.
     */
    @Operation(
            summary = "计票（不保存）",
            description = "CSV选票：每行一张选票，单元格为所选的姓名；选举的参数在查询参数中。",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = "application/json",
                                        examples = @ExampleObject(name = "counts", value = TALLY_EXAMPLE)),
                                @Content(
                                        mediaType = "text/csv",
                                        examples = @ExampleObject(name = "ballots", value = CSV_EXAMPLE))
                            }))
    @PostMapping(path = "/api/tally", consumes = "text/csv")
    public TallyResult tallyCsv(
            @RequestParam(required = false) RaceKind kind,
            @RequestParam(required = false) Integer seats,
            @RequestParam(required = false) Integer minimumCandidates,
            @RequestParam(required = false) Integer entitled,
            @RequestParam(required = false) Integer present,
            @RequestParam(required = false) List<String> candidates,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @RequestBody byte[] csv) {
        require(seats, "seats", "R5");
        require(entitled, "entitled", "R6");
        require(present, "present", "R6");
        Charset charset = contentType.getCharset() != null ? contentType.getCharset() : StandardCharsets.UTF_8;
        List<List<String>> ballots = CsvBallots.read(new StringReader(new String(csv, charset)), "body");
        return counter.count(
                TallyInput.ofBallots(kind, seats, minimumCandidates, entitled, present, candidates, ballots));
    }

    private static void require(Integer value, String field, String rule) {
        if (value == null) {
            throw ApiException.badRequest(rule, field, FieldLabels.label(field) + "必须填写");
        }
    }
}
