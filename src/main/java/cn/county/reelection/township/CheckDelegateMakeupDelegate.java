package cn.county.reelection.township;

import cn.county.reelection.congress.RaceService;
import cn.county.reelection.process.ProcessVariables;
import cn.county.reelection.vetting.DelegateMakeup;
import cn.county.reelection.vetting.VettingService;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "检查代表构成" (T3, R2): after every organisation has elected, the make-up of the elected delegates.
 * A hard breach ({@code makeupBreach}) sends the township to the county for an exception.
 */
@Component("checkDelegateMakeupDelegate")
public class CheckDelegateMakeupDelegate implements JavaDelegate {

    private final VettingService vetting;
    private final RaceService races;
    private final Clock clock;

    public CheckDelegateMakeupDelegate(VettingService vetting, RaceService races, Clock clock) {
        this.vetting = vetting;
        this.races = races;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long townshipId = ProcessVariables.townshipId(execution);
        DelegateMakeup.Report report =
                vetting.delegateMakeup(townshipId, races.electedDelegates(townshipId), LocalDate.now(clock));
        execution.setVariable("delegateMakeup", report.text());
        execution.setVariable("makeupBreach", report.hardBreach());
    }
}
