package cn.county.reelection.reporting;

import cn.county.reelection.calendar.CampaignCalendars;
import cn.county.reelection.calendar.WorkingCalendar;
import cn.county.reelection.campaign.Campaign;
import cn.county.reelection.campaign.CampaignRepository;
import cn.county.reelection.campaign.Township;
import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.timeline.DeadlineEventRepository;
import cn.county.reelection.timeline.Deadlines;
import cn.county.reelection.timeline.Step;
import cn.county.reelection.timeline.StepProgress;
import cn.county.reelection.timeline.StepProgressRepository;
import cn.county.reelection.timeline.StepState;
import cn.county.reelection.timeline.TimelineService;
import cn.county.reelection.web.ApiException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
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
  private final Deadlines deadlines;
  private final TimelineService timeline;
  private final cn.county.reelection.security.ApiAccess access;
  private final CampaignCalendars calendars;

  public BoardService(cn.county.reelection.security.ApiAccess access, CampaignRepository campaigns, TownshipRepository townships, StepProgressRepository progress,
      DeadlineEventRepository events, Deadlines deadlines, TimelineService timeline, CampaignCalendars calendars) {
    this.calendars = calendars;
    this.campaigns = campaigns;
    this.townships = townships;
    this.progress = progress;
    this.events = events;
    this.deadlines = deadlines;
    this.timeline = timeline;
    this.access = access;
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
    Campaign campaign = campaigns.findById(campaignId).orElseThrow(() -> ApiException.notFound("没有编号为%d的换届".formatted(campaignId)));
    Instant now = timeline.now();
    LocalDate today = deadlines.dayOf(now);
    WorkingCalendar calendar = calendars.of(campaign);
    List<Township> rows = visible(campaign, townshipCode, checked);
    Map<Long, Map<Step, StepProgress>> byTownship = progress.findByTownshipIdIn(rows.stream().map(Township::getId).toList())
        .stream().collect(Collectors.groupingBy(p -> p.getTownship().getId(), Collectors.toMap(StepProgress::getStep, p -> p)));
    List<Board.Row> boardRows = rows.stream().map(t -> {
      Map<Step, StepProgress> steps = byTownship.getOrDefault(t.getId(), Map.of());
      List<Board.Cell> cells = Arrays.stream(Step.values()).map(step -> cell(step, steps.get(step), now, today, calendar)).toList();
      long overdue = cells.stream().filter(c -> c.state() == StepState.OVERDUE || c.state() == StepState.DONE_LATE).count();
      return new Board.Row(t.getCode(), t.getName(), t.getBusinessKey(), t.getProcessInstanceId(), overdue, cells);
    }).toList();
    List<Board.StepColumn> columns = Arrays.stream(Step.values()).map(s -> new Board.StepColumn(s.name(), s.label())).toList();
    return new Board(campaign.getId(), campaign.getCounty(), campaign.getYear(), now, columns, boardRows);
  }

  public List<Alert> alertsForCurrentUser(long campaignId) {
    Campaign campaign = campaigns.findById(campaignId).orElseThrow(() -> ApiException.notFound("没有编号为%d的换届".formatted(campaignId)));
    java.util.Set<Long> allowed = visible(campaign, null, true).stream().map(Township::getId).collect(Collectors.toSet());
    return events.findByTownshipCampaignIdOrderByOccurredAt(campaignId).stream()
        .filter(e -> allowed.contains(e.getTownship().getId()))
        .map(e -> new Alert(e.getId(), e.getTownship().getCode(), e.getTownship().getName(), e.getTownship().getBusinessKey(),
            e.getStep().name(), e.getKind().name(), e.getDueDate(), e.getOccurredAt(), e.getMessage()))
        .toList();
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
    List<Township> mine = rows.stream().filter(t -> access.canSee(campaign, t)).toList();
    if (mine.isEmpty()) {
      throw cn.county.reelection.security.ApiAccess.forbidden("无权查看这次换届的进度");
    }
    return mine;
  }

  private Board.Cell cell(Step step, StepProgress p, Instant now, LocalDate today, WorkingCalendar calendar) {
    if (p == null) {
      return new Board.Cell(step.name(), null, null, null, StepState.NOT_STARTED);
    }
    return new Board.Cell(step.name(), p.getDueDate(), p.getStartedAt(), p.getCompletedAt(),
        p.stateAt(now, deadlines.endOf(p.getDueDate()), today, calendar));
  }
}
