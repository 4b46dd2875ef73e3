package cn.county.reelection.congress;

import cn.county.reelection.election.Race;
import cn.county.reelection.election.TallySheet;
import cn.county.reelection.process.JsonVariables;
import cn.county.reelection.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Before each T7/T8 race: seats, candidates and method of the race named by {@code race}. */
@Component("prepareRaceDelegate")
public class PrepareRaceDelegate implements JavaDelegate {

  private final RaceService races;
  private final JsonVariables json;

  public PrepareRaceDelegate(RaceService races, JsonVariables json) {
    this.races = races;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String race = (String) execution.getVariable("race");
    Race started = races.startRace(ProcessVariables.townshipId(execution), race);
    execution.setVariable("raceState", json.json(started));
    execution.setVariable("lastProblem", null);
    execution.setVariable("tally", json.json(TallySheet.blankFor(started)));
  }
}
