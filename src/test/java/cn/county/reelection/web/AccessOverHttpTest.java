package cn.county.reelection.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Each role sees and does only its own work, in the engine REST API and the project's API
 * (DOMAIN.md "Who takes part"; R11). Two townships of one county, accounts from the campaign's answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessOverHttpTest {

  @LocalServerPort int port;
  private Http http;
  private final Map<String, String> login = new HashMap<>(); // user id → "id:password"
  private long campaignId;
  private String instanceA;
  private String instanceB;

  @BeforeAll
  void startCampaignAndBringTownshipAToT3() throws Exception {
    http = new Http(port);
    JsonNode campaign = http.MAPPER.readTree(http.send("POST", "/api/campaigns", """
        {"county":"权限县","countyCode":"acl","year":2031,
         "townships":[
           {"code":"ACA","name":"甲乡","organisations":[{"code":"ACA-B1","name":"一支部","members":20},{"code":"ACA-B2","name":"二支部","members":25}]},
           {"code":"ACB","name":"乙乡","organisations":[{"code":"ACB-B1","name":"一支部","members":30}]}]}""",
        "admin:admin").body());
    campaignId = campaign.get("id").asLong();
    instanceA = campaign.get("townships").get(0).get("processInstanceId").asText();
    instanceB = campaign.get("townships").get(1).get("processInstanceId").asText();
    campaign.get("accounts").forEach(a -> login.put(a.get("userId").asText(), a.get("userId").asText() + ":" + a.get("password").asText()));
    assertThat(login).containsKeys("aca", "aca-office", "aca-review", "aca-b1", "aca-b2", "acb", "county-acl");

    // township A's secretary plans and submits, the county approves: T3 opens one task per organisation
    complete(singleTask(instanceA, "aca"), Map.of("congressDate", "2031-11-28T09:00:00.000+0800|Date",
        "delegateQuota", "75|Integer", "committeeSeats", "11|Integer", "disciplineSeats", "5|Integer",
        "countyDelegateSeats", "5|Integer"), "aca");
    complete(singleTask(instanceA, "aca"), Map.of("requestText", "请示|String"), "aca");
    complete(singleTask(instanceA, "county-acl"), Map.of("approved", "true|Boolean", "comment", "同意|String"), "county-acl");
  }

  @Test
  void townshipSecretary_seesOwnTasksOnly_andCannotClaimOrCompleteAnotherTownships() throws Exception {
    assertThat(tasks(instanceA, "aca")).extracting(t -> t.get("taskDefinitionKey").asText()).containsExactly("T4_NominateCandidates");
    assertThat(tasks(instanceB, "aca")).isEmpty();
    String foreignTask = singleTask(instanceB, "acb");

    assertThat(http.status("POST", "/engine-rest/task/" + foreignTask + "/claim", "{\"userId\":\"aca\"}", login.get("aca"))).isEqualTo(403);
    assertThat(http.status("POST", "/engine-rest/task/" + foreignTask + "/complete", "{}", login.get("aca"))).isEqualTo(403);
    assertThat(tasks(instanceB, "acb")).hasSize(1); // still open
  }

  @Test
  void townshipSecretary_cannotReadAnotherTownshipsVariablesOrHistory() throws Exception {
    assertThat(http.status("GET", "/engine-rest/process-instance/" + instanceA + "/variables", null, login.get("aca"))).isEqualTo(200);
    assertThat(http.status("GET", "/engine-rest/process-instance/" + instanceB + "/variables", null, login.get("aca"))).isEqualTo(403);
    assertThat(http.ok("GET", "/engine-rest/history/process-instance?processInstanceId=" + instanceB, null, login.get("aca"))).isEmpty();
    assertThat(http.ok("GET", "/engine-rest/history/process-instance?processInstanceId=" + instanceA, null, login.get("aca"))).hasSize(1);
    assertThat(http.status("GET", "/api/townships/2031-ACB/history", null, login.get("aca"))).isEqualTo(403);
    JsonNode own = http.ok("GET", "/api/townships/2031-ACA/history", null, login.get("aca"));
    assertThat(own.findValuesAsText("kind")).contains("APPROVED", "TASK_COMPLETED");
    assertThat(own.findValuesAsText("who")).contains("aca", "county-acl");
  }

  @Test
  void tasklistsOwnApi_showsOwnTasksOnly_andRefusesClaimingAnotherTownshipsTask() throws Exception {
    var cookies = new java.net.CookieManager();
    var browser = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://localhost:" + port + "/camunda";
    browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/app/tasklist/default/")).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding());
    java.util.function.Supplier<String> xsrf = () -> cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(java.net.HttpCookie::getValue).findFirst().orElse("");
    String[] account = login.get("aca").split(":");
    var loggedIn = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf.get())
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + account[0] + "&password=" + account[1])).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(loggedIn.statusCode()).as(loggedIn.body()).isEqualTo(200);
    String api = base + "/api/engine/engine/default";

    var own = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api + "/task?processInstanceId=" + instanceA)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(Http.MAPPER.readTree(own.body())).hasSize(1);
    var foreign = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api + "/task?processInstanceId=" + instanceB)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(Http.MAPPER.readTree(foreign.body())).isEmpty();
    var claim = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api + "/task/" + singleTask(instanceB, "acb") + "/claim"))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf.get())
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"userId\":\"aca\"}")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(claim.statusCode()).as(claim.body()).isEqualTo(403);
    // Cockpit is for administrators only
    var cockpit = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/admin/auth/user/default/login/cockpit"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf.get())
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + account[0] + "&password=" + account[1])).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(cockpit.statusCode()).isEqualTo(403);
  }

  @Test
  void branchSecretary_seesOnlyTheOwnOrganisationsTask() throws Exception {
    JsonNode mine = tasks(instanceA, "aca-b1");
    assertThat(mine).hasSize(1);
    assertThat(mine.get(0).get("taskDefinitionKey").asText()).isEqualTo("T3_NominateDelegateCandidates");
    String otherBranchTask = tasks(instanceA, "aca-b2").get(0).get("id").asText();
    assertThat(http.status("POST", "/engine-rest/task/" + otherBranchTask + "/complete", "{}", login.get("aca-b1"))).isEqualTo(403);
    assertThat(http.status("GET", "/engine-rest/process-instance/" + instanceA + "/variables", null, login.get("aca-b1"))).isEqualTo(403);
  }

  @Test
  void officeAndReviewGroup_readOnlyTheirOwnTownship() throws Exception {
    for (String user : new String[] {"aca-office", "aca-review"}) {
      assertThat(http.status("GET", "/engine-rest/process-instance/" + instanceA + "/variables", null, login.get(user))).as(user).isEqualTo(200);
      assertThat(http.status("GET", "/engine-rest/process-instance/" + instanceB + "/variables", null, login.get(user))).as(user).isEqualTo(403);
      assertThat(tasks(instanceB, user)).as(user).isEmpty();
      assertThat(tasks(instanceA, user)).as(user).isEmpty(); // their tasks (T5; T3 reviews) are not open yet
      assertThat(http.status("GET", "/api/townships/2031-ACB/history", null, login.get(user))).as(user).isEqualTo(403);
    }
  }

  @Test
  void county_seesEveryTownshipOfItsCounty_townshipOnlyItsOwnRow() throws Exception {
    JsonNode countyBoard = http.ok("GET", "/api/campaigns/" + campaignId + "/board", null, login.get("county-acl"));
    assertThat(countyBoard.get("townships").findValuesAsText("code")).containsExactly("ACA", "ACB");
    assertThat(http.ok("GET", "/engine-rest/process-instance?businessKeyLike=2031-AC%25", null, login.get("county-acl"))).hasSize(2);

    JsonNode townshipBoard = http.ok("GET", "/api/campaigns/" + campaignId + "/board", null, login.get("aca"));
    assertThat(townshipBoard.get("townships").findValuesAsText("code")).containsExactly("ACA");
    assertThat(http.status("GET", "/api/campaigns/" + campaignId + "/board?township=ACB", null, login.get("aca"))).isEqualTo(403);
    assertThat(http.status("GET", "/api/townships/2031-ACB/history", null, login.get("county-acl"))).isEqualTo(200);
  }

  @Test
  void onlyTheCountyStartsACampaign_andNoCredentialsIs401() throws Exception {
    String body = """
        {"county":"权限县","countyCode":"acl","year":2032,
         "townships":[{"code":"ACC","name":"丙乡","organisations":[{"code":"ACC-B1","name":"一支部","members":20}]}]}""";
    assertThat(http.status("POST", "/api/campaigns", body, login.get("aca"))).isEqualTo(403);
    assertThat(http.status("GET", "/api/campaigns/" + campaignId + "/board", null, null)).isEqualTo(401);
    assertThat(http.status("GET", "/engine-rest/task", null, null)).isEqualTo(401);
    assertThat(http.status("POST", "/api/campaigns", body, login.get("county-acl"))).isEqualTo(201);
  }

  private JsonNode tasks(String processInstanceId, String user) throws Exception {
    return http.ok("GET", "/engine-rest/task?processInstanceId=" + processInstanceId, null, login.get(user));
  }

  private String singleTask(String processInstanceId, String user) throws Exception {
    JsonNode tasks = tasks(processInstanceId, user);
    assertThat(tasks).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  /** Variables as "value|Type". */
  private void complete(String taskId, Map<String, String> variables, String user) throws Exception {
    ObjectNode body = http.MAPPER.createObjectNode();
    ObjectNode vars = body.putObject("variables");
    variables.forEach((name, spec) -> {
      String[] parts = spec.split("\\|");
      ObjectNode v = vars.putObject(name).put("type", parts[1]);
      switch (parts[1]) {
        case "Integer" -> v.put("value", Integer.parseInt(parts[0]));
        case "Boolean" -> v.put("value", Boolean.parseBoolean(parts[0]));
        default -> v.put("value", parts[0]);
      }
    });
    var response = http.send("POST", "/engine-rest/task/" + taskId + "/complete", body.toString(), login.get(user));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }
}
