package cn.county.reelection.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.campaign.CampaignRepository;
import cn.county.reelection.campaign.Step;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What people see around the forms, in headless Chromium on the demo: no "migrate to Camunda 8" banner in
 * any webapp, an error toast that leaves the form's buttons free and reads in Chinese, and the diagram tab
 * drawn for a township secretary.
 */
@Tag("own-context")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "reelection.demo.enabled=true",
            "spring.datasource.url=jdbc:h2:mem:browser-chrome;DB_CLOSE_DELAY=-1"
        })
@ActiveProfiles("test")
class TasklistChromeBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    CampaignRepository campaigns;

    private ChromeDriver browser;
    private WebDriverWait wait;

    /** A browser of its own for each test: a fresh session and nothing left from the last user. */
    @BeforeEach
    void startBrowser() throws Exception {
        browser = Chromium.start();
        wait = Chromium.waitUp(browser, Duration.ofSeconds(60)); // the machine's cores are shared: webapps load slowly
    }

    @AfterEach
    void quit(TestInfo test) throws Exception {
        if (browser != null) {
            Chromium.screenshot(
                    browser,
                    "chrome-" + test.getTestMethod().map(m -> m.getName()).orElse("test") + "-last");
            browser.quit();
        }
    }

    @Test
    void noMigrationBanner_inTasklistCockpitAdminAndWelcome() throws Exception {
        login("tasklist", "admin", "admin");
        for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            browser.get(base() + "/camunda/app/" + app + "/default/");
            waitForHeader(app);
            // the banner is rendered by Camunda's header template; it must take no room and show nothing
            List<WebElement> banners = browser.findElements(By.cssSelector(".ce-eol-banner"));
            assertThat(banners)
                    .as(app)
                    .allSatisfy(b -> assertThat(b.isDisplayed()).as(app).isFalse());
            assertThat(browser.findElement(By.tagName("body")).getText())
                    .as(app)
                    .doesNotContain("Camunda 8", "迁移");
            // and the page starts right below the header, without the 20px Camunda keeps for the banner
            Number gap = (Number) browser.executeScript("""
          const header = document.querySelector('[cam-widget-header]').getBoundingClientRect().bottom;
          const page = document.querySelector('.page-wrap, .ctn-main');
          return page ? page.getBoundingClientRect().top - header : 0;""");
            assertThat(gap.doubleValue())
                    .as(app + ": space between header and page")
                    .isBetween(-1.0, 1.0);
            Chromium.screenshot(browser, "webapp-" + app + "-no-banner");
        }
    }

    @Test
    void errorToast_readsInChinese_andLeavesTheCompleteButtonFree() throws Exception {
        login("tasklist", "ts01", "demo");
        openOnlyTask();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim")))
                .click();
        WebElement date =
                Chromium.awaitReadyForm(browser, Duration.ofSeconds(60)).findElement(By.id("congressDate"));
        // a plan the form lets through and the server refuses: 12 committee seats where the county set 11 (R5)
        LocalDate t7 = campaigns.findAll().get(0).getDeadlines().get(Step.T7);
        date.sendKeys(t7.toString());
        WebElement committee = browser.findElement(By.id("committeeSeats"));
        committee.clear();
        committee.sendKeys("12");
        WebElement seats = browser.findElement(By.id("countyDelegateSeats"));
        seats.sendKeys("5");
        seats.sendKeys(Keys.TAB);

        WebElement complete =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
        browser.executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", complete); // as a person scrolls the form
        complete.click();
        WebElement toast =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".page-notifications .alert")));
        wait.until(d -> toast.getText().contains("党委委员名额"));
        Chromium.screenshot(browser, "tasklist-error-toast");

        assertThat(toast.getText()).contains("[R5] 党委委员名额：").doesNotContain("Cannot submit", "committeeSeats");
        // the buttons stay reachable: whatever lies at their centres is the button itself
        for (WebElement button :
                List.of(complete, browser.findElement(By.cssSelector("button[ng-click='save($event)']")))) {
            assertThat(elementAtCentreOf(button)).as(button.getText()).isEqualTo(button);
        }
        // nor any other control of the page: the task's header, tabs and form, the task list, the menu
        assertThat(controlsUnderTheToast()).isEmpty();
        // a long message wraps inside the viewport instead of running off it
        Map<?, ?> box = (Map<?, ?>) browser.executeScript(
                "const r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right, height: r.height};",
                toast);
        assertThat(((Number) box.get("left")).doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(((Number) box.get("right")).doubleValue()).isLessThanOrEqualTo(viewportWidth());
        assertThat(((Number) box.get("height")).doubleValue()).isGreaterThan(40); // more than one line
    }

    @Test
    void diagramTab_drawsTheProcessForTheTownshipSecretary() throws Exception {
        login("tasklist", "ts01", "demo");
        openOnlyTask();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space()='流程图']")))
                .click();
        // bpmn-js draws the definition as SVG, one group per element
        WebElement t1 = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("svg [data-element-id='T1_PlanReelection']")));
        assertThat(t1.isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector("svg [data-element-id='T9_AcknowledgeResultReport']")))
                .isNotEmpty();
        Chromium.screenshot(browser, "tasklist-diagram-ts01");
    }

    /**
     * Waits for the webapp's header; a load that stalls on a busy machine is loaded again, as a person would
     * ({@link Chromium#awaitDrawn}).
     */
    private void waitForHeader(String app) {
        Chromium.awaitDrawn(
                browser,
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-widget-header] .navbar-brand")),
                app + "'s header");
    }

    private void openOnlyTask() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.task h4.task a")));
        browser.findElement(By.cssSelector("li.task h4.task a")).click();
    }

    private WebElement elementAtCentreOf(WebElement element) {
        return (WebElement) browser.executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                        + "return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2).closest('button');",
                element);
    }

    /** Visible buttons, links and inputs whose centre the toast covers. */
    @SuppressWarnings("unchecked")
    private List<String> controlsUnderTheToast() {
        return (List<String>) browser.executeScript("""
        const covered = [];
        for (const el of document.querySelectorAll('button, a, input, select, textarea')) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0 || el.closest('.page-notifications')) continue;
          const x = r.left + r.width / 2, y = r.top + r.height / 2;
          if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) continue;
          const at = document.elementFromPoint(x, y);
          if (at && at.closest('.page-notifications')) covered.push(el.outerHTML.slice(0, 120));
        }
        return covered;""");
    }

    private double viewportWidth() {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth;"))
                .doubleValue();
    }

    private void login(String app, String user, String password) {
        Chromium.signIn(browser, base() + "/camunda/app/" + app + "/default/", user, password);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
