package cn.county.reelection.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * DOMAIN.md T2: the county opens the township's convene request in Tasklist; the approval form
 * links the generated .docx, and the link downloads it within the Tasklist session.
 */
@Tag("own-context")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "reelection.demo.enabled=true",
            "spring.datasource.url=jdbc:h2:mem:browser-documents;DB_CLOSE_DELAY=-1"
        })
@ActiveProfiles("test")
class TasklistDocumentBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Test
    void t2_countySeesTheConveneRequestLinkedInTheApprovalForm_andDownloadsIt() throws Exception {
        Date congress = Date.from(LocalDate.now()
                .plusDays(20)
                .atTime(9, 0)
                .atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant());
        taskService.complete(
                task("T1_PlanReelection").getId(),
                Map.of(
                        "congressDate",
                        congress,
                        "delegateQuota",
                        75,
                        "committeeSeats",
                        11,
                        "disciplineSeats",
                        5,
                        "countyDelegateSeats",
                        5));
        taskService.complete(task("T2_SubmitConveneRequest").getId(), Map.of("requestText", "羊岑乡党委关于召开党代会的请示"));

        ChromeDriver browser = Chromium.start();
        try {
            WebDriverWait wait = Chromium.waitUp(browser, Duration.ofSeconds(30));
            Chromium.signIn(
                    browser, "http://localhost:" + port + "/camunda/app/tasklist/default/", "county-demo", "demo");

            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.task h4.task a")));
            browser.findElement(By.xpath("//li[contains(@class,'task')]//h4//a[contains(text(),'审批召开党代会请示')]"))
                    .click();
            WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//form[contains(@class,'re-form')]//a[contains(text(),'.docx')]")));
            assertThat(link.getText()).isEqualTo("羊岑乡召开党代表大会进行换届选举的请示.docx");
            Chromium.screenshot(browser, "tasklist-document-link");

            // what the link gives the browser, fetched in the page with Tasklist's session cookie
            @SuppressWarnings("unchecked")
            List<Object> answer = (List<Object>) browser.executeAsyncScript("""
          const done = arguments[arguments.length - 1];
          fetch(arguments[0], {credentials: 'same-origin'})
            .then(r => r.arrayBuffer().then(b => done([r.status, r.headers.get('Content-Type'), b.byteLength,
                String.fromCharCode(...new Uint8Array(b.slice(0, 2)))])))
            .catch(e => done([0, String(e), 0, '']));""", link.getAttribute("href"));
            assertThat(((Number) answer.get(0)).intValue()).isEqualTo(200);
            assertThat((String) answer.get(1))
                    .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            assertThat(((Number) answer.get(2)).intValue()).isGreaterThan(1000);
            assertThat(answer.get(3)).isEqualTo("PK"); // a .docx is a zip file
        } finally {
            browser.quit();
        }
    }

    private Task task(String key) {
        List<Task> tasks = taskService
                .createTaskQuery()
                .taskDefinitionKey(key)
                .processInstanceBusinessKeyLike("%-TS01")
                .list();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }
}
