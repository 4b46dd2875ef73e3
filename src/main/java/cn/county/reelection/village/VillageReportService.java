package cn.county.reelection.village;

import cn.county.reelection.reporting.Board;
import cn.county.reelection.security.ApiAccess;
import cn.county.reelection.timeline.Deadlines;
import cn.county.reelection.timeline.StepState;
import cn.county.reelection.timeline.UnfilledSeats;
import cn.county.reelection.timeline.UnfilledSeatsRepository;
import cn.county.reelection.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The township's view of its village campaign: the deadline board (V9) and the outcome summary (V8). */
@Service
@Transactional(readOnly = true)
public class VillageReportService {

    /** V8 for one village: its outcome with the figures the township reads. */
    public record OutcomeView(
            String code,
            String name,
            Variant variant,
            String businessKey,
            VillageOutcome outcome,
            boolean secretaryChairs,
            long women,
            int overlap,
            int representativesExpected) {}

    /** {@code GET /api/village-campaigns/{id}/summary}. */
    public record Summary(
            Long campaignId,
            String townshipCode,
            String townshipName,
            int year,
            int reported,
            List<String> notYetReported,
            TownshipSummary summary,
            List<OutcomeView> villages) {}

    private final VillageCampaignRepository campaigns;
    private final VillageStepProgressRepository progress;
    private final VillageElectionService elections;
    private final Clock clock;
    private final Deadlines deadlines;
    private final ApiAccess access;
    private final UnfilledSeatsRepository unfilled;

    public VillageReportService(
            VillageCampaignRepository campaigns,
            VillageStepProgressRepository progress,
            VillageElectionService elections,
            Clock clock,
            Deadlines deadlines,
            ApiAccess access,
            UnfilledSeatsRepository unfilled) {
        this.unfilled = unfilled;
        this.campaigns = campaigns;
        this.progress = progress;
        this.elections = elections;
        this.clock = clock;
        this.deadlines = deadlines;
        this.access = access;
    }

    public VillageCampaign campaign(long id) {
        return campaigns.findById(id).orElseThrow(() -> ApiException.notFound("没有编号为%d的村（社区）换届".formatted(id)));
    }

    /** The township (or county) sees every village; a village sees its own row. */
    List<Village> visible(VillageCampaign c, boolean checked) {
        if (!checked) {
            return c.getVillages();
        }
        List<Village> rows = c.getVillages().stream()
                .filter(v -> access.canSeeVillage(c.getCountyCode(), c.getTownshipCode(), v.getCode()))
                .toList();
        if (rows.isEmpty()) {
            throw ApiAccess.forbidden("无权查看%s的村（社区）换届".formatted(c.getTownshipName()));
        }
        return rows;
    }

    /** V9: every village × step, in the township board's shape (reporting/Board, CONTRACT.md states). */
    public Board board(long campaignId, boolean checked) {
        VillageCampaign c = campaign(campaignId);
        Instant now = clock.instant();
        List<Village> rows = visible(c, checked);
        Map<Long, Map<VillageStep, VillageStepProgress>> byVillage =
                progress.findByVillageIdIn(rows.stream().map(Village::getId).toList()).stream()
                        .collect(Collectors.groupingBy(
                                p -> p.getVillage().getId(), Collectors.toMap(VillageStepProgress::getStep, p -> p)));
        Map<Long, Map<String, List<UnfilledSeats>>> vacancies =
                unfilled
                        .findByVillageIdInAndResolvedAtIsNull(
                                rows.stream().map(Village::getId).toList())
                        .stream()
                        .collect(Collectors.groupingBy(
                                UnfilledSeats::getVillageId, Collectors.groupingBy(UnfilledSeats::getStep)));
        List<Board.Row> boardRows = rows.stream()
                .map(v -> {
                    Map<VillageStep, VillageStepProgress> steps = byVillage.getOrDefault(v.getId(), Map.of());
                    Map<String, List<UnfilledSeats>> open = vacancies.getOrDefault(v.getId(), Map.of());
                    List<Board.Cell> cells = Arrays.stream(VillageStep.values())
                            .map(step -> {
                                VillageStepProgress p = steps.get(step);
                                Board.Cell cell = p == null
                                        ? new Board.Cell(
                                                step.name(),
                                                c.getDeadlines().get(step),
                                                null,
                                                null,
                                                StepState.NOT_STARTED)
                                        : new Board.Cell(
                                                step.name(),
                                                p.getDueDate(),
                                                p.getStartedAt(),
                                                p.getCompletedAt(),
                                                p.stateAt(now, deadlines.endOf(p.getDueDate())));
                                List<UnfilledSeats> races = open.getOrDefault(step.name(), List.of());
                                if (races.isEmpty()) {
                                    return cell;
                                }
                                // as on the county's board: seats left unfilled win over the deadline state until
                                // decided on
                                return new Board.Cell(
                                        cell.step(),
                                        cell.dueDate(),
                                        cell.startedAt(),
                                        cell.completedAt(),
                                        StepState.ACTION_NEEDED,
                                        cell.state(),
                                        races.stream()
                                                .map(u -> new Board.Vacancy(
                                                        null, null, u.getRace(), u.getSeats(), u.getReportedAt()))
                                                .toList());
                            })
                            .toList();
                    long overdue = cells.stream()
                            .filter(cell -> cell.byDeadline() == StepState.OVERDUE)
                            .count();
                    long actionNeeded = cells.stream()
                            .filter(cell -> cell.state() == StepState.ACTION_NEEDED)
                            .count();
                    return new Board.Row(
                            v.getCode(),
                            v.getName(),
                            v.getBusinessKey(),
                            v.getProcessInstanceId(),
                            overdue,
                            actionNeeded,
                            cells,
                            List.of());
                })
                .toList();
        List<Board.StepColumn> columns = Arrays.stream(VillageStep.values())
                .map(s -> new Board.StepColumn(s.name(), s.label()))
                .toList();
        return new Board(c.getId(), c.getTownshipName(), c.getYear(), now, columns, boardRows);
    }

    /** V8: the township's summary over the villages that have reported their outcome. */
    public Summary summary(long campaignId, boolean checked) {
        VillageCampaign c = campaign(campaignId);
        List<Village> rows = visible(c, checked);
        List<OutcomeView> views = rows.stream()
                .filter(v -> v.getOutcomeJson() != null)
                .map(v -> view(v, elections.readOutcome(v)))
                .toList();
        List<String> missing = rows.stream()
                .filter(v -> v.getOutcomeJson() == null)
                .map(Village::getName)
                .toList();
        return new Summary(
                c.getId(),
                c.getTownshipCode(),
                c.getTownshipName(),
                c.getYear(),
                views.size(),
                missing,
                TownshipSummary.of(views.stream().map(OutcomeView::outcome).toList()),
                views);
    }

    static OutcomeView view(Village v, VillageOutcome o) {
        return new OutcomeView(
                v.getCode(),
                v.getName(),
                v.getVariant(),
                v.getBusinessKey(),
                o,
                o.secretaryChairs(),
                o.women(),
                o.overlap(),
                o.representativesExpected());
    }
}
