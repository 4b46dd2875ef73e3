package cn.county.reelection.village;

import cn.county.reelection.congress.BallotSheets;
import cn.county.reelection.election.Race;
import cn.county.reelection.process.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "计票" of a village's election: counts the recorded {@code tally}; says what comes next ({@code raceNext}). */
@Component("countVillageBallotsDelegate")
public class CountVillageBallotsDelegate implements JavaDelegate {

  private final VillageElectionService elections;
  private final BallotSheets ballotSheets;
  private final JsonVariables json;

  public CountVillageBallotsDelegate(VillageElectionService elections, BallotSheets ballotSheets, JsonVariables json) {
    this.elections = elections;
    this.ballotSheets = ballotSheets;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Race race = json.read(execution, "raceState", Race.class, "V4");
    VillageElectionService.Counted counted = elections.count(VillageTimeline.villageId(execution), race,
        ballotSheets.recorded(execution));
    if (counted.next() == Race.Next.DONE) {
      execution.setVariable("raceState", json.json(counted.race()));
    } else {
      ballotSheets.prepare(execution, counted.race());
    }
    execution.setVariable("raceNext", counted.next().name());
    execution.setVariable("lastProblem", counted.lastProblem());
  }
}
