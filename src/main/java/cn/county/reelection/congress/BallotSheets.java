package cn.county.reelection.congress;

import cn.county.reelection.election.Race;
import cn.county.reelection.election.TallySheet;
import cn.county.reelection.process.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The variables of a race's next ballot, local to the race: the {@code tally} the tellers record
 * (CONTRACT.md), and for Tasklist's tally form who should attend ({@code entitled}) and the
 * ballot's candidates ({@code ballotCandidates}, one row each in the form).
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
    execution.setVariable("ballotCandidates", race.getCandidates() == null ? "" : String.join("、", race.getCandidates()));
  }

  /** The sheet the tellers recorded. */
  public TallySheet recorded(DelegateExecution execution) {
    return json.read(execution, "tally", TallySheet.class, "R10");
  }
}
