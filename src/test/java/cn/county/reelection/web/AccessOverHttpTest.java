package cn.county.reelection.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.election.ElectionRules;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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

    @LocalServerPort
    int port;

    private Http http;
    private final Map<String, String> login = new HashMap<>(); // user id → "id:password"
    private long campaignId;
    private String instanceA;
    private String instanceB;

    @BeforeAll
    void startCampaignAndBringTownshipAToT3() throws Exception {
        http = new Http(port);
        JsonNode campaign = http.MAPPER.readTree(
                http.send("POST", "/api/campaigns", """
        {"county":"权限县","countyCode":"acl","year":2031,
         "townships":[
           {"code":"ACA","name":"甲乡","organisations":[{"code":"ACA-B1","name":"一支部","members":20},{"code":"ACA-B2","name":"二支部","members":25}]},
           {"code":"ACB","name":"乙乡","organisations":[{"code":"ACB-B1","name":"一支部","members":30}]}]}""", "admin:admin").body());
        campaignId = campaign.get("id").asLong();
        instanceA = campaign.get("townships").get(0).get("processInstanceId").asText();
        instanceB = campaign.get("townships").get(1).get("processInstanceId").asText();
        campaign.get("accounts")
                .forEach(a -> login.put(
                        a.get("userId").asText(),
                        a.get("userId").asText() + ":" + a.get("password").asText()));
        assertThat(login).containsKeys("aca", "aca-office", "aca-review", "aca-b1", "aca-b2", "acb", "county-acl");

        // township A's secretary plans and submits, the county approves: T3 opens one task per organisation
        complete(
                singleTask(instanceA, "aca"),
                Map.of(
                        "congressDate",
                        "2031-11-28T09:00:00.000+0800|Date",
                        "delegateQuota",
                        "75|Integer",
                        "committeeSeats",
                        "11|Integer",
                        "disciplineSeats",
                        "5|Integer",
                        "countyDelegateSeats",
                        "5|Integer"),
                "aca");
        complete(singleTask(instanceA, "aca"), Map.of("requestText", "请示|String"), "aca");
        complete(
                singleTask(instanceA, "county-acl"),
                Map.of("approved", "true|Boolean", "comment", "同意|String"),
                "county-acl");
    }

    @Test
    void townshipSecretary_seesOwnTasksOnly_andCannotClaimOrCompleteAnotherTownships() throws Exception {
        assertThat(tasks(instanceA, "aca"))
                .extracting(t -> t.get("taskDefinitionKey").asText())
                .containsExactly("T4_NominateCandidates");
        assertThat(tasks(instanceB, "aca")).isEmpty();
        String foreignTask = singleTask(instanceB, "acb");

        assertThat(http.status(
                        "POST",
                        "/engine-rest/task/" + foreignTask + "/claim",
                        "{\"userId\":\"aca\"}",
                        login.get("aca")))
                .isEqualTo(403);
        assertThat(http.status("POST", "/engine-rest/task/" + foreignTask + "/complete", "{}", login.get("aca")))
                .isEqualTo(403);
        assertThat(tasks(instanceB, "acb")).hasSize(1); // still open
    }

    @Test
    void townshipSecretary_cannotReadAnotherTownshipsVariablesOrHistory() throws Exception {
        assertThat(http.status(
                        "GET", "/engine-rest/process-instance/" + instanceA + "/variables", null, login.get("aca")))
                .isEqualTo(200);
        assertThat(http.status(
                        "GET", "/engine-rest/process-instance/" + instanceB + "/variables", null, login.get("aca")))
                .isEqualTo(403);
        assertThat(http.ok(
                        "GET",
                        "/engine-rest/history/process-instance?processInstanceId=" + instanceB,
                        null,
                        login.get("aca")))
                .isEmpty();
        assertThat(http.ok(
                        "GET",
                        "/engine-rest/history/process-instance?processInstanceId=" + instanceA,
                        null,
                        login.get("aca")))
                .hasSize(1);
        assertThat(http.status("GET", "/api/townships/2031-ACB/history", null, login.get("aca")))
                .isEqualTo(403);
        JsonNode own = http.ok("GET", "/api/townships/2031-ACA/history", null, login.get("aca"));
        assertThat(own.findValuesAsText("kind")).contains("APPROVED", "TASK_COMPLETED");
        assertThat(own.findValuesAsText("who")).contains("aca", "county-acl");
    }

    @Test
    void tasklistsOwnApi_showsOwnTasksOnly_andRefusesClaimingAnotherTownshipsTask() throws Exception {
        var cookies = new CookieManager();
        var browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + port + "/camunda";
        browser.send(
                HttpRequest.newBuilder(URI.create(base + "/app/tasklist/default/"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        Supplier<String> xsrf = () -> cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse("");
        String[] account = login.get("aca").split(":");
        var loggedIn = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default/login/tasklist"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-XSRF-TOKEN", xsrf.get())
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + account[0] + "&password=" + account[1]))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.statusCode()).as(loggedIn.body()).isEqualTo(200);
        String api = base + "/api/engine/engine/default";

        var own = browser.send(
                HttpRequest.newBuilder(URI.create(api + "/task?processInstanceId=" + instanceA))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(Http.MAPPER.readTree(own.body())).hasSize(1);
        var foreign = browser.send(
                HttpRequest.newBuilder(URI.create(api + "/task?processInstanceId=" + instanceB))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(Http.MAPPER.readTree(foreign.body())).isEmpty();
        var claim = browser.send(
                HttpRequest.newBuilder(URI.create(api + "/task/" + singleTask(instanceB, "acb") + "/claim"))
                        .header("Content-Type", "application/json")
                        .header("X-XSRF-TOKEN", xsrf.get())
                        .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"aca\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(403);
        // Cockpit is for administrators only
        var cockpit = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default/login/cockpit"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-XSRF-TOKEN", xsrf.get())
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + account[0] + "&password=" + account[1]))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(cockpit.statusCode()).isEqualTo(403);
    }

    @Test
    void branchSecretary_seesOnlyTheOwnOrganisationsTask() throws Exception {
        JsonNode mine = tasks(instanceA, "aca-b1");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("taskDefinitionKey").asText()).isEqualTo("T3_NominateDelegateCandidates");
        String otherBranchTask = tasks(instanceA, "aca-b2").get(0).get("id").asText();
        assertThat(http.status("POST", "/engine-rest/task/" + otherBranchTask + "/complete", "{}", login.get("aca-b1")))
                .isEqualTo(403);
        assertThat(http.status(
                        "GET", "/engine-rest/process-instance/" + instanceA + "/variables", null, login.get("aca-b1")))
                .isEqualTo(403);
    }

    @Test
    void formContext_answersTheTasksOwnBranch_andIsNotFoundForAnotherBranchOrTownship() throws Exception {
        String ownTask = tasks(instanceA, "aca-b1").get(0).get("id").asText();
        String otherBranchTask = tasks(instanceA, "aca-b2").get(0).get("id").asText();
        JsonNode context = http.ok("GET", "/api/tasks/" + ownTask + "/form-context", null, login.get("aca-b1"));
        // R3: the branch's seats and the least number of candidates its list needs, as the server checks them
        assertThat(context.get("task").asText()).isEqualTo("T3_NominateDelegateCandidates");
        assertThat(context.get("businessKey").asText()).isEqualTo("2031-ACA");
        assertThat(context.get("minimumCandidates").asInt())
                .isEqualTo(ElectionRules.minimumCandidatesWithMargin(
                        context.get("seats").asInt()));

        HttpResponse<String> otherBranch =
                http.send("GET", "/api/tasks/" + otherBranchTask + "/form-context", null, login.get("aca-b1"));
        assertThat(otherBranch.statusCode()).isEqualTo(404);
        assertThat(otherBranch.body()).contains("taskId");
        assertThat(http.status(
                        "GET", "/api/tasks/" + singleTask(instanceB, "acb") + "/form-context", null, login.get("aca")))
                .isEqualTo(404);
        assertThat(http.status("GET", "/api/tasks/" + ownTask + "/form-context", null, null))
                .isEqualTo(401);
    }

    @Test
    void officeAndReviewGroup_readOnlyTheirOwnTownship() throws Exception {
        for (String user : new String[] {"aca-office", "aca-review"}) {
            assertThat(http.status(
                            "GET", "/engine-rest/process-instance/" + instanceA + "/variables", null, login.get(user)))
                    .as(user)
                    .isEqualTo(200);
            assertThat(http.status(
                            "GET", "/engine-rest/process-instance/" + instanceB + "/variables", null, login.get(user)))
                    .as(user)
                    .isEqualTo(403);
            assertThat(tasks(instanceB, user)).as(user).isEmpty();
            assertThat(tasks(instanceA, user)).as(user).isEmpty(); // their tasks (T5; T3 reviews) are not open yet
            assertThat(http.status("GET", "/api/townships/2031-ACB/history", null, login.get(user)))
                    .as(user)
                    .isEqualTo(403);
        }
    }

    @Test
    void county_seesEveryTownshipOfItsCounty_townshipOnlyItsOwnRow() throws Exception {
        JsonNode countyBoard = http.ok("GET", "/api/campaigns/" + campaignId + "/board", null, login.get("county-acl"));
        assertThat(countyBoard.get("townships").findValuesAsText("code")).containsExactly("ACA", "ACB");
        assertThat(http.ok(
                        "GET",
                        "/engine-rest/process-instance?businessKeyLike=2031-AC%25",
                        null,
                        login.get("county-acl")))
                .hasSize(2);

        JsonNode townshipBoard = http.ok("GET", "/api/campaigns/" + campaignId + "/board", null, login.get("aca"));
        assertThat(townshipBoard.get("townships").findValuesAsText("code")).containsExactly("ACA");
        assertThat(http.status("GET", "/api/campaigns/" + campaignId + "/board?township=ACB", null, login.get("aca")))
                .isEqualTo(403);
        assertThat(http.status("GET", "/api/townships/2031-ACB/history", null, login.get("county-acl")))
                .isEqualTo(200);
    }

    @Test
    void everyRole_readsTheProcessDiagram_andNothingMoreOfTheDefinition() throws Exception {
        for (String user : new String[] {"aca", "aca-office", "aca-review", "aca-b1", "county-acl"}) {
            JsonNode definition =
                    http.ok("GET", "/engine-rest/process-definition/key/townshipReelection", null, login.get(user));
            JsonNode xml = http.ok(
                    "GET",
                    "/engine-rest/process-definition/" + definition.get("id").asText() + "/xml",
                    null,
                    login.get(user));
            assertThat(xml.get("bpmn20Xml").asText()).as(user).contains("T1_PlanReelection");
            assertThat(http.status(
                            "PUT",
                            "/engine-rest/process-definition/"
                                    + definition.get("id").asText() + "/suspended",
                            "{\"suspended\":true}",
                            login.get(user)))
                    .as(user)
                    .isEqualTo(403);
        }
        // read does not open other townships' instances or tasks
        assertThat(tasks(instanceB, "aca-b1")).isEmpty();
        assertThat(http.status(
                        "GET", "/engine-rest/process-instance/" + instanceB + "/variables", null, login.get("aca-b1")))
                .isEqualTo(403);
        assertThat(http.status(
                        "POST", "/engine-rest/process-definition/key/townshipReelection/start", "{}", login.get("aca")))
                .isEqualTo(403);
    }

    @Test
    void onlyTheCountyStartsACampaign_andNoCredentialsIs401() throws Exception {
        String body = """
        {"county":"权限县","countyCode":"acl","year":2032,
         "townships":[{"code":"ACC","name":"丙乡","organisations":[{"code":"ACC-B1","name":"一支部","members":20}]}]}""";
        assertThat(http.status("POST", "/api/campaigns", body, login.get("aca")))
                .isEqualTo(403);
        assertThat(http.status("GET", "/api/campaigns/" + campaignId + "/board", null, null))
                .isEqualTo(401);
        assertThat(http.status("GET", "/engine-rest/task", null, null)).isEqualTo(401);
        assertThat(http.status("POST", "/api/campaigns", body, login.get("county-acl")))
                .isEqualTo(201);
    }

    @Test
    void r11_authorizationBeforeValidation_townshipHears403ForAMalformedCampaign_countyHears400NamingFieldAndRule()
            throws Exception {
        String malformed = """
        {"county":"权限县","countyCode":"acl","year":2033,
         "townships":[{"code":"ACD","name":"丁乡","organisations":[]}]}""";
        for (String user : List.of("aca", "aca-b1", "aca-review")) {
            var refused = http.send("POST", "/api/campaigns", malformed, login.get(user));
            assertThat(refused.statusCode()).as(user + ": " + refused.body()).isEqualTo(403);
            JsonNode error = Http.MAPPER.readTree(refused.body());
            assertThat(error.get("rule").asText()).isEqualTo("R11");
            assertThat(error.get("message").asText()).contains("县委组织部");
        }
        // not even a body the server can read tells an outsider anything but 403
        assertThat(http.status("POST", "/api/campaigns", "{\"year\":", login.get("aca")))
                .isEqualTo(403);
        assertThat(http.status("POST", "/api/campaigns?dryRun=true", malformed, login.get("aca")))
                .isEqualTo(403);
        // the county of another county code: refused before its body is checked
        assertThat(http.status(
                        "POST", "/api/campaigns", malformed.replace("\"acl\"", "\"other\""), login.get("county-acl")))
                .isEqualTo(403);
        // without credentials still 401
        assertThat(http.status("POST", "/api/campaigns", malformed, null)).isEqualTo(401);

        var checked = http.send("POST", "/api/campaigns", malformed, login.get("county-acl"));
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(400);
        JsonNode error = Http.MAPPER.readTree(checked.body());
        assertThat(error.get("rule").asText()).isEqualTo("R2");
        assertThat(error.get("field").asText()).isEqualTo("townships[0].organisations");

        // the township's documents: another township hears 403 even for a document id that does not exist
        assertThat(http.status("GET", "/api/townships/2031-ACB/documents/T5", null, login.get("aca")))
                .isEqualTo(403);
        assertThat(http.status("GET", "/api/townships/2031-ACB/documents/T5", null, login.get("acb")))
                .isEqualTo(400);
    }

    @Test
    void countyGroupSetUpBeforehand_getsTheRightToStartInstances_atItsFirstCampaign_andKeepsWhatAdminsLeftItLater()
            throws Exception {
        // the county's people were set up in Camunda Admin before its first campaign: a group with no grants
        assertThat(http.status(
                        "POST",
                        "/engine-rest/group/create",
                        "{\"id\":\"county-pre\",\"name\":\"预设县委组织部\",\"type\":\"WORKFLOW\"}",
                        "admin:admin"))
                .isEqualTo(204);
        String startGrant = "/engine-rest/authorization?type=1&groupIdIn=county-pre&resourceType=6"
                + "&resourceId=townshipReelection";
        assertThat(http.ok("GET", startGrant, null, "admin:admin")).isEmpty();

        startCampaign("PRA", 2032);
        JsonNode granted = http.ok("GET", startGrant, null, "admin:admin");
        assertThat(granted).hasSize(1);
        assertThat(granted.get(0).get("permissions"))
                .extracting(JsonNode::asText)
                .contains("CREATE_INSTANCE");

        // an administrator withdraws the right: a later campaign of the county leaves it withdrawn
        assertThat(http.status(
                        "DELETE",
                        "/engine-rest/authorization/" + granted.get(0).get("id").asText(),
                        null,
                        "admin:admin"))
                .isEqualTo(204);
        startCampaign("PRB", 2033);
        assertThat(http.ok("GET", startGrant, null, "admin:admin")).isEmpty();
    }

    private void startCampaign(String townshipCode, int year) throws Exception {
        var started =
                http.send("POST", "/api/campaigns", """
                {"county":"预设县","countyCode":"pre","year":%d,
                 "townships":[{"code":"%s","name":"预设乡","organisations":[{"code":"%s-B1","name":"一支部","members":20}]}]}""".formatted(year, townshipCode, townshipCode), "admin:admin");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
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
