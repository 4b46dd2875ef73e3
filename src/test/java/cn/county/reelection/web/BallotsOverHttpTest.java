package cn.county.reelection.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.dryrun.SimulatedParticipant;
import cn.county.reelection.process.TownshipScript;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * R12 over HTTP: {@code GET /api/townships/{businessKey}/ballots/{race}} for a township driven by its own people up
 * to the county's approval of its T4 nominees, whose names have first characters of distinct stroke counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BallotsOverHttpTest {

    private static final String KEY = "2026-BAL01";
    /** In the order of SimulatedParticipant.COMMITTEE_POSTS: 书记, 副书记 ×2, …, 纪检委员 (10th), … */
    private static final List<String> COMMITTEE =
            List.of("曹伟", "谢明", "丁一", "李强", "王芳", "周杰", "白雪", "赵敏", "刘洋", "马丽", "贾静", "雷鸣", "谭军");
    /** In the order of DISCIPLINE_POSTS: 纪委书记 (a committee deputy, R5), 纪委副书记 (the committee's 纪检委员), members. */
    private static final List<String> DISCIPLINE = List.of("谢明", "马丽", "孙红", "钱进", "陈平", "卜洁");

    @LocalServerPort
    int port;

    private Http http;
    private final Map<String, String> loginOfGroup = new HashMap<>();
    private final Map<String, String> login = new HashMap<>();
    private final Map<String, HttpResponse<String>> beforeApproval = new HashMap<>();

    @BeforeAll
    void driveOneTownshipToTheApprovalOfItsNominees() throws Exception {
        http = new Http(port);
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"))
                .toInstant()));
        JsonNode campaign = Http.MAPPER.readTree(
                http.send("POST", "/api/campaigns", """
        {"county":"选票县","countyCode":"bal","year":2026,
         "townships":[
           {"code":"BAL01","name":"羊岑乡","organisations":[{"code":"BAL01-B01","name":"第一支部","members":42}]},
           {"code":"BAL02","name":"石坪乡","organisations":[{"code":"BAL02-B01","name":"第一支部","members":30}]}]}""", "admin:admin").body());
        String instance =
                campaign.get("townships").get(0).get("processInstanceId").asText();
        campaign.get("accounts").forEach(a -> {
            String credentials =
                    a.get("userId").asText() + ":" + a.get("password").asText();
            loginOfGroup.put(a.get("group").asText(), credentials);
            login.put(a.get("userId").asText(), credentials);
        });
        for (int guard = 0; guard < 60; guard++) {
            JsonNode tasks = http.openTasks(instance, "admin:admin");
            assertThat(tasks).as("an open task").isNotEmpty();
            JsonNode task = tasks.get(0);
            for (JsonNode t : tasks) { // the township's own steps first: T3's branches need not finish for T4
                if (!t.get("taskDefinitionKey").asText().startsWith("T3")) {
                    task = t;
                    break;
                }
            }
            String key = task.get("taskDefinitionKey").asText();
            Map<String, Object> answer = new LinkedHashMap<>(
                    TownshipScript.answer(key, http.taskVariables(task.get("id").asText(), "admin:admin")));
            if (key.equals("T4_NominateCandidates")) {
                answer.put("committeeNominees", renamed(answer.get("committeeNominees"), COMMITTEE));
                answer.put("disciplineNominees", renamed(answer.get("disciplineNominees"), DISCIPLINE));
            }
            if (key.equals("T4_ReviewNominees")) {
                for (String race : List.of("committee", "secretary", "disciplineDeputy")) {
                    beforeApproval.put(
                            race,
                            http.send("GET", "/api/townships/" + KEY + "/ballots/" + race, null, login.get("bal01")));
                }
            }
            HttpResponse<String> done = http.send(
                    "POST",
                    "/engine-rest/task/" + task.get("id").asText() + "/complete",
                    Http.completion(answer).toString(),
                    performer(task.get("id").asText()));
            assertThat(done.statusCode()).as(key + ": " + done.body()).isEqualTo(204);
            if (key.equals("T4_ReviewNominees")) {
                return;
            }
        }
        throw new AssertionError("the county never reviewed the nominees");
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void r12_404NamingR12UntilTheCountyApprovedTheCandidates() throws Exception {
        assertThat(beforeApproval).hasSize(3);
        beforeApproval.forEach((race, response) -> {
            assertThat(response.statusCode()).as(race).isEqualTo(404);
            try {
                JsonNode error = Http.MAPPER.readTree(response.body());
                assertThat(error.get("rule").asText()).as(race).isEqualTo("R12");
                assertThat(error.get("message").asText()).as(race).contains("羊岑乡", "尚未经县委组织部批准");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        // the county delegates' list is the congress's own: no ballot before the congress named them
        HttpResponse<String> countyDelegates =
                http.send("GET", "/api/townships/" + KEY + "/ballots/countyDelegates", null, login.get("bal01"));
        assertThat(countyDelegates.statusCode()).isEqualTo(404);
        assertThat(Http.MAPPER.readTree(countyDelegates.body()).get("rule").asText())
                .isEqualTo("R12");
    }

    @Test
    void r12_committeeBallotListsTheApprovedNomineesInSurnameStrokeOrder_withElevenWriteInLines() throws Exception {
        HttpResponse<byte[]> response = get("/api/townships/" + KEY + "/ballots/committee", login.get("bal01"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains(URLEncoder.encode("羊岑乡党委委员选票.docx", StandardCharsets.UTF_8));
        XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.body()));
        List<XWPFTable> tables = doc.getTables();
        assertThat(tables).hasSize(4);
        // ICU's stroke counts of the surnames: 丁2 马3 王4 白5 刘6 李7 周8 赵9 贾10 曹11 谢12 雷13 谭14
        List<String> strokeOrder =
                List.of("丁一", "马丽", "王芳", "白雪", "刘洋", "李强", "周杰", "赵敏", "贾静", "曹伟", "谢明", "雷鸣", "谭军");
        assertThat(column(tables.get(0)).subList(1, 14)).containsExactlyElementsOf(strokeOrder);
        assertThat(column(tables.get(1))).hasSize(12).first().isEqualTo("另选他人");
        assertThat(column(tables.get(1)).subList(1, 12)).allMatch(String::isEmpty);
        assertThat(column(tables.get(2)).subList(1, 14)).containsExactlyElementsOf(strokeOrder);
        assertThat(new XWPFWordExtractor(doc).getText()).contains("党委委员选举票", "应选党委委员11名，候选人13名", "党委委员选举计票单");
    }

    @Test
    void r12_disciplineAndTheNonCompetitiveBallots() throws Exception {
        XWPFDocument discipline = open("discipline", login.get("county-bal"));
        assertThat(column(discipline.getTables().get(0)).subList(1, 7))
                .containsExactly("卜洁", "马丽", "孙红", "陈平", "钱进", "谢明");
        assertThat(column(discipline.getTables().get(1))).hasSize(6);

        XWPFDocument secretary = open("secretary", login.get("bal01"));
        XWPFTable ballot = secretary.getTables().get(0);
        assertThat(ballot.getRows())
                .extracting(r -> r.getCell(0).getText() + ":" + r.getCell(1).getText())
                .containsExactly("职务:候选人姓名", "党委书记:曹伟", "党委副书记:丁一", "党委副书记:谢明");
        assertThat(ballot.getRow(0).getCell(4).getText()).isEqualTo("弃权");
        assertThat(column(open("disciplineSecretary", "admin:admin").getTables().get(0)))
                .containsExactly("候选人姓名", "谢明");
        XWPFDocument deputy = open("disciplineDeputy", login.get("bal01"));
        assertThat(column(deputy.getTables().get(0))).containsExactly("候选人姓名", "马丽");
        assertThat(new XWPFWordExtractor(deputy).getText()).contains("纪律检查委员会第一次全体会议", "纪委副书记选举计票单");
    }

    @Test
    void r12_theTownshipsPeopleAndTheCountyOnly_andOnlyTheRacesThatHaveABallot() throws Exception {
        for (String user : List.of("bal02", "bal02-b01")) {
            HttpResponse<String> refused =
                    http.send("GET", "/api/townships/" + KEY + "/ballots/committee", null, login.get(user));
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
            assertThat(Http.MAPPER.readTree(refused.body()).get("message").asText())
                    .contains("羊岑乡");
            // the right before the race's name is checked
            assertThat(http.status("GET", "/api/townships/" + KEY + "/ballots/nonsense", null, login.get(user)))
                    .isEqualTo(403);
        }
        assertThat(http.status("GET", "/api/townships/" + KEY + "/ballots/committee", null, null))
                .isEqualTo(401);
        HttpResponse<String> unknown =
                http.send("GET", "/api/townships/" + KEY + "/ballots/delegates", null, login.get("bal01"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Http.MAPPER.readTree(unknown.body()).get("field").asText()).isEqualTo("race");
        assertThat(http.status("GET", "/api/townships/2026-NOPE/ballots/committee", null, "admin:admin"))
                .isEqualTo(404);
    }

    // --- helpers

    private static SimulatedParticipant.Json renamed(Object nominees, List<String> names) throws Exception {
        ArrayNode list = (ArrayNode) Http.MAPPER.readTree(((SimulatedParticipant.Json) nominees).text());
        assertThat(list).hasSameSizeAs(names);
        for (int i = 0; i < names.size(); i++) {
            ((ObjectNode) list.get(i)).put("name", names.get(i));
        }
        return new SimulatedParticipant.Json(list.toString());
    }

    private XWPFDocument open(String race, String credentials) throws Exception {
        HttpResponse<byte[]> response = get("/api/townships/" + KEY + "/ballots/" + race, credentials);
        assertThat(response.statusCode())
                .as(race + ": " + new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        return new XWPFDocument(new ByteArrayInputStream(response.body()));
    }

    private static List<String> column(XWPFTable table) {
        return table.getRows().stream()
                .map(r -> r.getCell(table.getRow(0).getTableCells().size() == 5 ? 1 : 0)
                        .getText())
                .toList();
    }

    private HttpResponse<byte[]> get(String path, String credentials) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private String performer(String taskId) throws Exception {
        for (JsonNode link :
                http.ok("GET", "/engine-rest/task/" + taskId + "/identity-links?type=candidate", null, "admin:admin")) {
            String credentials = loginOfGroup.get(link.get("groupId").asText());
            if (credentials != null) {
                return credentials;
            }
        }
        return "admin:admin";
    }
}
