package cn.county.reelection.village;

import cn.county.reelection.congress.BallotSheets;
import cn.county.reelection.election.Race;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "计票" of a village's election: counts the recorded {@code tally}; says what comes next ({@code raceNext}) and,
 * when the race is over, how many seats stay vacant ({@code unfilledSeats}: V4 after its 另行选举, R6 after the
 * branch's further ballots), which the township then handles. Each ballot is kept with who recorded it and when (V11).
 */
@Component("countVillageBallotsDelegate")
public class CountVillageBallotsDelegate implements JavaDelegate {

    private final VillageElectionService elections;
    private final BallotSheets ballotSheets;
    private final IdentityService identityService;
    private final Clock clock;

    public CountVillageBallotsDelegate(
            VillageElectionService elections, BallotSheets ballotSheets, IdentityService identityService, Clock clock) {
        this.identityService = identityService;
        this.clock = clock;
        this.elections = elections;
        this.ballotSheets = ballotSheets;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Race race = ballotSheets.race(execution, "V4");
        var authentication = identityService.getCurrentAuthentication();
        VillageElectionService.Counted counted = elections.count(
                VillageTimeline.villageId(execution),
                race,
                ballotSheets.recorded(execution),
                ballotSheets.tellers(execution),
                authentication == null ? null : authentication.getUserId(),
                clock.instant());
        ballotSheets.counted(execution, counted.race(), counted.next(), counted.lastProblem());
    }
}
