package cn.county.reelection.bench;

import cn.county.reelection.dryrun.SimulatedParticipant;
import cn.county.reelection.dryrun.TaskVariables;
import cn.county.reelection.tasklist.TaskFormContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives a township as its participants would: the oldest open task first, answered by the dry run's simulated
 * participant from what the task shows (its variables and form context), through the Java API — as the campaign
 * benchmarks' client threads do.
 */
final class TownshipDriver {

    private final TaskService tasks;
    private final TaskFormContext forms;
    private final ZoneId zone;

    TownshipDriver(TaskService tasks, TaskFormContext forms, ZoneId zone) {
        this.tasks = tasks;
        this.forms = forms;
        this.zone = zone;
    }

    /**
     * Completes the township's tasks until it has none open, its next task belongs to the step {@code until} names
     * (empty: none), or {@link System#nanoTime()} passes {@code stopAt}; returns the number completed. A completion
     * that meets a deadline timer's job on the same instance (optimistic locking) is tried again, as Tasklist's
     * user would.
     */
    int drive(String processInstanceId, LocalDate congress, String until, long stopAt) {
        int completed = 0;
        for (List<Task> open = open(tasks, processInstanceId);
                !open.isEmpty() && System.nanoTime() < stopAt;
                open = open(tasks, processInstanceId)) {
            Task task = open.get(0);
            if (!until.isEmpty() && task.getTaskDefinitionKey().startsWith(until + "_")) {
                break;
            }
            try {
                tasks.complete(
                        task.getId(),
                        TaskVariables.toEngine(
                                SimulatedParticipant.answer(
                                        task.getTaskDefinitionKey(),
                                        TaskVariables.visible(tasks, forms, task.getId()),
                                        congress),
                                zone));
                completed++;
            } catch (OptimisticLockingException concurrentTimer) {
                // the same task is read again and completed on the next round
            }
        }
        return completed;
    }

    /** The instance's open tasks, oldest first. */
    static List<Task> open(TaskService tasks, String processInstanceId) {
        return tasks.createTaskQuery()
                .processInstanceId(processInstanceId)
                .orderByTaskCreateTime()
                .asc()
                .list();
    }
}
