package cn.county.reelection.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.dryrun.SimulatedParticipant;
import cn.county.reelection.village.IdNumber;
import cn.county.reelection.village.RegisterFile;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The village campaign's API as an outside client uses it (V1, V8, V9): start, register, list, board, summary, rights. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VillageOverHttpTest {

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

    private HttpResponse<byte[]> send(HttpRequest.Builder request, String credentials) throws Exception {
        request.header(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> upload(String businessKey, String fileName, byte[] content, String credentials)
            throws Exception {
        String boundary = "----village" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/villages/" + businessKey + "/register"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
                credentials);
    }

    private static String account(JsonNode created, String userId) {
        for (JsonNode a : created.get("accounts")) {
            if (a.get("userId").asText().equals(userId)) {
                return userId + ":" + a.get("password").asText();
            }
        }
        throw new AssertionError("no account " + userId + " in " + created);
    }

    @Test
    void v1_v8_v9_villageCampaignThroughTheApi() throws Exception {
        String body = """
        {"townshipCode":"HV01","townshipName":"xx镇","year":2026,
         "villages":[{"code":"HV01-C01","name":"杨家村","variant":"VILLAGE","households":320},
                     {"code":"HV01-S01","name":"雁宁路社区","variant":"COMMUNITY","households":900}]}""";
        HttpResponse<String> started = http.send("POST", "/api/village-campaigns", body, "admin:admin");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        JsonNode created = Http.MAPPER.readTree(started.body());
        assertThat(created.get("villages").get(0).get("businessKey").asText()).isEqualTo("2026-HV01-C01");
        assertThat(created.get("deadlines").get("COMMITTEE_ELECTION").asText()).isEqualTo("2027-03-15");
        String village = account(created, "hv01-c01");
        String community = account(created, "hv01-s01");
        String township = account(created, "hv01");

        LocalDate adult = LocalDate.of(1980, 5, 1);
        String minorId = IdNumber.of("530722", LocalDate.of(2010, 1, 1), 2);
        String csv = "姓名,身份证号码\n张三," + IdNumber.of("530722", adult, 1) + "\n李四," + minorId + "\n张三重,"
                + IdNumber.of("530722", adult, 1) + "\n王五,530722198005010099\n";
        HttpResponse<byte[]> imported =
                upload("2026-HV01-C01", "登记表.csv", csv.getBytes(StandardCharsets.UTF_8), village);
        assertThat(imported.statusCode())
                .as(new String(imported.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        JsonNode report = Http.MAPPER.readTree(imported.body());
        assertThat(report.get("voters").asInt()).isEqualTo(1);
        assertThat(report.get("problemCounts").get("UNDER_18").asInt()).isEqualTo(1);
        assertThat(report.get("problemCounts").get("DUPLICATE").asInt()).isEqualTo(1);
        assertThat(report.get("problemCounts").get("INVALID_ID").asInt()).isEqualTo(1);
        assertThat(report.get("problems"))
                .allSatisfy(p -> assertThat(p.get("message").asText()).isNotBlank());

        // another village's people may not touch this register; a file without an ID column is a 400 naming the rule
        assertThat(upload("2026-HV01-C01", "x.csv", csv.getBytes(StandardCharsets.UTF_8), community)
                        .statusCode())
                .isEqualTo(403);
        // the right before the request's contents: no file, or a bad date, is 403 for them and 400 for the village
        for (String query : List.of("", "?electionDay=not-a-date")) {
            Supplier<HttpRequest.Builder> noFile = () -> HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/villages/2026-HV01-C01/register" + query))
                    .header("Content-Type", "multipart/form-data; boundary=x")
                    .POST(HttpRequest.BodyPublishers.ofString("--x--\r\n"));
            assertThat(send(noFile.get(), community).statusCode()).as(query).isEqualTo(403);
            HttpResponse<byte[]> refused = send(noFile.get(), village);
            assertThat(refused.statusCode()).as(query).isEqualTo(400);
            assertThat(Http.MAPPER.readTree(refused.body()).get("field").asText())
                    .isEqualTo("file");
        }
        HttpResponse<byte[]> badDay = send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                + "/api/villages/2026-HV01-C01/register?electionDay=10.03.2027"))
                        .header("Content-Type", "multipart/form-data; boundary=y")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "--y\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n姓名\r\n--y--\r\n")),
                community);
        assertThat(badDay.statusCode()).isEqualTo(403);
        HttpResponse<byte[]> bad =
                upload("2026-HV01-C01", "x.csv", "姓名\n张三\n".getBytes(StandardCharsets.UTF_8), village);
        assertThat(bad.statusCode()).isEqualTo(400);
        JsonNode error = Http.MAPPER.readTree(bad.body());
        assertThat(error.get("rule").asText()).isEqualTo("V1");
        assertThat(error.get("field").asText()).isEqualTo("file");

        HttpResponse<byte[]> list = send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/villages/2026-HV01-C01/voters.xlsx"))
                        .GET(),
                township);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("spreadsheetml"));
        assertThat(RegisterFile.namesOnList(new ByteArrayInputStream(list.body())))
                .containsExactly("张三");

        long id = created.get("id").asLong();
        JsonNode board = http.ok("GET", "/api/village-campaigns/" + id + "/board", null, township);
        assertThat(board.get("townships")).hasSize(2);
        assertThat(board.get("townships")
                        .get(0)
                        .get("steps")
                        .get(0)
                        .get("state")
                        .asText())
                .isEqualTo("OPEN");
        JsonNode own = http.ok("GET", "/api/village-campaigns/" + id + "/board", null, community);
        assertThat(own.get("townships")).hasSize(1);
        JsonNode summary = http.ok("GET", "/api/village-campaigns/" + id + "/summary", null, township);
        assertThat(summary.get("reported").asInt()).isZero();
        assertThat(summary.get("notYetReported")).hasSize(2);

        // the village's own task in the engine's REST API: the township's evaluation is not the village's to do
        JsonNode villageTasks =
                http.ok("GET", "/engine-rest/task?processInstanceBusinessKey=2026-HV01-C01", null, village);
        JsonNode townshipTasks =
                http.ok("GET", "/engine-rest/task?processInstanceBusinessKey=2026-HV01-C01", null, township);
        assertThat(villageTasks).isEmpty();
        assertThat(townshipTasks)
                .extracting(t -> t.get("taskDefinitionKey").asText())
                .containsExactly("V5_EvaluateOutgoingCommittees");
    }

    @Test
    void v3_missingVariantIsA400NamingFieldAndRule_andNothingStarts() throws Exception {
        String body = """
        {"townshipCode":"HV02","townshipName":"乙镇","year":2026,
         "villages":[{"code":"HV02-C01","name":"甲村","variant":"VILLAGE","households":320},
                     {"code":"HV02-C02","name":"乙村","households":300}]}""";
        HttpResponse<String> response = http.send("POST", "/api/village-campaigns", body, "admin:admin");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = Http.MAPPER.readTree(response.body());
        assertThat(error.get("rule").asText()).isEqualTo("V3");
        assertThat(error.get("field").asText()).isEqualTo("villages[1].variant");
        assertThat(http.status(
                        "GET", "/engine-rest/process-instance/count?businessKey=2026-HV02-C01", null, "admin:admin"))
                .isEqualTo(200);
        assertThat(http.ok("GET", "/engine-rest/process-instance/count?businessKey=2026-HV02-C01", null, "admin:admin")
                        .get("count")
                        .asInt())
                .isZero();
    }

    /** Completes the instance's one open task as {@code credentials}, with {@code answer}; the engine's answer. */
    private HttpResponse<String> completeOpenTask(
            String processInstanceId, String key, Map<String, Object> answer, String credentials) throws Exception {
        JsonNode tasks = http.openTasks(processInstanceId, credentials);
        assertThat(tasks).extracting(t -> t.get("taskDefinitionKey").asText()).containsExactly(key);
        return http.send(
                "POST",
                "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
                Http.completion(answer).toString(),
                credentials);
    }

    @Test
    void v3_v7_v11_communityAtItsResidentsMeeting_inPianSansOrder_refuses10Members_andKeepsItsRecord()
            throws Exception {
        String body = """
        {"townshipCode":"HV03","townshipName":"丙镇","year":2026,"representativesOrder":"AFTER_COMMITTEE",
         "villages":[{"code":"HV03-S01","name":"金江社区","variant":"COMMUNITY","households":876,"meeting":"RESIDENTS_MEETING"}]}""";
        HttpResponse<String> started = http.send("POST", "/api/village-campaigns", body, "admin:admin");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        JsonNode created = Http.MAPPER.readTree(started.body());
        assertThat(created.get("representativesOrder").asText()).isEqualTo("AFTER_COMMITTEE");
        assertThat(created.get("villages").get(0).get("meeting").asText()).isEqualTo("RESIDENTS_MEETING");
        String pi = created.get("villages").get(0).get("processInstanceId").asText();
        String community = account(created, "hv03-s01");
        String township = account(created, "hv03");
        String csv = "姓名,身份证号码\n张三," + IdNumber.of("530722", LocalDate.of(1980, 5, 1), 1) + "\n";
        assertThat(upload("2026-HV03-S01", "登记表.csv", csv.getBytes(StandardCharsets.UTF_8), community)
                        .statusCode())
                .isEqualTo(200);

        assertThat(completeOpenTask(pi, "V5_EvaluateOutgoingCommittees", Map.of("evaluationText", "测评称职"), township)
                        .statusCode())
                .isEqualTo(204);
        assertThat(completeOpenTask(pi, "V9_HoldMobilisationMeeting", Map.of("mobilised", true), township)
                        .statusCode())
                .isEqualTo(204);
        assertThat(completeOpenTask(
                                pi,
                                "V5_PublishFinancialAudit",
                                Map.of("auditText", "未发现问题", "auditPublished", true),
                                township)
                        .statusCode())
                .isEqualTo(204);
        assertThat(completeOpenTask(pi, "V2_ChooseElectionCommittee", Map.of("electionCommittee", "主任：王某"), community)
                        .statusCode())
                .isEqualTo(204);
        assertThat(completeOpenTask(pi, "V1_RegisterVoters", Map.of("listPublished", true), community)
                        .statusCode())
                .isEqualTo(204);
        // 篇三: the committee comes first, nominated at the community's nomination meeting
        StringBuilder eleven = new StringBuilder("[");
        for (int i = 0; i < 11; i++) {
            eleven.append(i == 0 ? "" : ",")
                    .append("{\"name\":\"候选%d\",\"gender\":\"%s\",\"post\":\"%s\"}"
                            .formatted(i, i % 2 == 0 ? "M" : "F", i == 0 ? "CHAIR" : "MEMBER"));
        }
        HttpResponse<String> refused = completeOpenTask(
                pi,
                "V3_NominateAtRepresentativeMeeting",
                Map.of("committeeSeats", 10, "committeeCandidates", new SimulatedParticipant.Json(eleven + "]")),
                community);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode error = Http.MAPPER.readTree(refused.body());
        assertThat(error.get("message").asText()).contains("[V3]").contains("5到9");
        assertThat(http.openTasks(pi, community))
                .extracting(t -> t.get("taskDefinitionKey").asText())
                .containsExactly("V3_NominateAtRepresentativeMeeting");

        // V11: the village's record reads back for the township, not for another village's people
        JsonNode history = http.ok("GET", "/api/villages/2026-HV03-S01/history", null, township);
        assertThat(history).extracting(e -> e.get("kind").asText()).contains("TASK_COMPLETED");
        assertThat(http.status("GET", "/api/villages/2026-HV03-S01/history", null, community))
                .isEqualTo(200);
        assertThat(http.status("GET", "/api/villages/2026-HV01-C01/history", null, community))
                .isIn(403, 404);
    }
}
