package cn.county.reelection.village;

import cn.county.reelection.audit.Decision;
import cn.county.reelection.audit.DecisionListener;
import cn.county.reelection.audit.DecisionRepository;
import cn.county.reelection.process.JsonVariables;
import cn.county.reelection.process.ProcessInputException;
import cn.county.reelection.process.ProcessVariables;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Execution listener on the user tasks of {@code villageReelection}: on end it checks what the task
 * completes with (a refusal reaches the REST client as a 400 and Tasklist shows it); on the start of an
 * approval it clears the last round's answer. The township's handling of seats left unfilled
 * ({@code *_HandleUnfilledSeats}) is a decision too: the vacancy stays, with the reason why (R11). Every decision
 * is kept in the township's record of decisions ({@code audit/Decision}) with who, when and why (V11).
 */
@Component("villageInputListener")
public class VillageInputListener implements ExecutionListener {

    private final JsonVariables json;
    private final RegisterService register;
    private final VillageElectionService elections;
    private final VillageRepository villages;
    private final DecisionRepository decisions;
    private final IdentityService identityService;
    private final Clock clock;

    public VillageInputListener(
            JsonVariables json,
            RegisterService register,
            VillageElectionService elections,
            VillageRepository villages,
            DecisionRepository decisions,
            IdentityService identityService,
            Clock clock) {
        this.decisions = decisions;
        this.identityService = identityService;
        this.clock = clock;
        this.json = json;
        this.register = register;
        this.elections = elections;
        this.villages = villages;
    }

    @Override
    @Transactional
    public void notify(DelegateExecution execution) {
        String task = execution.getCurrentActivityId();
        boolean vacancy = task.endsWith(HANDLE_UNFILLED);
        boolean approval = task.contains("Review") || vacancy;
        if (EVENTNAME_START.equals(execution.getEventName())) {
            if (approval) {
                DecisionListener.clearEarlierAnswer(execution);
            }
            return;
        }
        if (execution.isCanceled()) {
            return;
        }
        if (approval) {
            decision(execution, vacancy ? (task.startsWith("Branch_") ? "R6" : "V4") : null);
            var authentication = identityService.getCurrentAuthentication();
            Object comment = execution.getVariable("comment");
            decisions.save(Decision.ofVillage(
                    VillageTimeline.villageId(execution),
                    task,
                    execution.getVariable("race") instanceof String race ? race : null,
                    (Boolean) execution.getVariable("approved"),
                    comment instanceof String text && !text.isBlank() ? text.trim() : null,
                    authentication == null ? null : authentication.getUserId(),
                    clock.instant()));
            return;
        }
        long villageId = VillageTimeline.villageId(execution);
        switch (task) {
            case "V5_EvaluateOutgoingCommittees" -> ProcessVariables.requiredText(execution, "evaluationText", "V5");
            case "V9_HoldMobilisationMeeting" -> confirmed(execution, "mobilised", "V9");
            case "V5_PublishFinancialAudit" -> {
                ProcessVariables.requiredText(execution, "auditText", "V5");
                confirmed(execution, "auditPublished", "V5");
            }
            case "V2_ChooseElectionCommittee" -> ProcessVariables.requiredText(execution, "electionCommittee", "V2");
            case "V1_RegisterVoters" -> {
                long voters = register.voterCount(villageId);
                if (voters == 0) {
                    throw new ProcessInputException(
                            "V1", "register", "尚未导入选民登记表（POST /api/villages/{业务键}/register），不能公布选民名单");
                }
                confirmed(execution, "listPublished", "V1");
                execution.setVariable("registeredVoters", (int) voters);
            }
            case "V7_ElectRepresentatives" -> {
                Village village = villages.findById(villageId).orElseThrow();
                int representatives = ProcessVariables.requiredInt(execution, "representatives", "V7", 1, 100_000);
                int leaders = ProcessVariables.requiredInt(execution, "groupLeaders", "V7", 0, 10_000);
                village.setRepresentatives(representatives);
                village.setGroupLeaders(leaders);
            }
            case "V3_NominateAtCombinedMeeting", "V3_NominateAtRepresentativeMeeting" -> {
                int seats = ProcessVariables.requiredInt(execution, "committeeSeats", "V3", 1, 99);
                List<Candidate> candidates = json.readList(execution, "committeeCandidates", Candidate.class, "V3");
                elections.recordCommitteeCandidates(villageId, candidates, seats);
            }
            case "V3_PublishCandidates" -> confirmed(execution, "candidatesPublished", "V3");
            case "Branch_RecommendCandidates" -> {
                int seats = ProcessVariables.requiredInt(execution, "branchSeats", "R3", 1, 99);
                int members = ProcessVariables.requiredInt(execution, "partyMembers", "R3", 1, 100_000);
                elections.checkBranchCandidates(
                        json.readList(execution, "branchCandidates", Candidate.class, "V3"), seats, members);
            }
            case "V7_SetUpOrganisations" -> {
                ProcessVariables.requiredText(execution, "financialGroup", "V7");
                confirmed(execution, "subCommitteesSetUp", "V7");
            }
            case "V8_SubmitOutcomeReport" -> ProcessVariables.requiredText(execution, "reportText", "V8");
            default -> {}
        }
    }

    /** The suffix of the tasks where the township handles a race's vacant seats. */
    static final String HANDLE_UNFILLED = "_HandleUnfilledSeats";
    /** The length of a decision's comment, as the township's decisions (audit/DecisionListener). */
    static final int MAX_COMMENT = 2000;

    private static void confirmed(DelegateExecution execution, String name, String rule) {
        if (!Boolean.TRUE.equals(execution.getVariable(name))) {
            throw new ProcessInputException(rule, name, "必须确认（true）后才能完成");
        }
    }

    /**
     * R11: an approval completes with {@code approved}, and a return with its reason. Seats left unfilled
     * (rule {@code vacancyRule}, else null) have had their one 另行选举 (V4) or two further ballots (R6): the
     * vacancy is kept ({@code approved} false) and the reason is always required.
     */
    private static void decision(DelegateExecution execution, String vacancyRule) {
        Object approved = execution.getVariable("approved");
        if (!(approved instanceof Boolean decision)) {
            throw new ProcessInputException("R11", "approved", approved == null ? "必须选择批准或退回" : "必须是true或false");
        }
        Object comment = execution.getVariable("comment");
        boolean blank = !(comment instanceof String text) || text.isBlank();
        if (vacancyRule != null && decision) {
            throw new ProcessInputException(vacancyRule, "approved", "另行选举已经进行过，缺额只能保留（approved为false），并写明处理意见");
        }
        if (vacancyRule != null && blank) {
            throw new ProcessInputException("R11", "comment", "必须写明缺额的处理意见（例如由以后的会议补选）");
        }
        if (!decision && blank) {
            throw new ProcessInputException("R11", "comment", "退回时必须写明理由");
        }
        if (!blank && ((String) comment).trim().length() > MAX_COMMENT) {
            throw new ProcessInputException(
                    "R11",
                    "comment",
                    "最多%d字，现为%d字"
                            .formatted(MAX_COMMENT, ((String) comment).trim().length()));
        }
    }
}
