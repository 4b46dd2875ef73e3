package cn.county.reelection.tasklist;

import cn.county.reelection.campaign.Organisation;
import cn.county.reelection.campaign.TownshipRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every user task carries its place in its name: 审批召开党代会请示（羊岑乡）, 提名代表候选人（羊岑乡·机关支部）,
 * 推选选举委员会（羊岑乡·新华村）. The county's Tasklist lists many townships' tasks of the same step side by
 * side, and a township's people the tasks of several branches or villages; the BPMN names only the step.
 *
 * <p>Fed by Camunda's Spring Boot task events (as {@code DocumentLinks}), on creation, for both processes:
 * the place comes from the instance's variables ({@code townshipName}, {@code villageName}) and, inside a
 * branch's delegate election, the organisation's name behind {@code organisationCode}.
 */
@Component
public class TaskNames {

    /** The engine's column for a task's name. */
    static final int MAX_NAME = 255;

    private final TownshipRepository townships;

    public TaskNames(TownshipRepository townships) {
        this.townships = townships;
    }

    /**
     * First among the task listeners: a later one that changes the task through the engine (saving the task fires
     * its update event) clears the event name the others read.
     */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void onTaskEvent(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) || task.getName() == null) {
            return;
        }
        String place = place(task);
        if (!place.isEmpty()) {
            String named = task.getName() + "（" + place + "）";
            task.setName(named.length() > MAX_NAME ? named.substring(0, MAX_NAME) : named);
        }
    }

    /** 羊岑乡, 羊岑乡·机关支部 or 羊岑乡·新华村; empty outside a re-election. */
    private String place(DelegateTask task) {
        // the instance's variables, read from its execution: a new task has none of its own, and asking the task
        // would first look for them in the database
        VariableScope variables = task.getExecution() == null ? task : task.getExecution();
        String township = text(variables.getVariable("townshipName"));
        String below = text(variables.getVariable("villageName"));
        if (below == null
                && variables.getVariable("organisationCode") instanceof String code
                && variables.getVariable("townshipId") instanceof Number id) {
            below = townships.findById(id.longValue()).stream()
                    .flatMap(t -> t.getOrganisations().stream())
                    .filter(o -> o.getCode().equals(code))
                    .map(Organisation::getName)
                    .findFirst()
                    .orElse(code);
        }
        if (township == null) {
            return below == null ? "" : below;
        }
        return below == null ? township : township + "·" + below;
    }

    private static String text(Object value) {
        return value instanceof String s && !s.isBlank() ? s.trim() : null;
    }
}
