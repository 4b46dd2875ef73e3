package cn.county.reelection.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.congress.RaceRecord;
import cn.county.reelection.congress.RaceRecordRepository;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R10, R11, R13: what the election record keeps in the project's tables (the tallies and their tellers, the person
 * lists, the congress's papers) is not copied into the engine's history as well; the rest of the history is as before,
 * and so is an administrator's direct change.
 */
class RecordedInputsHistoryTest extends ProcessTestSupport {

    @Autowired
    RaceRecordRepository races;

    @Test
    void r11_tallyAndTellers_areInTheRecordOnly_notInTheEngineHistory() {
        ProcessInstance pi = instance(startTownship(40, 20));
        driveToEnd(pi);

        Set<String> historicNames = historicVariables(pi).stream()
                .map(HistoricVariableInstance::getName)
                .collect(Collectors.toSet());
        assertThat(historicNames)
                .contains("currentStep", "approved", "raceNext")
                .doesNotContainAnyElementsOf(RecordedInputsHistory.RECORDED);
        assertThat(variableUpdates(pi))
                .extracting(HistoricVariableUpdate::getVariableName)
                .contains("currentStep", "comment")
                .doesNotContainAnyElementsOf(RecordedInputsHistory.RECORDED);

        // the record has what the history no longer copies: every ballot with its count and its tellers
        List<RaceRecord> ballots = races.findByTownshipProcessInstanceIdOrderById(pi.getId());
        assertThat(ballots).filteredOn(RaceRecord::isFinished).hasSize(2 + 4 + 2);
        assertThat(ballots).allSatisfy(ballot -> {
            assertThat(ballot.getPresent()).isPositive();
            assertThat(ballot.getResultJson()).contains("votes");
        });
        assertThat(ballots)
                .filteredOn(ballot -> ballot.getOrganisationCode() == null)
                .allSatisfy(ballot -> assertThat(ballot.getScrutineers()).isNotBlank());
    }

    @Test
    void r11_anAdministratorsDirectChange_staysInTheHistory_forTheTrace() {
        ProcessInstance pi = instance(startTownship(40, 20));
        driveUntil(pi, "T5_DraftCongressMaterials");
        Task draft = openTasks(pi).stream()
                .filter(t -> t.getTaskDefinitionKey().equals("T5_DraftCongressMaterials"))
                .findFirst()
                .orElseThrow();

        engine.getRuntimeService().setVariable(draft.getExecutionId(), "agenda", "管理员更正的议程");

        assertThat(variableUpdates(pi))
                .filteredOn(update -> update.getVariableName().equals("agenda"))
                .extracting(HistoricVariableUpdate::getValue)
                .containsExactly("管理员更正的议程");
    }

    private List<HistoricVariableInstance> historicVariables(ProcessInstance pi) {
        return engine.getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId())
                .disableCustomObjectDeserialization()
                .list();
    }
}
