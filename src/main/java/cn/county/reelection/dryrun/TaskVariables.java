package cn.county.reelection.dryrun;

import cn.county.reelection.process.JsonText;
import cn.county.reelection.tasklist.TaskFormContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/** A task's variables as JSON (what a client sees), and a simulated participant's answer as engine values. */
public final class TaskVariables {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TaskVariables() {}

    /** The task's variables and, as {@code formContext}, what its form shows when it opens. */
    public static Map<String, JsonNode> visible(TaskService tasks, TaskFormContext contexts, String taskId) {
        Map<String, JsonNode> vars = new LinkedHashMap<>();
        vars.put("formContext", MAPPER.valueToTree(contexts.describe(taskId)));
        tasks.getVariables(taskId).forEach((name, value) -> {
            if (!(value instanceof InputStream)) { // a File variable (the ballots CSV of a tally)
                vars.put(name, toJson(value));
            }
        });
        return vars;
    }

    public static JsonNode toJson(Object value) {
        try {
            if (value != null && value.getClass().getName().startsWith("org.camunda.spin")) {
                return MAPPER.readTree(value.toString());
            }
            return MAPPER.valueToTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@link SimulatedParticipant.Json} becomes a Json variable, a date 09:00 of that day in {@code zone}. */
    public static VariableMap toEngine(Map<String, Object> answer, ZoneId zone) {
        VariableMap map = Variables.createVariables();
        answer.forEach((name, value) -> map.putValueTyped(name, typed(value, zone)));
        return map;
    }

    private static TypedValue typed(Object value, ZoneId zone) {
        if (value instanceof SimulatedParticipant.Json json) {
            return JsonText.variable(json.text());
        }
        if (value instanceof LocalDate date) {
            return Variables.dateValue(Date.from(date.atTime(9, 0).atZone(zone).toInstant()));
        }
        return Variables.untypedValue(value);
    }
}
