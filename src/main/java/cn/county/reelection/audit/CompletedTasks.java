package cn.county.reelection.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;

/** Who completed which task of an instance, from the engine's history: the same lines in a township's and a village's trail (R11, V11). */
public final class CompletedTasks {

    private CompletedTasks() {}

    /**
     * One {@code TASK_COMPLETED} entry per finished task, in the order they ended; {@code step} names the step or rule
     * of a task from its key (T3, V10 …). Who completed a task is the user the operation log names, else its assignee.
     */
    public static List<HistoryEntry> of(HistoryService history, String processInstanceId, UnaryOperator<String> step) {
        Map<String, String> completedBy = new HashMap<>();
        history.createUserOperationLogQuery()
                .processInstanceId(processInstanceId)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
                .list()
                .forEach(op -> completedBy.putIfAbsent(op.getTaskId(), op.getUserId()));
        List<HistoryEntry> entries = new ArrayList<>();
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId)
                .finished()
                .orderByHistoricTaskInstanceEndTime()
                .asc()
                .list()) {
            entries.add(new HistoryEntry(
                    task.getEndTime().toInstant(),
                    completedBy.getOrDefault(task.getId(), task.getAssignee()),
                    "TASK_COMPLETED",
                    step.apply(task.getTaskDefinitionKey()),
                    "完成任务：" + task.getName(),
                    null));
        }
        return entries;
    }
}
