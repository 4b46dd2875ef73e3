package cn.county.reelection.village;

import cn.county.reelection.audit.BallotEntry;
import cn.county.reelection.audit.CompletedTasks;
import cn.county.reelection.audit.Decision;
import cn.county.reelection.audit.DecisionRepository;
import cn.county.reelection.audit.HistoryEntry;
import cn.county.reelection.audit.ProcessTaskNames;
import cn.county.reelection.congress.RaceRecord;
import cn.county.reelection.congress.RaceRecordRepository;
import cn.county.reelection.process.AsEngine;
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
 * V11: a village's audit trail, read from the township's own record — its decisions ({@code RE_DECISION}: approvals,
 * returns, vacancies kept, with who, when and why) and every counted ballot ({@code RE_RACE_RESULT}) — and who
 * completed each task, from the engine's history; oldest first, in the township's {@link HistoryEntry} form (R11).
 */
@Service
@Transactional(readOnly = true)
public class VillageHistoryService {

    private final DecisionRepository decisions;
    private final RaceRecordRepository races;
    private final HistoryService history;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final ObjectMapper mapper;

    public VillageHistoryService(
            DecisionRepository decisions,
            RaceRecordRepository races,
            HistoryService history,
            RepositoryService repository,
            IdentityService identity,
            ObjectMapper mapper) {
        this.decisions = decisions;
        this.races = races;
        this.history = history;
        this.repository = repository;
        this.identity = identity;
        this.mapper = mapper;
    }

    /** The village's trail; the caller has been checked to see the village. */
    public List<HistoryEntry> history(Village village) {
        List<HistoryEntry> entries = new ArrayList<>();
        Map<String, String> taskNames = new HashMap<>();
        if (village.getProcessInstanceId() != null) {
            AsEngine.call(identity, () -> {
                taskNames.putAll(taskNames(village.getProcessInstanceId()));
                entries.addAll(CompletedTasks.of(history, village.getProcessInstanceId(), VillageHistoryService::rule));
                return null;
            });
        }
        for (Decision d : decisions.findByVillageIdOrderById(village.getId())) {
            boolean vacancy = d.getTaskKey().endsWith(VillageInputListener.HANDLE_UNFILLED);
            String kind = vacancy ? "VACANCY_KEPT" : d.isApproved() ? "APPROVED" : "RETURNED";
            String verb = vacancy ? "保留缺额：" : d.isApproved() ? "批准：" : "退回：";
            String race = d.getScope() == null
                    ? ""
                    : "（" + VillageElectionService.raceLabel(d.getScope(), village.getVariant()) + "）";
            entries.add(new HistoryEntry(
                    d.getDecidedAt(),
                    d.getDecidedBy(),
                    kind,
                    rule(d.getTaskKey()),
                    verb + taskNames.getOrDefault(d.getTaskKey(), d.getTaskKey()) + race,
                    d.getComment()));
        }
        for (RaceRecord r : races.findByVillageIdOrderById(village.getId())) {
            entries.add(BallotEntry.of(
                    r,
                    VillageElectionService.raceLabel(r.getRace(), village.getVariant()),
                    "",
                    VillageElectionService.COMMITTEE.equals(r.getRace()) ? "V4" : "V10",
                    mapper));
        }
        entries.sort(Comparator.comparing(HistoryEntry::at));
        return entries;
    }

    /** The rule a task's decision belongs to: V4 … V8 from its id, the branch's V10 (先村后支). */
    static String rule(String taskKey) {
        return taskKey.startsWith("Branch_") ? "V10" : taskKey.substring(0, taskKey.indexOf('_'));
    }

    private Map<String, String> taskNames(String processInstanceId) {
        return ProcessTaskNames.of(history, repository, processInstanceId, VillageCampaignService.PROCESS_KEY);
    }
}
