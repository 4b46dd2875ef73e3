package cn.county.reelection.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.dryrun.TaskVariables;
import cn.county.reelection.process.TownshipScript;
import cn.county.reelection.tasklist.TaskFormContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
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
 * Two users complete the same task at the same moment through the engine REST API: one gets 204,
 * the other 409 with a JSON answer in Chinese, and the process moves on exactly once — one R11 decision for
 * an approval, one counted ballot (R3, R10) for a tally. Each race is run {@value #ROUNDS} times on fresh
 * tasks, both requests released together by a barrier.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentCompletionOverHttpTest {

    private static final int ROUNDS = 10;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    TaskFormContext formContexts;

    @Autowired
    HistoryService historyService;

    @Autowired
    JdbcTemplate jdbc;

    private Http http;
    private final Map<String, String> login = new HashMap<>();
    private final List<String> approvalInstances = new ArrayList<>();
    private String tallyInstance;
    private final Map<String, Integer> loserTypes = new TreeMap<>();
    private ExecutorService pool;

    @BeforeAll
    void startTownshipsAndBringThemToTheRacedTasks() throws Exception {
        ClockUtil.setCurrentTime(
                Date.from(ZonedDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZONE).toInstant()));
        http = new Http(port);
        pool = Executors.newFixedThreadPool(2);
        StringBuilder townships = new StringBuilder();
        for (int i = 1; i <= ROUNDS; i++) {
            townships.append("""
          {"code":"RCA%02d","name":"竞办乡%d","organisations":[{"code":"RCA%02d-B1","name":"一支部","members":30}]},""".formatted(i, i, i));
        }
        StringBuilder organisations = new StringBuilder();
        for (int j = 1; j <= ROUNDS; j++) {
            organisations.append("""
          {"code":"RCT-B%02d","name":"第%d支部","members":20}""".formatted(j, j)).append(j < ROUNDS ? "," : "");
        }
        HttpResponse<String> created =
                http.send("POST", "/api/campaigns", """
        {"county":"竞办县","countyCode":"race","year":2026,"townships":[%s
         {"code":"RCT","name":"计票乡","organisations":[%s]}]}""".formatted(townships, organisations), "admin:admin");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode campaign = Http.MAPPER.readTree(created.body());
        campaign.get("accounts")
                .forEach(a -> login.put(
                        a.get("userId").asText(),
                        a.get("userId").asText() + ":" + a.get("password").asText()));
        campaign.get("townships").forEach(t -> {
            String id = t.get("processInstanceId").asText();
            if (t.get("code").asText().equals("RCT")) {
                tallyInstance = id;
            } else {
                approvalInstances.add(id);
            }
        });

        for (String instance : approvalInstances) {
            driveUntilOpen(instance, "T2_ReviewConveneRequest", 1);
        }
        driveUntilOpen(tallyInstance, "T3_RecordDelegateElection", ROUNDS);
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
        pool.shutdownNow();
        System.out.println("ConcurrentCompletionOverHttpTest: the losers' answers by type: " + loserTypes);
    }

    @Test
    void r11_twoCountyUsersApprovingTheSameRequestAtOnce_oneSucceeds_theOtherGets409_oneDecisionKept()
            throws Exception {
        for (String instance : approvalInstances) {
            Task task = single(instance, "T2_ReviewConveneRequest");
            String body =
                    "{\"variables\":{\"approved\":{\"value\":true,\"type\":\"Boolean\"},\"comment\":{\"value\":\"同意\",\"type\":\"String\"}}}";

            List<HttpResponse<String>> answers = race(task.getId(), body, login.get("county-race"), "admin:admin");

            assertOneWinnerOneConflict(answers);
            assertThat(jdbc.queryForObject("""
          select count(*) from RE_DECISION d join RE_TOWNSHIP t on d.township_id = t.id
          where t.process_instance_id = ? and d.task_key = 'T2_ReviewConveneRequest'""", Integer.class, instance))
                    .as("R11 decisions kept")
                    .isEqualTo(1);
            assertThat(historyService
                            .createHistoricTaskInstanceQuery()
                            .processInstanceId(instance)
                            .taskDefinitionKey("T2_ReviewConveneRequest")
                            .finished()
                            .count())
                    .isEqualTo(1);
            // the process moved on once: one T3 nomination (one organisation) and one T4 nomination, nothing twice
            assertThat(open(instance))
                    .extracting(Task::getTaskDefinitionKey)
                    .containsExactlyInAnyOrder("T3_NominateDelegateCandidates", "T4_NominateCandidates");
        }
    }

    @Test
    void r10_twoTellersRecordingTheSameBallotAtOnce_oneSucceeds_theOtherGets409_theBallotIsCountedOnce()
            throws Exception {
        List<Task> records = open(tallyInstance).stream()
                .filter(t -> t.getTaskDefinitionKey().equals("T3_RecordDelegateElection"))
                .toList();
        assertThat(records).hasSize(ROUNDS);
        int done = 0;
        for (Task task : records) {
            String organisation = (String) taskService.getVariable(task.getId(), "organisationCode");
            JsonNode race =
                    TaskVariables.toJson(formContexts.describe(task.getId())).get("raceState");
            ObjectNode body = Http.MAPPER.createObjectNode();
            body.putObject("variables")
                    .putObject("tally")
                    .put("type", "Json")
                    .put("value", TownshipScript.winningTally(race, 0).toString());

            List<HttpResponse<String>> answers =
                    race(task.getId(), body.toString(), login.get(organisation.toLowerCase()), "admin:admin");
            done++;

            assertOneWinnerOneConflict(answers);
            assertThat(jdbc.queryForObject("""
          select count(*) from RE_RACE_RESULT r join RE_TOWNSHIP t on r.township_id = t.id
          where t.process_instance_id = ? and r.organisation_code = ?""", Integer.class, tallyInstance, organisation))
                    .as("ballots recorded for " + organisation)
                    .isEqualTo(1);
            assertThat(historyService
                            .createHistoricTaskInstanceQuery()
                            .taskId(task.getId())
                            .finished()
                            .count())
                    .isEqualTo(1);
            assertThat(open(tallyInstance).stream()
                            .filter(t -> t.getTaskDefinitionKey().equals("T3_RecordDelegateElection")))
                    .hasSize(ROUNDS - done);
        }
    }

    @Test
    void completingATaskThatNeverExisted_is404_andATaskCompletedBefore_is409() throws Exception {
        HttpResponse<String> missing =
                http.send("POST", "/engine-rest/task/no-such-task/complete", "{}", "admin:admin");
        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(404);
        assertThat(Http.MAPPER.readTree(missing.body()).get("message").asText()).contains("没有编号为no-such-task的任务");

        String completedBefore = historyService
                .createHistoricTaskInstanceQuery()
                .processInstanceId(approvalInstances.get(0))
                .taskDefinitionKey("T1_PlanReelection")
                .singleResult()
                .getId();
        HttpResponse<String> again =
                http.send("POST", "/engine-rest/task/" + completedBefore + "/complete", "{}", "admin:admin");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(Http.MAPPER.readTree(again.body()).get("message").asText()).contains("已被他人办理");
    }

    /** Both requests wait at a barrier and are sent together. */
    private List<HttpResponse<String>> race(String taskId, String body, String first, String second) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (String user : List.of(first, second)) {
            futures.add(pool.submit(() -> {
                barrier.await(10, TimeUnit.SECONDS);
                return http.send("POST", "/engine-rest/task/" + taskId + "/complete", body, user);
            }));
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (Future<HttpResponse<String>> f : futures) {
            answers.add(f.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    private void assertOneWinnerOneConflict(List<HttpResponse<String>> answers) throws Exception {
        assertThat(answers)
                .extracting(HttpResponse::statusCode)
                .as(answers.stream().map(HttpResponse::body).toList().toString())
                .containsExactlyInAnyOrder(204, 409);
        HttpResponse<String> loser =
                answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
        assertThat(loser.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode error = Http.MAPPER.readTree(loser.body());
        assertThat(error.get("status").asInt()).isEqualTo(409);
        assertThat(error.get("message").asText()).contains("该任务已被他人办理");
        loserTypes.merge(error.get("type").asText(), 1, Integer::sum);
    }

    private List<Task> open(String instance) {
        return taskService
                .createTaskQuery()
                .processInstanceId(instance)
                .orderByTaskCreateTime()
                .asc()
                .list();
    }

    private Task single(String instance, String key) {
        return taskService
                .createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey(key)
                .singleResult();
    }

    /** Completes open tasks by the happy-path script, never {@code stopKey}, until {@code count} of them are open. */
    private void driveUntilOpen(String instance, String stopKey, int count) {
        for (int guard = 0; guard < 200; guard++) {
            List<Task> open = open(instance);
            if (open.stream()
                            .filter(t -> t.getTaskDefinitionKey().equals(stopKey))
                            .count()
                    >= count) {
                return;
            }
            Task next = open.stream()
                    .filter(t -> !t.getTaskDefinitionKey().equals(stopKey)
                            && !t.getTaskDefinitionKey().equals("T4_NominateCandidates"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("nothing left to complete before " + stopKey));
            taskService.complete(
                    next.getId(),
                    TaskVariables.toEngine(
                            TownshipScript.answer(
                                    next.getTaskDefinitionKey(),
                                    TaskVariables.visible(taskService, formContexts, next.getId())),
                            ZONE));
        }
        throw new IllegalStateException("did not reach " + stopKey);
    }
}
