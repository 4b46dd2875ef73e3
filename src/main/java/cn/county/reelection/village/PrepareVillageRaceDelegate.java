package cn.county.reelection.village;

import cn.county.reelection.congress.BallotSheets;
import cn.county.reelection.process.JsonVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Before each election of a village (variable {@code race}): seats, candidates, electorate and rules (V4, R3). */
@Component("prepareVillageRaceDelegate")
public class PrepareVillageRaceDelegate implements JavaDelegate {

    private final VillageElectionService elections;
    private final BallotSheets ballotSheets;
    private final JsonVariables json;

    public PrepareVillageRaceDelegate(VillageElectionService elections, BallotSheets ballotSheets, JsonVariables json) {
        this.elections = elections;
        this.ballotSheets = ballotSheets;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String race = (String) execution.getVariable("race");
        boolean committee = VillageElectionService.COMMITTEE.equals(race);
        int seats = ((Number) execution.getVariable(committee ? "committeeSeats" : "branchSeats")).intValue();
        int members = committee ? 0 : ((Number) execution.getVariable("partyMembers")).intValue();
        List<Candidate> branch =
                committee ? List.of() : json.readList(execution, "branchCandidates", Candidate.class, "V3");
        ballotSheets.prepare(
                execution, elections.startRace(VillageTimeline.villageId(execution), race, seats, members, branch));
        execution.setVariable("lastProblem", null);
    }
}
