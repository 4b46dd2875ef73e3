package cn.county.reelection.process.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import cn.county.reelection.campaign.RaceName;
import cn.county.reelection.process.model.ModelTestSupport.Counts;
import cn.county.reelection.village.ComputeVillageOutcomeDelegate;
import cn.county.reelection.village.CountVillageBallotsDelegate;
import cn.county.reelection.village.MarkVillageOverdueDelegate;
import cn.county.reelection.village.PrepareVillageRaceDelegate;
import cn.county.reelection.village.VillageElectionService;
import cn.county.reelection.village.VillageInputListener;
import cn.county.reelection.village.VillageTimeline;
import cn.county.reelection.village.VillageUnfilledSeatsListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The paths of {@code villageReelection} (docs/domain.md V1–V10) in a plain engine with every bean mocked; the mocked
 * counts set only {@code raceNext} and {@code unfilledSeats}. The rules themselves: VillageReelectionProcessTest.
 */
@Deployment(resources = VillageModelPathsTest.MODEL)
class VillageModelPathsTest {

    static final String MODEL = "bpmn/villageReelection.bpmn";
    private static final List<String> STEPS = List.of(
            "EVALUATION",
            "MOBILISATION",
            "AUDIT",
            "ELECTION_COMMITTEE",
            "REGISTRATION",
            "REPRESENTATIVES",
            "COMMITTEE_ELECTION",
            "BRANCH_ELECTION",
            "SET_UP",
            "REPORT");

    @RegisterExtension
    static final ModelTestSupport.Engine ENGINE = ModelTestSupport.engine();

    private final Counts counts = new Counts();
    private final List<String> overdueSteps = new ArrayList<>();
    private final Map<String, Object> beans = new LinkedHashMap<>();

    private PrepareVillageRaceDelegate prepareRace;
    private CountVillageBallotsDelegate countBallots;
    private ComputeVillageOutcomeDelegate computeOutcome;
    private MarkVillageOverdueDelegate markOverdue;
    private VillageInputListener inputs;
    private VillageUnfilledSeatsListener unfilledSeats;
    private VillageTimeline stepTracker;

    @BeforeEach
    void registerMocks() throws Exception {
        prepareRace = register("prepareVillageRaceDelegate", PrepareVillageRaceDelegate.class);
        countBallots = register("countVillageBallotsDelegate", CountVillageBallotsDelegate.class);
        computeOutcome = register("computeVillageOutcomeDelegate", ComputeVillageOutcomeDelegate.class);
        markOverdue = register("markVillageOverdueDelegate", MarkVillageOverdueDelegate.class);
        inputs = register("villageInputListener", VillageInputListener.class);
        unfilledSeats = register("villageUnfilledSeatsListener", VillageUnfilledSeatsListener.class);
        stepTracker = register("villageStepTracker", VillageTimeline.class);

        doAnswer(counts.answer()).when(countBallots).execute(any());
        doAnswer(inv -> {
                    overdueSteps.add((String) ((DelegateExecution) inv.getArgument(0)).getVariableLocal("step"));
                    return null;
                })
                .when(markOverdue)
                .execute(any());
    }

    private <T> T register(String name, Class<T> type) {
        return ModelTestSupport.register(beans, name, type);
    }

    @Test
    void model_everyBeanItNames_isRegisteredHere() {
        assertThat(ModelTestSupport.beansNamedIn(MODEL)).containsExactlyInAnyOrderElementsOf(beans.keySet());
    }

    @Test
    void v1ToV10_village_committeeFirst_thenRepresentatives_thenBranch_endsWithEveryStepTracked() throws Exception {
        ProcessInstance pi = start("VILLAGE", false);
        assertThat(pi).isWaitingAt("V5_EvaluateOutgoingCommittees");
        assertThat(task(pi)).hasCandidateGroup("township-TS01");

        driveToEnd(pi);

        assertThat(pi)
                .isEnded()
                .hasPassedInOrder(
                        "V1_RegisterVoters",
                        "V3_NominateAtCombinedMeeting",
                        "V4_RecordCommitteeElection",
                        "V7_ElectRepresentatives",
                        "Branch_RecommendCandidates",
                        "V7_SetUpOrganisations",
                        "V8_ReviewOutcomeReport")
                .hasNotPassed(
                        "V3_NominateAtRepresentativeMeeting",
                        "V3_PublishCandidates",
                        "V4_RecordRunOff",
                        "V4_HandleUnfilledSeats",
                        "Branch_HandleUnfilledSeats");
        for (String step : STEPS) {
            verify(stepTracker).started(any(), eq(step));
            verify(stepTracker).completed(any(), eq(step));
        }
        assertThat(counts.counted)
                .containsExactly(
                        "villageCommittee",
                        RaceName.BRANCH_COMMITTEE,
                        RaceName.BRANCH_SECRETARY,
                        RaceName.BRANCH_DEPUTY_SECRETARY);
        verify(prepareRace, times(1 + VillageElectionService.BRANCH_RACES.size()))
                .execute(any());
        verify(computeOutcome).execute(any());
        verify(markOverdue, never()).execute(any());
        verify(unfilledSeats, never()).notify(any());
    }

    @Test
    void v3_v7_community_representativesFirst_nominatesAtAMeetingAndPublishesBeforeTheElection() {
        ProcessInstance pi = start("COMMUNITY", true);
        driveUntil(pi, "V3_NominateAtRepresentativeMeeting");
        assertThat(pi).hasPassed("V7_ElectRepresentatives").hasNotPassed("V3_NominateAtCombinedMeeting");

        complete(task(pi));

        assertThat(pi).isWaitingAt("V3_PublishCandidates");
        verify(prepareRace, never()).execute(any()); // the race is prepared once the candidates are published
        complete(task(pi));
        assertThat(pi).isWaitingAt("V4_RecordCommitteeElection");
        verify(prepareRace).execute(any());
        complete(task(pi));
        // the representatives are chosen already: the branch follows the committee
        assertThat(pi).isWaitingAt("Branch_RecommendCandidates");
    }

