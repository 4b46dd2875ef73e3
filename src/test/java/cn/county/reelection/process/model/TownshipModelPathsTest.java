package cn.county.reelection.process.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import cn.county.reelection.audit.DecisionListener;
import cn.county.reelection.congress.CheckElectedCommitteeDelegate;
import cn.county.reelection.congress.CongressPreparationListener;
import cn.county.reelection.congress.CountBallotsDelegate;
import cn.county.reelection.congress.NameCandidatesDelegate;
import cn.county.reelection.congress.PrepareRaceDelegate;
import cn.county.reelection.congress.UnfilledSeatsListener;
import cn.county.reelection.process.RequiredInputListener;
import cn.county.reelection.process.model.ModelTestSupport.Counts;
import cn.county.reelection.timeline.CountyWindow;
import cn.county.reelection.timeline.DeadlineReminder;
import cn.county.reelection.timeline.MarkOverdueDelegate;
import cn.county.reelection.timeline.StepTracker;
import cn.county.reelection.township.AllocateDelegateSeatsDelegate;
import cn.county.reelection.township.CheckDelegateMakeupDelegate;
import cn.county.reelection.township.RecordPlanDelegate;
import cn.county.reelection.vetting.RecordDelegateCandidatesDelegate;
import cn.county.reelection.vetting.RecordNomineesDelegate;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The paths of {@code townshipReelection} (docs/domain.md T1–T9, R3, R6–R8, R11) in a plain engine with every delegate,
 * listener and helper bean mocked: the mocks set only what the gateways read ({@code raceNext}, {@code unfilledSeats},
 * {@code candidatesMissing}, {@code makeupBreach}), so these tests check the model's wiring — which task follows which
 * answer, and which bean is called where — not the rules in the beans (TownshipReelectionProcessTest runs those).
 */
@Deployment(resources = TownshipModelPathsTest.MODEL)
class TownshipModelPathsTest {

    static final String MODEL = "bpmn/townshipReelection.bpmn";
    private static final String KEY = "townshipReelection";
    private static final long CAMPAIGN_ID = 7L;
    private static final List<String> ORGANISATIONS = List.of("TS01-B1", "TS01-B2");

    @RegisterExtension
    static final ModelTestSupport.Engine ENGINE = ModelTestSupport.engine();

    private final ModelTestSupport.Counts counts = new ModelTestSupport.Counts();
    /** How many of a race's candidates are not ready, by race, per "准备本项选举"; unscripted: none. */
    private final Map<String, Deque<Integer>> missing = new HashMap<>();

    private final List<String> overdueSteps = new ArrayList<>();
    private final Map<String, Object> beans = new LinkedHashMap<>();

    private RecordPlanDelegate recordPlan;
    private AllocateDelegateSeatsDelegate allocateSeats;
    private RecordDelegateCandidatesDelegate recordDelegateCandidates;
    private CountBallotsDelegate countBallots;
    private CheckDelegateMakeupDelegate checkMakeup;
    private RecordNomineesDelegate recordNominees;
    private PrepareRaceDelegate prepareRace;
    private NameCandidatesDelegate nameCandidates;
    private CheckElectedCommitteeDelegate checkElectedCommittee;
    private MarkOverdueDelegate markOverdue;
    private RequiredInputListener requiredInput;
    private DecisionListener decisions;
    private UnfilledSeatsListener unfilledSeats;
    private CongressPreparationListener congressPreparation;
    private CountyWindow countyWindow;
    private StepTracker stepTracker;
    private DeadlineReminder deadlineReminder;

    private Boolean makeupBreach = false;

