package cn.county.reelection.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.process.ProcessTestSupport;
import cn.county.reelection.township.CampaignCreated;
import cn.county.reelection.web.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A second version of {@code townshipReelection} deployed while townships of the first run: the migration moves those
 * waiting at T1 (with its deadline timer), at T3/T4 (one branch per organisation) and at the congress (with its race
 * records) with every variable, task, timer and project row as it was; the one waiting at the T6 task that version 2
 * renames stays on version 1 and finishes there. Over {@code POST /api/admin/migrations}, dry run first.
 */
@Tag("own-context")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:process-migration;DB_CLOSE_DELAY=-1")
class ProcessMigrationTest extends ProcessTestSupport {

    private static final String T6 = "T6_HoldPreparationMeeting";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    ManagementService managementService;

    @Autowired
    HistoryService historyService;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void runningTownshipsMoveToVersion2_withTheirState_theOneAtARenamedTaskFinishesOnVersion1() throws Exception {
        CampaignCreated first = startTownship(20);
        ProcessInstance atT1 = instance(first);
        ProcessInstance atT3 = instance(startTownship(20, 15));
        driveUntil(atT3, "T3_NominateDelegateCandidates");
        ProcessInstance atT7 = instance(startTownship(20));
        driveUntil(atT7, "T7_RecordCommitteeElection");
        ProcessInstance atT6 = instance(startTownship(20));
        driveUntil(atT6, T6);
        List<ProcessInstance> movable = List.of(atT1, atT3, atT7);
        Map<String, State> before =
                movable.stream().collect(Collectors.toMap(ProcessInstance::getId, p -> state(p.getId())));
        assertThat(before.get(atT7.getId()).races()).isGreaterThan(0);
        assertThat(before.get(atT1.getId()).timers()).anyMatch(t -> t.contains("Timer_T1Deadline"));
        ProcessDefinition v1 = repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("townshipReelection")
                .latestVersion()
                .singleResult();

        ProcessDefinition v2 = deployVersion2();
        assertThat(v2.getVersion()).isEqualTo(v1.getVersion() + 1);

        Http http = new Http(port);
        String body = "{\"process\":\"townshipReelection\",\"fromVersion\":" + v1.getVersion() + ",\"dryRun\":%s}";
        assertThat(http.status("POST", "/api/admin/migrations", body.formatted(true), null))
                .isEqualTo(401);
        String county = first.accounts().stream()
                .filter(a -> a.userId().startsWith("county-"))
                .findFirst()
                .orElseThrow()
                .userId();
        String countyLogin = county + ":"
                + first.accounts().stream()
                        .filter(a -> a.userId().equals(county))
                        .findFirst()
                        .orElseThrow()
                        .password();
        assertThat(http.status("POST", "/api/admin/migrations", body.formatted(true), countyLogin))
                .isEqualTo(403);

        JsonNode dryRun = http.ok("POST", "/api/admin/migrations", body.formatted(true), "admin:admin");
        assertReport(dryRun, true, movable, atT6);
        for (ProcessInstance p : List.of(atT1, atT3, atT7, atT6)) {
            assertThat(definitionOf(p)).as("a dry run changes nothing").isEqualTo(v1.getId());
        }

        JsonNode run = http.ok("POST", "/api/admin/migrations", body.formatted(false), "admin:admin");
        assertReport(run, false, movable, atT6);
        for (ProcessInstance p : movable) {
            assertThat(definitionOf(p)).isEqualTo(v2.getId());
            assertThat(state(p.getId())).as("state of " + p.getBusinessKey()).isEqualTo(before.get(p.getId()));
        }
        assertThat(definitionOf(atT6)).isEqualTo(v1.getId());

        // a migrated instance goes on: its deadline timer fires on version 2, the congress finishes on version 2
        // at a time after its due date, as the job executor would run it: the timeline flags only a step whose deadline
        // has passed
        Job deadlineTimer = managementService
                .createJobQuery()
                .processInstanceId(atT1.getId())
                .timers()
                .singleResult();
        ClockUtil.setCurrentTime(new Date(deadlineTimer.getDuedate().getTime() + 3_600_000));
        try {
            managementService.executeJob(deadlineTimer.getId());
        } finally {
            ClockUtil.reset();
        }
        assertThat(jdbc.queryForObject("""
        select count(*) from RE_STEP_PROGRESS s join RE_TOWNSHIP t on s.township_id = t.id
        where t.process_instance_id = ? and s.step = 'T1' and s.overdue_at is not null""", Integer.class, atT1.getId())).isEqualTo(1);
        driveToEnd(atT7);
        driveToEnd(atT6);
        assertThat(historyService
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(atT7.getId())
                        .singleResult())
                .satisfies(h -> assertThat(h.getEndTime()).isNotNull())
                .satisfies(h -> assertThat(h.getProcessDefinitionId()).isEqualTo(v2.getId()));
        assertThat(historyService
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(atT6.getId())
                        .singleResult())
                .satisfies(h -> assertThat(h.getEndTime()).isNotNull())
                .satisfies(h -> assertThat(h.getProcessDefinitionId()).isEqualTo(v1.getId()));
        assertThat(races(atT7.getId())).isGreaterThan(before.get(atT7.getId()).races());
    }

