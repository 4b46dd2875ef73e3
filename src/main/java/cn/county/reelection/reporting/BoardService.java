package cn.county.reelection.reporting;

import cn.county.reelection.calendar.CampaignCalendars;
import cn.county.reelection.calendar.WorkingCalendar;
import cn.county.reelection.campaign.Campaign;
import cn.county.reelection.campaign.CampaignRepository;
import cn.county.reelection.campaign.Organisation;
import cn.county.reelection.campaign.Step;
import cn.county.reelection.campaign.Township;
import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.security.ApiAccess;
import cn.county.reelection.timeline.DeadlineEventRepository;
import cn.county.reelection.timeline.Deadlines;
import cn.county.reelection.timeline.StepProgress;
import cn.county.reelection.timeline.StepProgressRepository;
import cn.county.reelection.timeline.StepState;
import cn.county.reelection.timeline.UnfilledSeats;
import cn.county.reelection.timeline.UnfilledSeatsRepository;
import cn.county.reelection.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The county's deadline board, read from the project's tables (not from process variables). */
@Service
@Transactional(readOnly = true)
public class BoardService {

    private final CampaignRepository campaigns;
    private final TownshipRepository townships;
    private final StepProgressRepository progress;
    private final DeadlineEventRepository events;
    private final UnfilledSeatsRepository unfilled;
    private final Deadlines deadlines;
    private final Clock clock;
    private final ApiAccess access;
    private final CampaignCalendars calendars;
    private final BoardLinks links;

    static final String UNFILLED_SEATS = "UNFILLED_SEATS";
    static final String UNFILLED_RESOLVED = "UNFILLED_RESOLVED";

    public BoardService(
            ApiAccess access,
            CampaignRepository campaigns,
            TownshipRepository townships,
            StepProgressRepository progress,
            DeadlineEventRepository events,
            UnfilledSeatsRepository unfilled,
            Deadlines deadlines,
            Clock clock,
            CampaignCalendars calendars,
            BoardLinks links) {
        this.calendars = calendars;
        this.campaigns = campaigns;
        this.townships = townships;
        this.progress = progress;
        this.events = events;
        this.unfilled = unfilled;
        this.deadlines = deadlines;
        this.clock = clock;
        this.access = access;
        this.links = links;
    }

    /** The whole board, for tests and internal use. */
    public Board board(long campaignId) {
        return board(campaignId, null, false);
    }

    /**
     * The board as the current user may see it: the county every township, a township's people
     * their own row; asking for a township one may not see is refused (403).
     */
    public Board boardForCurrentUser(long campaignId, String townshipCode) {
        return board(campaignId, townshipCode, true);
    }

    private Board board(long campaignId, String townshipCode, boolean checked) {
        Campaign campaign = campaigns
                .findById(campaignId)
                .orElseThrow(() -> ApiException.notFound("没有编号为%d的换届".formatted(campaignId)));
        Instant now = clock.instant();
        LocalDate today = deadlines.dayOf(now);
        WorkingCalendar calendar = calendars.of(campaign);
        List<Township> rows = visible(campaign, townshipCode, checked);
        List<Long> ids = rows.stream().map(Township::getId).toList();
        Map<Long, Map<Step, StepProgress>> byTownship = progress.findByTownshipIdIn(ids).stream()
                .collect(Collectors.groupingBy(
                        p -> p.getTownship().getId(), Collectors.toMap(StepProgress::getStep, p -> p)));
        Map<Long, Map<String, List<UnfilledSeats>>> vacancies =
                unfilled.findByTownshipIdInAndResolvedAtIsNull(ids).stream()
                        .collect(Collectors.groupingBy(
                                UnfilledSeats::getTownshipId, Collectors.groupingBy(UnfilledSeats::getStep)));
        BoardLinks.Apps apps = checked ? links.forCurrentUser() : BoardLinks.Apps.NONE;
        List<Board.Row> boardRows = rows.stream()
                .map(t -> {
                    Map<Step, StepProgress> steps = byTownship.getOrDefault(t.getId(), Map.of());
                    Map<String, List<UnfilledSeats>> open = vacancies.getOrDefault(t.getId(), Map.of());
                    List<Board.Cell> cells = Arrays.stream(Step.values())
                            .map(step -> cell(
                                    t,
                                    step,
                                    steps.get(step),
                                    open.getOrDefault(step.name(), List.of()),
                                    now,
                                    today,
                                    calendar))
                            .toList();
                    long overdue = cells.stream()
                            .filter(c -> c.byDeadline() == StepState.OVERDUE || c.byDeadline() == StepState.DONE_LATE)
                            .count();
                    long actionNeeded = cells.stream()
                            .filter(c -> c.state() == StepState.ACTION_NEEDED)
                            .count();
                    return new Board.Row(
                            t.getCode(),
                            t.getName(),
                            t.getBusinessKey(),
                            t.getProcessInstanceId(),
                            overdue,
                            actionNeeded,
                            cells,
                            links.links(apps, t.getBusinessKey(), t.getProcessInstanceId()));
                })
                .toList();
        List<Board.StepColumn> columns = Arrays.stream(Step.values())
                .map(s -> new Board.StepColumn(s.name(), s.label()))
                .toList();
        return new Board(campaign.getId(), campaign.getCounty(), campaign.getYear(), now, columns, boardRows);
    }

