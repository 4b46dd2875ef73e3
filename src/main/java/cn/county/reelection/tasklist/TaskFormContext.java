package cn.county.reelection.tasklist;

import cn.county.reelection.campaign.CongressWindow;
import cn.county.reelection.campaign.Organisation;
import cn.county.reelection.campaign.RaceName;
import cn.county.reelection.campaign.Township;
import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.congress.CongressPreparation;
import cn.county.reelection.congress.RaceService;
import cn.county.reelection.congress.RaceStates;
import cn.county.reelection.election.ElectionRules;
import cn.county.reelection.process.AsEngine;
import cn.county.reelection.vetting.NomineeMaterials;
import cn.county.reelection.village.VillageCampaignService;
import cn.county.reelection.village.VillageFormContext;
import cn.county.reelection.web.ApiException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a task's form must show before anything is typed: the township and branch, the seats and the
 * least number of candidates a list needs (R3, R5), the days the congress may be held (T1), the lists
 * the congress adopted (T5, T6), who may replace a candidate not elected (R7, R8). Computed when the
 * form opens ({@code GET /api/tasks/{id}/form-context}) from the same rules and tables the server
 * checks, so the form never restates them and the task carries none of it. A village's task gets its
 * own facts from {@link VillageFormContext}.
 */
@Component
public class TaskFormContext {

    /** The task variables the context is computed from. */
    private static final List<String> INPUTS = List.of(
            "townshipId",
            "organisationCode",
            "race",
            "villageId",
            "branchSeats",
            "partyMembers",
            RaceStates.VARIABLE,
            RaceStates.CARRIED);

    private final TownshipRepository townships;
    private final RaceService races;
    private final VillageFormContext villages;
    private final CongressPreparation preparation;
    private final NomineeMaterials materials;
    private final TaskService tasks;
    private final IdentityService identity;
    private final RaceStates raceStates;

    public TaskFormContext(
            TownshipRepository townships,
            RaceService races,
            VillageFormContext villages,
            CongressPreparation preparation,
            NomineeMaterials materials,
            TaskService tasks,
            IdentityService identity,
            RaceStates raceStates) {
        this.raceStates = raceStates;
        this.preparation = preparation;
        this.materials = materials;
        this.townships = townships;
        this.races = races;
        this.villages = villages;
        this.tasks = tasks;
        this.identity = identity;
    }

