package cn.county.reelection.congress;

import cn.county.reelection.election.Race;
import cn.county.reelection.process.JsonText;
import cn.county.reelection.process.ProcessInputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Where a race's state lives between its ballots (R6–R10, V4): a row of {@link RaceInProgress}, whose id the
 * race's scope holds as {@value #VARIABLE}. Instances started before the state moved out of the engine still carry
 * the whole race as the Json variable {@value #CARRIED}; they are read from it until their race is saved again.
 */
@Component
public class RaceStates {

    public static final String VARIABLE = "raceStateId";

    /** The variable a race was carried in before its state moved to the project's table. */
    public static final String CARRIED = "raceState";

    private final RaceInProgressRepository rows;
    private final ObjectMapper mapper;
    private final Clock clock;

    public RaceStates(RaceInProgressRepository rows, ObjectMapper mapper, Clock clock) {
        this.rows = rows;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Keeps {@code race} as the state of the scope's race, in the row the scope names or in a new one. A scope of a
     * model that still declares {@value #CARRIED} (an instance of an earlier version) keeps carrying it there: its
     * parallel branches share no {@value #VARIABLE} of their own.
     */
    public void save(DelegateExecution execution, Race race) {
        String json = write(race);
        if (execution.hasVariable(CARRIED) && !execution.hasVariable(VARIABLE)) {
            execution.setVariable(CARRIED, JsonText.variable(json));
            return;
        }
        RaceInProgress row = execution.getVariable(VARIABLE) instanceof Number id
                ? rows.findById(id.longValue()).orElse(null)
                : null;
        if (row == null) {
            row = rows.save(new RaceInProgress(execution.getProcessInstanceId(), json, clock.instant()));
            execution.setVariable(VARIABLE, row.getId());
        } else {
            // the scope names this row already: writing the same id again would add a history detail per ballot
            row.update(json, clock.instant());
            rows.save(row);
        }
    }

    /** The race of the scope; a scope with none is an input error of {@code rule}. */
    public Race read(VariableScope scope, String rule) {
        String json = json(scope.getVariable(VARIABLE), scope.getVariable(CARRIED))
                .orElseThrow(() -> new ProcessInputException(rule, VARIABLE, "必须填写"));
        try {
            return mapper.readValue(json, Race.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("race state " + scope.getVariable(VARIABLE) + " is not a race", e);
        }
    }

    /** The race a task's variables name, as JSON for its form; empty for a task outside a race. */
    public Optional<JsonNode> view(Map<String, Object> variables) {
        return json(variables.get(VARIABLE), variables.get(CARRIED)).map(json -> {
            try {
                return mapper.readTree(json);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("race state is not JSON", e);
            }
        });
    }

    private Optional<String> json(Object id, Object carried) {
        if (id instanceof Number n) {
            return rows.findById(n.longValue()).map(RaceInProgress::getStateJson);
        }
        if (carried instanceof SpinJsonNode node) {
            return Optional.of(node.toString());
        }
        return carried instanceof String text ? Optional.of(text) : Optional.empty();
    }

    private String write(Race race) {
        try {
            return mapper.writeValueAsString(race);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