    /**
     * The county's notices, oldest first: steps gone overdue and finished late, county decisions after the
     * county's own window ({@code COUNTY_LATE}, R14), races left with seats
     * unfilled ({@code UNFILLED_SEATS}) and, once the county has decided, their resolution
     * ({@code UNFILLED_RESOLVED}). An alert's id is its record's, unique within its kind's family.
     */
    public List<Alert> alertsForCurrentUser(long campaignId) {
        Campaign campaign = campaigns
                .findById(campaignId)
                .orElseThrow(() -> ApiException.notFound("没有编号为%d的换届".formatted(campaignId)));
        Map<Long, Township> allowed =
                visible(campaign, null, true).stream().collect(Collectors.toMap(Township::getId, t -> t));
        List<Alert> alerts = new ArrayList<>();
        events.findByTownshipCampaignIdOrderByOccurredAt(campaignId).stream()
                .filter(e -> allowed.containsKey(e.getTownship().getId()))
                .map(e -> new Alert(
                        e.getId(),
                        e.getTownship().getCode(),
                        e.getTownship().getName(),
                        e.getTownship().getBusinessKey(),
                        e.getStep().name(),
                        e.getKind().name(),
                        e.getDueDate(),
                        e.getOccurredAt(),
                        e.getMessage()))
                .forEach(alerts::add);
        Map<Long, Map<Step, LocalDate>> due = progress.findByTownshipIdIn(allowed.keySet()).stream()
                .collect(Collectors.groupingBy(
                        p -> p.getTownship().getId(),
                        Collectors.toMap(StepProgress::getStep, StepProgress::getDueDate)));
        for (UnfilledSeats u : unfilled.findByTownshipIdInOrderByReportedAt(allowed.keySet())) {
            Township t = allowed.get(u.getTownshipId());
            Step step = Step.valueOf(u.getStep());
            LocalDate dueDate = due.getOrDefault(t.getId(), Map.of())
                    .getOrDefault(step, campaign.getDeadlines().get(step));
            alerts.add(new Alert(
                    u.getId(),
                    t.getCode(),
                    t.getName(),
                    t.getBusinessKey(),
                    u.getStep(),
                    UNFILLED_SEATS,
                    dueDate,
                    u.getReportedAt(),
                    u.getMessage()));
            if (!u.isOpen()) {
                alerts.add(new Alert(
                        u.getId(),
                        t.getCode(),
                        t.getName(),
                        t.getBusinessKey(),
                        u.getStep(),
                        UNFILLED_RESOLVED,
                        dueDate,
                        u.getResolvedAt(),
                        "%s%s「%s」的%d个空缺名额已处理，看板上该步骤恢复按期限显示。"
                                .formatted(
                                        t.getName(),
                                        organisationName(t, u.getOrganisationCode()),
                                        u.getRace(),
                                        u.getSeats())));
            }
        }
        alerts.sort(Comparator.comparing(Alert::occurredAt));
        return alerts;
    }

    private List<Township> visible(Campaign campaign, String townshipCode, boolean checked) {
        List<Township> rows = townships.findByCampaignIdOrderById(campaign.getId());
        if (townshipCode != null) {
            rows = rows.stream().filter(t -> t.getCode().equals(townshipCode)).toList();
            if (rows.isEmpty()) {
                throw ApiException.notFound("这次换届没有代码为%s的乡镇".formatted(townshipCode));
            }
            if (checked) {
                access.requireSee(campaign, rows.get(0));
            }
            return rows;
        }
        if (!checked) {
            return rows;
        }
        List<Township> mine =
                rows.stream().filter(t -> access.canSee(campaign, t)).toList();
        if (mine.isEmpty()) {
            throw ApiAccess.forbidden("无权查看这次换届的进度");
        }
        return mine;
    }

    private Board.Cell cell(
            Township township,
            Step step,
            StepProgress p,
            List<UnfilledSeats> open,
            Instant now,
            LocalDate today,
            WorkingCalendar calendar) {
        StepState byDeadline =
                p == null ? StepState.NOT_STARTED : p.stateAt(now, deadlines.endOf(p.getDueDate()), today, calendar);
        LocalDate dueDate = p == null ? null : p.getDueDate();
        Instant startedAt = p == null ? null : p.getStartedAt();
        Instant completedAt = p == null ? null : p.getCompletedAt();
        String countyDelay = p != null
                        && p.countyLate(
                                now, p.getCountyDueDate() == null ? null : deadlines.endOf(p.getCountyDueDate()))
                ? Board.Cell.COUNTY_LATE
                : null;
        if (open.isEmpty()) {
            return new Board.Cell(
                    step.name(), dueDate, startedAt, completedAt, byDeadline, null, List.of(), countyDelay);
        }
        List<Board.Vacancy> vacancies = open.stream()
                .sorted(Comparator.comparing(UnfilledSeats::getReportedAt))
                .map(u -> new Board.Vacancy(
                        u.getOrganisationCode(),
                        u.getOrganisationCode() == null ? null : organisationName(township, u.getOrganisationCode()),
                        u.getRace(),
                        u.getSeats(),
                        u.getReportedAt()))
                .toList();
        return new Board.Cell(
                step.name(),
                dueDate,
                startedAt,
                completedAt,
                StepState.ACTION_NEEDED,
                byDeadline,
                vacancies,
                countyDelay);
    }

    private static String organisationName(Township township, String organisationCode) {
        if (organisationCode == null) {
            return "";
        }
        return township.getOrganisations().stream()
                .filter(o -> o.getCode().equals(organisationCode))
                .map(Organisation::getName)
                .findFirst()
                .orElse(organisationCode);
    }
}
