package cn.county.reelection.congress;

import cn.county.reelection.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Before each T7/T8 race: seats, candidates and method of the race named by {@code race}. A race for posts (R7, R8)
 * whose approved nominee was not elected to the committee it comes from is not laid out: {@code candidatesMissing}
 * says how many candidates the county must name first.
 */
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
        long townshipId = ProcessVariables.townshipId(execution);
        int missing = RaceService.POST_RACES.contains(race)
                ? races.postCandidates(townshipId, race).missing().size()
                : 0;
        execution.setVariable("candidatesMissing", missing);
        execution.setVariable("unfilledSeats", 0);
        if (missing == 0) {
            ballotSheets.prepare(execution, races.startRace(townshipId, race));
        }
        execution.setVariable("lastProblem", null);
    }
}
