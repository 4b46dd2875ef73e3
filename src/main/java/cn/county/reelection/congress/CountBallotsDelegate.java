package cn.county.reelection.congress;

import cn.county.reelection.election.Race;
import cn.county.reelection.election.TallySheet;
import cn.county.reelection.process.ProcessVariables;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "计票": counts the recorded {@code tally} of the current race and says what comes next. */
@Component("countBallotsDelegate")
public class CountBallotsDelegate implements JavaDelegate {

    private final RaceService races;
    private final IdentityService identityService;
    private final Clock clock;
    private final BallotSheets ballotSheets;

    public CountBallotsDelegate(
            RaceService races, IdentityService identityService, BallotSheets ballotSheets, Clock clock) {
        this.clock = clock;
        this.ballotSheets = ballotSheets;
        this.races = races;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Race race = ballotSheets.race(execution, "R6");
        TallySheet sheet = ballotSheets.recorded(execution);
        var authentication = identityService.getCurrentAuthentication();
        RaceService.Counted counted = races.count(
                ProcessVariables.townshipId(execution),
                (String) execution.getVariable("organisationCode"),
                race,
                sheet,
                ballotSheets.tellers(execution),
                authentication == null ? null : authentication.getUserId(),
                clock.instant());
        ballotSheets.counted(execution, counted.race(), counted.next(), counted.lastProblem());
    }
}
