package cn.county.reelection.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.ReelectionApplication;
import cn.county.reelection.timeline.DeadlineEvent;
import cn.county.reelection.timeline.DeadlineEventRepository;
import cn.county.reelection.township.CampaignCreated;
import cn.county.reelection.township.CampaignRequest;
import cn.county.reelection.township.CampaignService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes of the service (two Spring Boot contexts, each with its own engine and job executor)
 * on one database — Camunda's own clustering. H2 in memory under {@code mvn verify}; the machine's
 * PostgreSQL when {@code .ci/run} passes {@code spring.datasource.url}.
 */
class TwoNodeClusterTest {

    private static final int TOWNSHIPS = 200;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    static ConfigurableApplicationContext node(String name) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--camunda.bpm.process-engine-name=" + name,
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--camunda.bpm.job-execution.enabled=true",
                // one job at a time and room for one more: a node cannot lock the whole burst while the other
                // sleeps, so on a fast machine too both nodes take part, and the race for the same rows is real
                "--camunda.bpm.job-execution.wait-time-in-millis=50",
                "--camunda.bpm.job-execution.max-wait=50",
                "--camunda.bpm.job-execution.max-jobs-per-acquisition=1",
                "--camunda.bpm.job-execution.core-pool-size=1",
                "--camunda.bpm.job-execution.max-pool-size=1",
                "--camunda.bpm.job-execution.queue-capacity=1"));
        if (System.getProperty("spring.datasource.url") == null) {
            args.add("--spring.datasource.url=jdbc:h2:mem:reelection-cluster;DB_CLOSE_DELAY=-1"); // else .ci/run's
            // PostgreSQL
        }
        return new SpringApplicationBuilder(ReelectionApplication.class)
                .profiles("test")
                .run(args.toArray(String[]::new));
    }

    @BeforeAll
    static void startNodes() {
        nodeA = node("nodeA");
        nodeB = node("nodeB");
    }

    @AfterAll
    static void stopNodes() {
        ClockUtil.reset();
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @Test
    void twoHundredDeadlineTimersFireExactlyOnceAcrossTwoNodes_andATaskCompletedOnAIsSeenOnB() throws Exception {
        // a campaign of 200 townships whose T1 is due at the end of today (engine time)
        LocalDate t1 = LocalDate.of(2026, 11, 5);
        ClockUtil.setCurrentTime(Date.from(t1.atTime(9, 0).atZone(ZONE).toInstant()));
        List<CampaignRequest.TownshipRequest> townships = new ArrayList<>();
        for (int i = 0; i < TOWNSHIPS; i++) {
            String code = "CL%03d".formatted(i);
            townships.add(new CampaignRequest.TownshipRequest(
                    code, "集群乡" + i, List.of(new CampaignRequest.OrganisationRequest(code + "-B01", "第一支部", 30))));
        }
        CampaignCreated campaign = nodeA.getBean(CampaignService.class)
                .start(new CampaignRequest("集群县", "cluster", 2026, Map.of("T1", t1), townships), "admin");
        Set<String> instances = campaign.townships().stream()
                .map(CampaignCreated.StartedTownship::processInstanceId)
                .collect(Collectors.toSet());

        // a task completed on node A is seen on node B at once
        TaskService tasksA = nodeA.getBean(ProcessEngine.class).getTaskService();
        TaskService tasksB = nodeB.getBean(ProcessEngine.class).getTaskService();
        String first = campaign.townships().get(0).processInstanceId();
        Task t1OnB = tasksB.createTaskQuery().processInstanceId(first).singleResult();
        assertThat(t1OnB.getTaskDefinitionKey()).isEqualTo("T1_PlanReelection");
        tasksA.complete(
                t1OnB.getId(),
                Variables.createVariables()
                        .putValue(
                                "congressDate",
                                Date.from(LocalDate.of(2026, 11, 28)
                                        .atTime(9, 0)
                                        .atZone(ZONE)
                                        .toInstant()))
                        .putValue("delegateQuota", 75)
                        .putValue("committeeSeats", 11)
                        .putValue("disciplineSeats", 5)
                        .putValue("countyDelegateSeats", 5));
        assertThat(tasksB.createTaskQuery()
                        .processInstanceId(first)
                        .singleResult()
                        .getTaskDefinitionKey())
                .isEqualTo("T2_SubmitConveneRequest");

        // the engine clock runs again, 3 seconds before the T1 deadline: 199 timers fall due at once
        long toDeadline =
                t1.plusDays(1).atStartOfDay(ZONE).toInstant().minusSeconds(4).toEpochMilli()
                        - System.currentTimeMillis();
        // offset() replaces the fixed clock in one step: a reset() first would let a node's acquisition read the real
        // date, weeks past the deadline, lock a timer and fire it on the moved clock, before its deadline (no mark)
        ClockUtil.offset(toDeadline);
        ManagementService management = nodeA.getBean(ProcessEngine.class).getManagementService();
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline
                && management.createJobQuery().timers().activityId("Timer_T1Deadline").list().stream()
                        .anyMatch(j -> instances.contains(j.getProcessInstanceId()))) {
            Thread.sleep(200);
        }

        // exactly once in total: every timer gone, 199 overdue marks, each fired by one node only
        assertThat(management
                        .createJobQuery()
                        .timers()
                        .activityId("Timer_T1Deadline")
                        .list())
                .noneMatch(j -> instances.contains(j.getProcessInstanceId()));
        // (the database may hold other tests' instances on PostgreSQL: only this campaign's jobs count)
        assertThat(management.createJobQuery().withException().list())
                .noneMatch(j -> instances.contains(j.getProcessInstanceId()));
        List<DeadlineEvent> overdue =
                nodeB.getBean(DeadlineEventRepository.class).findByTownshipCampaignIdOrderByOccurredAt(campaign.id());
        assertThat(overdue).hasSize(TOWNSHIPS - 1).allMatch(e -> e.getKind() == DeadlineEvent.Kind.OVERDUE);
        assertThat(overdue.stream().map(e -> e.getTownship().getId()).distinct().count())
                .isEqualTo(TOWNSHIPS - 1);
        HistoryService history = nodeB.getBean(ProcessEngine.class).getHistoryService();
        long fired =
                history
                        .createHistoricActivityInstanceQuery()
                        .activityId("Task_FlagT1Overdue")
                        .finished()
                        .list()
                        .stream()
                        .filter(a -> instances.contains(a.getProcessInstanceId()))
                        .count();
        assertThat(fired).isEqualTo(TOWNSHIPS - 1);
        // one successful execution per timer, and the job log names the node that ran it: both took part
        Map<String, Long> byNode =
                history.createHistoricJobLogQuery().successLog().activityIdIn("Timer_T1Deadline").list().stream()
                        .filter(l -> instances.contains(l.getProcessInstanceId()))
                        .collect(Collectors.groupingBy(l -> l.getHostname(), Collectors.counting()));
        System.out.printf("deadline jobs executed per node: %s%n", byNode);
        assertThat(byNode.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(TOWNSHIPS - 1);
        assertThat(byNode.keySet()).containsExactlyInAnyOrder("nodeA", "nodeB");
    }
}
