package cn.county.reelection.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A refused task form reads as a person would say it, over the engine REST API and over Tasklist's own
 * engine API alike: the rule and the field's Chinese label, no "Cannot submit task form", no task id;
 * the JSON keeps {@code rule} and {@code field} (the variable name) for API clients.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the township is at T2 for the first two, at T3 for the last
class ReadableErrorsOverHttpTest {

    @LocalServerPort
    int port;

    private Http http;
    private final Map<String, String> login = new HashMap<>();
    private String instance;

    @BeforeAll
    void startCampaignAndPlan() throws Exception {
        http = new Http(port);
        JsonNode campaign = Http.MAPPER.readTree(
                http.send("POST", "/api/campaigns", """
        {"county":"文字县","countyCode":"words","year":2035,
         "townships":[{"code":"RDE","name":"文字乡","organisations":[{"code":"RDE-B1","name":"第一支部","members":20}]}]}""", "admin:admin").body());
        instance = campaign.get("townships").get(0).get("processInstanceId").asText();
        campaign.get("accounts")
                .forEach(a -> login.put(
                        a.get("userId").asText(),
                        a.get("userId").asText() + ":" + a.get("password").asText()));
        var planned = http.send("POST", "/engine-rest/task/" + task("rde") + "/complete", """
        {"variables":{"congressDate":{"value":"2035-11-28T09:00:00.000+0800","type":"Date"},
          "delegateQuota":{"value":75,"type":"Integer"},"committeeSeats":{"value":11,"type":"Integer"},
          "disciplineSeats":{"value":5,"type":"Integer"},"countyDelegateSeats":{"value":5,"type":"Integer"}}}""", login.get("rde"));
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(204);
    }

    @Test
    @Order(1)
    void engineRestApi_namesTheFieldByItsLabel_withoutPrefixOrTaskId() throws Exception {
        String task = task("rde");
        var refused = http.send(
                "POST",
                "/engine-rest/task/" + task + "/submit-form",
                "{\"variables\":{\"requestText\":{\"value\":\"  \",\"type\":\"String\"}}}",
                login.get("rde"));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode error = Http.MAPPER.readTree(refused.body());
        assertThat(error.get("rule").asText()).isEqualTo("T2");
        assertThat(error.get("field").asText()).isEqualTo("requestText");
        assertThat(error.get("message").asText()).isEqualTo("[T2] 请示正文：必须填写").doesNotContain(task);
        assertThat(task("rde")).isEqualTo(task); // nothing moved
    }

    @Test
    @Order(2)
    void tasklistsOwnEngineApi_answersTheSameReadableError() throws Exception {
        String task = task("rde");
        TasklistSession tasklist = tasklist("rde");
        var refused = tasklist.post(
                "/api/engine/engine/default/task/" + task + "/submit-form",
                "{\"variables\":{\"requestText\":{\"value\":\"\",\"type\":\"String\"}}}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode error = Http.MAPPER.readTree(refused.body());
        assertThat(error.get("message").asText())
                .isEqualTo("[T2] 请示正文：必须填写")
                .doesNotContain("Cannot submit")
                .doesNotContain(task)
                .doesNotContain("requestText");
        assertThat(error.get("rule").asText()).isEqualTo("T2");
        assertThat(error.get("field").asText()).isEqualTo("requestText");

        // a plain completion, not only a form submission
        var completion = tasklist.post("/api/engine/engine/default/task/" + task + "/complete", "{\"variables\":{}}");
        assertThat(completion.statusCode()).as(completion.body()).isEqualTo(400);
        assertThat(Http.MAPPER.readTree(completion.body()).get("message").asText())
                .isEqualTo("[T2] 请示正文：必须填写");
        assertThat(task("rde")).isEqualTo(task);
    }

    @Test
    @Order(3)
    void nestedFields_nameTheListTheRowAndTheColumn_andALateCompletionIsAConflictInTasklistToo() throws Exception {
        String completedRequest = bringToT3();
        String nominate = task("rde-b1");
        String persons = """
        [{"name":"张三","gender":"M","birthDate":"1980-01-01","ethnicity":"汉族","education":"BACHELOR","category":"FRONTLINE"},
         {"name":"李四","gender":"F","ethnicity":"汉族","education":"BACHELOR","category":"FRONTLINE"}]""";
        var refused = http.send(
                "POST",
                "/engine-rest/task/" + nominate + "/complete",
                "{\"variables\":{\"delegateCandidates\":{\"value\":" + Http.MAPPER.writeValueAsString(persons)
                        + ",\"type\":\"Json\"}}}",
                login.get("rde-b1"));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode error = Http.MAPPER.readTree(refused.body());
        assertThat(error.get("field").asText()).isEqualTo("delegateCandidates[1].birthDate");
        assertThat(error.get("message").asText()).startsWith("[R3] 代表候选人名单第2行 出生日期：");

        TasklistSession tasklist = tasklist("rde-b1");
        var wrongGender = tasklist.post(
                "/api/engine/engine/default/task/" + nominate + "/submit-form",
                "{\"variables\":{\"delegateCandidates\":{\"value\":"
                        + Http.MAPPER.writeValueAsString(persons.replace("\"F\"", "\"X\"")) + ",\"type\":\"Json\"}}}");
        assertThat(wrongGender.statusCode()).as(wrongGender.body()).isEqualTo(400);
        assertThat(Http.MAPPER.readTree(wrongGender.body()).get("message").asText())
                .isEqualTo("[R3] 代表候选人名单第2行 性别：取值不正确：X（应为M、F）");

        // the request was completed meanwhile: Tasklist's API says so in Chinese, as the engine REST API does
        var late = tasklist("rde")
                .post("/api/engine/engine/default/task/" + completedRequest + "/complete", "{\"variables\":{}}");
        assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
        assertThat(Http.MAPPER.readTree(late.body()).get("message").asText()).isEqualTo("该任务已被他人办理，请刷新后查看");
    }

    /** Submits the request and has the county approve it; answers the submission's task, completed now. */
    private String bringToT3() throws Exception {
        String request = task("rde");
        var submitted = http.send(
                "POST",
                "/engine-rest/task/" + request + "/complete",
                "{\"variables\":{\"requestText\":{\"value\":\"请示\",\"type\":\"String\"}}}",
                login.get("rde"));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
        var approved = http.send(
                "POST",
                "/engine-rest/task/" + task("county-words") + "/complete",
                "{\"variables\":{\"approved\":{\"value\":true,\"type\":\"Boolean\"}}}",
                login.get("county-words"));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
        return request;
    }

    /** The only open task the user sees in this township, by the earliest created. */
    private String task(String user) throws Exception {
        JsonNode tasks = http.openTasks(instance, login.get(user));
        assertThat(tasks).as(user).isNotEmpty();
        return tasks.get(0).get("id").asText();
    }

    private TasklistSession tasklist(String user) throws Exception {
        return new TasklistSession(port, login.get(user));
    }
}
