package cn.county.reelection.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.congress.RaceRecord;
import cn.county.reelection.congress.RaceRecordRepository;
import cn.county.reelection.village.IdNumber;
import cn.county.reelection.village.VillageRepository;
import cn.county.reelection.web.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * One village from V1 to its outcome report (V8) entirely through Tasklist's forms, in headless Chromium: the
 * township secretary and the village each log in with the account and one-time password the village campaign's
 * answer gives, and nothing else. On the way: a register of 62 lines (two left off), typed tallies, a seat left
 * unfilled after the 另行选举 and handled by the township (V4), a branch list returned with its reason and
 * resubmitted with its entries kept, and a report. Then what the engine counted: the village's outcome,
 * summary and board over HTTP, and the engine's history (who completed what, the ballots, the reasons).
 */
@Tag("own-context")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:village-browser;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class VillageBrowserTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern TASK_ID = Pattern.compile("[?&]task=([0-9a-f-]{36})");

    @LocalServerPort
    int port;

    @Autowired
    HistoryService history;

    @Autowired
    RaceRecordRepository raceRecords;

    @Autowired
    VillageRepository villages;

    private Http http;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void clock() {
        http = new Http(port);
        // early November, the clock running (the history's order is its times): every step is done before its deadline
        // (V9)
        ClockUtil.offset(
                ZonedDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZONE).toInstant().toEpochMilli()
                        - System.currentTimeMillis());
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void v1ToV8_oneVillageThroughTasklistForms_eachRoleWithItsOwnAccount() throws Exception {
        HttpResponse<String> started = http.send("POST", "/api/village-campaigns", """
        {"townshipCode":"BV01","townshipName":"羊岑乡","year":2026,
         "villages":[{"code":"BV01-C01","name":"杨家村","variant":"VILLAGE","households":320}]}""", "admin:admin");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        JsonNode created = Http.MAPPER.readTree(started.body());
        String township = account(created, "bv01");
        String village = account(created, "bv01-c01");
        String businessKey = created.get("villages").get(0).get("businessKey").asText();
        String instance =
                created.get("villages").get(0).get("processInstanceId").asText();
        long campaign = created.get("id").asLong();

        // V1: the village's own register, as the README describes: 60 voters, a minor and a duplicate left off
        HttpResponse<String> imported = importRegister(businessKey, village);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(Http.MAPPER.readTree(imported.body()).get("voters").asInt()).isEqualTo(60);

        browser = Chromium.start();
        try {
            wait = Chromium.waitUp(browser, Duration.ofSeconds(120));

            login(township);
            open("民主测评上届两委成员");
            assertThat(form().getText()).contains("羊岑乡·杨家村", "德、能、勤、绩、廉");
            assertThat(completeExpectingErrors()).contains("[V5] 测评和考察情况：不能为空");
            type("#evaluationText", "德、能、勤、绩、廉五方面测评，称职率95%");
            complete();
            open("召开选举工作动员会");
            click("#mobilised");
            complete();
            open("公布村级财务审计结果");
            type("#auditText", "2024—2026年财务收支审计，未发现问题");
            assertThat(completeExpectingErrors()).contains("[V5] 审计结果已向村（居）民公示：完成后请勾选确认");
            click("#auditPublished");
            complete();

            login(village);
            open("推选选举委员会");
            type("#electionCommittee", "主任：王某；委员：李某、张某、赵某、钱某");
            complete();
            open("登记选民并公布选民名单");
            assertThat(text(".re-voters")).isEqualTo("60");
            assertThat(form().getText()).contains("登记表62行，未列入2行", "选举日2027-03-10");
            assertThat(completeExpectingErrors()).contains("[V1] 选民名单已张榜公布：公布后请勾选确认");
            click("#published");
            complete();
            open("推选小组长和村（居）民代表");
            assertThat(text(".re-representatives-expected")).isEqualTo("22"); // 320 households, one per 15 (V7)
            type("#representatives", "２１");
            type("#groupLeaders", "4");
            assertThat(completeExpectingErrors()).contains("[V7] 村（居）民代表人数：请填写1到100000之间的整数");
            type("#representatives", "21");
            complete();

            // V3: the seats a list may have and the least candidates for each, shown before anything is typed
            open("在二合一大会上提名候选人");
            assertThat(text(".re-seats-range")).isEqualTo("3至7");
            assertThat(form().getText()).contains("应选3名→4名", "应选7名→8名");
            type("#seats", "3");
            fillPersons(List.of(
                    new String[] {"王主任", "男", "主任"}, new String[] {"李秀英", "女", "副主任"}, new String[] {"张委员", "男", "委员"
                    }));
            assertThat(text("h4 .re-count")).contains("已填3名", "至少4名");
            assertThat(completeExpectingErrors()).contains("[V3] 村民委员会候选人：应选3名，候选人至少4名（差额选举），现为3名");
            fillPersons(List.of(new String[] {"赵候选", "男", "委员"}, new String[] {"钱候选", "女", "委员"}));
            complete();

            // V4: typed tallies; two of three seats on the first ballot, then one 另行选举 that fills nobody
            open("登记选举计票结果");
            assertThat(form().getText()).contains("村民委员会成员", "应选3名", "候选人5名", "（V4）");
            assertThat(browser.findElement(By.id("entitled")).getAttribute("value"))
                    .isEqualTo("60");
            typeTally(60, 60, Map.of("王主任", 50, "李秀英", 40, "张委员", 30, "赵候选", 20, "钱候选", 10));
            screenshots("village-tally");
            complete();
            open("登记另行选举计票结果");
            assertThat(form().getText()).contains("第2次投票", "应选1名", "在张委员、赵候选中选1名");
            typeTally(60, 58, Map.of("张委员", 15, "赵候选", 10)); // 15 of 58 is less than a third
            complete();

            login(township);
            open("处理委员会缺额");
            assertThat(text(".re-unfilled-count")).isEqualTo("1");
            assertThat(form().getText()).contains("杨家村村民委员会成员选举经另行选举仍有 1 个名额未选满", "当选：王主任、李秀英");
            assertThat(completeExpectingErrors()).contains("[R11] 处理意见：必须写明缺额的处理意见");
            type("#comment", "缺额保留，由下次村民代表会议补选");
            complete();

            // 两推一选: the branch list, returned once by the township with its reason
            login(village);
            open("汇总两推结果提出支委候选人");
            assertThat(form().getText()).contains("应选3名→4名", "应选6名→8名");
            type("#seats", "3");
            type("#members", "30");
            fillPersons(List.of(
                    new String[] {"王主任", "男", null}, new String[] {"李秀英", "女", null}, new String[] {"孙党员", "男", null}));
            // 保存 keeps a draft in this browser: it is back after a reload
            click("button[ng-click='save($event)']");
            browser.navigate().refresh();
            awaitForm();
            assertThat(text(".re-hint")).contains("已恢复本机保存的草稿");
            assertThat(values("input.person-name")).containsExactly("王主任", "李秀英", "孙党员");
            fillPersons(List.<String[]>of(new String[] {"周党员", "男", null}));
            assertThat(text("h4 .re-count")).contains("已填4名", "至少4名");
            screenshots("village-candidates");
            complete();

            login(township);
            open("审查支委候选人");
            assertThat(form().getText()).contains("党员30名，支部委员应选3名，候选人至少4名", "周党员");
            click("input.re-return");
            assertThat(completeExpectingErrors()).contains("[R11] 审批意见：退回时必须写明理由");
            type("#comment", "周党员的推荐票未过半数，请核实后重新提出");
            complete();

            login(village);
            open("汇总两推结果提出支委候选人");
            assertThat(text(".re-returned")).contains("乡镇党委退回意见：周党员的推荐票未过半数，请核实后重新提出");
            assertThat(values("input.person-name")).containsExactly("王主任", "李秀英", "孙党员", "周党员");
            assertThat(browser.findElement(By.id("seats")).getAttribute("value"))
                    .isEqualTo("3");
            assertThat(browser.findElement(By.id("members")).getAttribute("value"))
                    .isEqualTo("30");
            WebElement fourth =
                    browser.findElements(By.cssSelector("input.person-name")).get(3);
            fourth.clear();
            fourth.sendKeys("吴党员");
            complete();

            login(township);
            open("审查支委候选人");
            assertThat(form().getText()).contains("吴党员").doesNotContain("周党员");
            screenshots("village-review");
            click("input.re-approve");
            complete();

            login(village);
            open("登记党员大会计票结果");
            assertThat(form().getText()).contains("党支部委员", "应选3名", "候选人4名");
            typeTally(30, 30, Map.of("王主任", 30, "李秀英", 28, "孙党员", 26, "吴党员", 2));
            complete();
            open("登记党员大会计票结果"); // the secretary, from the elected branch members (双直选)
            assertThat(text(".re-eligible")).contains("王主任、李秀英、孙党员");
            click("button.add-write-in");
            click("button.add-write-in");
            List<WebElement> names = browser.findElements(By.cssSelector("input.tally-name"));
            names.get(0).sendKeys("王主任");
            names.get(1).sendKeys("李秀英");
            typeTally(30, 30, Map.of("王主任", 27, "李秀英", 3));
            complete();
            open("登记党员大会计票结果"); // the deputy secretary (V10), from the elected members other than the secretary
            assertThat(text(".re-eligible")).contains("李秀英、孙党员").doesNotContain("王主任");
            click("button.add-write-in");
            click("button.add-write-in");
            List<WebElement> deputies = browser.findElements(By.cssSelector("input.tally-name"));
            deputies.get(0).sendKeys("李秀英");
            deputies.get(1).sendKeys("孙党员");
            typeTally(30, 30, Map.of("李秀英", 25, "孙党员", 5));
            complete();
            open("健全村（居）下属组织");
            type("#financialGroup", "孙某、周某、吴某");
            click("#subCommitteesSetUp");
            complete();
            open("提交换届结果报告");
            assertThat(text(".re-outcome")).contains("新一届村民委员会2人：王主任、李秀英", "仍有1个名额空缺");
            type("#reportText", "杨家村两委换届选举结果报告：村民委员会选出2名，1名缺额待补选。");
            complete();

            login(township);
            open("审阅换届结果报告");
            assertThat(text(".re-outcome-table")).contains("王主任、李秀英（女）", "仍有1个名额空缺", "是");
            click("input.re-approve");
            complete();
        } catch (RuntimeException | AssertionError e) {
            Chromium.screenshot(browser, "village-failure"); // what the person saw when the test failed
            throw e;
        } finally {
            browser.quit();
        }

        // what the engine counted, as the township reads it over HTTP
        JsonNode outcome = http.ok("GET", "/api/villages/" + businessKey + "/outcome", null, township);
        assertThat(names(outcome.get("outcome").get("committee"))).containsExactly("王主任", "李秀英");
        assertThat(outcome.get("outcome").get("unfilledSeats").asInt()).isEqualTo(1);
        assertThat(outcome.get("outcome").get("anotherElection").asBoolean()).isTrue();
        assertThat(outcome.get("outcome").get("tookPart").asInt()).isEqualTo(60);
        assertThat(texts(outcome.get("outcome").get("branch"))).containsExactly("王主任", "李秀英", "孙党员");
        assertThat(outcome.get("outcome").get("branchSecretary").asText()).isEqualTo("王主任");
        assertThat(outcome.get("outcome").get("branchDeputySecretary").asText()).isEqualTo("李秀英");
        assertThat(outcome.get("secretaryChairs").asBoolean()).isTrue();
        assertThat(outcome.get("outcome").get("representatives").asInt()).isEqualTo(21);
        JsonNode summary = http.ok("GET", "/api/village-campaigns/" + campaign + "/summary", null, township);
        assertThat(texts(summary.get("summary").get("needingAnotherElection"))).containsExactly("杨家村");
        JsonNode board = http.ok("GET", "/api/village-campaigns/" + campaign + "/board", null, village);
        assertThat(board.get("townships").get(0).get("steps"))
                .allSatisfy(s -> assertThat(s.get("state").asText()).isEqualTo("DONE"));

        // and in the engine's history: who completed each task, in order, and what was typed into the forms
        List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
                .processInstanceId(instance)
                .finished()
                .orderByHistoricTaskInstanceEndTime()
                .asc()
                .list();
        assertThat(tasks)
                .extracting(HistoricTaskInstance::getTaskDefinitionKey)
                .containsExactly(
                        "V5_EvaluateOutgoingCommittees",
                        "V9_HoldMobilisationMeeting",
                        "V5_PublishFinancialAudit",
                        "V2_ChooseElectionCommittee",
                        "V1_RegisterVoters",
                        "V7_ElectRepresentatives",
                        "V3_NominateAtCombinedMeeting",
                        "V4_RecordCommitteeElection",
                        "V4_RecordRunOff",
                        "V4_HandleUnfilledSeats",
                        "Branch_RecommendCandidates",
                        "Branch_ReviewCandidates",
                        "Branch_RecommendCandidates",
                        "Branch_ReviewCandidates",
                        "Branch_RecordElection",
                        "Branch_RecordElection",
                        "Branch_RecordElection",
                        "V7_SetUpOrganisations",
                        "V8_SubmitOutcomeReport",
                        "V8_ReviewOutcomeReport");
        Map<String, String> completedBy = new LinkedHashMap<>();
        history.createUserOperationLogQuery()
                .processInstanceId(instance)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
                .list()
                .forEach(op -> completedBy.putIfAbsent(op.getTaskId(), op.getUserId()));
        for (HistoricTaskInstance task : tasks) {
            boolean townships = task.getTaskDefinitionKey().startsWith("V5_")
                    || task.getTaskDefinitionKey().startsWith("V9_")
                    || task.getTaskDefinitionKey().contains("Review")
                    || task.getTaskDefinitionKey().contains("Handle");
            assertThat(completedBy.get(task.getId()))
                    .as(task.getTaskDefinitionKey())
                    .isEqualTo(townships ? "bv01" : "bv01-c01");
        }
        // what the tally forms counted, in the record of ballots (R11, V11); the engine's history does not copy it
        List<RaceRecord> ballots = raceRecords.findByVillageIdOrderById(
                villages.findByBusinessKey(businessKey).orElseThrow().getId());
        assertThat(ballots).hasSize(5);
        assertThat(ballots.get(0).getPresent()).isEqualTo(60);
        assertThat(ballots.get(0).getResultJson()).contains("\"name\":\"王主任\",\"votes\":50");
        assertThat(ballots.get(1).getPresent()).isEqualTo(58);
        assertThat(ballots.get(1).getResultJson()).contains("\"name\":\"张委员\",\"votes\":15");
        List<String> comments = new ArrayList<>();
        history.createHistoricDetailQuery()
                .processInstanceId(instance)
                .variableUpdates()
                .orderByTime()
                .asc()
                .list()
                .forEach(d -> {
                    HistoricVariableUpdate update = (HistoricVariableUpdate) d;
                    if ("comment".equals(update.getVariableName()) && update.getValue() != null) {
                        comments.add(update.getValue().toString());
                    }
                });
        assertThat(comments).containsSubsequence("缺额保留，由下次村民代表会议补选", "周党员的推荐票未过半数，请核实后重新提出");

        // V11: the same ballots and decisions in the township's record, read back by the township
        JsonNode record = http.ok("GET", "/api/villages/" + businessKey + "/history", null, township);
        List<String> kinds = new ArrayList<>();
        record.forEach(e -> kinds.add(e.get("kind").asText()));
        assertThat(kinds).filteredOn("RESULT"::equals).hasSize(5);
        assertThat(kinds).contains("VACANCY_KEPT", "RETURNED", "APPROVED");
    }

    // ---------------------------------------------------------------- Tasklist, as a person uses it

    private void login(String credentials) {
        String[] userAndPassword = credentials.split(":", 2);
        browser.manage().deleteAllCookies();
        Chromium.signIn(
                browser,
                "http://localhost:" + port + "/camunda/app/tasklist/default/#/login",
                userAndPassword[0],
                userAndPassword[1]);
    }

    /** Opens the person's task of that name from the list, claims it, and waits for its form. */
    private void open(String name) {
        By link = By.xpath("//li[contains(@class,'task')]//h4//a[contains(normalize-space(.),'" + name + "')]");
        for (int attempt = 0; browser.findElements(link).isEmpty(); attempt++) {
            try {
                Chromium.waitUp(browser, Duration.ofSeconds(8))
                        .until(ExpectedConditions.presenceOfElementLocated(link));
            } catch (TimeoutException e) {
                assertThat(attempt).as("task %s in the list", name).isLessThan(4);
                browser.navigate().refresh(); // a task created meanwhile shows after a reload
            }
        }
        browser.findElement(link).click();
        WebElement claim;
        try {
            claim = Chromium.waitUp(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim")));
        } catch (TimeoutException e) {
            claim = null; // already the person's own task
        }
        if (claim != null) {
            claim.click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        }
        // Tasklist may draw the form again for its new assignee (typing before that is lost): awaitForm waits for
        // the same form element, no longer greyed out, for a moment (Chromium.SETTLED)
        awaitForm();
    }

    /** The form is there with what the server told it (every form names the township in its facts). */
    private void awaitForm() {
        Chromium.awaitReadyForm(browser, Duration.ofSeconds(90));
        wait.until(d -> d.findElements(By.cssSelector("form.re-form .re-facts")).stream()
                        .anyMatch(f -> f.getText().contains("羊岑乡"))
                && !d.findElements(By.cssSelector("button[ng-click='complete()']"))
                        .isEmpty());
    }

    private WebElement form() {
        return browser.findElement(By.cssSelector("form.re-form"));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private List<String> values(String css) {
        return browser.findElements(By.cssSelector(css)).stream()
                .map(e -> e.getAttribute("value"))
                .toList();
    }

    private void type(String css, String value) {
        WebElement input = browser.findElement(By.cssSelector(css));
        input.clear();
        input.sendKeys(value);
    }

    private void click(String css) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].click()", element); // a notification may float over it
    }

    /** Fills the empty last row, then adds a row per further person: name, gender, post (none for the branch). */
    private void fillPersons(List<String[]> people) {
        for (String[] person : people) {
            List<WebElement> rows = browser.findElements(By.cssSelector("table.re-persons tbody tr"));
            WebElement row = rows.get(rows.size() - 1);
            if (!row.findElement(By.cssSelector("input.person-name"))
                    .getAttribute("value")
                    .isEmpty()) {
                click("button.add-person");
                rows = browser.findElements(By.cssSelector("table.re-persons tbody tr"));
                row = rows.get(rows.size() - 1);
            }
            row.findElement(By.cssSelector("input.person-name")).sendKeys(person[0]);
            new Select(row.findElement(By.cssSelector("select.person-gender"))).selectByVisibleText(person[1]);
            if (person[2] != null) {
                new Select(row.findElement(By.cssSelector("select.person-post"))).selectByVisibleText(person[2]);
            }
        }
    }

    /** The tellers' typed count: attendance, ballots and each name's votes. */
    private void typeTally(int entitled, int present, Map<String, Integer> votes) {
        type("#entitled", String.valueOf(entitled));
        type("#present", String.valueOf(present));
        type("#ballotsCast", String.valueOf(present));
        for (WebElement row : browser.findElements(By.cssSelector("table.re-persons tbody tr"))) {
            String name = row.findElement(By.cssSelector("input.tally-name")).getAttribute("value");
            WebElement count = row.findElement(By.cssSelector("input.tally-votes"));
            count.clear();
            count.sendKeys(String.valueOf(votes.get(name)));
        }
    }

    /** 完成: waits until the engine has the task completed. */
    private void complete() {
        Matcher id = TASK_ID.matcher(browser.getCurrentUrl());
        assertThat(id.find()).as(browser.getCurrentUrl()).isTrue();
        String taskId = id.group(1);
        click("button[ng-click='complete()']");
        wait.until(d -> {
            List<WebElement> errors = d.findElements(By.cssSelector(".re-errors, .notifications .alert-danger"));
            assertThat(errors.isEmpty() ? "" : errors.get(0).getText())
                    .as("refused")
                    .isEmpty();
            return history.createHistoricTaskInstanceQuery()
                            .taskId(taskId)
                            .finished()
                            .count()
                    == 1;
        });
    }

    /** 完成 on a form that must refuse: answers the Chinese messages it lists, nothing is submitted. */
    private String completeExpectingErrors() {
        click("button[ng-click='complete()']");
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".re-errors")))
                .getText();
    }

    /**
     * The form at 1400 px and at 390 px (a phone: persons and tally rows become labelled cards). What was typed is
     * kept as a draft (保存) and comes back when Tasklist is opened again at the other width.
     */
    private void screenshots(String name) throws Exception {
        Chromium.screenshot(browser, name + "-1400");
        List<String> typed = values("form.re-form input[type=text]");
        click("button[ng-click='save($event)']");
        reloadAt(new Dimension(390, 2200));
        assertThat(browser.findElement(By.cssSelector("table.re-persons thead")).isDisplayed())
                .isFalse();
        assertThat(browser.findElement(By.cssSelector("table.re-persons td[data-label]"))
                        .getCssValue("display"))
                .isEqualTo("block");
        assertThat(values("form.re-form input[type=text]")).isEqualTo(typed);
        Chromium.screenshot(browser, name + "-390");
        reloadAt(new Dimension(1400, 1000));
        assertThat(browser.findElement(By.cssSelector("table.re-persons thead")).isDisplayed())
                .isTrue();
    }

    private void reloadAt(Dimension size) {
        browser.manage().window().setSize(size);
        browser.navigate().refresh();
        awaitForm();
    }

    // ---------------------------------------------------------------- HTTP

    private static String account(JsonNode created, String userId) {
        for (JsonNode a : created.get("accounts")) {
            if (a.get("userId").asText().equals(userId)) {
                return userId + ":" + a.get("password").asText();
            }
        }
        throw new AssertionError("no account " + userId + " in " + created);
    }

    private HttpResponse<String> importRegister(String businessKey, String credentials) throws Exception {
        StringBuilder csv = new StringBuilder("姓名,身份证号码,村民小组\n");
        for (int i = 0; i < 60; i++) {
            csv.append("村民%d,%s,第%d组\n"
                    .formatted(i, IdNumber.of("530722", LocalDate.of(1960, 1, 1).plusDays(i * 3L), i + 1), i % 4 + 1));
        }
        csv.append("小明,")
                .append(IdNumber.of("530722", LocalDate.of(2012, 1, 1), 7))
                .append(",第1组\n");
        csv.append("村民零,")
                .append(IdNumber.of("530722", LocalDate.of(1960, 1, 1), 1))
                .append(",第1组\n");
        String boundary = "----register" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"register.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/villages/"
                        + businessKey + "/register?electionDay=2027-03-10"))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<String> names(JsonNode members) {
        List<String> names = new ArrayList<>();
        members.forEach(m -> names.add(m.get("name").asText()));
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }
}
