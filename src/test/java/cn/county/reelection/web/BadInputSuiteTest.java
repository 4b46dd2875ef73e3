package cn.county.reelection.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.dryrun.SimulatedParticipant;
import cn.county.reelection.dryrun.TaskVariables;
import cn.county.reelection.process.TownshipScript;
import cn.county.reelection.tasklist.TaskFormContext;
import cn.county.reelection.testing.DatabaseSnapshot;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Malformed requests to {@code /api/campaigns}, {@code /api/tally} and task
 * completions through the engine REST API. Each one gets a clear 4xx with a JSON body naming the rule and
 * field where they apply (CONTRACT.md), nothing in the database changes (every table's row count and content,
 * the project's RE_* tables and Camunda's), and the service stays up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputSuiteTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String JSON = "application/json";
    private static final int MB = 1 << 20;
    /** Tables whose rows change on their own: engine properties and metrics. */
    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    TaskFormContext formContexts;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient client = HttpClient.newHttpClient();
    /** The open tasks the completion cases use, by placeholder. */
    private final Map<String, String> tasks = new HashMap<>();

    private final Map<String, JsonNode> raceOfTallyTask = new HashMap<>();
    private final Map<Integer, Integer> byStatus = new TreeMap<>();

    /** One malformed request. {@code rule}/{@code field}: expected in the answer when not null. */
    record Case(
            String name,
            String method,
            String path,
            String contentType,
            Function<BadInputSuiteTest, byte[]> body,
            boolean chunked,
            int status,
            String rule,
            String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    // ---------------------------------------------------------------- the table

    Stream<Case> cases() {
        String campaign = """
        {"county":"%s","year":%s,"townships":[{"code":"%s","name":"%s","organisations":[{"code":"BX-B1","name":"%s","members":%s}]}]}""";
        return Stream.of(
                // /api/campaigns: syntax and types
                api("campaign: body is not JSON", "/api/campaigns", "{\"county\":", 400, null, null),
                api("campaign: empty body", "/api/campaigns", "", 400, null, null),
                api("campaign: JSON array instead of object", "/api/campaigns", "[]", 400, null, null),
                api("campaign: JSON null", "/api/campaigns", "null", 400, null, null),
                new Case(
                        "campaign: text/plain body",
                        "POST",
                        "/api/campaigns",
                        "text/plain",
                        t -> bytes("county=示例县"),
                        false,
                        415,
                        null,
                        null),
                api(
                        "campaign: year as Chinese text",
                        "/api/campaigns",
                        campaign.formatted("示例县", "\"二〇二六\"", "BX", "甲乡", "一支部", 5),
                        400,
                        null,
                        "year"),
                api(
                        "campaign: year as object",
                        "/api/campaigns",
                        campaign.formatted("示例县", "{\"y\":2026}", "BX", "甲乡", "一支部", 5),
                        400,
                        null,
                        "year"),
                api(
                        "campaign: members as text",
                        "/api/campaigns",
                        campaign.formatted("示例县", 2026, "BX", "甲乡", "一支部", "\"many\""),
                        400,
                        null,
                        "townships[0].organisations[0].members"),
                api(
                        "campaign: members negative",
                        "/api/campaigns",
                        campaign.formatted("示例县", 2026, "BX", "甲乡", "一支部", -5),
                        400,
                        "R2",
                        "townships[0].organisations[0].members"),
                api(
                        "campaign: members beyond int",
                        "/api/campaigns",
                        campaign.formatted("示例县", 2026, "BX", "甲乡", "一支部", "99999999999"),
                        400,
                        null,
                        "townships[0].organisations[0].members"),
                api(
                        "campaign: members as fraction",
                        "/api/campaigns",
                        campaign.formatted("示例县", 2026, "BX", "甲乡", "一支部", "4.5"),
                        400,
                        null,
                        "townships[0].organisations[0].members"),
                api(
                        "campaign: townships as object",
                        "/api/campaigns",
                        "{\"county\":\"示例县\",\"year\":2026,\"townships\":{\"code\":\"BX\"}}",
                        400,
                        null,
                        "townships"),
                api(
                        "campaign: organisations as text",
                        "/api/campaigns",
                        "{\"county\":\"示例县\",\"year\":2026,\"townships\":[{\"code\":\"BX\",\"name\":\"甲乡\",\"organisations\":\"一支部\"}]}",
                        400,
                        null,
                        "townships[0].organisations"),
                api(
                        "campaign: deadlines as list",
                        "/api/campaigns",
                        "{\"county\":\"示例县\",\"year\":2026,\"deadlines\":[\"2026-11-10\"],\"townships\":[]}",
                        400,
                        null,
                        "deadlines"),
                api(
                        "campaign: deeply nested JSON",
                        "/api/campaigns",
                        "{\"county\":" + "[".repeat(5000) + "]".repeat(5000) + "}",
                        400,
                        null,
                        null),
                // missing fields
                api(
                        "campaign: county missing",
                        "/api/campaigns",
                        "{\"year\":2026,\"townships\":[{\"code\":\"BX\",\"name\":\"甲乡\",\"organisations\":[{\"code\":\"BX-B1\",\"name\":\"一支部\",\"members\":5}]}]}",
                        400,
                        null,
                        "county"),
                api(
                        "campaign: year missing",
                        "/api/campaigns",
                        "{\"county\":\"示例县\",\"townships\":[{\"code\":\"BX\",\"name\":\"甲乡\",\"organisations\":[{\"code\":\"BX-B1\",\"name\":\"一支部\",\"members\":5}]}]}",
                        400,
                        null,
                        "year"),
                api(
                        "campaign: townships missing",
                        "/api/campaigns",
                        "{\"county\":\"示例县\",\"year\":2026}",
                        400,
                        null,
                        "townships"),
                api(
                        "campaign: township name missing",
                        "/api/campaigns",
                        "{\"county\":\"示例县\",\"year\":2026,\"townships\":[{\"code\":\"BX\",\"organisations\":[{\"code\":\"BX-B1\",\"name\":\"一支部\",\"members\":5}]}]}",
                        400,
                        null,
                        "townships[0].name"),
                api(
                        "campaign: organisation code missing",
                        "/api/campaigns",
                        "{\"county\":\"示例县\",\"year\":2026,\"townships\":[{\"code\":\"BX\",\"name\":\"甲乡\",\"organisations\":[{\"name\":\"一支部\",\"members\":5}]}]}",
                        400,
                        null,
                        "townships[0].organisations[0].code"),
                api(
                        "campaign: year out of range",
                        "/api/campaigns",
                        campaign.formatted("示例县", 1999, "BX", "甲乡", "一支部", 5),
                        400,
                        null,
                        "year"),
                api(
                        "campaign: unknown field",
                        "/api/campaigns",
                        "{\"county\":\"示例县\",\"year\":2026,\"mayor\":\"张三\",\"townships\":[]}",
                        400,
                        null,
                        "mayor"),
                api(
                        "campaign: deadline of unknown step",
                        "/api/campaigns",
                        "{\"county\":\"示例县\",\"year\":2026,\"deadlines\":{\"T0\":\"2026-11-01\"},\"townships\":[{\"code\":\"BX\",\"name\":\"甲乡\",\"organisations\":[{\"code\":\"BX-B1\",\"name\":\"一支部\",\"members\":5}]}]}",
                        400,
                        null,
                        "deadlines.T0"),
                api(
                        "campaign: deadline not a date",
                        "/api/campaigns",
                        "{\"county\":\"示例县\",\"year\":2026,\"deadlines\":{\"T2\":\"2026-02-30\"},\"townships\":[{\"code\":\"BX\",\"name\":\"甲乡\",\"organisations\":[{\"code\":\"BX-B1\",\"name\":\"一支部\",\"members\":5}]}]}",
                        400,
                        null,
                        "deadlines.T2"),
                new Case(
                        "campaign: dryRun not a boolean",
                        "POST",
                        "/api/campaigns?dryRun=maybe",
                        JSON,
                        t -> bytes(campaign.formatted("示例县", 2026, "BX", "甲乡", "一支部", 5)),
                        false,
                        400,
                        null,
                        "dryRun"),
                // SQL and script strings in names and codes
                api(
                        "campaign: SQL in township code",
                        "/api/campaigns",
                        campaign.formatted("示例县", 2026, "BX'; DROP TABLE RE_TOWNSHIP;--", "甲乡", "一支部", 5),
                        400,
                        null,
                        "townships[0].code"),
                api(
                        "campaign: SQL in township name",
                        "/api/campaigns",
                        campaign.formatted("示例县", 2026, "BX", "'; drop table RE_TOWNSHIP;--", "一支部", 5),
                        400,
                        null,
                        "townships[0].name"),
                api(
                        "campaign: script in organisation name",
                        "/api/campaigns",
                        campaign.formatted("示例县", 2026, "BX", "甲乡", "<script>alert(1)</script>", 5),
                        400,
                        null,
                        "townships[0].organisations[0].name"),
                api(
                        "campaign: markup in county name",
                        "/api/campaigns",
                        campaign.formatted("<img src=x onerror=alert(1)>", 2026, "BX", "甲乡", "一支部", 5),
                        400,
                        null,
                        "county"),
                api(
                        "campaign: control characters in township name",
                        "/api/campaigns",
                        campaign.formatted("示例县", 2026, "BX", "甲\\u0000乡\\n", "一支部", 5),
                        400,
                        null,
                        "townships[0].name"),
                api(
                        "campaign: township name of 51 characters",
                        "/api/campaigns",
                        campaign.formatted("示例县", 2026, "BX", "乡".repeat(51), "一支部", 5),
                        400,
                        null,
                        "townships[0].name"),
                // oversized
                new Case(
                        "campaign: 5001 townships",
                        "POST",
                        "/api/campaigns",
                        JSON,
                        t -> bytes(manyTownships(5001)),
                        false,
                        400,
                        null,
                        "townships"),
                new Case(
                        "campaign: 501 organisations",
                        "POST",
                        "/api/campaigns",
                        JSON,
                        t -> bytes(manyOrganisations(501)),
                        false,
                        400,
                        "R2",
                        "townships[0].organisations"),
                new Case(
                        "campaign: 20 MB body",
                        "POST",
                        "/api/campaigns",
                        JSON,
                        t -> huge(20 * MB),
                        false,
                        413,
                        null,
                        null),
                new Case(
                        "campaign: 20 MB chunked body",
                        "POST",
                        "/api/campaigns",
                        JSON,
                        t -> huge(20 * MB),
                        true,
                        413,
                        null,
                        null),

                // /api/tally
                api(
                        "tally: negative votes",
                        "/api/tally",
                        tally("\"counts\":{\"张三\":-1,\"李四\":2},\"ballotsCast\":10"),
                        400,
                        "R10",
                        "counts"),
                api(
                        "tally: present above entitled",
                        "/api/tally",
                        "{\"kind\":\"COMPETITIVE\",\"seats\":1,\"entitled\":10,\"present\":11,\"candidates\":[\"张三\",\"李四\"],\"counts\":{\"张三\":6},\"ballotsCast\":10}",
                        400,
                        "R6",
                        "present"),
                api(
                        "tally: no seats",
                        "/api/tally",
                        "{\"kind\":\"COMPETITIVE\",\"seats\":0,\"entitled\":10,\"present\":10,\"candidates\":[\"张三\",\"李四\"],\"counts\":{\"张三\":6},\"ballotsCast\":10}",
                        400,
                        "R5",
                        "seats"),
                api(
                        "tally: seats missing",
                        "/api/tally",
                        "{\"kind\":\"COMPETITIVE\",\"entitled\":10,\"present\":10,\"candidates\":[\"张三\",\"李四\"],\"counts\":{\"张三\":6},\"ballotsCast\":10}",
                        400,
                        "R5",
                        "seats"),
                api(
                        "tally: negative entitled",
                        "/api/tally",
                        "{\"kind\":\"COMPETITIVE\",\"seats\":1,\"entitled\":-10,\"present\":0,\"candidates\":[\"张三\",\"李四\"],\"counts\":{\"张三\":0},\"ballotsCast\":0}",
                        400,
                        "R6",
                        "entitled"),
                api(
                        "tally: unknown kind",
                        "/api/tally",
                        "{\"kind\":\"MAJORITY\",\"seats\":1,\"entitled\":10,\"present\":10,\"candidates\":[\"张三\",\"李四\"],\"counts\":{\"张三\":6},\"ballotsCast\":10}",
                        400,
                        null,
                        "kind"),
                api(
                        "tally: votes as text",
                        "/api/tally",
                        tally("\"counts\":{\"张三\":\"sixty\"},\"ballotsCast\":10"),
                        400,
                        null,
                        "counts.张三"),
                api(
                        "tally: candidates not a list",
                        "/api/tally",
                        "{\"kind\":\"COMPETITIVE\",\"seats\":1,\"entitled\":10,\"present\":10,\"candidates\":\"张三\",\"counts\":{\"张三\":6},\"ballotsCast\":10}",
                        400,
                        null,
                        "candidates"),
                api(
                        "tally: a ballot that is not a list",
                        "/api/tally",
                        tally("\"ballots\":[\"张三\"]"),
                        400,
                        null,
                        "ballots[0]"),
                api(
                        "tally: both ballots and counts",
                        "/api/tally",
                        tally("\"ballots\":[[\"张三\"]],\"counts\":{\"张三\":1},\"ballotsCast\":1"),
                        400,
                        "R10",
                        "ballots"),
                api(
                        "tally: votes above ballots cast",
                        "/api/tally",
                        tally("\"counts\":{\"张三\":11},\"ballotsCast\":10"),
                        400,
                        "R10",
                        "counts"),
                api(
                        "tally: void ballots above ballots cast",
                        "/api/tally",
                        tally("\"counts\":{\"张三\":5},\"ballotsCast\":10,\"ballotsVoid\":11"),
                        400,
                        "R10",
                        "ballotsVoid"),
                api(
                        "tally: ballots cast missing",
                        "/api/tally",
                        tally("\"counts\":{\"张三\":5}"),
                        400,
                        "R10",
                        "ballotsCast"),
                new Case(
                        "tally: 10,000 candidates",
                        "POST",
                        "/api/tally",
                        JSON,
                        t -> bytes(manyCandidates(10_000)),
                        false,
                        400,
                        "R3",
                        "candidates"),
                api(
                        "tally: script as a candidate's name",
                        "/api/tally",
                        "{\"kind\":\"COMPETITIVE\",\"seats\":1,\"entitled\":10,\"present\":10,\"candidates\":[\"张三\",\"<script>alert(1)</script>\"],\"counts\":{\"张三\":6},\"ballotsCast\":10}",
                        400,
                        "R3",
                        "candidates"),
                api(
                        "tally: SQL as a written-in name",
                        "/api/tally",
                        tally("\"ballots\":[[\"张三\"],[\"x'); DELETE FROM RE_DECISION;--\"]]"),
                        400,
                        "R10",
                        "ballots[1]"),
                new Case("tally: 20 MB body", "POST", "/api/tally", JSON, t -> huge(20 * MB), false, 413, null, null),

                // task completions through the engine REST API
                complete(
                        "T1: delegate quota as text",
                        "T1",
                        t -> t.plan("delegateQuota", "String", "many"),
                        400,
                        "R2",
                        "delegateQuota"),
                complete(
                        "T1: negative committee seats",
                        "T1",
                        t -> t.plan("committeeSeats", "Integer", -11),
                        400,
                        "R5",
                        "committeeSeats"),
                complete(
                        "T1: congress date as words",
                        "T1",
                        t -> t.plan("congressDate", "String", "明天"),
                        400,
                        "T1",
                        "congressDate"),
                complete(
                        "T1: congress date after the deadline",
                        "T1",
                        t -> t.plan("congressDate", "String", "2027-01-01"),
                        400,
                        "T7",
                        "congressDate"),
                complete(
                        "T1: quota below the organisations",
                        "T1",
                        t -> t.plan("delegateQuota", "Integer", 0),
                        400,
                        "R2",
                        "delegateQuota"),
                complete(
                        "T1: Integer variable with a text value",
                        "T1",
                        t -> t.plan("delegateQuota", "Integer", "abc"),
                        400,
                        null,
                        null),
                complete("T1: unknown variable type", "T1", t -> t.plan("delegateQuota", "Money", 75), 400, null, null),
                new Case(
                        "T1: body is not JSON",
                        "POST",
                        "/engine-rest/task/{T1}/complete",
                        JSON,
                        t -> bytes("{variables:"),
                        false,
                        400,
                        null,
                        null),
                new Case(
                        "T1: variables as a list",
                        "POST",
                        "/engine-rest/task/{T1}/complete",
                        JSON,
                        t -> bytes("{\"variables\":[1,2]}"),
                        false,
                        400,
                        null,
                        null),
                complete(
                        "T2: empty request text",
                        "T2SUBMIT",
                        t -> vars("requestText", "String", "  "),
                        400,
                        "T2",
                        "requestText"),
                complete(
                        "T2: request text of 5000 characters",
                        "T2SUBMIT",
                        t -> vars("requestText", "String", "请".repeat(5000)),
                        400,
                        "T2",
                        "requestText"),
                complete(
                        "approval: approved as the text \"yes\"",
                        "APPROVAL",
                        t -> vars("approved", "String", "yes"),
                        400,
                        "R11",
                        "approved"),
                complete(
                        "approval: returned without a reason",
                        "APPROVAL",
                        t -> vars("approved", "Boolean", false),
                        400,
                        "R11",
                        "comment"),
                complete(
                        "approval: comment as a number",
                        "APPROVAL",
                        t -> t.approval(Map.of("type", "Integer", "value", 5)),
                        400,
                        "R11",
                        "comment"),
                complete(
                        "approval: comment of 3000 characters",
                        "APPROVAL",
                        t -> t.approval(Map.of("type", "String", "value", "意".repeat(3000))),
                        400,
                        "R11",
                        "comment"),
                complete("approval: nothing given", "APPROVAL", t -> bytes("{}"), 400, "R11", "approved"),
                complete(
                        "nominate: candidates an object, not a list",
                        "NOMINATE",
                        t -> vars("delegateCandidates", "Json", "{\"name\":\"张三\"}"),
                        400,
                        "R3",
                        "delegateCandidates"),
                complete(
                        "nominate: candidates as plain text",
                        "NOMINATE",
                        t -> vars("delegateCandidates", "String", "张三,李四"),
                        400,
                        "R3",
                        "delegateCandidates"),
                complete(
                        "nominate: 10,000 persons",
                        "NOMINATE",
                        t -> vars("delegateCandidates", "Json", manyPersons(10_000)),
                        400,
                        "R3",
                        "delegateCandidates"),
                complete(
                        "nominate: script as a person's name",
                        "NOMINATE",
                        t -> t.persons(0, "name", "<script>alert(1)</script>"),
                        400,
                        "R3",
                        "delegateCandidates[0].name"),
                complete(
                        "nominate: unknown gender",
                        "NOMINATE",
                        t -> t.persons(1, "gender", "X"),
                        400,
                        "R3",
                        "delegateCandidates[1].gender"),
                complete(
                        "nominate: impossible birth date",
                        "NOMINATE",
                        t -> t.persons(2, "birthDate", "1990-13-45"),
                        400,
                        "R3",
                        "delegateCandidates[2].birthDate"),
                complete(
                        "nominate: too few candidates for the seats",
                        "NOMINATE",
                        t -> vars(
                                "delegateCandidates",
                                "Json",
                                TownshipScript.persons("候选", 1).toString()),
                        400,
                        "R3",
                        "delegateCandidates"),
                complete("nominees: no posts given", "NOMINEES", t -> t.nomineesWithoutPosts(), 400, "R5", null),
                complete(
                        "tally: negative votes",
                        "TALLY",
                        t -> t.tally(s -> ((ObjectNode) s.get("counts")).put(first(s), -1)),
                        400,
                        "R10",
                        "tally.counts"),
                complete(
                        "tally: unknown candidates",
                        "TALLY",
                        t -> t.tally(s -> ((ArrayNode) s.get("candidates")).set(0, s.textNode("王五"))),
                        400,
                        "R5",
                        "tally.candidates"),
                complete(
                        "tally: present above entitled",
                        "TALLY",
                        t -> t.tally(s -> s.put("present", s.get("entitled").asInt() + 1)),
                        400,
                        "R6",
                        "tally.present"),
                complete(
                        "tally: entitled not the members",
                        "TALLY",
                        t -> t.tally(s -> s.put("entitled", s.get("entitled").asInt() + 7)),
                        400,
                        "R6",
                        "tally.entitled"),
                complete(
                        "tally: votes as text",
                        "TALLY",
                        t -> t.tally(s -> ((ObjectNode) s.get("counts")).put(first(s), "many")),
                        400,
                        "R10",
                        null),
                complete(
                        "tally: a scrutineer standing in the race",
                        "TALLY",
                        t -> t.scrutineerStanding(),
                        400,
                        "R13",
                        "scrutineers[0]"),
                complete("tally: not JSON", "TALLY", t -> vars("tally", "String", "张三 20票"), 400, "R10", "tally"),
                complete("tally: missing", "TALLY", t -> bytes("{}"), 400, "R10", "tally"),
                new Case(
                        "completion: 20 MB body",
                        "POST",
                        "/engine-rest/task/{T1}/complete",
                        JSON,
                        t -> huge(20 * MB),
                        false,
                        413,
                        null,
                        null),
                complete("completion: task that does not exist", "NONE", t -> bytes("{}"), 404, null, null));
    }

    // ---------------------------------------------------------------- the test

    @BeforeAll
    void townshipsWithOpenTasks() throws Exception {
        ClockUtil.setCurrentTime(
                Date.from(ZonedDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZONE).toInstant()));
        HttpResponse<String> created = send("POST", "/api/campaigns", JSON, bytes("""
        {"county":"坏输入县","countyCode":"bad","year":2026,"townships":[
          {"code":"BIA","name":"甲乡","organisations":[{"code":"BIA-B1","name":"一支部","members":20},{"code":"BIA-B2","name":"二支部","members":20}]},
          {"code":"BIB","name":"乙乡","organisations":[{"code":"BIB-B1","name":"一支部","members":20}]},
          {"code":"BIC","name":"丙乡","organisations":[{"code":"BIC-B1","name":"一支部","members":20}]},
          {"code":"BID","name":"丁乡","organisations":[{"code":"BID-B1","name":"一支部","members":20}]}]}"""), false);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Map<String, String> instances = new HashMap<>();
        Http.MAPPER
                .readTree(created.body())
                .get("townships")
                .forEach(t -> instances.put(
                        t.get("code").asText(), t.get("processInstanceId").asText()));

        tasks.put("T1", openTask(instances.get("BIC"), "T1_PlanReelection").getId());
        tasks.put(
                "T2SUBMIT",
                driveTo(instances.get("BID"), "T2_SubmitConveneRequest").getId());
        tasks.put(
                "APPROVAL",
                driveTo(instances.get("BIB"), "T2_ReviewConveneRequest").getId());
        String a = instances.get("BIA");
        driveTo(a, "T3_NominateDelegateCandidates");
        Task first = taskService
                .createTaskQuery()
                .processInstanceId(a)
                .taskDefinitionKey("T3_NominateDelegateCandidates")
                .list()
                .stream()
                .filter(t -> "BIA-B1".equals(taskService.getVariable(t.getId(), "organisationCode")))
                .findFirst()
                .orElseThrow();
        completeByScript(first);
        Task record = driveTo(a, "T3_RecordDelegateElection");
        tasks.put("TALLY", record.getId());
        raceOfTallyTask.put(
                record.getId(),
                TaskVariables.toJson(formContexts.describe(record.getId())).get("raceState"));
        tasks.put("NOMINATE", openTask(a, "T3_NominateDelegateCandidates").getId());
        tasks.put("NOMINEES", openTask(a, "T4_NominateCandidates").getId());
        tasks.put("NONE", "no-such-task");
    }

    @AfterAll
    void serviceStaysUp() throws Exception {
        ClockUtil.reset();
        System.out.println("BadInputSuiteTest: answers by status " + byStatus);
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void malformedRequest_isA4xxWithAJsonReason_andChangesNothing(Case c) throws Exception {
        Map<String, Long> before = snapshot();

        HttpResponse<String> answer =
                send(c.method(), resolve(c.path()), c.contentType(), c.body().apply(this), c.chunked());

        byStatus.merge(answer.statusCode(), 1, Integer::sum);
        String shown = c.name() + " → " + answer.statusCode() + " " + abbreviated(answer.body());
        assertThat(answer.statusCode()).as(shown).isEqualTo(c.status());
        assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                .as(shown)
                .startsWith("application/json");
        JsonNode error = Http.MAPPER.readTree(answer.body());
        assertThat(error.path("message").asText()).as(shown).isNotBlank();
        if (c.path().startsWith("/api")) {
            assertThat(error.path("status").asInt()).as(shown).isEqualTo(c.status());
            assertThat(error.path("message").asText())
                    .as("a message in Chinese: " + shown)
                    .containsPattern("\\p{IsHan}");
        } else {
            assertThat(error.path("type").asText())
                    .as("Camunda's error shape: " + shown)
                    .isNotBlank();
        }
        if (c.rule() != null) {
            assertThat(error.path("rule").asText()).as(shown).isEqualTo(c.rule());
        }
        if (c.field() != null) {
            assertThat(error.path("field").asText()).as(shown).isEqualTo(c.field());
        }
        Map<String, Long> after = snapshot();
        Map<String, String> changed = new TreeMap<>();
        after.forEach((key, value) -> {
            if (!value.equals(before.get(key))) {
                changed.put(key, before.get(key) + " → " + value);
            }
        });
        assertThat(changed).as("database changed by " + c.name()).isEmpty();
    }

    private static String abbreviated(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }

    @Order(2)
    @Test
    void theTableHasAtLeastFortyCases_andTheServiceAnswersAfterThem() throws Exception {
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
        HttpResponse<String> health = send("GET", "/api/campaigns", null, null, false);
        assertThat(health.statusCode()).isEqualTo(200);
        // names are shown by the webapps' forms through Angular's escaping; the API's JSON is never sniffed as HTML
        assertThat(health.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(health.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(send("GET", "/engine-rest/engine", null, null, false).statusCode())
                .isEqualTo(200);
    }

    // ---------------------------------------------------------------- database snapshot

    /** Row count and a content fingerprint of every table. */
    private Map<String, Long> snapshot() {
        Map<String, Long> state = DatabaseSnapshot.of(jdbc);
        assertThat(state)
                .containsKeys(
                        "RE_TOWNSHIP rows",
                        "RE_DECISION rows",
                        "ACT_RU_TASK rows",
                        "ACT_RU_VARIABLE rows",
                        "ACT_RU_JOB rows",
                        "ACT_RU_EXECUTION rows");
        return state;
    }

    // ---------------------------------------------------------------- HTTP

    private HttpResponse<String> send(String method, String path, String contentType, byte[] body, boolean chunked)
            throws Exception {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : chunked
                        ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                        : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, publisher)
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // a connection the server closed after an earlier refusal (a body it would not read) may be picked up
            // again by the client: the request is sent once more on a connection of its own
            return HttpClient.newHttpClient()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    private String resolve(String path) {
        for (Map.Entry<String, String> task : tasks.entrySet()) {
            path = path.replace("{" + task.getKey() + "}", task.getValue());
        }
        return path;
    }

    // ---------------------------------------------------------------- bodies

    private static Case api(String name, String path, String body, int status, String rule, String field) {
        return new Case(name, "POST", path, JSON, t -> bytes(body), false, status, rule, field);
    }

    private static Case complete(
            String name, String task, Function<BadInputSuiteTest, byte[]> body, int status, String rule, String field) {
        return new Case(
                name, "POST", "/engine-rest/task/{" + task + "}/complete", JSON, body, false, status, rule, field);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON object whose one string goes on for {@code size} bytes. */
    private static byte[] huge(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'a');
        byte[] start = bytes("{\"county\":\"");
        System.arraycopy(start, 0, body, 0, start.length);
        body[size - 2] = '"';
        body[size - 1] = '}';
        return body;
    }

    private static String tally(String rest) {
        return "{\"kind\":\"COMPETITIVE\",\"seats\":1,\"entitled\":10,\"present\":10,\"candidates\":[\"张三\",\"李四\"],"
                + rest + "}";
    }

    private static String manyTownships(int count) {
        StringBuilder json = new StringBuilder("{\"county\":\"示例县\",\"year\":2026,\"townships\":[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",")
                    .append(
                            "{\"code\":\"M%d\",\"name\":\"乡%d\",\"organisations\":[{\"code\":\"M%d-B\",\"name\":\"支部\",\"members\":1}]}"
                                    .formatted(i, i, i));
        }
        return json.append("]}").toString();
    }

    private static String manyOrganisations(int count) {
        StringBuilder json = new StringBuilder(
                "{\"county\":\"示例县\",\"year\":2026,\"townships\":[{\"code\":\"MO\",\"name\":\"乡\",\"organisations\":[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"code\":\"MO-%d\",\"name\":\"支部%d\",\"members\":1}".formatted(i, i));
        }
        return json.append("]}]}").toString();
    }

    private static String manyCandidates(int count) {
        StringBuilder json = new StringBuilder(
                "{\"kind\":\"COMPETITIVE\",\"seats\":1,\"entitled\":10,\"present\":10,\"candidates\":[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("\"候选").append(i).append('"');
        }
        return json.append("],\"counts\":{\"候选0\":6},\"ballotsCast\":10}").toString();
    }

    private static String manyPersons(int count) {
        ArrayNode persons = Http.MAPPER.createArrayNode();
        for (int i = 0; i < count; i++) {
            persons.addObject().put("name", "人" + i);
        }
        return persons.toString();
    }

    /** {"variables": {name: {"type", "value"}}}. */
    private static byte[] vars(String name, String type, Object value) {
        ObjectNode body = Http.MAPPER.createObjectNode();
        ObjectNode variable = body.putObject("variables").putObject(name).put("type", type);
        variable.set("value", Http.MAPPER.valueToTree(value));
        return bytes(body.toString());
    }

    /** T1's complete plan with one variable changed. */
    private byte[] plan(String name, String type, Object value) {
        ObjectNode body = Http.MAPPER.createObjectNode();
        ObjectNode variables = body.putObject("variables");
        variables
                .putObject("congressDate")
                .put("type", "Date")
                .put("value", TownshipScript.CONGRESS_DATE + "T09:00:00.000+0800");
        Map.of("delegateQuota", 75, "committeeSeats", 11, "disciplineSeats", 5, "countyDelegateSeats", 5)
                .forEach((integer, given) ->
                        variables.putObject(integer).put("type", "Integer").put("value", given));
        variables.putObject(name).put("type", type).set("value", Http.MAPPER.valueToTree(value));
        return bytes(body.toString());
    }

    private byte[] approval(Map<String, Object> comment) {
        ObjectNode body = Http.MAPPER.createObjectNode();
        ObjectNode variables = body.putObject("variables");
        variables.putObject("approved").put("type", "Boolean").put("value", false);
        variables.set("comment", Http.MAPPER.valueToTree(comment));
        return bytes(body.toString());
    }

    /** The script's valid candidate list for the nomination task with one person's field changed. */
    private byte[] persons(int index, String field, String value) {
        Task task = taskService.createTaskQuery().taskId(tasks.get("NOMINATE")).singleResult();
        Map<String, Object> answer = TownshipScript.answer(
                task.getTaskDefinitionKey(), TaskVariables.visible(taskService, formContexts, task.getId()));
        try {
            ArrayNode persons = (ArrayNode)
                    Http.MAPPER.readTree(((SimulatedParticipant.Json) answer.get("delegateCandidates")).text());
            ((ObjectNode) persons.get(index)).put(field, value);
            return vars("delegateCandidates", "Json", persons.toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] nomineesWithoutPosts() {
        ArrayNode committee = TownshipScript.persons("党委候选", 13);
        ArrayNode discipline = TownshipScript.persons("纪委候选", 6);
        ObjectNode body = Http.MAPPER.createObjectNode();
        ObjectNode variables = body.putObject("variables");
        variables.putObject("committeeNominees").put("type", "Json").put("value", committee.toString());
        variables.putObject("disciplineNominees").put("type", "Json").put("value", discipline.toString());
        return bytes(body.toString());
    }

    /** The script's winning tally for the tally task, changed by {@code change}. */
    private byte[] tally(Consumer<ObjectNode> change) {
        ObjectNode sheet = TownshipScript.winningTally(raceOfTallyTask.get(tasks.get("TALLY")), 0);
        change.accept(sheet);
        return vars("tally", "Json", sheet.toString());
    }

    /** R13: a valid tally whose scrutineer is the race's first candidate. */
    private byte[] scrutineerStanding() {
        ObjectNode sheet = TownshipScript.winningTally(raceOfTallyTask.get(tasks.get("TALLY")), 0);
        ObjectNode body = Http.MAPPER.createObjectNode();
        ObjectNode variables = body.putObject("variables");
        variables.putObject("tally").put("type", "Json").put("value", sheet.toString());
        variables
                .putObject("scrutineers")
                .put("type", "Json")
                .put("value", Http.MAPPER.createArrayNode().add(first(sheet)).toString());
        return bytes(body.toString());
    }

    private static String first(ObjectNode sheet) {
        return sheet.get("candidates").get(0).asText();
    }

    // ---------------------------------------------------------------- driving the process

    private Task openTask(String instance, String key) {
        List<Task> open = taskService
                .createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey(key)
                .list();
        assertThat(open).as(key).isNotEmpty();
        return open.get(0);
    }

    private Task driveTo(String instance, String key) {
        for (int guard = 0; guard < 50; guard++) {
            List<Task> open = taskService
                    .createTaskQuery()
                    .processInstanceId(instance)
                    .orderByTaskCreateTime()
                    .asc()
                    .list();
            List<Task> wanted = open.stream()
                    .filter(t -> t.getTaskDefinitionKey().equals(key))
                    .toList();
            if (!wanted.isEmpty()) {
                return wanted.get(0);
            }
            completeByScript(open.stream()
                    .filter(t -> !t.getTaskDefinitionKey().equals("T4_NominateCandidates")
                            && !t.getTaskDefinitionKey().equals("T3_NominateDelegateCandidates"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("cannot reach " + key)));
        }
        throw new IllegalStateException("cannot reach " + key);
    }

    private void completeByScript(Task task) {
        taskService.complete(
                task.getId(),
                TaskVariables.toEngine(
                        TownshipScript.answer(
                                task.getTaskDefinitionKey(),
                                TaskVariables.visible(taskService, formContexts, task.getId())),
                        ZONE));
    }
}
