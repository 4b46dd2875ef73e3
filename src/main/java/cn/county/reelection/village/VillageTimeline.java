package cn.county.reelection.village;

import cn.county.reelection.timeline.DeadlineEvent;
import cn.county.reelection.timeline.Deadlines;
import cn.county.reelection.timeline.StepTracker;
import cn.county.reelection.timeline.TimelineService;
import cn.county.reelection.timeline.TrackedStep;
import cn.county.reelection.timeline.UnfilledSeats;
import cn.county.reelection.timeline.UnfilledSeatsRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * V9: when a village's steps start, finish and go overdue, on the engine clock and the township
 * timeline's calendar ({@link Deadlines#endOf}). In the BPMN: {@code ${villageStepTracker.started(execution, 'AUDIT')}}
 * on a step's start, {@code completed} on its end, and {@code ${markVillageOverdueDelegate}} behind each
 * deadline timer (the task stays open).
 */
@Service("villageStepTracker")
@Transactional
public class VillageTimeline {

    /** What Cockpit shows once the last step is done. */
    static final String ALL_DONE = "换届已完成";

    private final VillageStepProgressRepository progress;
    private final VillageRepository villages;
    private final Clock clock;
    private final TimelineService timeline;
    private final VillageDeadlineEventRepository events;
    private final Deadlines deadlines;
    private final UnfilledSeatsRepository unfilled;
    private final ApplicationEventPublisher publisher;

    public VillageTimeline(
            VillageStepProgressRepository progress,
            VillageRepository villages,
            Clock clock,
            TimelineService timeline,
            VillageDeadlineEventRepository events,
            Deadlines deadlines,
            UnfilledSeatsRepository unfilled,
            ApplicationEventPublisher publisher) {
        this.timeline = timeline;
        this.events = events;
        this.publisher = publisher;
        this.progress = progress;
        this.villages = villages;
        this.clock = clock;
        this.deadlines = deadlines;
        this.unfilled = unfilled;
    }

    public void started(DelegateExecution execution, String step) {
        long villageId = villageId(execution);
        List<VillageStepProgress> rows = rows(villageId);
        row(rows, villageId, VillageStep.valueOf(step)).start(clock.instant());
        describe(execution, rows);
    }

    public void completed(DelegateExecution execution, String step) {
        VillageStep done = VillageStep.valueOf(step);
        long villageId = villageId(execution);
        List<VillageStepProgress> rows = rows(villageId);
        VillageStepProgress row = row(rows, villageId, done);
        row.setCompletedAt(clock.instant());
        publisher.publishEvent(new VillageStepCompleted(row.getVillage(), done, LocalDate.now(clock)));
        describe(execution, rows);
    }

    /**
     * What a person reads in Cockpit's variable list: every step in progress in words
     * ({@code 民主测评上届两委成员；召开选举工作动员会}) and the earliest of their deadlines.
     */
    private static void describe(DelegateExecution execution, List<VillageStepProgress> rows) {
        List<VillageStepProgress> open = TrackedStep.open(rows, Comparator.comparing(VillageStepProgress::getStep));
        StepTracker.describe(execution, open, p -> p.getStep().label(), ALL_DONE);
    }

    /** The deadline timer fired while the step was open: flag it, once, and notify the county, as a township's. */
    public void overdue(long villageId, VillageStep step) {
        VillageStepProgress row = row(villageId, step);
        Village village = row.getVillage();
        timeline.overdue(
                row, village.getCampaign().getTownshipName() + village.getName(), step.label(), (at, notice) -> {
                    events.save(new VillageDeadlineEvent(
                            village, step, DeadlineEvent.Kind.OVERDUE, row.getDueDate(), at, notice));
                    publisher.publishEvent(new VillageStepOverdue(village, step, row.getDueDate()));
                });
    }

    /**
     * A race of the village's step ended with seats still vacant (V4, after its 另行选举): until
     * {@link #unfilledResolved} the step shows {@code ACTION_NEEDED} on the township's village board,
     * as on the county's board (timeline/TimelineService#seatsUnfilled). The same race reported again
     * while open replaces its count.
     *
     * @param raceLabel the race in Chinese, e.g. 村民委员会委员
     * @param at when the race ended; null for now
     */
    public void seatsUnfilled(long villageId, VillageStep step, String raceLabel, int seatsUnfilled, Instant at) {
        if (seatsUnfilled < 1 || raceLabel == null || raceLabel.isBlank()) {
            throw new IllegalArgumentException("a race label and at least one unfilled seat are required");
        }
        Village village =
                villages.findById(villageId).orElseThrow(() -> new IllegalArgumentException("no village " + villageId));
        String message = ("%s%s「%s」选举结束后仍有%d个名额空缺（%s）。下一步：由乡镇党委指导决定另行选举或在以后的会议上补选；" + "决定之前，看板上该步骤显示为“需处理”。")
                .formatted(
                        village.getCampaign().getTownshipName(),
                        village.getName(),
                        raceLabel,
                        seatsUnfilled,
                        step.label());
        Instant when = at != null ? at : clock.instant();
        unfilled.findByVillageIdAndStepAndResolvedAtIsNull(villageId, step.name()).stream()
                .filter(u -> u.getRace().equals(raceLabel))
                .findFirst()
                .ifPresentOrElse(open -> open.recount(seatsUnfilled, message), () -> {
                    unfilled.save(
                            UnfilledSeats.ofVillage(villageId, step.name(), raceLabel, seatsUnfilled, message, when));
                    publisher.publishEvent(new VillageSeatsLeftUnfilled(village, message));
                });
    }

    /** The vacant seats of the village's step are decided on: the board shows the step's deadline state again. */
    public void unfilledResolved(long villageId, VillageStep step, Instant at) {
        Instant when = at != null ? at : clock.instant();
        unfilled.findByVillageIdAndStepAndResolvedAtIsNull(villageId, step.name())
                .forEach(u -> u.resolve(when));
    }

    public boolean isLate(VillageStepProgress row) {
        Instant done = row.getCompletedAt();
        return done != null && done.isAfter(deadlines.endOf(row.getDueDate()));
    }

    static long villageId(DelegateExecution execution) {
        return ((Number) execution.getVariable("villageId")).longValue();
    }

    private VillageStepProgress row(long villageId, VillageStep step) {
        return progress.findByVillageIdAndStep(villageId, step).orElseGet(() -> newRow(villageId, step));
    }

    /** Every step row of the village, read in one query, to be looked up and added to. */
    private List<VillageStepProgress> rows(long villageId) {
        return new ArrayList<>(progress.findByVillageId(villageId));
    }

    private VillageStepProgress row(List<VillageStepProgress> rows, long villageId, VillageStep step) {
        return TrackedStep.find(rows, row -> row.getStep() == step, () -> newRow(villageId, step));
    }

    private VillageStepProgress newRow(long villageId, VillageStep step) {
        Village village = villages.getReferenceById(villageId);
        return progress.save(new VillageStepProgress(
                village, step, village.getCampaign().getDeadlines().get(step)));
    }
}
