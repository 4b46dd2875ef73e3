package cn.county.reelection.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.county.reelection.campaign.Step;
import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.reporting.Board;
import cn.county.reelection.reporting.BoardService;
import cn.county.reelection.timeline.DeadlineEvent;
import cn.county.reelection.timeline.DeadlineEventRepository;
import cn.county.reelection.timeline.StepState;
import cn.county.reelection.township.CampaignCreated;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R14 county windows on the real process: a county task is due 3 working days after the township
 * submits; a later decision is the county's delay (COUNTY_LATE, 县委组织部逾期 on the board), and the
 * township's step is never marked late for the time the county held its work.
 */
class CountyWindowProcessTest extends ProcessTestSupport {

    @Autowired
    BoardService boards;

    @Autowired
    DeadlineEventRepository events;

    @Autowired
    TownshipRepository townships;

    private static Date at(int month, int day, int hour, int minute, int second) {
        return Date.from(ZonedDateTime.of(2026, month, day, hour, minute, second, 0, ZONE)
                .toInstant());
    }

    /** T2 due Tuesday 10 November; the township submits its request on Monday 9 November. */
    private ProcessInstance submittedOnMonday(CampaignCreated campaign) {
        ProcessInstance pi = instance(campaign);
        complete(task("T1_PlanReelection", pi), Map.of());
        setClock(2026, 11, 9, 9);
        complete(task("T2_SubmitConveneRequest", pi), Map.of());
        return pi;
    }

    private List<DeadlineEvent> events(CampaignCreated campaign, DeadlineEvent.Kind kind) {
        long townshipId =
                townships.findByCampaignIdOrderById(campaign.id()).get(0).getId();
        return events.findByTownshipIdAndStepAndKind(townshipId, Step.T2, kind);
    }

    private Board.Cell t2(CampaignCreated campaign) {
        return boards.board(campaign.id()).townships().get(0).steps().get(Step.T2.ordinal());
    }

    /** Fires the T2 deadline timer as the job executor would once its due time has passed. */
    private void fireT2Deadline(ProcessInstance pi) {
        Job timer = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId("Timer_T2Deadline")
                .singleResult();
        assertThat(timer.getDuedate()).isBefore(ClockUtil.getCurrentTime());
        engine.getManagementService().executeJob(timer.getId());
    }

    @Test
    void r14_countyDecisionAfterThreeWorkingDays_isTheCountysDelay_notTheTownships() {
        CampaignCreated campaign = startTownship(40);
        ProcessInstance pi = submittedOnMonday(campaign);
        Task review = task("T2_ReviewConveneRequest", pi);
        // the county's own window: 3 working days after Monday's submission, not the step's 10 November
        assertThat(review.getDueDate()).isEqualTo(at(11, 12, 23, 59, 59));

        // Friday 13 November: the step's deadline and the county's window both passed while the county held the request
        setClock(2026, 11, 13, 10);
        fireT2Deadline(pi);
        assertThat(events(campaign, DeadlineEvent.Kind.OVERDUE)).isEmpty();
        Board.Cell waiting = t2(campaign);
        assertThat(waiting.state()).isNotEqualTo(StepState.OVERDUE);
        assertThat(waiting.countyDelay()).isEqualTo(Board.Cell.COUNTY_LATE);

        complete(review, Map.of("approved", true));

        assertThat(events(campaign, DeadlineEvent.Kind.DONE_LATE)).isEmpty();
        List<DeadlineEvent> countyLate = events(campaign, DeadlineEvent.Kind.COUNTY_LATE);
        assertThat(countyLate).hasSize(1);
        assertThat(countyLate.get(0).getMessage()).contains("县委组织部", "2026年11月12日", "不计入乡镇");
        Board.Row row = boards.board(campaign.id()).townships().get(0);
        Board.Cell done = row.steps().get(Step.T2.ordinal());
        assertThat(done.state()).isEqualTo(StepState.DONE);
        assertThat(done.countyDelay()).isEqualTo(Board.Cell.COUNTY_LATE);
        assertThat(row.overdueCount()).isZero();
    }

    @Test
    void r14_countyDecisionOnTheThirdWorkingDay_isInTime_andTheTownshipIsNotLateForIt() {
        CampaignCreated campaign = startTownship(40);
        ProcessInstance pi = submittedOnMonday(campaign);
        Task review = task("T2_ReviewConveneRequest", pi);

        setClock(
                2026, 11, 12,
                23); // Thursday, the county's last day: after the step's deadline, inside the county's window
        assertThat(t2(campaign).state()).isNotEqualTo(StepState.OVERDUE);
        assertThat(t2(campaign).countyDelay()).isNull();
        complete(review, Map.of("approved", true));

        assertThat(events(campaign, DeadlineEvent.Kind.COUNTY_LATE)).isEmpty();
        assertThat(events(campaign, DeadlineEvent.Kind.DONE_LATE)).isEmpty();
        assertThat(t2(campaign).state()).isEqualTo(StepState.DONE);
        assertThat(t2(campaign).countyDelay()).isNull();
    }

    @Test
    void r14_aTownshipSubmittingAfterItsDeadline_isStillLate_whateverTheCountyDoes() {
        CampaignCreated campaign = startTownship(40);
        ProcessInstance pi = instance(campaign);
        complete(task("T1_PlanReelection", pi), Map.of());
        setClock(2026, 11, 11, 9); // Wednesday: the township submits a day after its deadline
        fireT2Deadline(pi);
        assertThat(events(campaign, DeadlineEvent.Kind.OVERDUE)).hasSize(1);
        complete(task("T2_SubmitConveneRequest", pi), Map.of());
        complete(task("T2_ReviewConveneRequest", pi), Map.of("approved", true)); // the county decides the same day

        assertThat(events(campaign, DeadlineEvent.Kind.COUNTY_LATE)).isEmpty();
        assertThat(t2(campaign).state()).isEqualTo(StepState.DONE_LATE);
        assertThat(t2(campaign).countyDelay()).isNull();
    }
}
