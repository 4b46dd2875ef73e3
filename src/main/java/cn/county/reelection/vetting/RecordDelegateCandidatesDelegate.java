package cn.county.reelection.vetting;

import cn.county.reelection.process.JsonVariables;
import cn.county.reelection.process.ProcessVariables;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "登记代表候选人" (T3, R3). The organisation's election is laid out from the list once the review group
 * approves it (integrity/Approvals), not from what was submitted.
 */
@Component("recordDelegateCandidatesDelegate")
public class RecordDelegateCandidatesDelegate implements JavaDelegate {

    private final VettingService vetting;
    private final JsonVariables json;
    private final Clock clock;

    public RecordDelegateCandidatesDelegate(VettingService vetting, JsonVariables json, Clock clock) {
        this.vetting = vetting;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var persons = json.readList(execution, "delegateCandidates", Person.class, "R3");
        vetting.recordDelegateCandidates(
                ProcessVariables.townshipId(execution),
                (String) execution.getVariable("organisationCode"),
                persons,
                LocalDate.now(clock));
    }
}
