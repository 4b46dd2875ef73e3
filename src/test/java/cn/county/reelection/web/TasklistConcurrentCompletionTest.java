package cn.county.reelection.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.dryrun.TaskVariables;
import cn.county.reelection.process.TownshipScript;
import cn.county.reelection.tasklist.TaskFormContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two people complete the same task at the same moment in Tasklist, i.e. through Tasklist's own engine API
 * ({@code /camunda/api/engine/…/task/{id}/submit-form}, and {@code /complete}), each in a logged-in webapp session:
 * one gets 204, the other 409 with the same JSON answer in Chinese as on {@code /engine-rest}
 * ({@link ConcurrentCompletionOverHttpTest}), and one R11 decision is kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistConcurrentCompletionTest {

    private static final int ROUNDS = 6;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    TaskFormContext formContexts;

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> instances = new ArrayList<>();
    private final Map<String, Integer> loserTypes = new TreeMap<>();
    private String countyLogin;
    private ExecutorService pool;

    @BeforeAll
    void bringTownshipsToTheCountysReview() throws Exception {
        ClockUtil.setCurrentTime(
                Date.from(ZonedDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZONE).toInstant()));
        pool = Executors.newFixedThreadPool(2);
        Http http = new Http(port);
        StringBuilder townships = new StringBuilder();
        for (int i = 1; i <= ROUNDS; i++) {
            townships.append(i > 1 ? "," : "").append("""
          {"code":"TLR%02d","name":"列表乡%d","organisations":[{"code":"TLR%02d-B1","name":"一支部","members":30}]}""".formatted(i, i, i));
        }
        HttpResponse<String> created = http.send("POST", "/api/campaigns", """
        {"county":"列表县","countyCode":"tlrace","year":2026,"townships":[%s]}""".formatted(townships), "admin:admin");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode campaign = Http.MAPPER.readTree(created.body());
        campaign.get("accounts").forEach(a -> {
            if (a.get("userId").asText().equals("county-tlrace")) {
                countyLogin = "county-tlrace:" + a.get("password").asText();
            }
        });
        campaign.get("townships")
                .forEach(t -> instances.add(t.get("processInstanceId").asText()));
        for (String instance : instances) {
            for (int guard = 0; review(instance) == null; guard++) {
                assertThat(guard).as("reaches the county's review").isLessThan(5);
                Task next = taskService
                        .createTaskQuery()
                        .processInstanceId(instance)
                        .list()
                        .get(0);
                taskService.complete(
                        next.getId(),
                        TaskVariables.toEngine(
                                TownshipScript.answer(
                                        next.getTaskDefinitionKey(),
                                        TaskVariables.visible(taskService, formContexts, next.getId())),
                                ZONE));
            }
        }
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
        pool.shutdownNow();
        System.out.println("TasklistConcurrentCompletionTest: the losers' answers by type: " + loserTypes);
    }

    @Test
    void twoPeopleApprovingTheSameRequestInTasklistAtOnce_oneSucceeds_theOtherGets409_oneDecisionKept()
            throws Exception {
        TasklistSession county = new TasklistSession(port, countyLogin);
        TasklistSession admin = new TasklistSession(port, "admin:admin");
        String body =
                "{\"variables\":{\"approved\":{\"value\":true,\"type\":\"Boolean\"},\"comment\":{\"value\":\"同意\",\"type\":\"String\"}}}";
        for (int round = 0; round < instances.size(); round++) {
            String instance = instances.get(round);
            String task = review(instance).getId();
            // Tasklist's 完成 posts submit-form; the plain completion of the same API is raced as well
            String path = "/api/engine/engine/default/task/" + task + (round % 2 == 0 ? "/submit-form" : "/complete");

            List<HttpResponse<String>> answers = race(county, admin, path, body);

            assertThat(answers)
                    .extracting(HttpResponse::statusCode)
                    .as(path + " " + answers.stream().map(HttpResponse::body).toList())
                    .containsExactlyInAnyOrder(204, 409);
            HttpResponse<String> loser = answers.stream()
                    .filter(a -> a.statusCode() == 409)
                    .findFirst()
                    .orElseThrow();
            assertThat(loser.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            JsonNode error = Http.MAPPER.readTree(loser.body());
            assertThat(error.get("status").asInt()).isEqualTo(409);
            assertThat(error.get("message").asText()).contains("该任务已被他人办理");
            loserTypes.merge(error.get("type").asText(), 1, Integer::sum);
            assertThat(jdbc.queryForObject("""
          select count(*) from RE_DECISION d join RE_TOWNSHIP t on d.township_id = t.id
          where t.process_instance_id = ? and d.task_key = 'T2_ReviewConveneRequest'""", Integer.class, instance))
                    .as("R11 decisions kept")
                    .isEqualTo(1);
            assertThat(taskService.createTaskQuery().processInstanceId(instance).list())
                    .extracting(Task::getTaskDefinitionKey)
                    .containsExactlyInAnyOrder("T3_NominateDelegateCandidates", "T4_NominateCandidates");
        }
    }

    private Task review(String instance) {
        return taskService
                .createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey("T2_ReviewConveneRequest")
                .singleResult();
    }

    /** Both requests wait at a barrier and are sent together. */
    private List<HttpResponse<String>> race(TasklistSession first, TasklistSession second, String path, String body)
            throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (TasklistSession session : List.of(first, second)) {
            futures.add(pool.submit(() -> {
                barrier.await(10, TimeUnit.SECONDS);
                return session.post(path, body);
            }));
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (Future<HttpResponse<String>> f : futures) {
            answers.add(f.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }
}
