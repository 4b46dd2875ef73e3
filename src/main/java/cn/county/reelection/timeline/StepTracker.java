package cn.county.reelection.timeline;

import cn.county.reelection.campaign.Step;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Execution listener on every step of {@code townshipReelection}:
 * {@code ${stepTracker.started(execution, 'T2')}} on start, {@code completed} on end.
 */
@Component("stepTracker")
public class StepTracker {

    /** What Cockpit shows once the last step is done. */
    static final String ALL_DONE = "换届选举已完成";

    private final TimelineService timeline;

    public StepTracker(TimelineService timeline) {
        this.timeline = timeline;
    }

    public void started(DelegateExecution execution, String step) {
        describe(execution, timeline.started(townshipId(execution), Step.valueOf(step)));
    }

    public void completed(DelegateExecution execution, String step) {
        describe(execution, timeline.completed(townshipId(execution), Step.valueOf(step)));
    }

    /** Every step in progress, in words ({@code T3 选举产生党代会代表；T4 确定两委候选人预备人选}). */
    private static void describe(DelegateExecution execution, List<StepProgress> open) {
        describe(execution, open, p -> p.getStep().name() + " " + p.getStep().label(), ALL_DONE);
    }

    /**
     * What a person reads in Cockpit's variable list, of a township or a village: the steps in progress
     * ({@code currentStep}, in {@code words}, or {@code allDone} when none is open) and the earliest of
     * their deadlines ({@code currentDeadline}). A value that stays as it was is not written again: each write
     * would be one more variable update in the history.
     */
    public static <T extends TrackedStep> void describe(
            DelegateExecution execution, List<T> open, Function<T, String> words, String allDone) {
        setIfChanged(
                execution,
                "currentStep",
                open.isEmpty() ? allDone : open.stream().map(words).collect(Collectors.joining("；")));
        LocalDate earliest = open.stream()
                .map(TrackedStep::getDueDate)
                .filter(d -> d != null)
                .min(Comparator.naturalOrder())
                .orElse(null);
        setIfChanged(execution, "currentDeadline", earliest == null ? null : earliest.toString());
    }

    private static void setIfChanged(DelegateExecution execution, String name, String value) {
        if (!execution.hasVariable(name) || !Objects.equals(execution.getVariable(name), value)) {
            execution.setVariable(name, value);
        }
    }

    static long townshipId(DelegateExecution execution) {
        return ((Number) execution.getVariable("townshipId")).longValue();
    }
}
