package cn.county.reelection.dryrun;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.calendar.WorkingCalendar;
import cn.county.reelection.campaign.CampaignRepository;
import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.dryrun.DryRunReport.Behaviour;
import cn.county.reelection.reporting.Board;
import cn.county.reelection.timeline.StepState;
import cn.county.reelection.township.DemoData;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** The dry run: the demo county rehearsed on the real process, its board matching the simulated script. */
@SpringBootTest
@ActiveProfiles("test")
class DryRunTest {

    @Autowired
    DryRunService dryRuns;

    @Autowired
    CampaignRepository campaigns;

    @Autowired
    TownshipRepository townships;

    @Autowired
    RuntimeService runtime;

    @Autowired
    WorkingCalendar calendar;

    @AfterEach
    void clearUser() {
        SecurityContextHolder.clearContext();
    }

    /** state of every township × step in a snapshot, as "TS01.T3" → state */
    static Map<String, StepState> states(DryRunReport.Snapshot snapshot) {
        Map<String, StepState> states = new LinkedHashMap<>();
        for (Board.Row row : snapshot.board().townships()) {
            row.steps().forEach(c -> states.put(row.code() + "." + c.step(), c.state()));
        }
        return states;
    }

    static DryRunReport.Snapshot on(DryRunReport report, LocalDate day) {
        return report.snapshots().stream()
                .filter(s -> s.day().equals(day))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void t1ToT9_dryRunOfTheDemoCounty_finishesUnderAMinute_boardMatchesTheScript_andKeepsNothing() {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "admin", null, AuthorityUtils.createAuthorityList("camunda-admin")));
        long campaignsBefore = campaigns.count();
        long instancesBefore = runtime.createProcessInstanceQuery().count();
        LocalDate today = LocalDate.of(2026, 11, 1);

        long began = System.nanoTime();
        DryRunReport report = dryRuns.run(DemoData.request(today, calendar), "admin");
        long millis = (System.nanoTime() - began) / 1_000_000;

        System.out.printf(
                "dry run of the demo county: %d ms, %d snapshots%n",
                millis, report.snapshots().size());
        assertThat(millis).isLessThan(60_000);
        assertThat(report.script())
                .extracting(DryRunReport.SimulatedTownship::code, DryRunReport.SimulatedTownship::behaviour)
                .containsExactly(
                        Tuple.tuple("TS01", Behaviour.ON_TIME),
                        Tuple.tuple("TS02", Behaviour.RETURNED_AND_TIE),
                        Tuple.tuple("TS03", Behaviour.LATE));
        // the demo's deadlines in working days: T1 +3, T2 +5, T3/T4 +12, T5/T6 the working day before the congress,
        // T7/T8 +19; T9 3 working days after the township's congress (DOMAIN.md "T8, T9 dates"), not the demo's +21
        LocalDate t1 = calendar.addWorkingDays(today, 3), t2 = calendar.addWorkingDays(today, 5);
        LocalDate t3 = calendar.addWorkingDays(today, 12), t7 = calendar.addWorkingDays(today, 19);
        assertThat(report.snapshots())
                .extracting(DryRunReport.Snapshot::day)
                .containsExactly(t1, t2, t3, calendar.addWorkingDays(t7, -1), t7, calendar.addWorkingDays(t7, 3));

        assertThat(report.script().get(0).events()).isEmpty();
        assertThat(report.script().get(1).events())
                .containsExactly(
                        t2 + " 审批召开党代会请示（石鼓镇）被退回：请补充代表名额分配方案",
                        t3 + " 审批两委候选人预备人选（石鼓镇）被退回：请补充候选人考察材料",
                        t7 + " 重新投票：党委委员");
        Map<String, StepState> afterT2 = states(on(report, t2));
        assertThat(afterT2)
                .containsEntry("TS01.T2", StepState.DONE)
                .containsEntry("TS02.T2", StepState.DONE)
                .containsEntry("TS03.T2", StepState.DONE)
                .containsEntry("TS01.T3", StepState.OPEN);

        // T3 day: the late township's delegate election is overdue, the others are done
        Map<String, StepState> afterT3 = states(on(report, t3));
        assertThat(afterT3)
                .containsEntry("TS01.T3", StepState.DONE)
                .containsEntry("TS02.T3", StepState.DONE)
                .containsEntry("TS03.T3", StepState.OVERDUE)
                .containsEntry("TS03.T4", StepState.DONE)
                .containsEntry("TS02.T4", StepState.DONE);
        assertThat(on(report, t3).board().townships().get(2).overdueCount()).isEqualTo(1);

        // the end: every step done, the late one done late
        Map<String, StepState> end =
                states(report.snapshots().get(report.snapshots().size() - 1));
        assertThat(end).hasSize(27).containsEntry("TS03.T3", StepState.DONE_LATE);
        assertThat(end.entrySet())
                .filteredOn(e -> !e.getKey().equals("TS03.T3"))
                .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isEqualTo(StepState.DONE));

        // a rehearsal leaves nothing behind
        assertThat(campaigns.count()).isEqualTo(campaignsBefore);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
        assertThat(townships.findAll()).noneMatch(t -> t.getBusinessKey().startsWith("DRY-"));
    }
}
