package cn.county.reelection.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.web.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Health and Prometheus over HTTP, as a load balancer and a scraper see them: readiness UP without a login while
 * the database, the job executor and the holiday table are fine, DOWN when the executor stops, OUT_OF_SERVICE
 * while a running campaign counts deadlines in a year the holiday table lacks; the figures behind a login, with
 * the values of the data.
 */
@Tag("own-context")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:ops-http;DB_CLOSE_DELAY=-1",
            "camunda.bpm.job-execution.enabled=true",
            // the test refreshes the figures itself, right before it reads them
            "reelection.metrics.refresh=PT0S"
        })
@ActiveProfiles("test")
// Spring Boot's tests leave metrics exporters off unless asked
@AutoConfigureObservability(tracing = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsOverHttpTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern SAMPLE = Pattern.compile("^([a-z_]+)(\\{[^}]*\\})? (\\S+)$");

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    ProcessEngineConfiguration engineConfiguration;

    @Autowired
    OperationsMetrics metrics;

    @Autowired
    JdbcTemplate jdbc;

    private Http http;
    private final Map<String, String> login = new HashMap<>();
    private final List<String> instances = new ArrayList<>();

    @BeforeAll
    void startACampaign() throws Exception {
        ClockUtil.setCurrentTime(
                Date.from(ZonedDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZONE).toInstant()));
        http = new Http(port);
        HttpResponse<String> created = http.send("POST", "/api/campaigns", """
        {"county":"运维县","countyCode":"ops","year":2026,"townships":[
         {"code":"OPA","name":"甲乡","organisations":[{"code":"OPA-B1","name":"一支部","members":30}]},
         {"code":"OPB","name":"乙乡","organisations":[{"code":"OPB-B1","name":"一支部","members":30}]},
         {"code":"OPC","name":"丙乡","organisations":[{"code":"OPC-B1","name":"一支部","members":30}]}]}""", "admin:admin");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode campaign = Http.MAPPER.readTree(created.body());
        campaign.get("accounts")
                .forEach(a -> login.put(
                        a.get("userId").asText(),
                        a.get("userId").asText() + ":" + a.get("password").asText()));
        campaign.get("townships")
                .forEach(t -> instances.add(t.get("processInstanceId").asText()));
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @Order(1)
    void livenessAndReadiness_answerUpWithoutALogin_detailsOnlyForTheAdministrator() throws Exception {
        HttpResponse<String> liveness = http.send("GET", "/actuator/health/liveness", null, null);
        assertThat(liveness.statusCode()).as(liveness.body()).isEqualTo(200);
        assertThat(Http.MAPPER.readTree(liveness.body()).get("status").asText()).isEqualTo("UP");

        HttpResponse<String> readiness = http.send("GET", "/actuator/health/readiness", null, null);
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
        JsonNode anonymous = Http.MAPPER.readTree(readiness.body());
        assertThat(anonymous.get("status").asText()).isEqualTo("UP");
        assertThat(anonymous.has("components"))
                .as("details hidden from the load balancer")
                .isFalse();
        JsonNode county =
                Http.MAPPER.readTree(http.send("GET", "/actuator/health/readiness", null, login.get("county-ops"))
                        .body());
        assertThat(county.has("components"))
                .as("details for administrators only")
                .isFalse();

        JsonNode admin = http.ok("GET", "/actuator/health/readiness", null, "admin:admin");
        assertThat(admin.get("components").fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("readinessState", "db", "jobExecutor", "holidayTable");
        admin.get("components")
                .forEach(c -> assertThat(c.get("status").asText()).isEqualTo("UP"));
        assertThat(admin.at("/components/jobExecutor/details/active").asBoolean())
                .isTrue();
        assertThat(admin.at("/components/holidayTable/details/yearsNeeded").toString())
                .isEqualTo("[2026]");
        assertThat(admin.at("/components/db/details/database").asText()).isEqualTo("H2");
    }

    @Test
    @Order(2)
    void aRunningCampaignInAYearWithoutHolidayTable_takesTheNodeOutOfService_untilItEnds() throws Exception {
        HttpResponse<String> created = http.send("POST", "/api/campaigns", """
        {"county":"远年县","countyCode":"far","year":2028,"townships":[
         {"code":"FAR","name":"远乡","organisations":[{"code":"FAR-B1","name":"一支部","members":30}]}]}""", "admin:admin");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String instance = Http.MAPPER
                .readTree(created.body())
                .at("/townships/0/processInstanceId")
                .asText();

        HttpResponse<String> readiness = http.send("GET", "/actuator/health/readiness", null, "admin:admin");
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
        JsonNode body = Http.MAPPER.readTree(readiness.body());
        assertThat(body.get("status").asText()).isEqualTo("OUT_OF_SERVICE");
        assertThat(body.at("/components/holidayTable/details/yearsMissing").toString())
                .isEqualTo("[2028]");
        assertThat(body.at("/components/holidayTable/details/message").asText())
                .startsWith("节假日表缺少[2028]年")
                .contains("the holiday table has no year");
        assertThat(http.status("GET", "/actuator/health/liveness", null, null))
                .as("alive all the same")
                .isEqualTo(200);

        runtimeService.deleteProcessInstance(instance, "test over");
        assertThat(http.status("GET", "/actuator/health/readiness", null, null)).isEqualTo(200);
    }

    @Test
    @Order(3)
    void aStoppedJobExecutor_makesTheNodeNotReady() throws Exception {
        var executor = ((ProcessEngineConfigurationImpl) engineConfiguration).getJobExecutor();
        // stays off: the figures below need still time, no due timer may fire behind the test's back
        executor.shutdown();
        HttpResponse<String> readiness = http.send("GET", "/actuator/health/readiness", null, "admin:admin");
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
        JsonNode body = Http.MAPPER.readTree(readiness.body());
        assertThat(body.get("status").asText()).isEqualTo("DOWN");
        assertThat(body.at("/components/jobExecutor/details/message").asText()).startsWith("作业执行器未运行");
    }

    @Test
    @Order(4)
    void prometheus_refusesAnonymousAndTownships_andShowsTheFiguresOfTheData() throws Exception {
        assertThat(http.status("GET", "/actuator/prometheus", null, null)).isEqualTo(401);
        assertThat(http.status("GET", "/actuator/prometheus", null, "admin:wrong"))
                .isEqualTo(401);
        assertThat(http.status("GET", "/actuator/prometheus", null, login.get("opa")))
                .isEqualTo(403);

        // a day after T1's deadline: 甲乡's deadline timer has fired (step overdue), 乙乡's failed for good (incident),
        // 丙乡's is due and waiting (backlog, timer lag)
        ClockUtil.setCurrentTime(
                Date.from(ZonedDateTime.of(2026, 11, 6, 10, 0, 0, 0, ZONE).toInstant()));
        managementService.executeJob(t1Timer(instances.get(0)).getId());
        managementService.setJobRetries(t1Timer(instances.get(1)).getId(), 0);
        Job waiting = t1Timer(instances.get(2));
        metrics.refresh();

        Map<String, Double> scraped = scrape(login.get("county-ops"));

        Map<String, Long> openByStep = taskService.createTaskQuery().list().stream()
                .collect(Collectors.groupingBy(
                        t -> t.getTaskDefinitionKey()
                                .substring(0, t.getTaskDefinitionKey().indexOf('_')),
                        TreeMap::new,
                        Collectors.counting()));
        assertThat(openByStep).containsEntry("T1", 3L);
        openByStep.forEach((step, n) -> assertThat(
                        scraped.get("reelection_tasks_open{process=\"townshipReelection\",step=\"" + step + "\"}"))
                .as(step)
                .isEqualTo(n.doubleValue()));

        Integer overdue = jdbc.queryForObject(
                "select count(*) from RE_STEP_PROGRESS where step = 'T1' and overdue_at is not null", Integer.class);
        assertThat(overdue).isEqualTo(1);
        assertThat(scraped.get("reelection_steps_overdue{process=\"townshipReelection\",step=\"T1\"}"))
                .isEqualTo(1.0);
        assertThat(scraped.get("reelection_steps_overdue{process=\"townshipReelection\",step=\"T2\"}"))
                .isEqualTo(0.0);

        assertThat(runtimeService.createIncidentQuery().count()).isEqualTo(1);
        assertThat(scraped.get("reelection_incidents_open{process=\"townshipReelection\"}"))
                .isEqualTo(1.0);
        assertThat(scraped.get("reelection_process_instances_running{process=\"townshipReelection\"}"))
                .isEqualTo((double) runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey("townshipReelection")
                        .count());

        long due = managementService.createJobQuery().list().stream()
                .filter(j -> j.getRetries() > 0
                        && (j.getDuedate() == null || !j.getDuedate().after(ClockUtil.getCurrentTime())))
                .count();
        assertThat(due).isGreaterThanOrEqualTo(1);
        assertThat(scraped.get("reelection_jobs_due")).isEqualTo((double) due);
        double lag = Duration.between(
                                waiting.getDuedate().toInstant(),
                                ClockUtil.getCurrentTime().toInstant())
                        .toMillis()
                / 1000.0;
        assertThat(lag).isGreaterThan(9 * 3600);
        assertThat(scraped.get("reelection_timer_lag_seconds")).isEqualTo(lag);

        // Camunda's figures and the JVM's are there too
        assertThat(scraped).containsKey("camunda_engine_metric{name=\"job-successful\"}");
        assertThat(scraped.keySet()).anyMatch(k -> k.startsWith("jvm_memory_used_bytes"));
        assertThat(scrape("admin:admin")).containsKey("reelection_jobs_due");
    }

    private Job t1Timer(String instance) {
        return managementService
                .createJobQuery()
                .processInstanceId(instance)
                .timers()
                .activityId("Timer_T1Deadline")
                .singleResult();
    }

    /** The samples of a scrape: "name{labels}" → value. */
    private Map<String, Double> scrape(String credentials) throws Exception {
        HttpResponse<String> response = http.send("GET", "/actuator/prometheus", null, credentials);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, Double> samples = new HashMap<>();
        for (String line : response.body().split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (!line.startsWith("#") && m.matches()) {
                samples.put(m.group(1) + (m.group(2) == null ? "" : m.group(2)), Double.parseDouble(m.group(3)));
            }
        }
        return samples;
    }
}
