package cn.county.reelection.process;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.springframework.stereotype.Component;

/**
 * The engine's history does not copy the variables whose content the election record keeps in the project's own
 * tables: a ballot's tally, its ballot file and its tellers (R10, R11, R13: {@code RaceRecord}), what the tally form
 * shows of the race ({@code RaceInProgress}), the person lists (R3, R5: the vetting tables), the congress's agenda,
 * method, presidium and delegations (T5, T6) and the county's replacements (R7, R8). Each of these is a process
 * variable only while its task is open; copying every version of it into the history (a row of the variable, a
 * detail per change and, for Json, a byte array each) doubled the engine's writes per township and held nothing the
 * record lacks. Every other variable is kept as before, and so is any change made to one of these through the
 * engine's variable commands (an administrator in Cockpit or on the REST API's variable endpoints, whose trace shows
 * the value; a draft Tasklist saves on the task).
 */
@Component
public class RecordedInputsHistory extends AbstractProcessEnginePlugin {

    static final Set<String> RECORDED = Set.of(
            "tally",
            "ballotsCsv",
            "scrutineers",
            "counters",
            "entitled",
            "ballotCandidates",
            "delegateCandidates",
            "committeeNominees",
            "disciplineNominees",
            "agenda",
            "electionMethod",
            "presidium",
            "delegationGroups",
            "replacements");

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new Handler(configuration.getHistoryEventHandler()));
    }

    private static boolean kept(HistoryEvent event) {
        return !(event instanceof HistoricVariableUpdateEventEntity variable)
                || !RECORDED.contains(variable.getVariableName())
                || byVariableCommand();
    }

    private static boolean byVariableCommand() {
        CommandInvocationContext invocation = Context.getCommandInvocationContext();
        return invocation != null
                && (invocation.getCommand() instanceof AbstractVariableCmd
                        || invocation.getCommand() instanceof AbstractPatchVariablesCmd);
    }

    private record Handler(HistoryEventHandler delegate) implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (kept(event)) {
                delegate.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            delegate.handleEvents(
                    events.stream().filter(RecordedInputsHistory::kept).toList());
        }
    }
}