    /**
     * The context of an open task the current user may see (the engine's own check: a task another township's or
     * branch's user cannot read is not found); 404 naming {@code taskId} otherwise.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> describe(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw ApiException.notFound("没有编号为%s的待办任务，或您无权查看它（taskId）".formatted(taskId));
        }
        // what the task sees was checked above; its inputs are read whatever variable permissions say
        Map<String, Object> inputs = AsEngine.call(identity, () -> tasks.getVariables(taskId, INPUTS));
        return describe(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), inputs);
    }

    private Map<String, Object> describe(String processDefinitionId, String taskKey, Map<String, Object> inputs) {
        Map<String, Object> context = processDefinitionId.startsWith(VillageCampaignService.PROCESS_KEY + ":")
                ? villages.describe(taskKey, inputs)
                : processDefinitionId.startsWith("townshipReelection:")
                        ? describeTownshipTask(taskKey, inputs)
                        : new LinkedHashMap<>();
        // R6–R10, V4: a ballot's task shows its race as last counted
        raceStates.view(inputs).ifPresent(race -> context.put("raceState", race));
        return context;
    }

    private Map<String, Object> describeTownshipTask(String taskKey, Map<String, Object> inputs) {
        Map<String, Object> context = new LinkedHashMap<>();
        Township township = townships
                .findById(((Number) inputs.get("townshipId")).longValue())
                .orElseThrow();
        context.put("townshipName", township.getName());
        context.put("businessKey", township.getBusinessKey());
        context.put("task", taskKey);
        String organisationCode = (String) inputs.get("organisationCode");
        Organisation organisation = organisationCode == null
                ? null
                : township.getOrganisations().stream()
                        .filter(o -> o.getCode().equals(organisationCode))
                        .findFirst()
                        .orElse(null);
        if (organisation != null) {
            context.put("organisationName", organisation.getName());
            context.put("members", organisation.getMembers());
            if (organisation.getDelegateSeats() != null) {
                context.put("seats", organisation.getDelegateSeats());
                context.put(
                        "minimumCandidates",
                        ElectionRules.minimumCandidatesWithMargin(organisation.getDelegateSeats()));
            }
        }
        String race = inputs.get("race") instanceof String r ? r : null;
        if (race != null) {
            context.put("raceLabel", RaceName.label(race));
            // T5/T6: the race's seats, candidates and margin as the adopted election method names them
            preparation.methodOf(township.getId(), race).ifPresent(method -> context.put("method", method));
        }
        switch (taskKey) {
            case "T1_PlanReelection" -> {
                CongressWindow window = CongressWindow.of(township.getCampaign().getDeadlines());
                context.put("congressEarliest", window.earliest().toString());
                context.put("congressLatest", window.latest().toString());
                context.put("organisations", township.getOrganisations().size());
                context.put("defaultQuota", ElectionRules.DEFAULT_DELEGATE_QUOTA);
                context.put("committeeSeats", ElectionRules.COMMITTEE_SEATS);
                context.put("disciplineSeats", ElectionRules.DISCIPLINE_SEATS);
            }
            case "T4_NominateCandidates" -> {
                context.put("committeeSeats", township.getCommitteeSeats());
                context.put("committeeCandidates", ElectionRules.COMMITTEE_CANDIDATES);
                context.put("disciplineSeats", township.getDisciplineSeats());
                context.put("disciplineCandidates", ElectionRules.DISCIPLINE_CANDIDATES);
            }
            case "T3_GrantMakeupException", "T3_ReviewElectedDelegates" -> {
                Map<String, List<String>> elected = races.electedDelegates(township.getId());
                context.put(
                        "electedDelegates",
                        township.getOrganisations().stream()
                                .map(o -> Map.of(
                                        "organisation",
                                        o.getName(),
                                        "names",
                                        elected.getOrDefault(o.getCode(), List.of())))
                                .toList());
            }
            // T4: the county opens each nominee's materials from its review
            case "T4_ReviewNominees" -> context.put("nomineeMaterials", materials.overview(township));
            case "T5_DraftCongressMaterials" -> {
                List<CongressPreparation.MethodRace> kept = preparation.method(township.getId());
                context.put("electionMethod", kept.isEmpty() ? preparation.proposedMethod(township.getId()) : kept);
                List<String> agenda = preparation.agenda(township.getId());
                context.put("agenda", agenda.isEmpty() ? suggestedAgenda(township) : agenda);
                context.put(
                        "delegateCount", preparation.delegates(township.getId()).size());
            }
            case "T6_HoldPreparationMeeting" -> {
                Map<String, List<String>> elected = preparation.delegatesByOrganisation(township.getId());
                context.put(
                        "delegates",
                        township.getOrganisations().stream()
                                .map(o -> Map.of(
                                        "organisation",
                                        o.getName(),
                                        "names",
                                        elected.getOrDefault(o.getCode(), List.of())))
                                .toList());
                context.put("agenda", preparation.agenda(township.getId()));
                context.put("electionMethod", preparation.method(township.getId()));
                context.put("presidium", preparation.presidium(township.getId()));
                context.put("delegationGroups", preparation.delegations(township.getId()));
            }
            // R7, R8: who stands, who was not elected to the committee the race comes from, and whom the county may
            // name
            case "T7_NameSecretaryReplacement", "T8_DecideDisciplineVacancy" -> {
                RaceService.PostCandidates posts = races.postCandidates(township.getId(), race);
                List<String> missing =
                        posts.missing().stream().map(p -> p.name().trim()).toList();
                context.put(
                        "candidates",
                        posts.candidates().stream()
                                .map(p -> Map.of(
                                        "name",
                                        p.name().trim(),
                                        "post",
                                        p.post() == null ? "" : p.post().name(),
                                        "elected",
                                        !missing.contains(p.name().trim())))
                                .toList());
                context.put("missing", missing);
                context.put(
                        "eligible",
                        posts.eligible().stream()
                                .filter(n -> !posts.names().contains(n))
                                .toList());
                context.put("fromLabel", RaceName.label(RaceService.fromRace(posts.race())));
            }
            default -> {}
        }
        return context;
    }

    /** T5: the usual agenda of a township congress, for the office to adapt. */
    private static List<String> suggestedAgenda(Township township) {
        String committee = "中共" + township.getName() + "委员会";
        String discipline = "中共" + township.getName() + "纪律检查委员会";
        return List.of(
                "听取和审查" + committee + "工作报告",
                "听取和审查" + discipline + "工作报告",
                "选举产生新一届" + committee,
                "选举产生新一届" + discipline,
                "选举出席县党代表大会代表");
    }
}