    private static void assertReport(
            JsonNode report, boolean dryRun, List<ProcessInstance> movable, ProcessInstance stays) {
        assertThat(report.get("dryRun").asBoolean()).isEqualTo(dryRun);
        assertThat(report.get("instances").asInt()).isEqualTo(4);
        assertThat(StreamSupport.stream(report.get("migrated").spliterator(), false)
                        .map(JsonNode::asText)
                        .toList())
                .containsExactlyInAnyOrderElementsOf(
                        movable.stream().map(ProcessInstance::getId).toList());
        assertThat(report.get("refused")).hasSize(1);
        JsonNode refused = report.get("refused").get(0);
        assertThat(refused.get("processInstanceId").asText()).isEqualTo(stays.getId());
        assertThat(refused.get("waitingAt").toString()).contains(T6);
        assertThat(refused.get("reason").asText())
                .startsWith("第" + report.get("toVersion").asInt() + "版中没有对应的活动");
    }

    /** Version 2: the same model with a new version tag, a note, and the T6 task under a new id. */
    private ProcessDefinition deployVersion2() throws Exception {
        String xml;
        try (InputStream in = getClass().getResourceAsStream("/bpmn/townshipReelection.bpmn")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = xml.replace("camunda:versionTag=\"1\"", "camunda:versionTag=\"2\"")
                .replace(T6, "T6_ConvenePreparatoryMeeting")
                .replaceFirst(
                        "(<bpmn:process [^>]*>)(\\s*)<bpmn:documentation>", "$1$2<bpmn:documentation>第2版：筹备会议任务更名。");
        assertThat(changed)
                .contains("versionTag=\"2\"", "第2版", "T6_ConvenePreparatoryMeeting")
                .doesNotContain(T6);
        String deployment = repositoryService
                .createDeployment()
                .name("townshipReelection v2")
                .addString("townshipReelection.bpmn", changed)
                .deploy()
                .getId();
        return repositoryService
                .createProcessDefinitionQuery()
                .deploymentId(deployment)
                .singleResult();
    }

    private String definitionOf(ProcessInstance p) {
        return runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(p.getId())
                .singleResult()
                .getProcessDefinitionId();
    }

    /** What must survive a migration: variables (by scope and value), open tasks, timer jobs with due dates, race rows. */
    record State(List<String> variables, List<String> tasks, List<String> timers, int races) {}

    private State state(String instance) {
        List<String> variables =
                runtimeService
                        .createVariableInstanceQuery()
                        .processInstanceIdIn(instance)
                        .disableBinaryFetching()
                        .list()
                        .stream()
                        .map(v -> v.getExecutionId() + "/" + v.getName() + ":" + v.getTypeName() + "="
                                + (v.getTypeName().equals("file")
                                                || v.getTypeName().equals("bytes")
                                        ? ""
                                        : String.valueOf(v.getValue())))
                        .sorted()
                        .toList();
        List<String> tasks = taskService.createTaskQuery().processInstanceId(instance).list().stream()
                .map(t -> t.getId() + " " + t.getTaskDefinitionKey() + " " + t.getName() + " due " + t.getDueDate())
                .sorted()
                .toList();
        List<String> timers = managementService.createJobQuery().processInstanceId(instance).timers().list().stream()
                .map(j -> j.getId() + " "
                        + managementService
                                .createJobDefinitionQuery()
                                .jobDefinitionId(j.getJobDefinitionId())
                                .singleResult()
                                .getActivityId()
                        + " due " + j.getDuedate() + " retries " + j.getRetries())
                .sorted()
                .toList();
        return new State(variables, tasks, timers, races(instance));
    }

    private int races(String instance) {
        return jdbc.queryForObject("""
        select count(*) from RE_RACE_RESULT r join RE_TOWNSHIP t on r.township_id = t.id where t.process_instance_id = ?""", Integer.class, instance);
    }
}
