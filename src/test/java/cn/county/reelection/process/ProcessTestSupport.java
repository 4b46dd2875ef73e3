package cn.county.reelection.process;

import cn.county.reelection.dryrun.SimulatedParticipant;
import cn.county.reelection.dryrun.TaskVariables;
import cn.county.reelection.tasklist.TaskFormContext;
import cn.county.reelection.township.CampaignCreated;
import cn.county.reelection.township.CampaignRequest;
import cn.county.reelection.township.CampaignService;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Spring Boot context with the real process and rules; the engine clock starts on 1 November 2026. */
@SpringBootTest
@ActiveProfiles("test")
public abstract class ProcessTestSupport {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger TOWNSHIPS = new AtomicInteger();

    @Autowired
    protected ProcessEngine engine;

    @Autowired
    protected TaskService taskService;

    @Autowired
    protected TaskFormContext formContexts;

    @Autowired
    protected CampaignService campaigns;

    @BeforeEach
    void initEngineAndClock() {
        AbstractAssertions.init(engine);
        setClock(2026, 11, 1, 9);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    protected static void setClock(int year, int month, int day, int hour) {
        ClockUtil.setCurrentTime(Date.from(
                ZonedDateTime.of(year, month, day, hour, 0, 0, 0, ZONE).toInstant()));
    }

    /** A one-township campaign in 2026 with the seed's deadlines and {@code members} per organisation. */
    protected CampaignCreated startTownship(int... members) {
        String code = "P" + TOWNSHIPS.incrementAndGet();
        List<CampaignRequest.OrganisationRequest> organisations = new ArrayList<>();
        for (int i = 0; i < members.length; i++) {
            organisations.add(
                    new CampaignRequest.OrganisationRequest(code + "-B" + (i + 1), "第" + (i + 1) + "支部", members[i]));
        }
        return campaigns.start(
                new CampaignRequest(
                        "测试县",
                        "test",
                        2026,
                        null,
                        List.of(new CampaignRequest.TownshipRequest(code, "测试乡" + code, organisations))),
                "admin");
    }

    protected ProcessInstance instance(CampaignCreated campaign) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(campaign.townships().get(0).processInstanceId())
                .singleResult();
    }

    protected List<Task> openTasks(ProcessInstance pi) {
        return taskService
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .orderByTaskCreateTime()
                .asc()
                .list();
    }

    /** Completes every open task by the happy-path script until a task matching {@code stop} is open. */
    protected void driveUntil(ProcessInstance pi, Predicate<Task> stop) {
        for (int guard = 0; guard < 500; guard++) {
            List<Task> open = openTasks(pi);
            if (open.isEmpty() || open.stream().anyMatch(stop)) {
                return;
            }
            complete(open.get(0), Map.of());
        }
        throw new IllegalStateException("process did not reach the expected task");
    }

    protected void driveUntil(ProcessInstance pi, String taskKey) {
        driveUntil(pi, t -> t.getTaskDefinitionKey().equals(taskKey));
    }

    protected void driveToEnd(ProcessInstance pi) {
        driveUntil(pi, t -> false);
    }

    /** Completes the task with the script's answer, overridden by {@code overrides}. */
    protected void complete(Task task, Map<String, Object> overrides) {
        Map<String, Object> answer =
                new LinkedHashMap<>(TownshipScript.answer(task.getTaskDefinitionKey(), variables(task)));
        answer.putAll(overrides);
        taskService.complete(task.getId(), toEngine(answer));
    }

    protected Map<String, JsonNode> variables(Task task) {
        return TaskVariables.visible(taskService, formContexts, task.getId());
    }

    /** What the task's form shows when it opens. */
    protected JsonNode formContext(Task task) {
        return toJson(formContexts.describe(task.getId()));
    }

    /** The race whose ballot the task records, as its form shows it. */
    protected JsonNode raceState(Task task) {
        return formContext(task).get("raceState");
    }

    protected JsonNode variable(Task task, String name) {
        return toJson(taskService.getVariable(task.getId(), name));
    }

    /** Every variable update in the engine's history of the instance, in the order written. */
    protected List<HistoricVariableUpdate> variableUpdates(ProcessInstance pi) {
        return engine
                .getHistoryService()
                .createHistoricDetailQuery()
                .processInstanceId(pi.getId())
                .variableUpdates()
                .orderPartiallyByOccurrence()
                .asc()
                .list()
                .stream()
                .map(detail -> (HistoricVariableUpdate) detail)
                .toList();
    }

    protected static JsonNode toJson(Object value) {
        return TaskVariables.toJson(value);
    }

    protected static VariableMap toEngine(Map<String, Object> answer) {
        return TaskVariables.toEngine(answer, ZONE);
    }

    protected static SimulatedParticipant.Json json(JsonNode node) {
        return new SimulatedParticipant.Json(node.toString());
    }
}