    @BeforeEach
    void registerMocks() throws Exception {
        recordPlan = register("recordPlanDelegate", RecordPlanDelegate.class);
        allocateSeats = register("allocateDelegateSeatsDelegate", AllocateDelegateSeatsDelegate.class);
        recordDelegateCandidates = register("recordDelegateCandidatesDelegate", RecordDelegateCandidatesDelegate.class);
        countBallots = register("countBallotsDelegate", CountBallotsDelegate.class);
        checkMakeup = register("checkDelegateMakeupDelegate", CheckDelegateMakeupDelegate.class);
        recordNominees = register("recordNomineesDelegate", RecordNomineesDelegate.class);
        prepareRace = register("prepareRaceDelegate", PrepareRaceDelegate.class);
        nameCandidates = register("nameCandidatesDelegate", NameCandidatesDelegate.class);
        checkElectedCommittee = register("checkElectedCommitteeDelegate", CheckElectedCommitteeDelegate.class);
        markOverdue = register("markOverdueDelegate", MarkOverdueDelegate.class);
        requiredInput = register("requiredInputListener", RequiredInputListener.class);
        decisions = register("decisionListener", DecisionListener.class);
        unfilledSeats = register("unfilledSeatsListener", UnfilledSeatsListener.class);
        congressPreparation = register("congressPreparationListener", CongressPreparationListener.class);
        countyWindow = register("countyWindow", CountyWindow.class);
        stepTracker = register("stepTracker", StepTracker.class);
        deadlineReminder = register("deadlineReminder", DeadlineReminder.class);

        doAnswer(counts.answer()).when(countBallots).execute(any());
        doAnswer(inv -> {
                    DelegateExecution execution = inv.getArgument(0);
                    Deque<Integer> scripted = missing.get((String) execution.getVariable("race"));
                    execution.setVariable(
                            "candidatesMissing", scripted == null || scripted.isEmpty() ? 0 : scripted.poll());
                    return null;
                })
                .when(prepareRace)
                .execute(any());
        doAnswer(inv -> {
                    ((DelegateExecution) inv.getArgument(0)).setVariable("makeupBreach", makeupBreach);
                    return null;
                })
                .when(checkMakeup)
                .execute(any());
        doAnswer(inv -> {
                    overdueSteps.add((String) ((DelegateExecution) inv.getArgument(0)).getVariable("step"));
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
    void t1ToT9_happyPath_endsWithEveryStepTrackedAndEveryDelegateCalledWhereItBelongs() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("T1_PlanReelection");
        assertThat(task(pi)).hasCandidateGroup("township-TS01");

        driveUntil(pi, "T3_NominateDelegateCandidates");
        // T3 (one branch per organisation, for the branch's own group) and T4 side by side
        assertThat(pi).isWaitingAt("T3_NominateDelegateCandidates", "T4_NominateCandidates");
        assertThat(taskService()
                        .createTaskQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey("T3_NominateDelegateCandidates")
                        .list())
                .extracting(t ->
                        taskService().getIdentityLinksForTask(t.getId()).get(0).getGroupId())
                .containsExactlyInAnyOrder("branch-TS01-B1", "branch-TS01-B2");

        driveToEnd(pi);

        assertThat(pi)
                .isEnded()
                .hasPassedInOrder(
                        "T1_PlanReelection",
                        "T2_SubmitConveneRequest",
                        "T5_DraftCongressMaterials",
                        "T6_HoldPreparationMeeting",
                        "T7_RecordSecretaryElection",
                        "T8_ApproveDisciplineSecretary",
                        "T9_AcknowledgeResultReport")
                .hasNotPassed(
                        "T7_RecordRevote",
                        "T7_HandleUnfilledSeats",
                        "T7_NameSecretaryReplacement",
                        "T8_DecideDisciplineVacancy",
                        "T3_HandleUnfilledSeats",
                        "T3_GrantMakeupException",
                        "Task_FlagT1Overdue");
        for (String step : List.of("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9")) {
            verify(stepTracker).started(any(), eq(step));
            verify(stepTracker).completed(any(), eq(step));
        }
        verify(recordPlan).execute(any());
        verify(allocateSeats).execute(any());
        verify(recordDelegateCandidates, times(ORGANISATIONS.size())).execute(any());
        verify(checkMakeup).execute(any());
        verify(recordNominees).execute(any());
        verify(prepareRace, times(4 + 2)).execute(any());
        assertThat(counts.counted)
                .containsExactly(
                        "delegates",
                        "delegates",
                        "committee",
                        "discipline",
                        "countyDelegates",
                        "secretary",
                        "disciplineSecretary",
                        "disciplineDeputy");
        verify(checkElectedCommittee).execute(any());
        verify(congressPreparation, times(2)).notify(any()); // the end of T5 and of T6
        verify(requiredInput, times(2)).notify(any()); // the end of T2's and T9's submissions
        verify(countyWindow, atLeastOnce()).due(CAMPAIGN_ID);
        verify(countyWindow, times(3 * 2)).notify(any(DelegateTask.class)); // T2, T4, T9 reviews: create, complete
        verify(deadlineReminder, atLeastOnce()).followUp(any(Date.class), eq(CAMPAIGN_ID));
        verify(markOverdue, never()).execute(any());
        verify(nameCandidates, never()).execute(any());
        verify(unfilledSeats, never()).notify(any());
    }

    @Test
    void t2_returnedRequest_goesBackToTheTownshipWithTheReason() throws Exception {
        ProcessInstance pi = start();
        driveUntil(pi, "T2_ReviewConveneRequest");
        assertThat(task(pi)).hasCandidateGroup("county-C1");

        complete(task(pi), withVariables("approved", false, "comment", "代表名额构成比例需补充说明"));

        assertThat(pi).isWaitingAt("T2_SubmitConveneRequest").isNotWaitingAt("T3_NominateDelegateCandidates");
        assertThat(taskService().getVariable(task(pi).getId(), "comment")).isEqualTo("代表名额构成比例需补充说明");
        verify(decisions, times(2)).notify(any()); // the review's start and end, where the real listener records it
        complete(task(pi));
        complete(task("T2_ReviewConveneRequest", pi), withVariables("approved", true, "comment", "同意"));
        assertThat(pi).isWaitingAt("T3_NominateDelegateCandidates", "T4_NominateCandidates");
        verify(requiredInput, times(2)).notify(any());
        verify(stepTracker).completed(any(), eq("T2"));
    }

    @Test
    void t1_missedDeadline_flagsTheStepOverdueAndTheTaskStaysOpen() throws Exception {
        ProcessInstance pi = start();
        Job deadline = job("Timer_T1Deadline", pi);
        assertThat(deadline.getDuedate().getTime())
                .isEqualTo(((Date) runtimeService().getVariable(pi.getId(), "dueT1")).getTime());

        execute(deadline);

        verify(markOverdue).execute(any());
        assertThat(overdueSteps).containsExactly("T1");
        assertThat(pi)
                .hasPassed("Task_FlagT1Overdue", "EndEvent_T1OverdueFlagged")
                .isWaitingAt("T1_PlanReelection");
        // the flag is raised once: the timer is spent, the work goes on
        assertThat(jobQuery()
                        .processInstanceId(pi.getId())
                        .activityId("Timer_T1Deadline")
                        .count())
                .isZero();
        complete(task(pi));
        assertThat(pi).isWaitingAt("T2_SubmitConveneRequest");
    }

    @Test
    void t7_missedDeadline_flagsTheCongressOverdueAndItsRaceStaysOpen() throws Exception {
        ProcessInstance pi = start();
        driveUntil(pi, "T7_RecordCommitteeElection");

        execute(job("Timer_T7Deadline", pi));

        assertThat(overdueSteps).containsExactly("T7");
        assertThat(pi).isWaitingAt("T7_RecordCommitteeElection");
    }

    @Test
    void r6_noQuorum_recordsTheBallotAgain() {
        counts.script("committee", Counts.RECORD_AGAIN);
        ProcessInstance pi = start();
        driveUntil(pi, "T7_RecordCommitteeElection");

        complete(task(pi));

        assertThat(pi).isWaitingAt("T7_RecordCommitteeElection").hasPassed("Task_CountRaceBallots");
        complete(task(pi));
        assertThat(pi).isWaitingAt("T7_RecordDisciplineElection");
        assertThat(counts.counted).endsWith("committee", "committee");
        verify(prepareRace, times(2)).execute(any()); // once per race: a ballot recorded again is not prepared again
    }

    @Test
    void r3_delegateBallotNotValid_recordsTheOrganisationsElectionAgain() {
        counts.script("delegates", Counts.RECORD_AGAIN);
        ProcessInstance pi = start();
        driveUntil(pi, "T3_RecordDelegateElection");
        Task first = openTasks(pi, "T3_RecordDelegateElection").get(0);
        Object organisation = taskService().getVariable(first.getId(), "organisationCode");

        complete(first);

        assertThat(openTasks(pi, "T3_RecordDelegateElection"))
                .extracting(t -> taskService().getVariable(t.getId(), "organisationCode"))
                .contains(organisation);
        assertThat(pi).isNotWaitingAt("T3_ReviewElectedDelegates");
        assertThat(counts.counted).containsExactly("delegates");
    }

    @Test
    void r6_tie_goesToTheRevoteAndThenToTheNextRace() {
        counts.script("discipline", Counts.REVOTE);
        ProcessInstance pi = start();
        driveUntil(pi, "T7_RecordDisciplineElection");

        complete(task(pi));

        assertThat(pi).isWaitingAt("T7_RecordRevote");
        assertThat(taskService().getVariable(task(pi).getId(), "race")).isEqualTo("discipline");
        complete(task(pi));
        assertThat(pi).isWaitingAt("T7_RecordCountyDelegateElection");
        assertThat(counts.counted).endsWith("discipline", "discipline");
    }

    @Test
    void r6_unfilledCongressSeat_isReportedAndTheNextRaceFollows() {
        counts.script("countyDelegates", Counts.unfilled(1));
        ProcessInstance pi = start();
        driveUntil(pi, "T7_RecordCountyDelegateElection");

        complete(task(pi));

        assertThat(pi).isWaitingAt("T7_HandleUnfilledSeats");
        verify(unfilledSeats).notify(any());
        complete(task(pi), withVariables("approved", true));
        assertThat(pi).hasPassed("EndEvent_CongressVacancyReported").isWaitingAt("T7_RecordSecretaryElection");
        verify(unfilledSeats, times(2)).notify(any()); // start and end of the report
    }

    @Test
    void t3_unfilledDelegateSeats_furtherElectionGoesBackToNomination() {
        counts.script("delegates", Counts.unfilled(2));
        ProcessInstance pi = start();
        driveUntil(pi, "T3_HandleUnfilledSeats");
        Object organisation =
                taskService().getVariable(task("T3_HandleUnfilledSeats", pi).getId(), "organisationCode");

        complete(task("T3_HandleUnfilledSeats", pi), withVariables("approved", true, "comment", "另行选举"));

        assertThat(openTasks(pi, "T3_NominateDelegateCandidates"))
                .extracting(t -> taskService().getVariable(t.getId(), "organisationCode"))
                .contains(organisation);
        assertThat(pi).isNotWaitingAt("T3_ReviewElectedDelegates");
        verify(unfilledSeats, times(2)).notify(any());
    }

    @Test
    void t3_unfilledDelegateSeats_keptVacant_endsTheOrganisationsElection() {
        counts.script("delegates", Counts.unfilled(2));
        ProcessInstance pi = start();
        driveUntil(pi, "T3_HandleUnfilledSeats");

        complete(task("T3_HandleUnfilledSeats", pi), withVariables("approved", false, "comment", "保留缺额"));
        driveUntil(pi, "T3_ReviewElectedDelegates");

        assertThat(pi).hasPassed("EndEvent_DelegateVacancyReported").isWaitingAt("T3_ReviewElectedDelegates");
    }

    @Test
    void r3_makeupBreach_needsTheCountysExceptionBeforeTheReview() {
        makeupBreach = true;
        ProcessInstance pi = start();
        driveUntil(pi, "T3_GrantMakeupException");
        assertThat(pi).isNotWaitingAt("T3_ReviewElectedDelegates");
        assertThat(task("T3_GrantMakeupException", pi)).hasCandidateGroup("county-C1");

        complete(task("T3_GrantMakeupException", pi), withVariables("approved", true, "comment", "准予例外"));

        assertThat(pi).isWaitingAt("T3_ReviewElectedDelegates");
    }

    @Test
    void r7_secretaryCandidateNotElected_countyNamesTheReplacementBeforeTheBallot() {
        missing.put("secretary", new ArrayDeque<>(List.of(1)));
        ProcessInstance pi = start();
        driveUntil(pi, "T7_NameSecretaryReplacement");
        assertThat(pi).isNotWaitingAt("T7_RecordSecretaryElection");
        assertThat(task("T7_NameSecretaryReplacement", pi)).hasCandidateGroup("county-C1");
        verify(nameCandidates, never()).execute(any());

        complete(task("T7_NameSecretaryReplacement", pi), withVariables("approved", true, "comment", "从当选委员中指定"));

        verify(nameCandidates).execute(any());
        assertThat(pi).hasPassed("Task_NameSecretaryCandidates").isWaitingAt("T7_RecordSecretaryElection");
        verify(prepareRace, times(4 + 1)).execute(any()); // the secretary race is prepared again with the replacement
    }

    @Test
    void r8_disciplineSecretaryNotElected_countyNamesANewCandidateAndTheRaceIsPreparedAgain() {
        counts.script("disciplineSecretary", Counts.unfilled(1));
        ProcessInstance pi = start();
        driveUntil(pi, "T8_DecideDisciplineVacancy");
        assertThat(task("T8_DecideDisciplineVacancy", pi)).hasCandidateGroup("county-C1");
        verify(unfilledSeats).notify(any());

        complete(task("T8_DecideDisciplineVacancy", pi), withVariables("approved", true, "comment", "提出新的候选人"));

        verify(nameCandidates).execute(any());
        assertThat(pi).hasPassed("Task_NameDisciplineCandidate").isWaitingAt("T8_RecordDisciplineSecretaryElection");
        assertThat(taskService().getVariable(task(pi).getId(), "race")).isEqualTo("disciplineSecretary");
    }

    @Test
    void r8_disciplineCandidateNotOnTheCommission_vacancyKeptForALaterPlenary() {
        missing.put("disciplineDeputy", new ArrayDeque<>(List.of(1)));
        ProcessInstance pi = start();
        driveUntil(pi, "T8_DecideDisciplineVacancy");
        assertThat(pi)
                .hasPassed("T8_ApproveDisciplineSecretary")
                .isNotWaitingAt("T8_RecordDisciplineSecretaryElection");

        complete(task("T8_DecideDisciplineVacancy", pi), withVariables("approved", false, "comment", "留待以后的全会补选"));

        assertThat(pi).hasPassed("EndEvent_DisciplineVacancyKept").isWaitingAt("T9_SubmitResultReport");
        verify(nameCandidates, never()).execute(any());
        verify(checkElectedCommittee).execute(any());
    }

    @Test
    void t9_returnedReport_goesBackToTheTownship() {
        ProcessInstance pi = start();
        driveUntil(pi, "T9_AcknowledgeResultReport");

        complete(task(pi), withVariables("approved", false, "comment", "请补充当选人员名单"));

        assertThat(pi).isWaitingAt("T9_SubmitResultReport");
        verify(checkElectedCommittee).execute(any()); // the structure is checked once, before the first submission
    }

    // ---------------------------------------------------------------------------------------------------------------

    private ProcessInstance start() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("campaignId", CAMPAIGN_ID);
        variables.put("townshipCode", "TS01");
        variables.put("secretaryGroup", "township-TS01");
        variables.put("officeGroup", "office-TS01");
        variables.put("reviewGroup", "review-TS01");
        variables.put("countyGroup", "county-C1");
        variables.put("organisationCodes", new ArrayList<>(ORGANISATIONS));
        variables.put(
                "congressRaces", new ArrayList<>(List.of("committee", "discipline", "countyDelegates", "secretary")));
        Date now = ClockUtil.getCurrentTime();
        for (int step = 1; step <= 9; step++) {
            variables.put("dueT" + step, Date.from(now.toInstant().plus(Duration.ofDays(7L * step))));
        }
        return runtimeService().startProcessInstanceByKey(KEY, "TS01", variables);
    }

    /** Completes open tasks with a yes until {@code taskKey} is open. */
    private void driveUntil(ProcessInstance pi, String taskKey) {
        ModelTestSupport.driveUntil(engine(), pi, taskKey, Map.of("approved", true, "comment", "同意"));
    }

    private void driveToEnd(ProcessInstance pi) {
        ModelTestSupport.driveToEnd(engine(), pi, Map.of("approved", true, "comment", "同意"));
    }

    private List<Task> openTasks(ProcessInstance pi, String taskKey) {
        return taskService()
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(taskKey)
                .list();
    }

    private static ProcessEngine engine() {
        return processEngine();
    }
}
