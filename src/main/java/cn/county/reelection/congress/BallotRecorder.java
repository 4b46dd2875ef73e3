package cn.county.reelection.congress;

import cn.county.reelection.campaign.Township;
import cn.county.reelection.election.BallotCounter;
import cn.county.reelection.election.Race;
import cn.county.reelection.election.TallyInput;
import cn.county.reelection.election.TallyInputException;
import cn.county.reelection.election.TallyResult;
import cn.county.reelection.election.TallySheet;
import cn.county.reelection.process.JsonText;
import cn.county.reelection.process.ProcessInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Counts one ballot of a township's or a village's race with the plain-Java counter (R6, R10; V4) and keeps it in
 * the one record of ballots (R11, V11) with its scrutineers and counters (R13). A tally the race cannot take is a
 * {@link ProcessInputException} naming the rule and the field, and nothing is kept.
 */
@Component
public class BallotRecorder {

    /** What a ballot came to: the race's next step, the count, and the row that keeps it. */
    public record Recorded(Race.Next next, TallyResult result, TallyInput input, int ballot, RaceRecord record) {}

    private final BallotCounter counter = new BallotCounter();
    private final RaceRecordRepository records;
    private final ObjectMapper mapper;

    public BallotRecorder(RaceRecordRepository records, ObjectMapper mapper) {
        this.records = records;
        this.mapper = mapper;
    }

    /**
     * @param township the township whose race it is, or null for a village's
     * @param villageId the village whose race it is, or null for a township's
     * @param organisationCode the organisation of a T3 delegate race, else null
     */
    public Recorded count(
            Township township,
            Long villageId,
            String organisationCode,
            Race race,
            TallySheet sheet,
            Tellers tellers,
            String recordedBy,
            Instant now) {
        TallyInput input;
        TallyResult result;
        try {
            input = race.inputFor(sheet);
            result = counter.count(input);
        } catch (TallyInputException e) {
            throw new ProcessInputException(e.rule(), "tally." + e.field(), e.getMessage());
        }
        tellers.check(input.candidates());
        int ballot = race.getBallot();
        Race.Next next = race.apply(result, input.candidates());
        String problems = result.problems().stream()
                .map(p -> "[" + p.rule() + "] " + p.message())
                .collect(Collectors.joining("；"));
        RaceRecord record = new RaceRecord(
                township,
                race.getName(),
                organisationCode,
                ballot,
                input.kind().name(),
                input.seats(),
                input.entitled(),
                input.present(),
                result.ballotsCast(),
                result.ballotsVoid(),
                result.valid(),
                JsonText.write(mapper, result),
                problems.isEmpty() ? null : problems,
                now,
                recordedBy);
        record.setVillageId(villageId);
        record.tellers(tellers);
        if (next == Race.Next.DONE) {
            record.finish(JsonText.write(mapper, race.getElected()), race.getUnfilledSeats());
        }
        return new Recorded(next, result, input, ballot, records.save(record));
    }
}
