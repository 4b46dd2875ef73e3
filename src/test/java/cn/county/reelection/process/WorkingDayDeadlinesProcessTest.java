package cn.county.reelection.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.county.reelection.campaign.Step;
import cn.county.reelection.reporting.Board;
import cn.county.reelection.reporting.BoardService;
import cn.county.reelection.timeline.StepState;
import cn.county.reelection.township.CampaignCreated;
import cn.county.reelection.township.CampaignRequest;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deadlines in working days on the real process: a deadline on a
 * holiday or weekend moves to the previous working day, tasks carry a reminder (follow-up date)
 * one working day before their due date, and the board flags steps due within 3 working days.
 */
class WorkingDayDeadlinesProcessTest extends ProcessTestSupport {

    private static final AtomicInteger CODES = new AtomicInteger();

    @Autowired
    BoardService boards;

    private CampaignCreated start(Map<String, LocalDate> deadlines, CampaignRequest.CalendarRequest calendar) {
        String code = "W" + CODES.incrementAndGet();
        return campaigns.start(
                new CampaignRequest(
                        "工作日县",
                        "work",
                        2026,
                        deadlines,
                        List.of(new CampaignRequest.TownshipRequest(
                                code,
                                "工作日乡" + code,
                                List.of(new CampaignRequest.OrganisationRequest(code + "-B1", "第一支部", 40)))),
                        calendar),
                "admin");
    }

