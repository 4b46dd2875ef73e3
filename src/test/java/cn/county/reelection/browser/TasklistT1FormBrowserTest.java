package cn.county.reelection.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.campaign.CampaignRepository;
import cn.county.reelection.campaign.Step;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * The demo as a township secretary uses it: Tasklist in headless Chromium shows only the own
 * township's task, in Chinese, and the T1 form completed in the browser moves the process on.
 */
@Tag("own-context")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"reelection.demo.enabled=true", "spring.datasource.url=jdbc:h2:mem:browser-demo;DB_CLOSE_DELAY=-1"
        })
@ActiveProfiles("test")
class TasklistT1FormBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    CampaignRepository campaigns;

    @Test
    void t1_townshipSecretarySeesOnlyOwnTaskInChinese_andCompletesTheT1FormInTheBrowser() throws Exception {
        ChromeDriver browser = Chromium.start();
        try {
            WebDriverWait wait = Chromium.waitUp(browser, Duration.ofSeconds(30));
            Chromium.signIn(browser, "http://localhost:" + port + "/camunda/app/tasklist/default/", "ts01", "demo");

            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.task h4.task a")));
            List<String> visible = browser.findElements(By.cssSelector("li.task h4.task a")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(visible).containsExactly("部署换届工作（羊岑乡）"); // three townships are at T1; ts01 sees its own only

            browser.findElement(By.cssSelector("li.task h4.task a")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim")))
                    .click();
            Chromium.awaitReadyForm(browser, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//form[contains(@class,'re-form')]//*[contains(text(),'部署换届工作（T1）')]")));
            assertThat(browser.findElement(By.cssSelector("form.re-form")).getText())
                    .contains("羊岑乡", "党代表大会召开日期", "出席县党代会代表名额");
            // Tasklist itself speaks Chinese (the project's zh locale), whatever the browser's language
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("全部任务", "表单", "流程图");

            // the demo's deadlines follow today in working days; the congress may be held on T7's deadline,
            // typed as people write dates (2026/12/30 becomes 2026-12-30)
            LocalDate t7 = campaigns.findAll().get(0).getDeadlines().get(Step.T7);
            WebElement date = browser.findElement(By.id("congressDate"));
            date.sendKeys(t7.format(DateTimeFormatter.ofPattern("yyyy/M/d")));
            date.sendKeys(Keys.TAB);
            assertThat(date.getAttribute("value")).isEqualTo(t7.toString());
            WebElement seats = input(browser, "出席县党代会代表名额");
            seats.sendKeys("5");
            seats.sendKeys(Keys.TAB);
            Files.copy(
                    Chromium.screenshot(browser, "tasklist-t1-form"),
                    Chromium.screenshot(browser, "tasklist-t1-form-filled"),
                    StandardCopyOption.REPLACE_EXISTING);

            // notifications no longer float over the form's buttons: a person's click, after scrolling to the button
            WebElement complete = wait.until(
                    ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", complete);
            complete.click();
            wait.until(d -> !openTasks("T2_SubmitConveneRequest").isEmpty());
        } finally {
            browser.quit();
        }
        Task next = openTasks("T2_SubmitConveneRequest").get(0);
        assertThat(taskService.getVariable(next.getId(), "countyDelegateSeats")).isEqualTo(5);
        assertThat(openTasks("T1_PlanReelection")).hasSize(2); // the other two townships did not move
    }

    private List<Task> openTasks(String key) {
        return taskService.createTaskQuery().taskDefinitionKey(key).list();
    }

    private static WebElement input(ChromeDriver browser, String label) {
        WebElement labelElement = browser.findElement(By.xpath("//label[contains(., '" + label + "')]"));
        return browser.findElement(By.id(labelElement.getAttribute("for")));
    }
}
