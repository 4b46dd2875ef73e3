package cn.county.reelection.notice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.ReelectionApplication;
import cn.county.reelection.township.CampaignCreated;
import cn.county.reelection.township.CampaignRequest;
import cn.county.reelection.township.CampaignService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes of the service on one database, each with its job executor (as cluster/TwoNodeClusterTest): every
 * notice is posted exactly once, whichever node takes its job.
 */
class NoticeClusterTest {

    private static final int TOWNSHIPS = 60;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static RobotServer robots;

    static ConfigurableApplicationContext node(String name) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--camunda.bpm.process-engine-name=" + name,
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--camunda.bpm.job-execution.enabled=true",
                // one job at a time and room for one more: neither node can lock the whole batch while the other
                // sleeps, however fast the machine
                "--camunda.bpm.job-execution.wait-time-in-millis=50",
                "--camunda.bpm.job-execution.max-wait=50",
                "--camunda.bpm.job-execution.max-jobs-per-acquisition=1",
                "--camunda.bpm.job-execution.core-pool-size=1",
                "--camunda.bpm.job-execution.max-pool-size=1",
                "--camunda.bpm.job-execution.queue-capacity=1",
                "--reelection.notices.enabled=true"));
        if (System.getProperty("spring.datasource.url") == null) {
            args.add("--spring.datasource.url=jdbc:h2:mem:notices-cluster;DB_CLOSE_DELAY=-1");
        }
        return new SpringApplicationBuilder(ReelectionApplication.class)
                .profiles("test")
                .run(args.toArray(String[]::new));
    }

    @BeforeAll
    static void startNodes() throws Exception {
        robots = new RobotServer();
        robots.delayMillis = 40; // a robot takes its time
        nodeA = node("nodeA");
        nodeB = node("nodeB");
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        if (robots != null) {
            robots.close();
        }
    }

    /** A year ahead: no deadline of the campaign has passed on the real clock the job executors run on. */
    @Test
    void sixtyTasksArriveAtOnce_eachRobotGetsItsNoticeExactlyOnce_fromEitherNode() throws Exception {
        List<CampaignRequest.TownshipRequest> townships = new ArrayList<>();
        Map<String, NoticeSettingsRequest.Webhook> hooks = new LinkedHashMap<>();
        for (int i = 0; i < TOWNSHIPS; i++) {
            String code = "NC%03d".formatted(i);
            townships.add(new CampaignRequest.TownshipRequest(
                    code, "集群通知乡" + i, List.of(new CampaignRequest.OrganisationRequest(code + "-B01", "第一支部", 30))));
            hooks.put(code, new NoticeSettingsRequest.Webhook(robots.url("/hook/" + code), "WECOM", "text"));
        }
        CampaignCreated campaign = nodeA.getBean(CampaignService.class)
                .start(
                        new CampaignRequest(
                                "集群通知县",
                                "noticecluster",
                                2027,
                                null,
                                townships,
                                null,
                                new NoticeSettingsRequest(null, hooks, null)),
                        "admin");
        assertThat(campaign.townships()).hasSize(TOWNSHIPS);

        ManagementService management = nodeB.getBean(ProcessEngine.class).getManagementService();
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline
                && (robots.posts.size() < TOWNSHIPS
                        || management
                                        .createJobQuery()
                                        .processDefinitionKey(NoticeService.PROCESS_KEY)
                                        .count()
                                > 0)) {
            Thread.sleep(200);
        }
        Thread.sleep(1000); // a second delivery would show up here

        Map<String, Long> perRobot =
                robots.posts.stream().collect(Collectors.groupingBy(RobotServer.Post::path, Collectors.counting()));
        assertThat(perRobot).hasSize(TOWNSHIPS);
        assertThat(perRobot.values()).allMatch(n -> n == 1);
        assertThat(robots.posts).allMatch(p -> p.body().contains("部署换届工作（集群通知乡"));
        assertThat(management
                        .createJobQuery()
                        .processDefinitionKey(NoticeService.PROCESS_KEY)
                        .count())
                .isZero();

        Map<String, Long> byNode = nodeB
                .getBean(ProcessEngine.class)
                .getHistoryService()
                .createHistoricJobLogQuery()
                .successLog()
                .activityIdIn("Task_DeliverNotice")
                .list()
                .stream()
                .collect(Collectors.groupingBy(l -> l.getHostname(), Collectors.counting()));
        System.out.printf("notice jobs executed per node: %s%n", byNode);
        assertThat(byNode.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(TOWNSHIPS);
        assertThat(byNode.keySet()).isEqualTo(Set.of("nodeA", "nodeB"));
    }
}