    private static Date at(int year, int month, int day, int hour, int minute, int second) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, second, 0, ZONE)
                .toInstant());
    }

    @Test
    void t1_deadlineOnNationalDay_movesToTheLastWorkingDayBefore_onTheCampaignTaskAndBoard() {
        setClock(2026, 9, 1, 9);
        CampaignCreated campaign = start(Map.of("T1", LocalDate.of(2026, 10, 3)), null);
        ProcessInstance pi = instance(campaign);

        assertThat(campaign.deadlines().get(Step.T1)).isEqualTo(LocalDate.of(2026, 9, 30));
        Task t1 = task("T1_PlanReelection", pi);
        assertThat(t1.getDueDate()).isEqualTo(at(2026, 9, 30, 23, 59, 59));
        assertThat(t1.getFollowUpDate()).isEqualTo(at(2026, 9, 29, 0, 0, 0));
        assertThat(boards.board(campaign.id()).townships().get(0).steps().get(0).dueDate())
                .isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void t1_reminder_taskDueOnMondayIsFollowedUpOnFriday() {
        CampaignCreated campaign = start(Map.of("T1", LocalDate.of(2026, 11, 9)), null); // a Monday

        Task t1 = task("T1_PlanReelection", instance(campaign));

        assertThat(t1.getDueDate()).isEqualTo(at(2026, 11, 9, 23, 59, 59));
        assertThat(t1.getFollowUpDate()).isEqualTo(at(2026, 11, 6, 0, 0, 0));
    }

    @Test
    void t1_reminder_theAdjustedSaturdayAfterNationalDayIsAWorkingDay() {
        setClock(2026, 9, 1, 9);
        CampaignCreated campaign =
                start(Map.of("T1", LocalDate.of(2026, 10, 12)), null); // Monday after 国庆 and 调休 Saturday

        Task t1 = task("T1_PlanReelection", instance(campaign));

        assertThat(t1.getFollowUpDate()).isEqualTo(at(2026, 10, 10, 0, 0, 0));
    }

    @Test
    void t3ToT6_campaignCalendarOverridesTheTable_forDefaultsAndTheCongressEve() {
        CampaignCreated campaign = start(
                new LinkedHashMap<>(),
                new CampaignRequest.CalendarRequest(
                        List.of(LocalDate.of(2026, 11, 20)), List.of(LocalDate.of(2026, 11, 29))));
        ProcessInstance pi = instance(campaign);

        // 20 November is the campaign's own holiday: T3 and T4 move to Thursday 19 November
        assertThat(campaign.deadlines())
                .containsEntry(Step.T3, LocalDate.of(2026, 11, 19))
                .containsEntry(Step.T4, LocalDate.of(2026, 11, 19))
                // Sunday 29 November is worked: the eve of the Monday congress
                .containsEntry(Step.T5, LocalDate.of(2026, 11, 29))
                .containsEntry(Step.T6, LocalDate.of(2026, 11, 29));

        complete(task("T1_PlanReelection", pi), Map.of("congressDate", LocalDate.of(2026, 11, 24))); // a Tuesday
        Task submit = task("T2_SubmitConveneRequest", pi);
        assertThat(submit.getFollowUpDate()).isEqualTo(at(2026, 11, 9, 0, 0, 0)); // T2 due Tuesday 10 November
        Board.Row row = boards.board(campaign.id()).townships().get(0);
        assertThat(row.steps().get(Step.T5.ordinal()).dueDate())
                .isEqualTo(LocalDate.of(2026, 11, 23)); // Monday before the congress
    }

    @Test
    void t1_boardFlagsAnOpenStepDueWithinThreeWorkingDays_andCountsOverdueAndLateSteps() {
        CampaignCreated campaign = start(new LinkedHashMap<>(), null); // T1 due Thursday 5 November
        ProcessInstance pi = instance(campaign);

        setClock(2026, 11, 1, 9); // Sunday: 4 working days left
        assertThat(t1State(campaign)).isEqualTo(StepState.OPEN);
        setClock(2026, 11, 2, 9); // Monday: 3 working days left
        assertThat(t1State(campaign)).isEqualTo(StepState.DUE_SOON);
        setClock(2026, 11, 5, 18); // the deadline day itself
        assertThat(t1State(campaign)).isEqualTo(StepState.DUE_SOON);
        setClock(2026, 11, 6, 8);
        assertThat(t1State(campaign)).isEqualTo(StepState.OVERDUE);
        assertThat(boards.board(campaign.id()).townships().get(0).overdueCount())
                .isEqualTo(1);

        complete(task("T1_PlanReelection", pi), Map.of());

        Board.Row row = boards.board(campaign.id()).townships().get(0);
        assertThat(row.steps().get(0).state()).isEqualTo(StepState.DONE_LATE);
        assertThat(row.steps().get(1).state())
                .isEqualTo(StepState.DUE_SOON); // T2 due Tuesday 10 November: 2 working days
        assertThat(row.steps().get(2).state()).isEqualTo(StepState.NOT_STARTED); // not started is never due soon
        assertThat(row.overdueCount()).isEqualTo(1); // done late still counts
    }

    @Test
    void t8_t9_deadlines_followTheTownshipsCongressDate() {
        CampaignCreated campaign = start(new LinkedHashMap<>(), null); // the campaign's T7 default: Monday 30 November
        ProcessInstance pi = instance(campaign);
        assertThat(campaign.deadlines())
                .containsEntry(Step.T8, LocalDate.of(2026, 11, 30))
                .containsEntry(Step.T9, LocalDate.of(2026, 12, 3));

        complete(task("T1_PlanReelection", pi), Map.of("congressDate", LocalDate.of(2026, 11, 24))); // a Tuesday

        // T8 the congress day itself, T9 three working days after: Friday 27 November
        Board.Row row = boards.board(campaign.id()).townships().get(0);
        assertThat(row.steps().get(Step.T8.ordinal()).dueDate()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(row.steps().get(Step.T9.ordinal()).dueDate()).isEqualTo(LocalDate.of(2026, 11, 27));

        driveUntil(pi, t -> t.getTaskDefinitionKey().startsWith("T8_"));
        assertThat(openTasks(pi).stream()
                        .filter(t -> t.getTaskDefinitionKey().startsWith("T8_"))
                        .findFirst()
                        .orElseThrow()
                        .getDueDate())
                .isEqualTo(at(2026, 11, 24, 23, 59, 59));
        assertThat(timerDue(pi, "Timer_T8Deadline")).isEqualTo(at(2026, 11, 24, 23, 59, 59));

        driveUntil(pi, "T9_SubmitResultReport");
        assertThat(task("T9_SubmitResultReport", pi).getDueDate()).isEqualTo(at(2026, 11, 27, 23, 59, 59));
        assertThat(timerDue(pi, "Timer_T9Deadline")).isEqualTo(at(2026, 11, 27, 23, 59, 59));
    }

    private Date timerDue(ProcessInstance pi, String activityId) {
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId(activityId)
                .singleResult()
                .getDuedate();
    }

    private StepState t1State(CampaignCreated campaign) {
        return boards.board(campaign.id()).townships().get(0).steps().get(0).state();
    }
}
