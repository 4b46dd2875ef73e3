package cn.county.reelection.vetting;

import cn.county.reelection.process.JsonVariables;
import cn.county.reelection.process.ProcessVariables;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "登记两委候选人" (T4, R4, R5): checks and keeps the lists; the county reads {@code nomineeFindings}. */
@Component("recordNomineesDelegate")
public class RecordNomineesDelegate implements JavaDelegate {

    private final VettingService vetting;
    private final JsonVariables json;
    private final Clock clock;

    public RecordNomineesDelegate(VettingService vetting, JsonVariables json, Clock clock) {
        this.vetting = vetting;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String findings = vetting.recordNominees(
                ProcessVariables.townshipId(execution),
                json.readList(execution, "committeeNominees", Person.class, "R5"),
                json.readList(execution, "disciplineNominees", Person.class, "R5"),
                LocalDate.now(clock));
        execution.setVariable("nomineeFindings", findings);
    }
}
