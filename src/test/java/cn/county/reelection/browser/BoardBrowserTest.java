package cn.county.reelection.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.calendar.WorkingCalendar;
import cn.county.reelection.campaign.Campaign;
import cn.county.reelection.campaign.CampaignRepository;
import cn.county.reelection.timeline.Step;
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
 * The county's deadline board (issue "The county's view") in headless Chromium on the demo: the
 * engine clock is set relative to the demo's deadlines, so that every state of the legend shows
 * in known cells; the county user logs in on the page, filters, and sees it refresh.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "reelection.demo.enabled=true", "spring.datasource.url=jdbc:h2:mem:board-demo;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class BoardBrowserTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired CampaignRepository campaigns;
  @Autowired WorkingCalendar calendar;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void t1T2_boardShowsEveryStateInKnownCells_filtersAndRefreshes() throws Exception {
    Campaign demo = campaigns.findAll().get(0);
    Map<Step, LocalDate> due = demo.getDeadlines();
    LocalDate t1 = due.get(Step.T1);
    // the demo counts its deadlines in working days from today: T1 in 3, T2 in 5, T3/T4 in 12
    LocalDate dayAfterT1 = calendar.addWorkingDays(t1, 1);
    assertThat(calendar.workingDaysBetween(dayAfterT1, due.get(Step.T2))).isEqualTo(1);
    assertThat(calendar.workingDaysBetween(dayAfterT1, due.get(Step.T3))).isGreaterThan(3);

    // on T1's deadline day 羊岑乡 (TS01) plans in time, then gets its convene request approved
    clock(t1);
    complete("TS01", "T1_PlanReelection", Map.of("congressDate", Date.from(due.get(Step.T7).atTime(9, 0).atZone(ZONE).toInstant()),
        "delegateQuota", 75, "committeeSeats", 11, "disciplineSeats", 5, "countyDelegateSeats", 5));
    // the next working day: 金江镇 (TS03) plans late; 石鼓镇 (TS02) has not yet
    clock(dayAfterT1);
    complete("TS01", "T2_SubmitConveneRequest", Map.of("requestText", "关于召开党代表大会进行换届选举的请示"));
    complete("TS01", "T2_ReviewConveneRequest", Map.of("approved", true, "comment", "同意"));
    complete("TS03", "T1_PlanReelection", Map.of("congressDate", Date.from(due.get(Step.T7).atTime(9, 0).atZone(ZONE).toInstant()),
        "delegateQuota", 75, "committeeSeats", 11, "disciplineSeats", 5, "countyDelegateSeats", 5));

    ChromeDriver browser = Chromium.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      browser.get("http://localhost:" + port + "/board");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
      // a wrong password stays on the page (no browser dialog); another user, since Camunda delays a
      // user's next login after a failed one and the engine clock stands still in this test
      login(browser, "ts02", "wrong");
      wait.until(ExpectedConditions.textToBe(By.id("login-error"), "用户名或密码不正确，请重新登录"));
      login(browser, "county-demo", "demo");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-township=TS03] td[data-step=T9]")));

      assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("示例县 " + demo.getYear() + "年 乡镇党委换届进度看板");
      assertThat(browser.findElement(By.id("legend")).getText())
          .contains("已完成", "进行中", "三个工作日内到期", "已逾期", "逾期完成", "未开始");
      assertThat(cell(browser, "TS01", "T1")).isEqualTo("已完成\n期限 " + t1.getMonthValue() + "月" + t1.getDayOfMonth() + "日");
      assertThat(state(browser, "TS01", "T2")).isEqualTo("已完成");
      assertThat(state(browser, "TS01", "T3")).isEqualTo("进行中");
      assertThat(state(browser, "TS01", "T5")).isEqualTo("未开始");
      assertThat(state(browser, "TS02", "T1")).isEqualTo("已逾期");
      assertThat(state(browser, "TS03", "T1")).isEqualTo("逾期完成");
      assertThat(state(browser, "TS03", "T2")).isEqualTo("三个工作日内到期");
      assertThat(overdue(browser, "TS01")).isEqualTo("0");
      assertThat(overdue(browser, "TS02")).isEqualTo("1");
      assertThat(overdue(browser, "TS03")).isEqualTo("1");
      String ts02 = runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike("%-TS02").singleResult().getId();
      assertThat(browser.findElement(By.cssSelector("tr[data-township=TS02] a")).getAttribute("href"))
          .endsWith("/camunda/app/cockpit/default/#/process-instance/" + ts02 + "/runtime");
      assertThat(browser.findElement(By.id("updated")).getText()).contains("每60秒自动刷新");
      browser.manage().window().setSize(new Dimension(1400, 480));
      Path shot = Chromium.screenshot(browser, "board");
      browser.manage().window().setSize(new Dimension(1400, 1000));

      new Select(browser.findElement(By.id("filter"))).selectByVisibleText("已逾期");
      assertThat(visibleTownships(browser)).containsExactly("TS02");
      browser.findElement(By.cssSelector(".chip.DONE_LATE")).click();
      assertThat(visibleTownships(browser)).containsExactly("TS03");
      browser.findElement(By.cssSelector(".chip.DONE_LATE")).click(); // again: every township
      assertThat(visibleTownships(browser)).containsExactly("TS01", "TS02", "TS03");

      // 石鼓镇 plans late as well; the page refreshes on its own (every second here, the credentials kept in the tab)
      browser.get("http://localhost:" + port + "/board?campaign=" + demo.getId() + "&refresh=1");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-township=TS02] td[data-step=T1]")));
      assertThat(state(browser, "TS02", "T1")).isEqualTo("已逾期");
      complete("TS02", "T1_PlanReelection", Map.of("congressDate", Date.from(due.get(Step.T7).atTime(9, 0).atZone(ZONE).toInstant()),
          "delegateQuota", 75, "committeeSeats", 11, "disciplineSeats", 5, "countyDelegateSeats", 5));
      wait.until(d -> "逾期完成".equals(state(browser, "TS02", "T1")));
      assertThat(state(browser, "TS02", "T2")).isEqualTo("三个工作日内到期");

      assertThat(Files.size(shot)).isGreaterThan(10_000);
    } finally {
      browser.quit();
    }
  }

  private static void clock(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(ZONE).toInstant()));
  }

  private void complete(String township, String taskKey, Map<String, Object> variables) {
    List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKeyLike("%-" + township).taskDefinitionKey(taskKey).list();
    assertThat(tasks).as(township + " " + taskKey).hasSize(1);
    taskService.complete(tasks.get(0).getId(), variables);
  }

  private static void login(ChromeDriver browser, String user, String password) {
    WebElement name = browser.findElement(By.id("username"));
    name.clear();
    name.sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.cssSelector("#login button[type=submit]")).click();
  }

  private static String cell(ChromeDriver browser, String township, String step) {
    return browser.findElement(By.cssSelector("tr[data-township=" + township + "] td[data-step=" + step + "]")).getText();
  }

  private static String state(ChromeDriver browser, String township, String step) {
    return browser.findElement(By.cssSelector("tr[data-township=" + township + "] td[data-step=" + step + "] .state")).getText();
  }

  private static String overdue(ChromeDriver browser, String township) {
    return browser.findElement(By.cssSelector("tr[data-township=" + township + "] td[data-role=overdue]")).getText();
  }

  private static List<String> visibleTownships(ChromeDriver browser) {
    return browser.findElements(By.cssSelector("#rows tr")).stream().filter(WebElement::isDisplayed)
        .map(tr -> tr.getAttribute("data-township")).toList();
  }
}
