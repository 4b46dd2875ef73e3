package cn.county.reelection.congress;

import cn.county.reelection.campaign.RaceName;
import cn.county.reelection.process.ProcessVariables;
import cn.county.reelection.vetting.VettingService;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "检查当选党委委员结构" (R4 second pass): the R4 figures of the committee elected at T7, for the county's T9 review
 * ({@code committeeFindings}); warnings only, the result stands.
 */
@Component("checkElectedCommitteeDelegate")
public class CheckElectedCommitteeDelegate implements JavaDelegate {

    private final RaceService races;
    private final VettingService vetting;
    private final Clock clock;

    public CheckElectedCommitteeDelegate(RaceService races, VettingService vetting, Clock clock) {
        this.races = races;
        this.vetting = vetting;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long townshipId = ProcessVariables.townshipId(execution);
        execution.setVariable(
                "committeeFindings",
                vetting.electedCommitteeFindings(
                        townshipId, races.electedIn(townshipId, RaceName.COMMITTEE), LocalDate.now(clock)));
    }
}
