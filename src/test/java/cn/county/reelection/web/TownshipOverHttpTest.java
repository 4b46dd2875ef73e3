package cn.county.reelection.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

  @LocalServerPort int port;
  private Http http;

  @BeforeEach
  void clock() {
    http = new Http(port);
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant()));
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
      HttpResponse<String> done = send("POST", "/engine-rest/task/" + task.get("id").asText() + "/complete",
          http.scriptedCompletion(task, "admin:admin"), "admin:admin");
      assertThat(done.statusCode()).as(task.get("taskDefinitionKey").asText() + ": " + done.body()).isEqualTo(204);
      completed++;
      assertThat(completed).isLessThan(100);
    }

    JsonNode history = json(send("GET", "/engine-rest/history/process-instance/" + processInstanceId, null, "admin:admin"));
    assertThat(history.get("state").asText()).isEqualTo("COMPLETED");
    JsonNode board = json(send("GET", "/api/campaigns/" + campaign.get("id").asText() + "/board", null, "admin:admin"));
    assertThat(board.get("townships").get(0).get("steps").findValuesAsText("state")).hasSize(9).containsOnly("DONE");
    // 1 T1 + 2 T2 + 2×(nominate, review, record) + 1 review + 3 T4 + T5 + T6 + 4 races + 2 T8 + 2 T9
    assertThat(completed).isEqualTo(1 + 2 + 6 + 1 + 2 + 1 + 1 + 4 + 2 + 2);
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
    assertThat(send("GET", "/engine-rest/task", null, "admin:wrong").statusCode()).isEqualTo(401);
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
      duplicate township code      | townships[1].code                  |      | {"county":"示例县","year":2026,"townships":[{"code":"BAD1","name":"甲乡","organisations":[{"code":"BAD1-B1","name":"一支部","members":5}]},{"code":"BAD1","name":"乙乡","organisations":[{"code":"BAD2-B1","name":"一支部","members":5}]}]}
      organisation with 0 members  | townships[0].organisations[0].members | R2 | {"county":"示例县","year":2026,"townships":[{"code":"BAD3","name":"甲乡","organisations":[{"code":"BAD3-B1","name":"一支部","members":0}]}]}
      deadlines out of order       | deadlines.T3                       | T3   | {"county":"示例县","year":2026,"deadlines":{"T2":"2026-11-10","T3":"2026-11-05"},"townships":[{"code":"BAD4","name":"甲乡","organisations":[{"code":"BAD4-B1","name":"一支部","members":5}]}]}
      unknown field                | townships[0].leader                |      | {"county":"示例县","year":2026,"townships":[{"code":"BAD5","name":"甲乡","leader":"张三","organisations":[{"code":"BAD5-B1","name":"一支部","members":5}]}]}
      unknown step                 | deadlines.T10                      |      | {"county":"示例县","year":2026,"deadlines":{"T10":"2026-11-10"},"townships":[{"code":"BAD6","name":"甲乡","organisations":[{"code":"BAD6-B1","name":"一支部","members":5}]}]}
      missing county               | county                             |      | {"year":2026,"townships":[{"code":"BAD7","name":"甲乡","organisations":[{"code":"BAD7-B1","name":"一支部","members":5}]}]}
      no township                  | townships                          |      | {"county":"示例县","year":2026,"townships":[]}
      bad date                     | deadlines.T2                       |      | {"county":"示例县","year":2026,"deadlines":{"T2":"11月10日"},"townships":[{"code":"BAD8","name":"甲乡","organisations":[{"code":"BAD8-B1","name":"一支部","members":5}]}]}
      """)
  void campaignStart_badInputIs400NamingTheField_andStartsNothing(String why, String field, String rule, String body) throws Exception {
    long before = json(send("GET", "/engine-rest/process-instance/count", null, "admin:admin")).get("count").asLong();

    HttpResponse<String> refused = send("POST", "/api/campaigns", body, "admin:admin");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    JsonNode error = MAPPER.readTree(refused.body());
    assertThat(error.get("status").asInt()).isEqualTo(400);
    assertThat(error.get("field").asText()).isEqualTo(field);
    if (rule != null) {
      assertThat(error.get("rule").asText()).isEqualTo(rule);
    }
    assertThat(error.get("message").asText()).isNotBlank();
    assertThat(json(send("GET", "/engine-rest/process-instance/count", null, "admin:admin")).get("count").asLong()).isEqualTo(before);
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
    assertThat(http.status("POST", "/api/campaigns?dryRun=true", body, "ts01:demo")).isIn(401, 403);

    JsonNode report = http.ok("POST", "/api/campaigns?dryRun=true", body, "admin:admin");

    // the seed's dates: T1 5 Nov, T2 10 Nov, T3/T4 20 Nov, T5/T6 the working day before the congress, T7/T8 30 Nov,
    // T9 three working days later
    java.util.List<String> days = new java.util.ArrayList<>();
    report.get("snapshots").forEach(s -> days.add(s.get("day").asText()));
    assertThat(days).containsExactly("2026-11-05", "2026-11-10", "2026-11-20", "2026-11-27", "2026-11-30", "2026-12-03");
    JsonNode last = report.get("snapshots").get(5).get("board").get("townships").get(0);
    last.get("steps").forEach(cell -> assertThat(cell.get("state").asText()).isEqualTo("DONE"));
    assertThat(last.get("businessKey").asText()).isEqualTo("DRY-2026-DRYHTTP01");
    // nothing kept: the same township can still start for real
    assertThat(http.status("GET", "/api/townships/DRY-2026-DRYHTTP01/history", null, "admin:admin")).isEqualTo(404);
    assertThat(http.status("POST", "/api/campaigns", body, "admin:admin")).isEqualTo(201);
  }

  private HttpResponse<String> send(String method, String path, String body, String credentials) throws Exception {
    return http.send(method, path, body, credentials);
  }
}
