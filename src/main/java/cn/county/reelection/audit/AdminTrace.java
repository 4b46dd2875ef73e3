package cn.county.reelection.audit;

import cn.county.reelection.process.AsEngine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

/**
 * R11 for administrators: their direct changes of a running instance (Cockpit's variable editing, a
 * modification, a timer's due date…) as lines of the township's history, from Camunda's user operation log
 * (who, when) and the variable history it links (what). Drafts that the people working a task saved as its own
 * task-local variables change nothing in the record and are left out.
 */
@Component
public class AdminTrace {

    /** Kind of the history line. */
    public static final String KIND = "ADMIN_CHANGE";

    /** The operations that change a running instance directly, as a person reads them. */
    private static final Map<String, String> OPERATIONS = Map.ofEntries(
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE, "修改流程变量"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLES, "修改流程变量"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_MODIFY_VARIABLE, "修改流程变量"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_REMOVE_VARIABLE, "删除流程变量"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_MODIFY_PROCESS_INSTANCE, "修改流程实例（启动或取消环节）"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_DUEDATE, "修改定时器到期时间"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_RECALC_DUEDATE, "重新计算定时器到期时间"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_JOB_RETRIES, "修改作业重试次数"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_SUSPEND, "挂起"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_ACTIVATE, "激活"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_SUSPEND_JOB, "挂起作业"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_ACTIVATE_JOB, "激活作业"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELETE, "删除"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_MIGRATE, "迁移流程实例"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_RESTART_PROCESS_INSTANCE, "重启流程实例"));

    private static final int MAX_VALUE = 200;

    private final HistoryService history;
    private final IdentityService identity;

    public AdminTrace(HistoryService history, IdentityService identity) {
        this.history = history;
        this.identity = identity;
    }

    /** One line per operation on the instance, oldest first (read as the engine, after the caller's right was checked). */
    public List<HistoryEntry> entries(String processInstanceId) {
        if (processInstanceId == null) {
            return List.of();
        }
        return AsEngine.call(identity, () -> read(processInstanceId));
    }

    private List<HistoryEntry> read(String processInstanceId) {
        Map<String, List<UserOperationLogEntry>> operations = new LinkedHashMap<>();
        for (UserOperationLogEntry entry : history.createUserOperationLogQuery()
                .processInstanceId(processInstanceId)
                .orderByTimestamp()
                .asc()
                .list()) {
            if (OPERATIONS.containsKey(entry.getOperationType())) {
                operations
                        .computeIfAbsent(entry.getOperationId(), id -> new ArrayList<>())
                        .add(entry);
            }
        }
        List<HistoryEntry> lines = new ArrayList<>();
        for (List<UserOperationLogEntry> operation : operations.values()) {
            UserOperationLogEntry first = operation.get(0);
            List<HistoricVariableUpdate> variables = variables(first.getOperationId());
            boolean draft = first.getTaskId() != null
                    && !variables.isEmpty()
                    && variables.stream().allMatch(v -> v.getTaskId() != null);
            if (draft) {
                continue;
            }
            lines.add(new HistoryEntry(
                    first.getTimestamp().toInstant(),
                    first.getUserId(),
                    KIND,
                    null,
                    describe(first, operation, variables),
                    first.getAnnotation()));
        }
        return lines;
    }

    private List<HistoricVariableUpdate> variables(String operationId) {
        List<HistoricVariableUpdate> updates = new ArrayList<>();
        for (HistoricDetail detail : history.createHistoricDetailQuery()
                .userOperationId(operationId)
                .variableUpdates()
                .disableCustomObjectDeserialization()
                .list()) {
            if (detail instanceof HistoricVariableUpdate update) {
                updates.add(update);
            }
        }
        return updates;
    }

    private static String describe(
            UserOperationLogEntry first,
            List<UserOperationLogEntry> operation,
            List<HistoricVariableUpdate> variables) {
        StringBuilder what = new StringBuilder("管理员").append(OPERATIONS.get(first.getOperationType()));
        List<String> parts = new ArrayList<>();
        for (HistoricVariableUpdate v : variables) {
            parts.add("「%s」= %s".formatted(v.getVariableName(), shown(v)));
        }
        for (UserOperationLogEntry entry : operation) {
            if (entry.getProperty() != null && !"variableName".equals(entry.getProperty())) {
                parts.add("%s：%s → %s"
                        .formatted(entry.getProperty(), readable(entry.getOrgValue()), readable(entry.getNewValue())));
            } else if ("variableName".equals(entry.getProperty()) && variables.isEmpty()) {
                parts.add("「%s」".formatted(entry.getNewValue()));
            }
        }
        if (first.getTaskId() != null) {
            parts.add("任务 " + first.getTaskId());
        }
        if (!parts.isEmpty()) {
            what.append("：").append(String.join("；", parts));
        }
        return what.toString();
    }

    private static String shown(HistoricVariableUpdate v) {
        Object value = v.getTypedValue() == null ? null : v.getTypedValue().getValue();
        String text = value == null ? "（空）" : value.toString();
        return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) + "…" : text;
    }

    /** Due dates are logged as epoch milliseconds. */
    private static String readable(String value) {
        if (value == null) {
            return "（空）";
        }
        if (value.matches("\\d{12,14}")) {
            return Instant.ofEpochMilli(Long.parseLong(value)).toString();
        }
        return value;
    }
}
