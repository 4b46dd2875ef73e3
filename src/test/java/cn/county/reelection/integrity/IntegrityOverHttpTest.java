package cn.county.reelection.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.audit.AdminTrace;
import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.dryrun.TaskVariables;
import cn.county.reelection.process.TownshipScript;
import cn.county.reelection.tasklist.TaskFormContext;
import cn.county.reelection.testing.DatabaseSnapshot;
import cn.county.reelection.vetting.ApprovedRecord;
import cn.county.reelection.vetting.ApprovedRecordRepository;
import cn.county.reelection.vetting.ApprovedRecords;
import cn.county.reelection.web.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * R11, "the record changes only through each task's own inputs": one township with one organisation is driven from
 * T1 to the congress. At each role's own task (county, branch secretary, township secretary, review group, office)
 * the tampering an outside client would try — writing the instance's seats through the task's variables, completing
 * the task with a seat number added, writing the instance's variables directly — is refused on the engine REST API
 * and on Tasklist's own API, and every table (Camunda's and the project's) is unchanged. Drafts of the task's own
 * inputs are saved task-local; what was approved is what the later steps read; an administrator's change is in the
 * township's history.
 */
// a database of its own: the tampering checks compare whole tables, and other suites share the default one
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntegrityOverHttpTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Tables whose rows change on their own: engine properties and metrics. */
    private static final String BUSINESS_KEY = "2026-ITA";

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    TaskFormContext formContexts;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApprovedRecords approved;

    @Autowired
    ApprovedRecordRepository approvedRecords;

    @Autowired
    TownshipRepository townships;

    private Http http;
    private final Map<String, String> login = new HashMap<>(); // user id → "id:password"
    private String instance;
    private long townshipId;
    private String county;

    @BeforeAll
    void townshipAtItsT2Review() throws Exception {
        ClockUtil.setCurrentTime(
                Date.from(ZonedDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZONE).toInstant()));
        http = new Http(port);
        HttpResponse<String> created = http.send("POST", "/api/campaigns", """
        {"county":"完整县","countyCode":"ita","year":2026,
         "townships":[{"code":"ITA","name":"守正乡","organisations":[{"code":"ITA-B1","name":"一支部","members":30}]}]}""", "admin:admin");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode campaign = Http.MAPPER.readTree(created.body());
        instance = campaign.get("townships").get(0).get("processInstanceId").asText();
        campaign.get("accounts")
                .forEach(a -> login.put(
                        a.get("userId").asText(),
                        a.get("userId").asText() + ":" + a.get("password").asText()));
        assertThat(login).containsKeys("ita", "ita-office", "ita-review", "ita-b1", "county-ita");
        county = "county-ita";
        townshipId = townships.findByBusinessKey(BUSINESS_KEY).orElseThrow().getId();

        // the secretary plans (11, 5 and the county delegates' seats) and submits through the engine REST API
        completeAs("ita", task("T1_PlanReelection"), answer(task("T1_PlanReelection")));
        completeAs("ita", task("T2_SubmitConveneRequest"), answer(task("T2_SubmitConveneRequest")));
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    // ---------------------------------------------------------------- each role at its own task

    @Test
    @Order(1)
    void county_cannotTamperThroughItsReview_onEitherApi() throws Exception {
        Task review = task("T2_ReviewConveneRequest");
        refusedEverywhere(county, review);
        completeAs(county, review, answer(review)); // its own inputs pass
        assertThat(approvedRecords.findByTownshipIdOrderById(townshipId))
                .extracting(ApprovedRecord::getKind)
                .containsExactly(ApprovedRecord.Kind.T2_PLAN);
        ApprovedRecords.Plan plan = approved.plan(townshipId);
        assertThat(plan.committeeSeats()).isEqualTo(11);
        assertThat(plan.disciplineSeats()).isEqualTo(5);
        assertThat(plan.requestText()).isNotBlank();
        assertThat(approved.latest(townshipId, ApprovedRecord.Kind.T2_PLAN, null)
                        .orElseThrow()
                        .getApprovedBy())
                .isEqualTo(county);
    }

    @Test
    @Order(2)
    void branchSecretary_cannotTamperThroughItsNomination_onEitherApi() throws Exception {
        refusedEverywhere("ita-b1", task("T3_NominateDelegateCandidates"));
    }

    @Test
    @Order(3)
    void townshipSecretary_cannotTamperThroughItsNominees_onEitherApi() throws Exception {
        refusedEverywhere("ita", task("T4_NominateCandidates"));
    }

    @Test
    @Order(4)
    void taskWorkNotUpdate_andADraftOfTheTasksOwnInputIsSavedTaskLocal_onEitherApi() throws Exception {
        Task nominate = task("T3_NominateDelegateCandidates");
        var rights = authorizationService
                .createAuthorizationQuery()
                .resourceType(Resources.TASK)
                .resourceId(nominate.getId())
                .groupIdIn("branch-ITA-B1")
                .singleResult();
        assertThat(rights.isPermissionGranted(Permissions.TASK_WORK)).isTrue();
        assertThat(rights.isPermissionGranted(TaskPermissions.UPDATE_VARIABLE)).isTrue();
        assertThat(rights.isPermissionGranted(Permissions.UPDATE))
                .as("least rights: no UPDATE on the task")
                .isFalse();

        String list = answer(nominate).get("delegateCandidates").get("value").asText();
        String draft = "[" + Http.MAPPER.readTree(list).get(0) + "]";
        JsonNode before =
                TaskVariables.toJson(runtimeService.getVariable(nominate.getExecutionId(), "delegateCandidates"));
        ObjectNode value = Http.MAPPER.createObjectNode().put("value", draft).put("type", "Json");
        assertThat(http.status(
                        "PUT",
                        "/engine-rest/task/" + nominate.getId() + "/localVariables/delegateCandidates",
                        value.toString(),
                        login.get("ita-b1")))
                .isEqualTo(204);
        Tasklist tasklist = new Tasklist("ita-b1");
        HttpResponse<String> saved = tasklist.send(
                "PUT", "/task/" + nominate.getId() + "/localVariables/delegateCandidates", value.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(204);
        ObjectNode modifications = Http.MAPPER.createObjectNode();
        modifications.putObject("modifications").set("delegateCandidates", value);
        saved = tasklist.send("POST", "/task/" + nominate.getId() + "/localVariables", modifications.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(204);

        assertThat(TaskVariables.toJson(taskService.getVariableLocal(nominate.getId(), "delegateCandidates")))
                .isEqualTo(Http.MAPPER.readTree(draft));
        assertThat(TaskVariables.toJson(runtimeService.getVariable(nominate.getExecutionId(), "delegateCandidates")))
                .as("the draft is the task's, not the instance's")
                .isEqualTo(before);

        // the secretary claims (TASK_WORK) and completes with the real list; the draft ends with the task
        assertThat(http.status(
                        "POST",
                        "/engine-rest/task/" + nominate.getId() + "/claim",
                        "{\"userId\":\"ita-b1\"}",
                        login.get("ita-b1")))
                .isEqualTo(204);
        completeAs("ita-b1", nominate, answer(nominate));
        assertThat(approvedRecords.findByTownshipIdOrderById(townshipId)).hasSize(1); // recorded, not yet approved
    }

    @Test
    @Order(5)
    void reviewGroup_cannotTamperThroughItsReview_andItsApprovalIsKept() throws Exception {
        Task review = task("T3_ReviewDelegateCandidates");
        refusedEverywhere("ita-review", review);
        completeAs("ita-review", review, answer(review));

        ApprovedRecord candidates = approved.latest(townshipId, ApprovedRecord.Kind.T3_CANDIDATES, "ITA-B1")
                .orElseThrow();
        assertThat(candidates.getVersion()).isEqualTo(1);
        assertThat(candidates.getApprovedBy()).isEqualTo("ita-review");
        // the organisation's election is laid out from the approved list
        JsonNode race = TaskVariables.toJson(
                        formContexts.describe(task("T3_RecordDelegateElection").getId()))
                .get("raceState");
        assertThat(TownshipScript.candidatesOf(race))
                .containsExactlyElementsOf(
                        approved.list(townshipId, ApprovedRecord.Kind.T3_CANDIDATES, "ITA-B1").stream()
                                .map(p -> p.name())
                                .toList());
    }

    @Test
    @Order(6)
    void nomineesApprovedByTheCounty_stayAsApproved_whenTheRecordedListChangesAfterwards() throws Exception {
        completeAs("ita", task("T4_NominateCandidates"), answer(task("T4_NominateCandidates")));
        Task review = task("T4_ReviewNominees");
        refusedEverywhere(county, review);
        completeAs(county, review, answer(review));
        List<String> committee = approved.list(townshipId, ApprovedRecord.Kind.T4_COMMITTEE, null).stream()
                .map(p -> p.name())
                .toList();
        assertThat(committee).hasSize(13);
        assertThat(approved.list(townshipId, ApprovedRecord.Kind.T4_DISCIPLINE, null))
                .hasSize(6);

        // a change behind the approval's back: the recorded list is not what the congress votes on
        assertThat(jdbc.update(
                        "update RE_CANDIDATE set persons = replace(persons, ?, ?) "
                                + "where township_id = ? and list = 'COMMITTEE_NOMINEE'",
                        "\"name\":\"" + committee.get(0) + "\"",
                        "\"name\":\"未经批准\"",
                        townshipId))
                .isEqualTo(1);
        // an administrator sets the instance's committee seats to 3: shown in the history, the approved plan stands
        assertThat(http.status(
                        "PUT",
                        "/engine-rest/process-instance/" + instance + "/variables/committeeSeats",
                        "{\"value\":3,\"type\":\"Integer\"}",
                        "admin:admin"))
                .isEqualTo(204);
    }

    @Test
    @Order(7)
    void office_cannotTamperThroughItsDrafting_onEitherApi() throws Exception {
        Task draft = driveTo("T5_DraftCongressMaterials", Map.of());
        refusedEverywhere("ita-office", draft);
        completeAs("ita-office", draft, answer(draft));
    }

    @Test
    @Order(8)
    void theCongressVotesOnWhatWasApproved() {
        List<String> committee = approved.list(townshipId, ApprovedRecord.Kind.T4_COMMITTEE, null).stream()
                .map(p -> p.name())
                .toList();
        Task record = driveTo("T7_RecordCommitteeElection", Map.of());
        JsonNode race =
                TaskVariables.toJson(formContexts.describe(record.getId())).get("raceState");
        assertThat(race.get("seats").asInt()).isEqualTo(11);
        assertThat(TownshipScript.candidatesOf(race))
                .containsExactlyElementsOf(committee)
                .doesNotContain("未经批准");
    }

    @Test
    @Order(9)
    void administratorsVariableEdit_isInTheTownshipsHistory_withWhoWhenAndWhat() throws Exception {
        JsonNode history = http.ok("GET", "/api/townships/" + BUSINESS_KEY + "/history", null, login.get(county));
        List<JsonNode> changes = new ArrayList<>();
        history.forEach(e -> {
            if (AdminTrace.KIND.equals(e.path("kind").asText())) {
                changes.add(e);
            }
        });
        assertThat(changes).as(history.toPrettyString()).hasSize(1);
        JsonNode change = changes.get(0);
        assertThat(change.get("who").asText()).isEqualTo("admin");
        assertThat(change.get("at").asText()).isNotBlank();
        assertThat(change.get("what").asText()).contains("committeeSeats").contains("3");
        // the township reads its own history too; no participant's refused attempt left a line
        assertThat(http
                        .ok("GET", "/api/townships/" + BUSINESS_KEY + "/history", null, login.get("ita"))
                        .findValuesAsText("kind")
                        .stream()
                        .filter(AdminTrace.KIND::equals))
                .hasSize(1);
    }

    @Test
    @Order(10)
    void aChangeAfterApprovalIsANewApproval_theOrganisationsListGetsVersionTwo() throws Exception {
        // this township's T3 is over: a second one has its elected delegates returned, so its organisation nominates
        // again
        HttpResponse<String> created = http.send("POST", "/api/campaigns", """
        {"county":"完整县","countyCode":"ita","year":2026,
         "townships":[{"code":"ITB","name":"守信乡","organisations":[{"code":"ITB-B1","name":"一支部","members":30}]}]}""", "admin:admin");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String other = Http.MAPPER
                .readTree(created.body())
                .get("townships")
                .get(0)
                .get("processInstanceId")
                .asText();
        long otherId = townships.findByBusinessKey("2026-ITB").orElseThrow().getId();
        String saved = instance;
        instance = other;
        try {
            boolean[] returned = {false};
            driveTo("T4_NominateCandidates", Map.of());
            driveTo("T5_DraftCongressMaterials", Map.of("T3_ReviewElectedDelegates", task -> {
                if (returned[0]) {
                    return null;
                }
                returned[0] = true;
                return Map.of("approved", false, "comment", "重新选举");
            }));
        } finally {
            instance = saved;
        }
        assertThat(approved.latest(otherId, ApprovedRecord.Kind.T3_CANDIDATES, "ITB-B1")
                        .orElseThrow()
                        .getVersion())
                .isEqualTo(2);
    }

    // ---------------------------------------------------------------- the attempts

    /** The tampering attempts at {@code task} as {@code user}, on both APIs: each refused, nothing changed, the task open. */
    private void refusedEverywhere(String user, Task task) throws Exception {
        Map<String, Long> before = snapshot();
        Tasklist tasklist = new Tasklist(user);
        for (String api : List.of("engine-rest", "tasklist")) {
            Function<String[], HttpResponse<String>> send = request -> {
                try {
                    return api.equals("engine-rest")
                            ? http.send(request[0], "/engine-rest" + request[1], request[2], login.get(user))
                            : tasklist.send(request[0], request[1], request[2]);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            for (Attempt attempt : attempts(task)) {
                HttpResponse<String> answer =
                        send.apply(new String[] {attempt.method(), attempt.path(), attempt.body()});
                String shown = user + " " + api + " " + attempt.method() + " " + attempt.path() + " → "
                        + answer.statusCode() + " " + answer.body();
                assertThat(answer.statusCode()).as(shown).isEqualTo(attempt.status());
                JsonNode error = Http.MAPPER.readTree(answer.body());
                assertThat(error.path("message").asText()).as(shown).containsPattern("\\p{IsHan}");
                if (attempt.field() != null) {
                    assertThat(error.path("rule").asText()).as(shown).isEqualTo("R11");
                    assertThat(error.path("field").asText()).as(shown).isEqualTo(attempt.field());
                    assertThat(error.path("message").asText())
                            .as(shown)
                            .contains(task.getName())
                            .contains(attempt.field());
                }
            }
        }
        assertThat(changes(before, snapshot()))
                .as("changed by %s's attempts", user)
                .isEmpty();
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count())
                .as("still open")
                .isEqualTo(1);
    }

    record Attempt(String method, String path, String body, int status, String field) {}

    private List<Attempt> attempts(Task task) throws Exception {
        String id = task.getId();
        ObjectNode complete = Http.MAPPER.createObjectNode();
        ObjectNode own = answer(task);
        ObjectNode withSeats = own.deepCopy();
        withSeats.putObject("disciplineSeats").put("value", 1).put("type", "Integer");
        complete.set("variables", withSeats);
        ObjectNode modify = Http.MAPPER.createObjectNode();
        modify.putObject("modifications")
                .putObject("countyDelegateSeats")
                .put("value", 99)
                .put("type", "Integer");
        ObjectNode ownInputDirectly = Http.MAPPER.createObjectNode();
        String declared = own.fieldNames().next();
        ownInputDirectly.putObject("modifications").set(declared, own.get(declared));
        ObjectNode deletions = Http.MAPPER.createObjectNode();
        deletions.putArray("deletions").add("townshipId");
        String three = "{\"value\":3,\"type\":\"Integer\"}";
        return List.of(
                new Attempt("PUT", "/task/" + id + "/variables/committeeSeats", three, 400, "committeeSeats"),
                new Attempt("POST", "/task/" + id + "/variables", modify.toString(), 400, "countyDelegateSeats"),
                new Attempt("POST", "/task/" + id + "/complete", complete.toString(), 400, "disciplineSeats"),
                new Attempt("POST", "/task/" + id + "/submit-form", complete.toString(), 400, "disciplineSeats"),
                new Attempt("POST", "/task/" + id + "/resolve", complete.toString(), 400, "disciplineSeats"),
                new Attempt("PUT", "/task/" + id + "/localVariables/committeeSeats", three, 400, "committeeSeats"),
                new Attempt("POST", "/task/" + id + "/variables", ownInputDirectly.toString(), 400, declared),
                new Attempt("POST", "/task/" + id + "/variables", deletions.toString(), 400, "townshipId"),
                new Attempt("DELETE", "/task/" + id + "/variables/townshipId", null, 400, "townshipId"),
                new Attempt("POST", "/task/" + id + "/bpmnError", "{\"errorCode\":\"skip\"}", 403, null),
                new Attempt("PUT", "/process-instance/" + instance + "/variables/committeeSeats", three, 403, null),
                new Attempt("POST", "/process-instance/" + instance + "/variables", modify.toString(), 403, null),
                new Attempt("PUT", "/execution/" + instance + "/localVariables/committeeSeats", three, 403, null),
                new Attempt(
                        "POST",
                        "/process-instance/" + instance + "/modification",
                        "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"T9_SubmitResultReport\"}]}",
                        403,
                        null),
                // a second instance of the same township, with the county's grant to start instances, outside a
                // campaign
                new Attempt(
                        "POST",
                        "/process-definition/key/townshipReelection/start",
                        "{\"businessKey\":\"" + BUSINESS_KEY + "\",\"variables\":{\"townshipId\":{\"value\":"
                                + townshipId + ",\"type\":\"Long\"}}}",
                        403,
                        null));
    }

    // ---------------------------------------------------------------- the process

    /** The task's own inputs on the happy path (the dry run's participant), as engine REST variables. */
    private ObjectNode answer(Task task) {
        return (ObjectNode) Http.completion(TownshipScript.answer(
                        task.getTaskDefinitionKey(), TaskVariables.visible(taskService, formContexts, task.getId())))
                .get("variables");
    }

    private void completeAs(String user, Task task, ObjectNode variables) throws Exception {
        ObjectNode body = Http.MAPPER.createObjectNode();
        body.set("variables", variables);
        HttpResponse<String> answer =
                http.send("POST", "/engine-rest/task/" + task.getId() + "/complete", body.toString(), login.get(user));
        assertThat(answer.statusCode())
                .as(task.getTaskDefinitionKey() + ": " + answer.body())
                .isEqualTo(204);
    }

    private Task task(String key) {
        List<Task> open = taskService
                .createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey(key)
                .list();
        assertThat(open).as(key).hasSize(1);
        return open.get(0);
    }

    /** Completes open tasks as the engine (script answers, or {@code overrides}) until {@code key} is open. */
    private Task driveTo(String key, Map<String, Function<Task, Map<String, Object>>> overrides) {
        for (int guard = 0; guard < 80; guard++) {
            List<Task> open = taskService
                    .createTaskQuery()
                    .processInstanceId(instance)
                    .orderByTaskCreateTime()
                    .asc()
                    .list();
            for (Task t : open) {
                if (t.getTaskDefinitionKey().equals(key)) {
                    return t;
                }
            }
            Task next = open.get(0);
            Map<String, Object> answer = overrides.containsKey(next.getTaskDefinitionKey())
                    ? overrides.get(next.getTaskDefinitionKey()).apply(next)
                    : null;
            if (answer == null) {
                answer = TownshipScript.answer(
                        next.getTaskDefinitionKey(), TaskVariables.visible(taskService, formContexts, next.getId()));
            }
            taskService.complete(next.getId(), TaskVariables.toEngine(answer, ZONE));
        }
        throw new IllegalStateException("cannot reach " + key);
    }

    // ---------------------------------------------------------------- database snapshot

    /** Row count and a content fingerprint of every table. */
    private Map<String, Long> snapshot() {
        Map<String, Long> state = DatabaseSnapshot.of(jdbc);
        assertThat(state)
                .containsKeys("RE_TOWNSHIP rows", "RE_APPROVED rows", "ACT_RU_VARIABLE rows", "ACT_HI_OP_LOG rows");
        return state;
    }

    private static Map<String, String> changes(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> changed = new TreeMap<>();
        after.forEach((key, value) -> {
            if (!value.equals(before.get(key))) {
                changed.put(key, before.get(key) + " → " + value);
            }
        });
        return changed;
    }

    // ---------------------------------------------------------------- Tasklist

    /** A Tasklist session of one user: its cookies and XSRF token, Tasklist's own engine API. */
    private final class Tasklist {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient browser =
                HttpClient.newBuilder().cookieHandler(cookies).build();
        private final String base = "http://localhost:" + port + "/camunda";

        Tasklist(String user) throws Exception {
            browser.send(
                    HttpRequest.newBuilder(URI.create(base + "/app/tasklist/default/"))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            String[] account = login.get(user).split(":", 2);
            HttpResponse<String> in = browser.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default/login/tasklist"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("X-XSRF-TOKEN", xsrf())
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "username=" + account[0] + "&password=" + account[1]))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(in.statusCode()).as(in.body()).isEqualTo(200);
            // the login starts a new session: its XSRF token comes with the next page, as in a browser
            browser.send(
                    HttpRequest.newBuilder(URI.create(base + "/app/tasklist/default/"))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }

        HttpResponse<String> send(String method, String path, String body) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/default" + path))
                    .header("Content-Type", "application/json")
                    .header("X-XSRF-TOKEN", xsrf())
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body));
            return browser.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private String xsrf() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElse("");
        }
    }
}
