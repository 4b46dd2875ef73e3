package cn.county.reelection.reporting;

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

  public BoardService(CampaignRepository campaigns, TownshipRepository townships, StepProgressRepository progress,
      DeadlineEventRepository events, Deadlines deadlines, TimelineService timeline) {
    this.campaigns = campaigns;
    this.townships = townships;
    this.progress = progress;
    this.events = events;
    this.deadlines = deadlines;
    this.timeline = timeline;
  }

  public Board board(long campaignId) {
    Campaign campaign = campaigns.findById(campaignId).orElseThrow(() -> ApiException.notFound("没有编号为%d的换届".formatted(campaignId)));
    Instant now = timeline.now();
    List<Township> rows = townships.findByCampaignIdOrderById(campaignId);
    Map<Long, Map<Step, StepProgress>> byTownship = progress.findByTownshipIdIn(rows.stream().map(Township::getId).toList())
        .stream().collect(Collectors.groupingBy(p -> p.getTownship().getId(), Collectors.toMap(StepProgress::getStep, p -> p)));
    List<Board.Row> boardRows = rows.stream().map(t -> {
      Map<Step, StepProgress> steps = byTownship.getOrDefault(t.getId(), Map.of());
      List<Board.Cell> cells = Arrays.stream(Step.values()).map(step -> cell(step, steps.get(step), now)).toList();
      long overdue = cells.stream().filter(c -> c.state() == StepState.OVERDUE).count();
      return new Board.Row(t.getCode(), t.getName(), t.getBusinessKey(), t.getProcessInstanceId(), overdue, cells);
    }).toList();
    List<Board.StepColumn> columns = Arrays.stream(Step.values()).map(s -> new Board.StepColumn(s.name(), s.label())).toList();
    return new Board(campaign.getId(), campaign.getCounty(), campaign.getYear(), now, columns, boardRows);
  }

  public List<Alert> alerts(long campaignId) {
    campaigns.findById(campaignId).orElseThrow(() -> ApiException.notFound("没有编号为%d的换届".formatted(campaignId)));
    return events.findByTownshipCampaignIdOrderByOccurredAt(campaignId).stream()
        .map(e -> new Alert(e.getId(), e.getTownship().getCode(), e.getTownship().getName(), e.getTownship().getBusinessKey(),
            e.getStep().name(), e.getKind().name(), e.getDueDate(), e.getOccurredAt(), e.getMessage()))
        .toList();
  }

  private Board.Cell cell(Step step, StepProgress p, Instant now) {
    if (p == null) {
      return new Board.Cell(step.name(), null, null, null, StepState.NOT_STARTED);
    }
    return new Board.Cell(step.name(), p.getDueDate(), p.getStartedAt(), p.getCompletedAt(),
        p.stateAt(now, deadlines.endOf(p.getDueDate())));
  }
}
