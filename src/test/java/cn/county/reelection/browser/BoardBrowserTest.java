package cn.county.reelection.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.calendar.WorkingCalendar;
import cn.county.reelection.campaign.Campaign;
import cn.county.reelection.campaign.CampaignRepository;
import cn.county.reelection.campaign.Step;
import cn.county.reelection.campaign.Township;
import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.timeline.TimelineService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
 * The county's deadline board in headless Chromium on the demo: the
 * engine clock is set relative to the demo's deadlines, so that every state of the legend shows
 * in known cells, and a branch's delegate race is reported with a seat unfilled (需处理). The county
 * user logs in on the page (the webapp session; the browser keeps no password), filters, sees it
 * refresh, reads it on a phone-sized screen; the page runs under its Content Security Policy; the
 * county gets Tasklist links, the administrator Cockpit links too, and the board's login is
 * Tasklist's.
 */
@Tag("own-context")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"reelection.demo.enabled=true", "spring.datasource.url=jdbc:h2:mem:board-demo;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class BoardBrowserTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    CampaignRepository campaigns;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    TownshipRepository townships;

    @Autowired
    TimelineService timeline;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void t1T2_boardShowsEveryStateInKnownCells_onDesktopAndPhone_behindTheWebappLogin() throws Exception {
        Campaign demo = campaigns.findAll().get(0);
        Map<Step, LocalDate> due = demo.getDeadlines();
        LocalDate t1 = due.get(Step.T1);
        // the demo counts its deadlines in working days from today: T1 in 3, T2 in 5, T3/T4 in 12
        LocalDate dayAfterT1 = calendar.addWorkingDays(t1, 1);
        assertThat(calendar.workingDaysBetween(dayAfterT1, due.get(Step.T2))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(dayAfterT1, due.get(Step.T3))).isGreaterThan(3);

        // on T1's deadline day 羊岑乡 (TS01) plans in time, then gets its convene request approved
        clock(t1);
        complete(
                "TS01",
                "T1_PlanReelection",
                Map.of(
                        "congressDate",
                        Date.from(due.get(Step.T7).atTime(9, 0).atZone(ZONE).toInstant()),
                        "delegateQuota",
                        75,
                        "committeeSeats",
                        11,
                        "disciplineSeats",
                        5,
                        "countyDelegateSeats",
                        5));
        // the next working day: 金江镇 (TS03) plans late; 石鼓镇 (TS02) has not yet
        clock(dayAfterT1);
        complete("TS01", "T2_SubmitConveneRequest", Map.of("requestText", "关于召开党代表大会进行换届选举的请示"));
        complete("TS01", "T2_ReviewConveneRequest", Map.of("approved", true, "comment", "同意"));
        complete(
                "TS03",
                "T1_PlanReelection",
                Map.of(
                        "congressDate",
                        Date.from(due.get(Step.T7).atTime(9, 0).atZone(ZONE).toInstant()),
                        "delegateQuota",
                        75,
                        "committeeSeats",
                        11,
                        "disciplineSeats",
                        5,
                        "countyDelegateSeats",
                        5));

        // 羊岑乡's 羊岑村支部 ended its delegate election with a seat unfilled: the township secretary must decide
        Township ts01 = townships.findByCampaignIdOrderById(demo.getId()).stream()
                .filter(t -> t.getCode().equals("TS01"))
                .findFirst()
                .orElseThrow();
        timeline.seatsUnfilled(
                ts01.getId(),
                Step.T3,
                "TS01-B02",
                "党代会代表",
                1,
                ClockUtil.getCurrentTime().toInstant());

        ChromeDriver browser = Chromium.start();
        try {
            WebDriverWait wait = Chromium.waitUp(browser, Duration.ofSeconds(60));
            String board = "http://localhost:" + port + "/board";
            browser.get(board);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            // a wrong password stays on the page (no browser dialog); another user, since Camunda delays a
            // user's next login after a failed one and the engine clock stands still in this test
            login(browser, "ts02", "wrong");
            wait.until(ExpectedConditions.textToBe(By.id("login-error"), "用户名或密码不正确，请重新登录"));
            login(browser, "county-demo", "demo");
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("tr[data-township=TS03] td[data-step=T9]")));

            // the browser keeps no password and no credentials a script could read: only the HttpOnly session cookie
            assertThat(browser.findElement(By.id("password")).getAttribute("value"))
                    .isEmpty();
            assertThat((Long) browser.executeScript("return sessionStorage.length + localStorage.length;"))
                    .isZero();
            String storage = (String) browser.executeScript(
                    "return JSON.stringify(sessionStorage) + JSON.stringify(localStorage) + document.cookie;");
            assertThat(storage)
                    .doesNotContain("demo")
                    .doesNotContainIgnoringCase("authorization")
                    .doesNotContain("Basic ")
                    .doesNotContain("JSESSIONID");
            assertThat(browser.manage().getCookieNamed("JSESSIONID").isHttpOnly())
                    .isTrue();

            assertThat(browser.findElement(By.id("title")).getText())
                    .isEqualTo("示例县 " + demo.getYear() + "年 乡镇党委换届进度看板");
            assertThat(browser.findElement(By.id("who")).getText()).contains("county-demo");
            assertThat(browser.findElement(By.id("legend")).getText())
                    .contains("已完成", "进行中", "三个工作日内到期", "已逾期", "需处理", "逾期完成", "未开始");
            assertThat(cell(browser, "TS01", "T1"))
                    .isEqualTo("已完成\n期限 " + t1.getMonthValue() + "月" + t1.getDayOfMonth() + "日");
            assertThat(state(browser, "TS01", "T2")).isEqualTo("已完成");
            assertThat(state(browser, "TS01", "T3")).isEqualTo("需处理");
            assertThat(cell(browser, "TS01", "T3")).contains("羊岑村支部 党代会代表空缺1名");
            assertThat(browser.findElement(By.cssSelector("tr[data-township=TS01] td[data-step=T3]"))
                            .getCssValue("background-color"))
                    .isEqualTo("rgba(230, 81, 0, 1)");
            assertThat(state(browser, "TS01", "T4")).isEqualTo("进行中");
            assertThat(state(browser, "TS01", "T5")).isEqualTo("未开始");
            assertThat(state(browser, "TS02", "T1")).isEqualTo("已逾期");
            assertThat(state(browser, "TS03", "T1")).isEqualTo("逾期完成");
            assertThat(state(browser, "TS03", "T2")).isEqualTo("三个工作日内到期");
            assertThat(count(browser, "TS01", "overdue")).isEqualTo("0");
            assertThat(count(browser, "TS02", "overdue")).isEqualTo("1");
            assertThat(count(browser, "TS03", "overdue")).isEqualTo("1");
            assertThat(count(browser, "TS01", "action-needed")).isEqualTo("1");
            assertThat(count(browser, "TS02", "action-needed")).isEqualTo("0");

            // links only where the county may go: Tasklist, filtered by the township's business key; no Cockpit
            assertThat(browser.findElements(By.cssSelector("a[data-link=COCKPIT]")))
                    .isEmpty();
            assertThat(browser.findElement(By.cssSelector("tr[data-township=TS02] a[data-link=TASKLIST]"))
                            .getAttribute("href"))
                    .contains("/camunda/app/tasklist/default/#/?searchQuery=")
                    .contains(demo.getYear() + "-TS02");

            // the page runs under its Content Security Policy, which blocks injected inline script
            String csp = (String) browser.executeAsyncScript("var done = arguments[0];"
                    + "fetch('/board').then(function (r) { done(r.headers.get('Content-Security-Policy')); });");
            assertThat(csp)
                    .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline");
            Long violations = (Long) browser.executeAsyncScript("var done = arguments[0], seen = 0;"
                    + "document.addEventListener('securitypolicyviolation', function () { seen++; });"
                    + "document.body.insertAdjacentHTML('beforeend', '<img id=probe src=\"board.css\" onerror=\"window.injected = true\">');"
                    + "setTimeout(function () { done(seen); }, 500);");
            assertThat(violations).isPositive();
            assertThat(browser.executeScript("return window.injected === true;"))
                    .isEqualTo(false);
            browser.executeScript("document.getElementById('probe').remove();");

            assertThat(browser.findElement(By.id("updated")).getText()).contains("每60秒自动刷新");
            browser.manage().window().setSize(new Dimension(1400, 520));
            Path shot = Chromium.screenshot(browser, "board");
            browser.manage().window().setSize(new Dimension(1400, 1000));

            new Select(browser.findElement(By.id("filter"))).selectByVisibleText("已逾期");
            assertThat(visibleTownships(browser)).containsExactly("TS02");
            browser.findElement(By.cssSelector(".chip.ACTION_NEEDED")).click();
            assertThat(visibleTownships(browser)).containsExactly("TS01");
            browser.findElement(By.cssSelector(".chip.DONE_LATE")).click();
            assertThat(visibleTownships(browser)).containsExactly("TS03");
            browser.findElement(By.cssSelector(".chip.DONE_LATE")).click(); // again: every township
            assertThat(visibleTownships(browser)).containsExactly("TS01", "TS02", "TS03");

            // 石鼓镇 plans late as well; the page refreshes on its own (every second here), still logged in by its session
            browser.get(board + "?campaign=" + demo.getId() + "&refresh=1");
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("tr[data-township=TS02] td[data-step=T1]")));
            assertThat(state(browser, "TS02", "T1")).isEqualTo("已逾期");
            complete(
                    "TS02",
                    "T1_PlanReelection",
                    Map.of(
                            "congressDate",
                            Date.from(due.get(Step.T7).atTime(9, 0).atZone(ZONE).toInstant()),
                            "delegateQuota",
                            75,
                            "committeeSeats",
                            11,
                            "disciplineSeats",
                            5,
                            "countyDelegateSeats",
                            5));
            wait.until(d -> "逾期完成".equals(state(browser, "TS02", "T1")));
            assertThat(state(browser, "TS02", "T2")).isEqualTo("三个工作日内到期");

            // a phone: one card per township, nothing wider than the screen
            viewport(browser, 390, 1500, true);
            browser.get(board + "?campaign=" + demo.getId());
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("tr[data-township=TS03] td[data-step=T9]")));
            assertThat((Long) browser.executeScript("return window.innerWidth;"))
                    .isEqualTo(390L);
            assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth;"))
                    .isLessThanOrEqualTo(392L);
            assertThat(browser.findElement(By.id("head")).isDisplayed()).isFalse();
            WebElement card = browser.findElement(By.cssSelector("tr[data-township=TS01]"));
            assertThat(card.getRect().getWidth()).isLessThanOrEqualTo(390);
            assertThat(state(browser, "TS01", "T3")).isEqualTo("需处理");
            assertThat((String) browser.executeScript(
                            "return getComputedStyle(arguments[0], '::before').content;",
                            browser.findElement(By.cssSelector("tr[data-township=TS01] td[data-step=T3]"))))
                    .isEqualTo("\"T3 选举产生党代会代表\"");
            Path phoneShot = Chromium.screenshot(browser, "board-phone");
            // the narrowest window that gets the table: it fits
            viewport(browser, 1100, 900, false);
            assertThat((Long) browser.executeScript("return window.innerWidth;"))
                    .isEqualTo(1100L);
            assertThat(browser.findElement(By.id("head")).isDisplayed()).isTrue();
            assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth;"))
                    .isLessThanOrEqualTo(0L);
            assertThat(
                            (Long)
                                    browser.executeScript(
                                            "return document.getElementById('grid').scrollWidth - document.getElementById('grid').parentNode.clientWidth;"))
                    .isLessThanOrEqualTo(0L);
            desktop(browser);

            // 退出 ends the session: a reload asks to log in again
            browser.findElement(By.id("logout")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            browser.get(board);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            assertThat(browser.findElement(By.id("board")).isDisplayed()).isFalse();

            // the administrator also gets Cockpit; the Tasklist link opens Tasklist, already logged in, on that
            // township's tasks
            login(browser, "admin", "admin");
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("tr[data-township=TS02] a[data-link=COCKPIT]")));
            String ts02 = runtimeService
                    .createProcessInstanceQuery()
                    .processInstanceBusinessKeyLike("%-TS02")
                    .singleResult()
                    .getId();
            assertThat(browser.findElement(By.cssSelector("tr[data-township=TS02] a[data-link=COCKPIT]"))
                            .getAttribute("href"))
                    .endsWith("/camunda/app/cockpit/default/#/process-instance/" + ts02 + "/runtime");
            browser.get(browser.findElement(By.cssSelector("tr[data-township=TS02] a[data-link=TASKLIST]"))
                    .getAttribute("href"));
            WebDriverWait tasklist =
                    Chromium.waitUp(browser, Duration.ofSeconds(90)); // Tasklist's first load is slow on a busy machine
            tasklist.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.task h4.task a")));
            tasklist.until(d -> browser.findElements(By.cssSelector("li.task")).size() == 1);
            assertThat(browser.findElement(By.cssSelector("li.task")).getText()).contains("提交召开党代会请示");
            assertThat(browser.findElements(By.cssSelector("input[type=password]")))
                    .isEmpty();
            // in Tasklist, Angular's $http sends the session's CSRF token to /api by itself (as the embedded forms
            // use it); a POST without it is refused
            @SuppressWarnings("unchecked")
            List<Object> posts = (List<Object>) browser.executeAsyncScript("""
          const done = arguments[arguments.length - 1];
          const body = {kind: 'COMPETITIVE', seats: 1, minimumCandidates: 2, entitled: 10, present: 9,
                        candidates: ['张三', '李四'], counts: {'张三': 6, '李四': 3}, ballotsCast: 9};
          const injector = angular.element(document.documentElement).injector() || angular.element(document.body).injector();
          injector.get('$http').post('/api/tally', body).then(r => r.status, r => r.status).then(withToken =>
            fetch('/api/tally', {method: 'POST', credentials: 'same-origin', headers: {'Content-Type': 'application/json'},
                                 body: JSON.stringify(body)}).then(r => done([withToken, r.status])));""");
            assertThat(posts).containsExactly(200L, 403L);

            assertThat(Files.size(shot)).isGreaterThan(10_000);
            assertThat(Files.size(phoneShot)).isGreaterThan(10_000);
        } catch (RuntimeException | AssertionError e) {
            // what the browser showed, for the report
            Chromium.screenshot(browser, "board-failure");
            Files.writeString(
                    Path.of("target", "screenshots", "board-failure.html"),
                    browser.getCurrentUrl() + "\n" + browser.getPageSource());
            throw e;
        } finally {
            browser.quit();
        }
    }

    /** A screen of exactly this width and height (a phone's with {@code mobile}), whatever the window. */
    private static void viewport(ChromeDriver browser, int width, int height, boolean mobile) {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    private static void desktop(ChromeDriver browser) {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private static void clock(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(ZONE).toInstant()));
    }

    private void complete(String township, String taskKey, Map<String, Object> variables) {
        List<Task> tasks = taskService
                .createTaskQuery()
                .processInstanceBusinessKeyLike("%-" + township)
                .taskDefinitionKey(taskKey)
                .list();
        assertThat(tasks).as(township + " " + taskKey).hasSize(1);
        taskService.complete(tasks.get(0).getId(), variables);
    }

    @Test
    void r1_termRegisterPage_signsInToTheWebappSession_listsTheDemoTerms_andSignsOut() throws Exception {
        ChromeDriver browser = Chromium.start();
        try {
            WebDriverWait wait = Chromium.waitUp(browser, Duration.ofSeconds(60));
            browser.get("http://localhost:" + port + "/terms");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            login(
                    browser, "nobody",
                    "wrong"); // not admin: a failed attempt makes Camunda hold back that user's next login
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-error"), "用户名或密码不正确"));
            login(browser, "admin", "admin");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("terms")));
            wait.until(d -> d.findElements(By.cssSelector("#rows tr")).size() > 1);
            assertThat(browser.findElement(By.id("who")).getText()).contains("admin");
            assertThat(browser.findElement(By.id("login")).isDisplayed()).isFalse();
            Chromium.screenshot(browser, "terms-register");

            browser.findElement(By.id("logout")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            assertThat(browser.findElement(By.id("terms")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.id("who")).getText()).isEmpty();
            // the session is closed on the server too: a fresh load asks for the login again
            browser.get("http://localhost:" + port + "/terms");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        } finally {
            browser.quit();
        }
    }

    private static void login(ChromeDriver browser, String user, String password) {
        WebElement name = browser.findElement(By.id("username"));
        name.clear();
        name.sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("#login button[type=submit]")).click();
    }

    private static String cell(ChromeDriver browser, String township, String step) {
        return browser.findElement(By.cssSelector("tr[data-township=" + township + "] td[data-step=" + step + "]"))
                .getText();
    }

    /** Read in one script, since the page may redraw the board (every second in the refresh part) between two driver calls. */
    private static String state(ChromeDriver browser, String township, String step) {
        return (String) browser.executeScript(
                "var s = document.querySelector(arguments[0]); return s && s.textContent;",
                "tr[data-township=" + township + "] td[data-step=" + step + "] .state");
    }

    private static String count(ChromeDriver browser, String township, String role) {
        return browser.findElement(By.cssSelector("tr[data-township=" + township + "] td[data-role=" + role + "]"))
                .getText();
    }

    private static List<String> visibleTownships(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("#rows tr")).stream()
                .filter(WebElement::isDisplayed)
                .map(tr -> tr.getAttribute("data-township"))
                .toList();
    }
}
