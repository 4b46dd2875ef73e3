package cn.county.reelection.audit;

import cn.county.reelection.campaign.Township;
import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.congress.RaceRecord;
import cn.county.reelection.congress.RaceRecordRepository;
import cn.county.reelection.security.ApiAccess;
import cn.county.reelection.timeline.DeadlineEvent;
import cn.county.reelection.timeline.DeadlineEventRepository;
import cn.county.reelection.web.ApiException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R11: every decision of a township — approvals and returns, results, late and overdue steps, and
 * who completed each task — from the project's tables and Camunda's history, oldest first.
 */
@Service
@Transactional(readOnly = true)
public class TownshipHistoryService {

  private final TownshipRepository townships;
  private final DecisionRepository decisions;
  private final RaceRecordRepository races;
  private final DeadlineEventRepository deadlines;
  private final HistoryService history;
  private final IdentityService identity;
  private final ApiAccess access;

  public TownshipHistoryService(TownshipRepository townships, DecisionRepository decisions, RaceRecordRepository races,
      DeadlineEventRepository deadlines, HistoryService history, IdentityService identity, ApiAccess access) {
    this.townships = townships;
    this.decisions = decisions;
    this.races = races;
    this.deadlines = deadlines;
    this.history = history;
    this.identity = identity;
    this.access = access;
  }

  public List<HistoryEntry> historyForCurrentUser(String businessKey) {
    Township township = townships.findByBusinessKey(businessKey)
        .orElseThrow(() -> ApiException.notFound("没有业务键为%s的乡镇".formatted(businessKey)));
    access.requireSee(township.getCampaign(), township);
    List<HistoryEntry> entries = new ArrayList<>();
    for (Decision d : decisions.findByTownshipIdOrderById(township.getId())) {
      boolean exception = Decision.EXCEPTION_TASK.equals(d.getTaskKey());
      String kind = exception ? (d.isApproved() ? "EXCEPTION_GRANTED" : "EXCEPTION_REFUSED") : d.isApproved() ? "APPROVED" : "RETURNED";
      String verb = exception ? (d.isApproved() ? "准予例外（R2代表构成）：" : "不准予例外（R2代表构成）：") : d.isApproved() ? "批准：" : "退回：";
      entries.add(new HistoryEntry(d.getDecidedAt(), d.getDecidedBy(), kind, d.getTaskKey().substring(0, 2),
          verb + d.getTaskKey() + (d.getScope() == null ? "" : "（" + d.getScope() + "）"), d.getComment()));
    }
    for (RaceRecord r : races.findByTownshipIdOrderById(township.getId())) {
      entries.add(new HistoryEntry(r.getRecordedAt(), r.getRecordedBy(), r.isValid() ? "RESULT" : "INVALID_BALLOT",
          r.getRace().equals("delegates") ? "T3" : r.getRace().equals("disciplineSecretary") ? "T8" : "T7",
          "%s第%d次投票：应到%d，实到%d，收回%d，废票%d%s".formatted(r.getRace()
              + (r.getOrganisationCode() == null ? "" : "（" + r.getOrganisationCode() + "）"), r.getBallot(), r.getEntitled(),
              r.getPresent(), r.getBallotsCast(), r.getBallotsVoid(),
              r.isFinished() ? "；当选：" + r.getRaceElectedJson() : ""), r.getProblems()));
    }
    for (DeadlineEvent e : deadlines.findByTownshipIdOrderByOccurredAt(township.getId())) {
      entries.add(new HistoryEntry(e.getOccurredAt(), null, e.getKind().name(), e.getStep().name(), e.getMessage(), null));
    }
    entries.addAll(completedTasks(township.getProcessInstanceId()));
    entries.sort(Comparator.comparing(HistoryEntry::at));
    return entries;
  }

  /** Who completed which task, from the engine's history (read after the project's own check). */
  private List<HistoryEntry> completedTasks(String processInstanceId) {
    var authentication = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      List<HistoryEntry> entries = new ArrayList<>();
      var completions = history.createUserOperationLogQuery().processInstanceId(processInstanceId)
          .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list();
      java.util.Map<String, String> completedBy = new java.util.HashMap<>();
      completions.forEach(op -> completedBy.putIfAbsent(op.getTaskId(), op.getUserId()));
      for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
          .finished().orderByHistoricTaskInstanceEndTime().asc().list()) {
        entries.add(new HistoryEntry(task.getEndTime().toInstant(), completedBy.getOrDefault(task.getId(), task.getAssignee()),
            "TASK_COMPLETED", task.getTaskDefinitionKey().substring(0, 2), "完成任务：" + task.getName(), null));
      }
      return entries;
    } finally {
      if (authentication != null) {
        identity.setAuthentication(authentication);
      }
    }
  }
}
