package cn.county.reelection.timeline;

import cn.county.reelection.campaign.Step;
import cn.county.reelection.campaign.Township;
import cn.county.reelection.campaign.TownshipRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records when a township's steps start, finish and go overdue, and races left with seats unfilled (DOMAIN.md T1–T9). */
@Service
@Transactional
public class TimelineService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final StepProgressRepository progress;
    private final DeadlineEventRepository events;
    private final TownshipRepository townships;
    private final Deadlines deadlines;
    private final UnfilledSeatsRepository unfilled;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    public TimelineService(
            StepProgressRepository progress,
            DeadlineEventRepository events,
            TownshipRepository townships,
            Deadlines deadlines,
            UnfilledSeatsRepository unfilled,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
        this.progress = progress;
        this.events = events;
        this.townships = townships;
        this.deadlines = deadlines;
        this.unfilled = unfilled;
    }

    /**
     * Marks the step started (once); answers the township's steps then in progress, read with the step's row in
     * one query.
     */
    public List<StepProgress> started(long townshipId, Step step) {
        List<StepProgress> rows = rows(townshipId);
        row(rows, townshipId, step).start(clock.instant());
        return open(rows);
    }

    /**
     * Marks the step done; after its deadline it is recorded as done late and the county told. Answers the
     * township's steps still in progress.
     */
    public List<StepProgress> completed(long townshipId, Step step) {
        List<StepProgress> rows = rows(townshipId);
        StepProgress row = row(rows, townshipId, step);
        Instant now = clock.instant();
        row.setCompletedAt(now);
        publisher.publishEvent(new StepCompleted(row.getTownship(), step, deadlines.dayOf(now)));
        if (row.stateAt(now, deadlines.endOf(row.getDueDate())) == StepState.DONE_LATE) {
            Township township = row.getTownship();
            events.save(new DeadlineEvent(
                    township,
                    step,
                    DeadlineEvent.Kind.DONE_LATE,
                    row.getDueDate(),
                    now,
                    "%s「%s」已于%s逾期完成（期限%s）"
                            .formatted(
                                    township.getName(),
                                    step.label(),
                                    DAY.format(deadlines.dayOf(now)),
                                    DAY.format(row.getDueDate()))));
        }
        return open(rows);
    }

    /** The deadline timer fired while the step was still open: flag it and notify the county. */
    public void overdue(long townshipId, Step step) {
        StepProgress row = row(townshipId, step);
        Township township = row.getTownship();
        overdue(row, township.getName(), step.label(), (at, notice) -> {
            events.save(new DeadlineEvent(township, step, DeadlineEvent.Kind.OVERDUE, row.getDueDate(), at, notice));
            publisher.publishEvent(new StepOverdue(township, step, row.getDueDate()));
        });
    }

    /**
     * The deadline timer of a township's or a village's step fired (T1–T9, V9): flags the step overdue
     * when it is still open, not flagged yet (one notice per step) and late on its own clock (the
     * township's stops while the county holds its work, R14), then hands the county's notice to
     * {@code record}, which keeps it as a deadline event and tells whom it concerns.
     *
     * @param subject who is late, in words (乡镇, or 乡镇 and village)
     */
    public void overdue(TrackedStep row, String subject, String stepLabel, BiConsumer<Instant, String> record) {
        Instant now = clock.instant();
        if (row.markOverdue(now, deadlines.endOf(row.getDueDate()))) {
            record.accept(now, "%s「%s」已超过期限%s仍未完成".formatted(subject, stepLabel, DAY.format(row.getDueDate())));
        }
    }

    /**
     * A race of the township's step ended with seats still vacant (R6 after its further ballots, R8
     * amended, a T3 delegate race): the county is told ({@code UNFILLED_SEATS} in the alerts, naming what
     * comes next), and until {@link #unfilledResolved} the step shows {@link StepState#ACTION_NEEDED} on the board.
     * Reporting the same race of the same organisation again while it is open replaces its count.
     *
     * @param organisationCode the organisation of a T3 delegate race, null for the township's own races
     * @param raceLabel the race in Chinese, e.g. 党委委员 (the process's {@code RaceName.label(race)})
     * @param at when the race ended; null for now
     */
    public void seatsUnfilled(
            long townshipId, Step step, String organisationCode, String raceLabel, int seatsUnfilled, Instant at) {
        if (seatsUnfilled < 1) {
            throw new IllegalArgumentException("seatsUnfilled must be at least 1: " + seatsUnfilled);
        }
        if (raceLabel == null || raceLabel.isBlank()) {
            throw new IllegalArgumentException("raceLabel is required");
        }
        Township township = townships
                .findById(townshipId)
                .orElseThrow(() -> new IllegalArgumentException("no township " + townshipId));
        String organisation = organisationCode == null
                ? ""
                : township.getOrganisations().stream()
                        .filter(o -> o.getCode().equals(organisationCode))
                        .map(o -> o.getName())
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(
                                "no organisation %s in %s".formatted(organisationCode, township.getCode())));
        String message = "%s%s「%s」选举结束后仍有%d个名额空缺（%s %s）。下一步：%s；处理之前，看板上该步骤显示为“需处理”。"
                .formatted(
                        township.getName(),
                        organisation,
                        raceLabel,
                        seatsUnfilled,
                        step.name(),
                        step.label(),
                        nextForUnfilled(step, organisationCode));
        Instant when = at != null ? at : clock.instant();
        unfilled.findByTownshipIdAndStepAndResolvedAtIsNull(townshipId, step.name()).stream()
                .filter(u -> Objects.equals(u.getOrganisationCode(), organisationCode)
                        && u.getRace().equals(raceLabel))
                .findFirst()
                .ifPresentOrElse(open -> open.recount(seatsUnfilled, message), () -> {
                    unfilled.save(UnfilledSeats.ofTownship(
                            townshipId, step, organisationCode, raceLabel, seatsUnfilled, message, when));
                    publisher.publishEvent(new SeatsLeftUnfilled(township, message));
                });
    }

    /** Who decides what after a race left seats unfilled, as the process has it (R3, R6, R8 amended). */
    private static String nextForUnfilled(Step step, String organisationCode) {
        if (step == Step.T3 && organisationCode != null) {
            return "乡党委书记决定重新组织该党组织的代表选举，或保留缺额并写明理由";
        }
        if (step == Step.T7) {
            return "乡党委书记写明缺额的处理意见并报告县委组织部，大会继续进行";
        }
        return "由县委组织部决定提出新的候选人另行选举，或在以后的会议上补选";
    }

    /**
     * The vacant seats of the step are decided on (or a further election filled them): every open
     * report of that step and organisation is resolved, and the board shows the step's deadline state again.
     * Nothing open is no error (a retried call changes nothing).
     */
    public void unfilledResolved(long townshipId, Step step, String organisationCode, Instant at) {
        resolve(townshipId, step, organisationCode, null, at);
    }

    /** As {@link #unfilledResolved(long, Step, String, Instant)}, for one race of the step only. */
    public void unfilledResolved(long townshipId, Step step, String organisationCode, String raceLabel, Instant at) {
        resolve(townshipId, step, organisationCode, raceLabel, at);
    }

    private void resolve(long townshipId, Step step, String organisationCode, String raceLabel, Instant at) {
        Instant when = at != null ? at : clock.instant();
        unfilled.findByTownshipIdAndStepAndResolvedAtIsNull(townshipId, step.name()).stream()
                .filter(u -> Objects.equals(u.getOrganisationCode(), organisationCode))
                .filter(u -> raceLabel == null || u.getRace().equals(raceLabel))
                .forEach(u -> u.resolve(when));
    }

    /** The township's steps started and not yet done, in order (T3 and T4 run side by side). */
    private static List<StepProgress> open(List<StepProgress> rows) {
        return TrackedStep.open(rows, Comparator.comparing(StepProgress::getStep));
    }

    /**
     * R14: the township submitted, and the county now holds the step's work until it decides, due by
     * the end of {@code countyDue}; the township's clock stops meanwhile.
     */
    public void countyReceived(long townshipId, Step step, LocalDate countyDue) {
        row(townshipId, step).countyReceived(clock.instant(), countyDue);
    }

    /**
     * R14: the county's task of the step ended (decided, or withdrawn with its scope). A decision after
     * the county's due date is recorded as the county's delay ({@code COUNTY_LATE}), never the township's.
     */
    public void countyReleased(long townshipId, Step step, boolean decided) {
        StepProgress row = row(townshipId, step);
        Instant now = clock.instant();
        LocalDate countyDue = row.getCountyDueDate();
        boolean late = row.countyReleased(now, countyDue == null ? null : deadlines.endOf(countyDue));
        if (late && decided) {
            Township township = row.getTownship();
            events.save(new DeadlineEvent(
                    township,
                    step,
                    DeadlineEvent.Kind.COUNTY_LATE,
                    countyDue,
                    now,
                    "县委组织部对%s「%s」的审批于%s作出，超过应办期限%s（提交后3个工作日）；此为县委组织部的延误，不计入乡镇"
                            .formatted(
                                    township.getName(),
                                    step.label(),
                                    DAY.format(deadlines.dayOf(now)),
                                    DAY.format(countyDue))));
        }
    }

    public void reschedule(long townshipId, Step step, LocalDate dueDate) {
        row(townshipId, step).setDueDate(dueDate);
    }

    private StepProgress row(long townshipId, Step step) {
        return progress.findByTownshipIdAndStep(townshipId, step).orElseGet(() -> newRow(townshipId, step));
    }

    /** Every step row of the township, to be looked up and added to ({@link #row(List, long, Step)}). */
    private List<StepProgress> rows(long townshipId) {
        return new ArrayList<>(progress.findByTownshipId(townshipId));
    }

    private StepProgress row(List<StepProgress> rows, long townshipId, Step step) {
        return TrackedStep.find(rows, row -> row.getStep() == step, () -> newRow(townshipId, step));
    }

    private StepProgress newRow(long townshipId, Step step) {
        Township township = townships.getReferenceById(townshipId);
        return progress.save(new StepProgress(
                township, step, township.getCampaign().getDeadlines().get(step)));
    }
}
