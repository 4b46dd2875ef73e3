package cn.county.reelection.audit;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/** The names of an instance's user tasks as its model gives them, for a history read by people (R11, V11). */
public final class ProcessTaskNames {

    private ProcessTaskNames() {}

    /**
     * The task names of the instance's own process version; once the history cleanup has removed the instance (README
     * "History and retention"), those of the latest version of {@code processKey}.
     */
    public static Map<String, String> of(
            HistoryService history, RepositoryService repository, String processInstanceId, String processKey) {
        Map<String, String> names = new HashMap<>();
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
        String definitionId = instance != null
                ? instance.getProcessDefinitionId()
                : repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(processKey)
                        .latestVersion()
                        .list()
                        .stream()
                        .findFirst()
                        .map(ProcessDefinition::getId)
                        .orElse(null);
        if (definitionId != null) {
            repository
                    .getBpmnModelInstance(definitionId)
                    .getModelElementsByType(UserTask.class)
                    .forEach(task -> names.put(task.getId(), task.getName()));
        }
        return names;
    }
}
