package cn.county.reelection.congress;

import cn.county.reelection.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Before each T7/T8 race: seats, candidates and method of the race named by {@code race}. */
@Component("prepareRaceDelegate")
public class PrepareRaceDelegate implements JavaDelegate {

  private final RaceService races;
  private final BallotSheets ballotSheets;

  public PrepareRaceDelegate(RaceService races, BallotSheets ballotSheets) {
    this.races = races;
    this.ballotSheets = ballotSheets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String race = (String) execution.getVariable("race");
    ballotSheets.prepare(execution, races.startRace(ProcessVariables.townshipId(execution), race));
    execution.setVariable("lastProblem", null);
  }
}