    @Test
    void v4_tooFewVoted_recordsTheCommitteeElectionAgain() {
        counts.script("villageCommittee", Counts.RECORD_AGAIN);
        ProcessInstance pi = start("VILLAGE", false);
        driveUntil(pi, "V4_RecordCommitteeElection");

        complete(task(pi));

        assertThat(pi).isWaitingAt("V4_RecordCommitteeElection");
        complete(task(pi));
        assertThat(pi).isWaitingAt("V7_ElectRepresentatives");
        assertThat(counts.counted).containsExactly("villageCommittee", "villageCommittee");
        verify(prepareRace).execute(any());
    }

    @Test
    void v4_seatsLeft_goToTheRunOff() {
        counts.script("villageCommittee", Counts.REVOTE);
        ProcessInstance pi = start("VILLAGE", false);
        driveUntil(pi, "V4_RecordCommitteeElection");

        complete(task(pi));

        assertThat(pi).isWaitingAt("V4_RecordRunOff");
        complete(task(pi));
        assertThat(pi).hasPassed("V4_RecordRunOff").isWaitingAt("V7_ElectRepresentatives");
    }

    @Test
    void v4_v8_unfilledAfterTheRunOff_theTownshipDecidesAndTheCampaignGoesOn() {
        counts.script("villageCommittee", Counts.REVOTE, Counts.unfilled(1));
        ProcessInstance pi = start("VILLAGE", false);
        driveUntil(pi, "V4_HandleUnfilledSeats");
        assertThat(task(pi)).hasCandidateGroup("township-TS01");
        verify(unfilledSeats).notify(any());

        complete(task(pi), withVariables("approved", true, "comment", "由以后的村民会议补选"));

        assertThat(pi).hasPassed("EndEvent_CommitteeVacancyKept").isWaitingAt("V7_ElectRepresentatives");
        verify(unfilledSeats, times(2)).notify(any());
    }

    @Test
    void v10_branchCandidatesReturned_goBackToTheRecommendation() {
        ProcessInstance pi = start("VILLAGE", false);
        driveUntil(pi, "Branch_ReviewCandidates");

        complete(task(pi), withVariables("approved", false, "comment", "候选人差额不足20%"));

        assertThat(pi).isWaitingAt("Branch_RecommendCandidates");
        verify(prepareRace, times(1)).execute(any()); // the committee's race only: no branch race before the review
    }

    @Test
    void v10_branchSecretaryUnfilled_isHandledAndTheDeputyRaceFollows() {
        counts.script(RaceName.BRANCH_SECRETARY, Counts.unfilled(1));
        ProcessInstance pi = start("VILLAGE", false);
        driveUntil(pi, "Branch_HandleUnfilledSeats");
        assertThat(taskService().getVariable(task(pi).getId(), "race")).isEqualTo(RaceName.BRANCH_SECRETARY);

        complete(task(pi), withVariables("approved", true, "comment", "以后补选"));

        assertThat(pi).isWaitingAt("Branch_RecordElection");
        assertThat(taskService().getVariable(task(pi).getId(), "race")).isEqualTo(RaceName.BRANCH_DEPUTY_SECRETARY);
    }

    @Test
    void v8_returnedReport_goesBackToTheVillage() {
        ProcessInstance pi = start("VILLAGE", false);
        driveUntil(pi, "V8_ReviewOutcomeReport");

        complete(task(pi), withVariables("approved", false, "comment", "请写明缺额处理"));

        assertThat(pi).isWaitingAt("V8_SubmitOutcomeReport");
        verify(computeOutcome).execute(any());
    }

    @Test
    void v9_missedDeadline_flagsTheStepAndTheTaskStaysOpen() {
        ProcessInstance pi = start("VILLAGE", false);

        execute(job("Timer_EvaluationDeadline", pi));

        assertThat(overdueSteps).containsExactly("EVALUATION");
        assertThat(pi).isWaitingAt("V5_EvaluateOutgoingCommittees");
    }

    // ---------------------------------------------------------------------------------------------------------------

    private ProcessInstance start(String variant, boolean representativesFirst) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("villageCampaignId", 11L);
        variables.put("villageCode", "TS01-V01");
        variables.put("variant", variant);
        variables.put("representativesFirst", representativesFirst);
        variables.put("townshipGroup", "township-TS01");
        variables.put("villageGroup", "village-TS01-V01");
        variables.put("branchRaces", new ArrayList<>(VillageElectionService.BRANCH_RACES));
        Date now = ClockUtil.getCurrentTime();
        for (int i = 0; i < STEPS.size(); i++) {
            variables.put("due" + STEPS.get(i), Date.from(now.toInstant().plus(Duration.ofDays(7L * (i + 1)))));
        }
        return runtimeService().startProcessInstanceByKey("villageReelection", "2027-TS01-V01", variables);
    }

    private void driveUntil(ProcessInstance pi, String taskKey) {
        ModelTestSupport.driveUntil(processEngine(), pi, taskKey, Map.of("approved", true, "comment", "同意"));
    }

    private void driveToEnd(ProcessInstance pi) {
        ModelTestSupport.driveToEnd(processEngine(), pi, Map.of("approved", true, "comment", "同意"));
    }
}
