package cn.county.reelection.congress;

import cn.county.reelection.process.JsonVariables;
import cn.county.reelection.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of T5 and T6: checks and keeps what the task entered (see {@link CongressPreparation}). An
 * execution listener, so that a refusal reaches the REST client as a 400 and the task stays open.
 */
@Component("congressPreparationListener")
public class CongressPreparationListener implements ExecutionListener {

    private final CongressPreparation preparation;
    private final JsonVariables json;

    public CongressPreparationListener(CongressPreparation preparation, JsonVariables json) {
        this.preparation = preparation;
        this.json = json;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        long townshipId = ProcessVariables.townshipId(execution);
        switch (execution.getCurrentActivityId()) {
            case "T5_DraftCongressMaterials" ->
                preparation.recordDraft(
                        townshipId,
                        json.readList(execution, "agenda", String.class, "T5"),
                        json.read(execution, "electionMethod", CongressPreparation.ElectionMethod.class, "T5"));
            case "T6_HoldPreparationMeeting" ->
                preparation.recordMeeting(
                        townshipId,
                        json.readList(execution, "presidium", String.class, "T6"),
                        json.readList(execution, "delegationGroups", CongressPreparation.DelegationGroup.class, "T6"));
            default -> {}
        }
    }
}
