package cn.county.reelection.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.web.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * One township from T1 to T9 through Tasklist's forms only, each role signing in as itself with the
 * accounts and one-time passwords of the campaign's answer. On the way: a candidate list returned with
 * its reason and resubmitted as it came back (R11), the typed tally (应到10，实到9，收回9; five
 * elected, R3), ballots uploaded as CSV (R10), a list imported from a spreadsheet, further ballots that
 * leave a seat unfilled and its handling (R6, board 需处理, county alert), a tie at the last committee
 * seat re-voted (R6), the first plenaries (R8) and the report (T9). What the engine counted is read back
 * from the history and the board, not from the pages.
 */
@Tag("own-context")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:browser-suite;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class TownshipBrowserSuiteTest {

    private static final String[] B01 = {"赵一民", "钱二民", "孙三民", "李四民", "周五民", "吴六民"};
    private static final String[] B02 = {"郑甲", "王乙", "冯丙", "陈丁", "褚戊", "卫己"};
    private static final String[] COMMITTEE = {
        "蒋书记", "沈副书", "韩副书", "杨主席", "朱副长", "秦副长", "尤部长", "许组织", "何宣传", "吕纪检", "施秘书", "张副长", "孔组织"
    };
    private static final String[] COMMITTEE_POSTS = {
        "书记", "副书记", "副书记", "人大主席", "副乡（镇）长", "副乡（镇）长", "武装部长", "组织委员", "宣传委员", "纪检委员", "党委秘书", "副乡（镇）长", "组织委员"
    };
    private static final String[] DISCIPLINE = {"沈副书", "吕纪检", "曹财政", "严经管", "华办公", "金审计"};
    private static final String[] DISCIPLINE_POSTS = {"纪委书记", "纪委副书记", "纪委委员", "纪委委员", "纪委委员", "纪委委员"};

    @LocalServerPort
    int port;

    @Autowired
    HistoryService historyService;

    private Http http;
    private final Map<String, String> passwords = new HashMap<>();

    @BeforeEach
    void clock() {
        http = new Http(port);
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"))
                .toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void t1ToT9_everyRoleThroughTasklistFormsOnly_withReturnTallyCsvImportUnfilledSeatAndTie() throws Exception {
        String campaign = """
        {"county":"浏览县","year":2026,"countyCode":"BRW",
         "deadlines":{"T2":"2026-11-10","T3":"2026-11-20","T4":"2026-11-20","T7":"2026-11-30","T9":"2026-12-03"},
         "townships":[{"code":"BT01","name":"羊岑乡","organisations":[
            {"code":"BT01-B01","name":"第一支部","members":10},
            {"code":"BT01-B02","name":"第二支部","members":10}]}]}""";
        HttpResponse<String> created = http.send("POST", "/api/campaigns", campaign, "admin:admin");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode answer = Http.MAPPER.readTree(created.body());
        answer.get("accounts")
                .forEach(a -> passwords.put(
                        a.get("userId").asText(), a.get("password").asText()));
        String campaignId = answer.get("id").asText();
        String instance =
                answer.get("townships").get(0).get("processInstanceId").asText();
        assertThat(passwords).containsKeys("county-brw", "bt01", "bt01-review", "bt01-office", "bt01-b01", "bt01-b02");

        try (Tasklist tasklist = new Tasklist(port)) {
            // T1: the plan; the form says which congress days are allowed before anything is typed
            as(tasklist, "bt01");
            Tasklist.Load firstLoad = tasklist.load();
            tasklist.open("部署换届工作");
            assertThat(tasklist.formText()).contains("羊岑乡", "2026-11-20 至 2026-11-30");
            tasklist.type(By.id("congressDate"), "2026/11/28");
            tasklist.type(By.id("delegateQuota"), "10");
            tasklist.type(By.id("countyDelegateSeats"), "2");
            tasklist.screenshot("suite-t1-plan", 1400);
            tasklist.completeWithoutErrors();

            // T2: request, approved by the county
            tasklist.open("提交召开党代会请示");
            tasklist.type(By.id("text"), "县委组织部：\n经党委会研究，拟于2026年11月28日召开党代表大会进行换届选举。妥否，请批示。");
            tasklist.completeWithoutErrors();
            as(tasklist, "county-brw");
            // the second load of Tasklist asks for its scripts, styles and fonts, and gets "unchanged" for them
            Tasklist.Load secondLoad = tasklist.load();
            System.out.printf("[suite] Tasklist's first load: %s; the next sign-in's: %s%n", firstLoad, secondLoad);
            // the first load brings the whole webapp, its scripts and styles compressed
            assertThat(firstLoad.unpackedKb()).as("first load unpacked, KB").isGreaterThan(3000);
            assertThat(firstLoad.transferredKb())
                    .as("first load transferred, KB")
                    .isLessThan(firstLoad.unpackedKb() / 2);
            assertThat(secondLoad.transferredKb())
                    .as("second load transferred, KB")
                    .isLessThan(300);
            tasklist.open("审批召开党代会请示");
            assertThat(tasklist.formText()).contains("拟于2026年11月28日", "2026-11-28", "10名", ".docx");
            tasklist.click(By.cssSelector("input.re-approve"));
            tasklist.completeWithoutErrors();

            // T3, first branch: the list typed, returned with a reason, resubmitted as it came back
            as(tasklist, "bt01-b01");
            tasklist.open("提名代表候选人");
            assertThat(tasklist.formText()).contains("第一支部", "应选代表5名", "候选人至少6名");
            tasklist.resetFieldCount();
            typePersons(tasklist, B01);
            int typed = tasklist.fieldsFilled();
            tasklist.screenshot("suite-t3-persons", 1400);
            tasklist.screenshot("suite-t3-persons-phone", 390);
            assertThat(tasklist.overflowAt(390))
                    .as("persons form overflow at 390 px")
                    .isLessThanOrEqualTo(2);
            tasklist.completeWithoutErrors();
            as(tasklist, "bt01-review");
            tasklist.open("审查代表候选人");
            assertThat(tasklist.formText()).contains("第一支部", B01[0], B01[5], "1988-03-01");
            tasklist.screenshot("suite-t3-review", 1400);
            tasklist.click(By.cssSelector("input.re-return"));
            tasklist.type(By.id("comment"), "周五民的出生日期有误，请核实");
            tasklist.completeWithoutErrors();
            as(tasklist, "bt01-b01");
            tasklist.open("提名代表候选人");
            assertThat(tasklist.formText()).contains("周五民的出生日期有误");
            List<WebElement> names = tasklist.browser().findElements(By.cssSelector("input.person-name"));
            assertThat(names).extracting(e -> e.getAttribute("value")).containsExactly(B01);
            tasklist.resetFieldCount();
            tasklist.type(
                    tasklist.browser()
                            .findElements(By.cssSelector("input.person-birth"))
                            .get(4),
                    "19900505");
            int retyped = tasklist.fieldsFilled();
            tasklist.completeWithoutErrors();
            as(tasklist, "bt01-review");
            tasklist.open("审查代表候选人");
            assertThat(tasklist.formText()).contains("1990-05-05");
            tasklist.click(By.cssSelector("input.re-approve"));
            tasklist.completeWithoutErrors();

            // the tally, typed: 应到10，实到9，收回9; 9/9/8/7/6/2 for six candidates, five seats
            as(tasklist, "bt01-b01");
            tasklist.open("登记代表选举结果");
            assertThat(tasklist.formText()).contains("应选5名", "候选人6名");
            tasklist.type(By.id("present"), "9");
            tasklist.type(By.id("ballotsCast"), "9");
            List<WebElement> votes = tasklist.browser().findElements(By.cssSelector("input.tally-votes"));
            int[] typedVotes = {9, 9, 8, 7, 6, 2};
            for (int i = 0; i < typedVotes.length; i++) {
                tasklist.type(votes.get(i), String.valueOf(typedVotes[i]));
            }
            tasklist.screenshot("suite-t3-tally", 1400);
            tasklist.screenshot("suite-t3-tally-phone", 390);
            tasklist.completeWithoutErrors();

            // second branch: the list imported from a spreadsheet, the first ballot uploaded as CSV
            as(tasklist, "bt01-b02");
            tasklist.open("提名代表候选人");
            tasklist.resetFieldCount();
            tasklist.upload(By.cssSelector("input.re-import"), personsWorkbook(B02, null));
            tasklist.waitForText("已从");
            int imported = tasklist.fieldsFilled();
            assertThat(tasklist.browser().findElements(By.cssSelector("input.person-name")))
                    .extracting(e -> e.getAttribute("value"))
                    .containsExactly(B02);
            tasklist.completeWithoutErrors();
            as(tasklist, "bt01-review");
            tasklist.open("审查代表候选人");
            tasklist.click(By.cssSelector("input.re-approve"));
            tasklist.completeWithoutErrors();
            as(tasklist, "bt01-b02");
            tasklist.open("登记代表选举结果");
            tasklist.type(By.id("present"), "9");
            tasklist.click(By.cssSelector("input[name=tallyMode][value=csv]"));
            tasklist.upload(By.id("ballotsCsv"), ballotsCsv());
            tasklist.waitForText("共 9 行");
            tasklist.completeWithoutErrors();
            // further ballot 1 of 2 (R6): one of the two remaining seats filled
            tasklist.open("登记代表选举结果");
            assertThat(tasklist.formText()).contains("应选2名", "第2次投票");
            tasklist.type(By.id("present"), "9");
            tasklist.type(By.id("ballotsCast"), "9");
            votes = tasklist.browser().findElements(By.cssSelector("input.tally-votes"));
            typeVotes(tasklist, votes, 6, 3, 2);
            tasklist.completeWithoutErrors();
            // further ballot 2 of 2: nobody has a majority, one seat stays unfilled
            tasklist.open("登记代表选举结果");
            tasklist.type(By.id("present"), "9");
            tasklist.type(By.id("ballotsCast"), "9");
            votes = tasklist.browser().findElements(By.cssSelector("input.tally-votes"));
            typeVotes(tasklist, votes, 4, 3);
            tasklist.completeWithoutErrors();

            // never silent: the board says 需处理 and the county has an alert before the township decides
            JsonNode board = json("/api/campaigns/" + campaignId + "/board", "admin:admin");
            assertThat(stepState(board, "T3")).isEqualTo("ACTION_NEEDED");
            assertThat(json("/api/campaigns/" + campaignId + "/alerts", "admin:admin")
                            .toString())
                    .contains("第二支部", "1个名额空缺", "需处理");
            as(tasklist, "bt01");
            tasklist.open("处理代表缺额");
            assertThat(tasklist.formText()).contains("第二支部", "1 个名额未选满");
            tasklist.screenshot("suite-t3-unfilled", 1400);
            tasklist.click(By.cssSelector("input.re-return"));
            tasklist.type(By.id("comment"), "缺额一名，待下次党员大会补选");
            tasklist.completeWithoutErrors();

            // the elected delegates (5 + 4), reviewed
            as(tasklist, "bt01-review");
            tasklist.open("审查当选代表");
            assertThat(tasklist.formText()).contains("当选代表9名", "第一支部（5名）", "第二支部（4名）");
            tasklist.click(By.cssSelector("input.re-approve"));
            tasklist.completeWithoutErrors();

            // T4: both lists imported, approved by the county
            as(tasklist, "bt01");
            tasklist.open("提出两委候选人预备人选");
            List<WebElement> imports = tasklist.browser().findElements(By.cssSelector("input.re-import"));
            tasklist.upload(imports.get(0), personsWorkbook(COMMITTEE, COMMITTEE_POSTS));
            tasklist.waitForText("导入13人");
            tasklist.upload(
                    tasklist.browser()
                            .findElements(By.cssSelector("input.re-import"))
                            .get(1),
                    personsWorkbook(DISCIPLINE, DISCIPLINE_POSTS));
            tasklist.waitForText("导入6人");
            tasklist.completeWithoutErrors();
            as(tasklist, "county-brw");
            tasklist.open("审批两委候选人预备人选");
            assertThat(tasklist.formText()).contains("蒋书记", "书记", "纪委书记", "金审计", ".docx");
            tasklist.screenshot("suite-t4-review", 1400);
            tasklist.click(By.cssSelector("input.re-approve"));
            tasklist.completeWithoutErrors();

            // T5: the proposed agenda and election method, its margins from the approved plan and lists
            as(tasklist, "bt01-office");
            tasklist.open("起草大会材料");
            tasklist.waitForText("选举办法");
            assertThat(tasklist.formText()).contains("大会议程", "党委委员", "差额选举", "等额选举", "至少");
            assertThat(tasklist.overflowAt(390))
                    .as("T5 form overflow at 390 px")
                    .isLessThanOrEqualTo(2);
            tasklist.screenshot("suite-t5-method-phone", 390);
            tasklist.completeWithoutErrors();
            // T6: two delegates on the presidium; the delegations as proposed, one per organisation
            as(tasklist, "bt01");
            tasklist.open("召开筹备会议");
            tasklist.waitForText("大会主席团");
            assertThat(tasklist.formText()).contains("第一支部代表团", "第二支部代表团");
            tasklist.click(By.cssSelector("input.presidium-member"));
            assertThat(tasklist.overflowAt(390))
                    .as("T6 form overflow at 390 px")
                    .isLessThanOrEqualTo(2);
            tasklist.screenshot("suite-t6-presidium-phone", 390);
            tasklist.completeWithoutErrors();

            // T7: committee with a tie at the last seat, re-voted among the tied only (R6)
            tasklist.open("登记党委委员选举结果");
            tasklist.type(By.id("present"), "9");
            tasklist.type(By.id("ballotsCast"), "9");
            votes = tasklist.browser().findElements(By.cssSelector("input.tally-votes"));
            typeVotes(tasklist, votes, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 6, 6, 1);
            List<String> ballot = tasklist.browser().findElements(By.cssSelector("input.tally-name")).stream()
                    .map(e -> e.getAttribute("value"))
                    .toList();
            tasklist.completeWithoutErrors();
            tasklist.open("登记另行投票结果");
            assertThat(tasklist.formText()).contains("应选1名", "候选人2名", ballot.get(10), ballot.get(11));
            tasklist.type(By.id("present"), "9");
            tasklist.type(By.id("ballotsCast"), "9");
            votes = tasklist.browser().findElements(By.cssSelector("input.tally-votes"));
            typeVotes(tasklist, votes, 6, 3);
            tasklist.completeWithoutErrors();
            tasklist.open("登记纪委委员选举结果");
            tasklist.type(By.id("present"), "9");
            tasklist.type(By.id("ballotsCast"), "9");
            typeVotes(tasklist, tasklist.browser().findElements(By.cssSelector("input.tally-votes")), 9, 9, 9, 9, 9, 0);
            tasklist.completeWithoutErrors();
            tasklist.open("登记县党代会代表选举结果");
            tasklist.type(By.id("present"), "9");
            tasklist.type(By.id("ballotsCast"), "9");
            typeCandidates(tasklist, new String[] {"赵一民", "郑甲", "钱二民"}, 9, 8, 1);
            tasklist.completeWithoutErrors();
            // R7: the ballot lists the approved nominees for the posts who were elected to the committee
            tasklist.open("登记书记副书记选举结果");
            tasklist.type(By.id("present"), "9");
            tasklist.type(By.id("ballotsCast"), "9");
            typeVotes(tasklist, tasklist.browser().findElements(By.cssSelector("input.tally-votes")), 9, 9, 9);
            tasklist.completeWithoutErrors();

            // T8: the discipline committee's first plenary elects its secretary, then its deputy (R8), each approved by
            // the committee's
            for (String nominee : new String[] {"沈副书", "吕纪检"}) {
                tasklist.open("登记纪委书记（副书记）选举结果");
                assertThat(shown(tasklist)).contains(nominee);
                tasklist.type(By.id("present"), "5");
                tasklist.type(By.id("ballotsCast"), "5");
                typeVotes(tasklist, tasklist.browser().findElements(By.cssSelector("input.tally-votes")), 5);
                tasklist.completeWithoutErrors();
                tasklist.open("通过纪委书记（副书记）选举结果");
                assertThat(shown(tasklist)).contains(nominee);
                tasklist.click(By.cssSelector("input.re-approve"));
                tasklist.completeWithoutErrors();
            }

            // T9: the report, acknowledged by the county
            tasklist.open("提交选举结果报告");
            tasklist.type(By.id("text"), "县委组织部：\n我乡于2026年11月28日召开党代表大会，选举产生了新一届党委和纪委。特此报告。");
            tasklist.completeWithoutErrors();
            as(tasklist, "county-brw");
            tasklist.open("审阅选举结果报告");
            assertThat(tasklist.formText()).contains("特此报告", ".docx");
            tasklist.click(By.cssSelector("input.re-approve"));
            tasklist.completeWithoutErrors();

            System.out.printf(
                    "[suite] fields typed for %d candidates: %d; after the return: %d; with the import: %d%n",
                    B01.length, typed, retyped, imported);
            assertThat(typed).isGreaterThanOrEqualTo(2 * B01.length);
            assertThat(retyped).isEqualTo(1);
            assertThat(imported).isEqualTo(1);
        }

        // what the engine recorded
        String history = json("/api/townships/2026-BT01/history", "admin:admin").toString();
        assertThat(history)
                .contains(
                        "应到10人，实到9人，收回选票9张",
                        "当选：赵一民、钱二民、孙三民、李四民、周五民",
                        "退回：审查代表候选人（第一支部）",
                        "周五民的出生日期有误",
                        "保留缺额：处理代表缺额（第二支部）",
                        "缺额一名，待下次党员大会补选");
        assertThat(historyService
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(instance)
                        .singleResult()
                        .getState())
                .isEqualTo("COMPLETED");
        JsonNode board = json("/api/campaigns/" + campaignId + "/board", "admin:admin");
        assertThat(board.get("townships").get(0).get("steps").findValuesAsText("state"))
                .hasSize(9)
                .containsOnly("DONE");
    }

    /** What the form shows: its text and what its fields hold (the tally's candidates stand in read-only fields). */
    private static String shown(Tasklist tasklist) {
        return tasklist.formText() + "\n"
                + tasklist.browser().findElements(By.cssSelector("form.re-form input")).stream()
                        .map(e -> e.getDomProperty("value"))
                        .filter(v -> v != null && !v.isBlank())
                        .collect(Collectors.joining("、"));
    }

    private void as(Tasklist tasklist, String user) {
        tasklist.signIn(user, passwords.get(user));
    }

    private static void typePersons(Tasklist tasklist, String[] people) {
        for (int i = 0; i < people.length; i++) {
            if (i > 0) {
                tasklist.click(By.cssSelector("button.add-person"));
            }
            WebElement row = tasklist.browser()
                    .findElements(By.cssSelector("table.re-persons tbody tr"))
                    .get(i);
            tasklist.type(row.findElement(By.cssSelector("input.person-name")), people[i]);
            // the usual ways of typing a date: 1988/3/1, 19880301, 1988-03-01
            tasklist.type(
                    row.findElement(By.cssSelector("input.person-birth")),
                    i % 3 == 0 ? "1988/3/" + (i + 1) : i % 3 == 1 ? "19900" + (i + 1) + "15" : "1985-07-0" + (i + 1));
            if (i % 2 == 0) {
                tasklist.choose(row.findElement(By.cssSelector("select.person-gender")), "女");
            }
        }
    }

    private static void typeVotes(Tasklist tasklist, List<WebElement> fields, int... votes) {
        for (int i = 0; i < votes.length; i++) {
            tasklist.type(fields.get(i), String.valueOf(votes[i]));
        }
    }

    /** A ballot without a printed list: the tellers add a row per candidate (R9). */
    private static void typeCandidates(Tasklist tasklist, String[] names, int... votes) {
        for (int i = 0; i < names.length; i++) {
            tasklist.click(By.cssSelector("button.add-write-in"));
            List<WebElement> nameFields = tasklist.browser().findElements(By.cssSelector("input.tally-name"));
            List<WebElement> voteFields = tasklist.browser().findElements(By.cssSelector("input.tally-votes"));
            tasklist.type(nameFields.get(nameFields.size() - 1), names[i]);
            tasklist.type(voteFields.get(voteFields.size() - 1), String.valueOf(votes[i]));
        }
    }

    /** R10: nine anonymous ballots; 郑甲, 王乙, 冯丙 on all of them, 陈丁 and 褚戊 on four, 卫己 on two. */
    private static Path ballotsCsv() throws IOException {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rows.add("郑甲,王乙,冯丙,陈丁,褚戊");
        }
        rows.add("郑甲,王乙,冯丙,卫己");
        rows.add("郑甲,王乙,冯丙,卫己");
        for (int i = 0; i < 3; i++) {
            rows.add("郑甲,王乙,冯丙");
        }
        Path file = Files.createTempFile("ballots", ".csv");
        Files.writeString(file, String.join("\r\n", rows) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    /** The import template's columns, filled: young front-line members, every other one a woman (R2, R4). */
    private static Path personsWorkbook(String[] people, String[] posts) throws IOException {
        Path file = Files.createTempFile("persons", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("名单");
            List<String> header = new ArrayList<>(List.of("姓名", "性别", "出生日期", "民族", "学历", "人员类别"));
            if (posts != null) {
                header.add("拟任职务");
            }
            var top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                top.createCell(c).setCellValue(header.get(c));
            }
            for (int i = 0; i < people.length; i++) {
                var row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(people[i]);
                row.createCell(1).setCellValue(i % 2 == 0 ? "女" : "男");
                row.createCell(2).setCellValue((i < 8 ? 1985 + i : 1972 + i) + "-0" + (1 + i % 9) + "-1" + (i % 9));
                row.createCell(3).setCellValue(i == 3 ? "白族" : "汉族");
                row.createCell(4).setCellValue(i % 3 == 0 ? "大学本科" : "大专");
                row.createCell(5).setCellValue(i % 4 == 3 ? "专业技术人员" : "生产（工作）一线");
                if (posts != null) {
                    row.createCell(6).setCellValue(posts[i]);
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private JsonNode json(String path, String credentials) throws Exception {
        HttpResponse<String> response = http.send("GET", path, null, credentials);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return Http.MAPPER.readTree(response.body());
    }

    private static String stepState(JsonNode board, String step) {
        for (JsonNode s : board.get("townships").get(0).get("steps")) {
            if (step.equals(s.get("step").asText())) {
                return s.get("state").asText();
            }
        }
        throw new AssertionError("no step " + step + " in " + board);
    }
}
