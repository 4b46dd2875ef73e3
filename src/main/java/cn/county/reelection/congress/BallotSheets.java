package cn.county.reelection.congress;

import cn.county.reelection.election.CsvBallots;
import cn.county.reelection.election.Race;
import cn.county.reelection.election.TallyInputException;
import cn.county.reelection.election.TallySheet;
import cn.county.reelection.process.JsonVariables;
import cn.county.reelection.process.ProcessInputException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/**
 * The variables of a race's next ballot, local to the race: the {@code tally} the tellers record
 * (CONTRACT.md), and for Tasklist's tally form who should attend ({@code entitled}) and the
 * ballot's candidates ({@code ballotCandidates}, one row each in the form).
 */
@Component
public class BallotSheets {

    private final JsonVariables json;
    private final RaceStates raceStates;

    public BallotSheets(JsonVariables json, RaceStates raceStates) {
        this.json = json;
        this.raceStates = raceStates;
    }

    /** The race whose ballot the scope records; none is an input error of {@code rule}. */
    public Race race(DelegateExecution execution, String rule) {
        return raceStates.read(execution, rule);
    }

    /** Clears the last ballot's entries and lays out the next one of {@code race}. */
    public void prepare(DelegateExecution execution, Race race) {
        raceStates.save(execution, race);
        execution.setVariable("tally", null);
        execution.setVariable("ballotsCsv", null);
        execution.setVariable("scrutineers", null);
        execution.setVariable("counters", null);
        execution.setVariable("entitled", race.getEntitled());
        execution.setVariable(
                "ballotCandidates", race.getCandidates() == null ? "" : String.join("、", race.getCandidates()));
    }

    /**
     * The ballot was counted (R6, V4): a finished race keeps its state and says how many seats stay vacant
     * ({@code unfilledSeats}), an unfinished one lays out its next ballot; {@code raceNext} says which.
     */
    public void counted(DelegateExecution execution, Race race, Race.Next next, String lastProblem) {
        if (next == Race.Next.DONE) {
            raceStates.save(execution, race);
        } else {
            prepare(execution, race);
        }
        execution.setVariable("raceNext", next.name());
        execution.setVariable("unfilledSeats", next == Race.Next.DONE ? race.getUnfilledSeats() : 0);
        execution.setVariable("lastProblem", lastProblem);
    }

    /** R13: the ballot's scrutineers and counters, lists of names; either may be left out. */
    public Tellers tellers(DelegateExecution execution) {
        return new Tellers(names(execution, "scrutineers"), names(execution, "counters"));
    }

    private List<String> names(DelegateExecution execution, String variable) {
        return execution.getVariable(variable) == null
                ? List.of()
                : json.readList(execution, variable, String.class, "R13");
    }

    /**
     * The sheet the tellers recorded: the {@code tally}, whose ballots may come as an uploaded CSV file
     * ({@code ballotsCsv}, R10). The file is cleared once read: the count is what is kept.
     */
    public TallySheet recorded(DelegateExecution execution) {
        TallySheet sheet = json.read(execution, "tally", TallySheet.class, "R10");
        if (execution.getVariableTyped("ballotsCsv") instanceof FileValue file && file.getValue() != null) {
            // one way per ballot: a file never silently replaces counts typed beside it
            if (sheet.rows() != null
                    || sheet.counts() != null
                    || sheet.ballots() != null
                    || sheet.ballotsCast() != null) {
                throw new ProcessInputException("R10", "ballotsCsv", "已上传选票文件，又填写了得票数：请只选一种登记方式");
            }
            List<List<String>> ballots;
            try (var reader = new InputStreamReader(
                    file.getValue(),
                    file.getEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(file.getEncoding()))) {
                ballots = CsvBallots.read(reader, "ballotsCsv");
            } catch (TallyInputException e) {
                throw new ProcessInputException(e.rule(), e.field(), e.getMessage());
            } catch (IOException | IllegalArgumentException e) {
                throw new ProcessInputException("R10", "ballotsCsv", "无法读取选票文件，请上传UTF-8编码的CSV文件");
            }
            if (ballots.isEmpty()) {
                throw new ProcessInputException("R10", "ballotsCsv", "选票文件是空的：每张选票一行（空白票也占一行）");
            }
            execution.setVariable("ballotsCsv", null);
            sheet = sheet.withBallots(ballots);
        }
        return sheet;
    }
}
