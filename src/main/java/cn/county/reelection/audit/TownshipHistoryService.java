package cn.county.reelection.audit;

import cn.county.reelection.campaign.RaceName;
import cn.county.reelection.campaign.Township;
import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.congress.RaceRecord;
import cn.county.reelection.congress.RaceRecordRepository;
import cn.county.reelection.process.AsEngine;
import cn.county.reelection.security.ApiAccess;
import cn.county.reelection.timeline.DeadlineEvent;
import cn.county.reelection.timeline.DeadlineEventRepository;
import cn.county.reelection.timeline.UnfilledSeats;
import cn.county.reelection.timeline.UnfilledSeatsRepository;
import cn.county.reelection.vetting.ApprovedRecord;
import cn.county.reelection.vetting.ApprovedRecordRepository;
import cn.county.reelection.web.ApiException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R11: every decision of a township — approvals and returns, results, late and overdue steps, races
 * left with seats unfilled (and their resolution), administrators' changes, and who completed each task —
 * from the project's tables and Camunda's history, oldest first. Each line reads in words: task names,
 * races (党委委员, 纪委书记 …) and organisations by name; {@code kind} and {@code step} stay codes for programs.
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
    private final UnfilledSeatsRepository unfilled;
    private final AdminTrace adminTrace;
    private final RepositoryService repository;
    private final ObjectMapper mapper;
    private final ApprovedRecordRepository approved;

    public TownshipHistoryService(
            TownshipRepository townships,
            DecisionRepository decisions,
            RaceRecordRepository races,
            DeadlineEventRepository deadlines,
            HistoryService history,
            IdentityService identity,
            ApiAccess access,
            UnfilledSeatsRepository unfilled,
            AdminTrace adminTrace,
            RepositoryService repository,
            ObjectMapper mapper,
            ApprovedRecordRepository approved) {
        this.approved = approved;
        this.unfilled = unfilled;
        this.adminTrace = adminTrace;
        this.repository = repository;
        this.mapper = mapper;
        this.townships = townships;
        this.decisions = decisions;
        this.races = races;
        this.deadlines = deadlines;
        this.history = history;
        this.identity = identity;
        this.access = access;
    }

    public List<HistoryEntry> historyForCurrentUser(String businessKey) {
        Township township = townships
                .findByBusinessKey(businessKey)
                .orElseThrow(() -> ApiException.notFound("没有业务键为%s的乡镇".formatted(businessKey)));
        access.requireSee(township.getCampaign(), township);
        Map<String, String> organisations = new HashMap<>();
        township.getOrganisations().forEach(o -> organisations.put(o.getCode(), o.getName()));
        List<HistoryEntry> entries = new ArrayList<>();
        // the engine's history without the caller's authorisations, after the project's own check
        var engine = AsEngine.call(
                identity,
                () -> new EngineHistory(
                        taskNames(township.getProcessInstanceId()),
                        CompletedTasks.of(history, township.getProcessInstanceId(), key -> key.substring(0, 2))));
        for (Decision d : decisions.findByTownshipIdOrderById(township.getId())) {
            boolean exception = Decision.EXCEPTION_TASK.equals(d.getTaskKey());
            // the township's decision on unfilled seats: a new election, or the vacancy kept with its reason (R6)
            boolean vacancy = d.getTaskKey().endsWith("HandleUnfilledSeats");
            // R7, R8: the county names a replacement candidate (the list it named is kept as approved), or defers to a
            // later plenary
            boolean replacement = Decision.REASON_ALWAYS.contains(d.getTaskKey()) && !exception;
            String kind = exception
                    ? (d.isApproved() ? "EXCEPTION_GRANTED" : "EXCEPTION_REFUSED")
                    : replacement
                            ? (d.isApproved() ? "REPLACEMENT_NAMED" : "VACANCY_KEPT")
                            : vacancy
                                    ? (d.isApproved() ? "REELECTION_DECIDED" : "VACANCY_KEPT")
                                    : d.isApproved() ? "APPROVED" : "RETURNED";
            String verb = exception
                    ? (d.isApproved() ? "准予例外（R2代表构成）：" : "不准予例外（R2代表构成）：")
                    : replacement
                            ? (d.isApproved() ? "指定替补人选：" : "留待以后的全会补选：")
                            : vacancy ? (d.isApproved() ? "决定重新选举：" : "保留缺额：") : d.isApproved() ? "批准：" : "退回：";
            entries.add(new HistoryEntry(
                    d.getDecidedAt(),
                    d.getDecidedBy(),
                    kind,
                    d.getTaskKey().substring(0, 2),
                    verb
                            + engine.taskNames().getOrDefault(d.getTaskKey(), d.getTaskKey())
                            + place(d.getScope(), organisations),
                    d.getComment()));
        }
        for (RaceRecord r : races.findByTownshipIdOrderById(township.getId())) {
            entries.add(BallotEntry.of(
                    r,
                    RaceName.label(r.getRace()),
                    place(r.getOrganisationCode(), organisations),
                    RaceName.step(r.getRace()).name(),
                    mapper));
        }
        // R7, R8: whom the county named to stand, in place of whom (the reason is its decision above)
        for (var named : approved.findByTownshipIdOrderById(township.getId())) {
            if (named.getKind() == ApprovedRecord.Kind.COUNTY_CANDIDATES) {
                entries.add(new HistoryEntry(
                        named.getApprovedAt(),
                        named.getApprovedBy(),
                        "CANDIDATES_NAMED",
                        RaceName.step(named.getScope()).name(),
                        "县委组织部指定的%s候选人：%s".formatted(RaceName.label(named.getScope()), candidates(named.getContent())),
                        null));
            }
        }
        for (DeadlineEvent e : deadlines.findByTownshipIdOrderByOccurredAt(township.getId())) {
            entries.add(new HistoryEntry(
                    e.getOccurredAt(), null, e.getKind().name(), e.getStep().name(), e.getMessage(), null));
        }
        for (UnfilledSeats u : unfilled.findByTownshipIdOrderByReportedAt(township.getId())) {
            entries.add(new HistoryEntry(u.getReportedAt(), null, "UNFILLED_SEATS", u.getStep(), u.getMessage(), null));
            if (!u.isOpen()) {
                entries.add(new HistoryEntry(
                        u.getResolvedAt(),
                        null,
                        "UNFILLED_RESOLVED",
                        u.getStep(),
                        "「%s」的%d个空缺名额已处理".formatted(u.getRace(), u.getSeats()),
                        null));
            }
        }
        entries.addAll(engine.completedTasks());
        entries.addAll(adminTrace.entries(township.getProcessInstanceId())); // administrators' direct changes (R11)
        entries.sort(Comparator.comparing(HistoryEntry::at));
        return entries;
    }

    /** "甲、乙、丙" from a kept list of persons. */
    private String candidates(String json) {
        try {
            List<String> names = new ArrayList<>();
            mapper.readTree(json).forEach(p -> names.add(p.path("name").asText()));
            return String.join("、", names);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the engine's history adds: the task names of the instance's process and who completed each task. */
    private record EngineHistory(Map<String, String> taskNames, List<HistoryEntry> completedTasks) {}

    /** The user tasks' names in the process the township runs, by task key (审批召开党代会请示). */
    private Map<String, String> taskNames(String processInstanceId) {
        return ProcessTaskNames.of(history, repository, processInstanceId, "townshipReelection");
    }

    /** （机关支部） for an organisation's entry, nothing for the township's own. */
    private static String place(String organisationCode, Map<String, String> organisations) {
        return organisationCode == null
                ? ""
                : "（" + organisations.getOrDefault(organisationCode, organisationCode) + "）";
    }
}
