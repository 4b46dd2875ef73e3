package cn.county.reelection.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * One township from {@code POST /api/campaigns} to T9 acknowledged, as an outside client would:
 * the project's API to start, the engine REST API to find and complete every task.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TownshipOverHttpTest {

    private static final ObjectMapper MAPPER = Http.MAPPER;

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void clock() {
        http = new Http(port);
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"))
                .toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void t1ToT9_wholeTownshipThroughTheHttpApiOnly() throws Exception {
        String body = """
        {"county":"示例县","year":2026,
         "deadlines":{"T2":"2026-11-10","T3":"2026-11-20","T4":"2026-11-20","T7":"2026-11-30","T9":"2026-12-03"},
         "townships":[{"code":"HTTP01","name":"羊岑乡","organisations":[
            {"code":"HTTP01-B01","name":"第一支部","members":42},
            {"code":"HTTP01-B02","name":"第二支部","members":30}]}]}""";
        HttpResponse<String> created = send("POST", "/api/campaigns", body, "admin:admin");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode campaign = MAPPER.readTree(created.body());
        JsonNode township = campaign.get("townships").get(0);
        assertThat(township.get("businessKey").asText()).isEqualTo("2026-HTTP01");
        String processInstanceId = township.get("processInstanceId").asText();

        int completed = 0;
        for (JsonNode tasks = openTasks(processInstanceId); !tasks.isEmpty(); tasks = openTasks(processInstanceId)) {
            JsonNode task = tasks.get(0);
            HttpResponse<String> done = send(
                    "POST",
                    "/engine-rest/task/" + task.get("id").asText() + "/complete",
                    http.scriptedCompletion(task, "admin:admin"),
                    "admin:admin");
            assertThat(done.statusCode())
                    .as(task.get("taskDefinitionKey").asText() + ": " + done.body())
                    .isEqualTo(204);
            completed++;
            assertThat(completed).isLessThan(100);
        }

        JsonNode history =
                json(send("GET", "/engine-rest/history/process-instance/" + processInstanceId, null, "admin:admin"));
        assertThat(history.get("state").asText()).isEqualTo("COMPLETED");
        JsonNode board =
                json(send("GET", "/api/campaigns/" + campaign.get("id").asText() + "/board", null, "admin:admin"));
        assertThat(board.get("townships").get(0).get("steps").findValuesAsText("state"))
                .hasSize(9)
                .containsOnly("DONE");
        // 1 T1 + 2 T2 + 2×(nominate, review, record) + 1 review + 3 T4 + T5 + T6 + 4 races
        // + 2×2 T8 (record and approve, for the discipline secretary and its deputy, R8) + 2 T9
        assertThat(completed).isEqualTo(1 + 2 + 6 + 1 + 2 + 1 + 1 + 4 + 4 + 2);

        // the audit trail reads in words: tasks, races and organisations by name, no variable or task keys
        JsonNode trail = json(send("GET", "/api/townships/2026-HTTP01/history", null, "admin:admin"));
        List<String> lines = trail.findValuesAsText("what");
        assertThat(lines).contains("批准：审批召开党代会请示", "批准：审查代表候选人（第一支部）", "完成任务：部署换届工作（羊岑乡）");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("党代会代表选举（第二支部）第1次投票：应到30人"));
        assertThat(lines)
                .anySatisfy(line -> assertThat(line).startsWith("党委委员选举第1次投票").contains("；当选："));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("纪委书记选举第1次投票"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("纪委副书记选举第1次投票"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("书记、副书记选举"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("出席县党代会代表选举"));
        assertThat(lines).contains("完成任务：审批召开党代会请示（羊岑乡）");
        assertThat(lines)
                .allSatisfy(line -> assertThat(line)
                        .doesNotContainPattern(
                                "\\b(delegates|committee|discipline|countyDelegates|secretary|disciplineSecretary|disciplineDeputy)\\b")
                        .doesNotContainPattern("T\\d_[A-Za-z]+")
                        .doesNotContain("（HTTP01-B"));
    }

    @Test
    void t5t6_badPreparationDataIs400NamingFieldAndRule_andTheTaskStaysOpen() throws Exception {
        HttpResponse<String> created = send("POST", "/api/campaigns", """
        {"county":"筹备县","countyCode":"prep","year":2026,
         "townships":[{"code":"HTTP56","name":"筹备乡","organisations":[
            {"code":"HTTP56-B01","name":"第一支部","members":30},{"code":"HTTP56-B02","name":"第二支部","members":20}]}]}""", "admin:admin");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String processInstanceId = MAPPER.readTree(created.body())
                .get("townships")
                .get(0)
                .get("processInstanceId")
                .asText();
        JsonNode task = openTasks(processInstanceId).get(0);
        for (int guard = 0; !task.get("taskDefinitionKey").asText().equals("T5_DraftCongressMaterials"); guard++) {
            assertThat(guard).isLessThan(30);
            assertThat(send(
                                    "POST",
                                    "/engine-rest/task/" + task.get("id").asText() + "/complete",
                                    http.scriptedCompletion(task, "admin:admin"),
                                    "admin:admin")
                            .statusCode())
                    .isEqualTo(204);
            task = openTasks(processInstanceId).get(0);
        }

        // T5: the committee race with 12 candidates for 11 seats breaks R5's margin of two
        ObjectNode draft = (ObjectNode) MAPPER.readTree(http.scriptedCompletion(task, "admin:admin"));
        JsonNode method = MAPPER.readTree(
                draft.get("variables").get("electionMethod").get("value").asText());
        ((ObjectNode) method.get("races").get(0)).put("candidates", 12);
        ((ObjectNode) draft.get("variables").get("electionMethod")).put("value", method.toString());
        HttpResponse<String> refused = send(
                "POST", "/engine-rest/task/" + task.get("id").asText() + "/complete", draft.toString(), "admin:admin");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = MAPPER.readTree(refused.body());
        assertThat(error.get("rule").asText()).isEqualTo("R5");
        assertThat(error.get("field").asText()).isEqualTo("electionMethod.races[0].candidates");
        assertThat(error.get("message").asText()).startsWith("[R5] 选举办法 选举项目第1项 候选人名单：党委委员候选人应为13名");
        assertThat(send(
                                "POST",
                                "/engine-rest/task/" + task.get("id").asText() + "/complete",
                                http.scriptedCompletion(task, "admin:admin"),
                                "admin:admin")
                        .statusCode())
                .isEqualTo(204);

        // T6: a delegate in two delegations
        task = openTasks(processInstanceId).get(0);
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("T6_HoldPreparationMeeting");
        ObjectNode meeting = (ObjectNode) MAPPER.readTree(http.scriptedCompletion(task, "admin:admin"));
        JsonNode groups = MAPPER.readTree(
                meeting.get("variables").get("delegationGroups").get("value").asText());
        String twice = groups.get(0).get("delegates").get(0).asText();
        ((ArrayNode) groups.get(1).get("delegates")).add(twice);
        ((ObjectNode) meeting.get("variables").get("delegationGroups")).put("value", groups.toString());
        refused = send(
                "POST",
                "/engine-rest/task/" + task.get("id").asText() + "/complete",
                meeting.toString(),
                "admin:admin");
        assertThat(refused.statusCode()).isEqualTo(400);
        error = MAPPER.readTree(refused.body());
        assertThat(error.get("rule").asText()).isEqualTo("T6");
        assertThat(error.get("field").asText()).startsWith("delegationGroups[1].delegates[");
        assertThat(error.get("message").asText()).contains("代表" + twice + "已在代表团“第一支部代表团”中");
        assertThat(openTasks(processInstanceId).get(0).get("id").asText())
                .isEqualTo(task.get("id").asText());
    }

    @Test
    void r6_impossibleTallyIs400WithFieldAndRule_andNoCredentialsIs401() throws Exception {
        String tally = """
        {"kind":"COMPETITIVE","seats":11,"minimumCandidates":13,"entitled":75,"present":80,
         "candidates":["张三"],"counts":{"张三":60},"ballotsCast":70}""";
        HttpResponse<String> refused = send("POST", "/api/tally", tally, "admin:admin");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = MAPPER.readTree(refused.body());
        assertThat(error.get("rule").asText()).isEqualTo("R6");
        assertThat(error.get("field").asText()).isEqualTo("present");

        assertThat(send("POST", "/api/tally", tally, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/engine-rest/task", null, null).statusCode()).isEqualTo(401);
        // an unknown user: a wrong password for a real one would hold that account back from later suites of this
        // context
        assertThat(send("GET", "/engine-rest/task", null, "nobody:wrong").statusCode())
                .isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
      duplicate township code      | townships[1].code                  |      | {"county":"示例县","year":2026,"townships":[{"code":"BAD1","name":"甲乡","organisations":[{"code":"BAD1-B1","name":"一支部","members":5}]},{"code":"BAD1","name":"乙乡","organisations":[{"code":"BAD2-B1","name":"一支部","members":5}]}]}
      organisation with 0 members  | townships[0].organisations[0].members | R2 | {"county":"示例县","year":2026,"townships":[{"code":"BAD3","name":"甲乡","organisations":[{"code":"BAD3-B1","name":"一支部","members":0}]}]}
      deadlines out of order       | deadlines.T3                       | T3   | {"county":"示例县","year":2026,"deadlines":{"T2":"2026-11-10","T3":"2026-11-05"},"townships":[{"code":"BAD4","name":"甲乡","organisations":[{"code":"BAD4-B1","name":"一支部","members":5}]}]}
      unknown field                | townships[0].leader                |      | {"county":"示例县","year":2026,"townships":[{"code":"BAD5","name":"甲乡","leader":"张三","organisations":[{"code":"BAD5-B1","name":"一支部","members":5}]}]}
      unknown step                 | deadlines.T10                      |      | {"county":"示例县","year":2026,"deadlines":{"T10":"2026-11-10"},"townships":[{"code":"BAD6","name":"甲乡","organisations":[{"code":"BAD6-B1","name":"一支部","members":5}]}]}
      missing county               | county                             |      | {"year":2026,"townships":[{"code":"BAD7","name":"甲乡","organisations":[{"code":"BAD7-B1","name":"一支部","members":5}]}]}
      no township                  | townships                          |      | {"county":"示例县","year":2026,"townships":[]}
      bad date                     | deadlines.T2                       |      | {"county":"示例县","year":2026,"deadlines":{"T2":"11月10日"},"townships":[{"code":"BAD8","name":"甲乡","organisations":[{"code":"BAD8-B1","name":"一支部","members":5}]}]}
      """)
    void campaignStart_badInputIs400NamingTheField_andStartsNothing(String why, String field, String rule, String body)
            throws Exception {
        long before = json(send("GET", "/engine-rest/process-instance/count", null, "admin:admin"))
                .get("count")
                .asLong();

        HttpResponse<String> refused = send("POST", "/api/campaigns", body, "admin:admin");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode error = MAPPER.readTree(refused.body());
        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(error.get("field").asText()).isEqualTo(field);
        if (rule != null) {
            assertThat(error.get("rule").asText()).isEqualTo(rule);
        }
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(json(send("GET", "/engine-rest/process-instance/count", null, "admin:admin"))
                        .get("count")
                        .asLong())
                .isEqualTo(before);
    }

    private JsonNode openTasks(String processInstanceId) throws Exception {
        return http.openTasks(processInstanceId, "admin:admin");
    }

    private JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return MAPPER.readTree(response.body());
    }

    @Test
    void dryRun_answersTheBoardAtEachDeadline_keepsNothing_andIsTheCountysOnly() throws Exception {
        String body = """
        {"county":"示例县","year":2026,
         "townships":[{"code":"DRYHTTP01","name":"羊岑乡","organisations":[
            {"code":"DRYHTTP01-B01","name":"第一支部","members":42}]}]}""";
        assertThat(http.status("POST", "/api/campaigns?dryRun=true", body, "ts01:demo"))
                .isIn(401, 403);

        JsonNode report = http.ok("POST", "/api/campaigns?dryRun=true", body, "admin:admin");

        // the seed's dates: T1 5 Nov, T2 10 Nov, T3/T4 20 Nov, T5/T6 the working day before the congress, T7/T8 30 Nov,
        // T9 three working days later
        List<String> days = new ArrayList<>();
        report.get("snapshots").forEach(s -> days.add(s.get("day").asText()));
        assertThat(days)
                .containsExactly("2026-11-05", "2026-11-10", "2026-11-20", "2026-11-27", "2026-11-30", "2026-12-03");
        JsonNode last =
                report.get("snapshots").get(5).get("board").get("townships").get(0);
        last.get("steps").forEach(cell -> assertThat(cell.get("state").asText()).isEqualTo("DONE"));
        assertThat(last.get("businessKey").asText()).isEqualTo("DRY-2026-DRYHTTP01");
        // nothing kept: the same township can still start for real
        assertThat(http.status("GET", "/api/townships/DRY-2026-DRYHTTP01/history", null, "admin:admin"))
                .isEqualTo(404);
        assertThat(http.status("POST", "/api/campaigns", body, "admin:admin")).isEqualTo(201);
        // and only once a year: the second start is refused on the township's code
        HttpResponse<String> again = send("POST", "/api/campaigns", body, "admin:admin");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        JsonNode conflict = new ObjectMapper().readTree(again.body());
        assertThat(conflict.get("field").asText()).isEqualTo("townships[0].code");
        assertThat(conflict.get("message").asText()).isEqualTo("乡镇羊岑乡已在2026年的换届中（业务键2026-DRYHTTP01）");
    }

    private HttpResponse<String> send(String method, String path, String body, String credentials) throws Exception {
        return http.send(method, path, body, credentials);
    }
}
