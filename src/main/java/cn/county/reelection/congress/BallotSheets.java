package cn.county.reelection.congress;

import cn.county.reelection.election.Race;
import cn.county.reelection.election.TallySheet;
import cn.county.reelection.process.JsonVariables;
import cn.county.reelection.process.ProcessInputException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The variables of a race's next ballot. API clients complete a record task with one {@code tally}
 * Json variable (CONTRACT.md); Tasklist's form with the same data as separate fields
 * ({@code present}, {@code ballotsCast}, {@code ballotsVoid}, {@code tallyRows}), pre-filled with who
 * should attend and one row per candidate. All of them are local to the race.
 */
@Component
public class BallotSheets {

  private final JsonVariables json;

  public BallotSheets(JsonVariables json) {
    this.json = json;
  }

  /** Clears the last ballot's entries and lays out the next one of {@code race}. */
  public void prepare(DelegateExecution execution, Race race) {
    execution.setVariable("raceState", json.json(race));
    execution.setVariable("tally", null);
    execution.setVariable("entitled", race.getEntitled());
    execution.setVariable("present", null);
    execution.setVariable("ballotsCast", null);
    execution.setVariable("ballotsVoid", null);
    // Tasklist's form cannot complete a pre-filled row list (form-js keeps it invalid), so the rows
    // start empty and the form names the ballot's candidates in {@code ballotCandidates}
    execution.setVariable("tallyRows", json.rows(List.of()));
    execution.setVariable("ballotCandidates", race.getCandidates() == null ? "（由本次投票登记）" : String.join("、", race.getCandidates()));
  }

  /** The sheet the tellers recorded: the {@code tally} variable, or else the form's fields. */
  public TallySheet recorded(DelegateExecution execution) {
    if (execution.getVariable("tally") != null) {
      return json.read(execution, "tally", TallySheet.class, "R10");
    }
    List<TallySheet.Row> rows = json.readList(execution, "tallyRows", TallySheet.Row.class, "R10");
    return new TallySheet(number(execution, "entitled"), number(execution, "present"), null, null, null,
        number(execution, "ballotsCast"), number(execution, "ballotsVoid"), rows);
  }

  private static Integer number(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value == null) {
      return null;
    }
    if (value instanceof Number n) {
      return n.intValue();
    }
    if (value instanceof String s && s.trim().matches("\\d{1,9}")) {
      return Integer.parseInt(s.trim());
    }
    throw new ProcessInputException("R10", name, "必须是非负整数");
  }
}
