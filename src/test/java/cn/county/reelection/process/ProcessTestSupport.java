package cn.county.reelection.process;

import cn.county.reelection.campaign.CampaignCreated;
import cn.county.reelection.campaign.CampaignRequest;
import cn.county.reelection.campaign.CampaignService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
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
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Autowired protected ProcessEngine engine;
  @Autowired protected TaskService taskService;
  @Autowired protected CampaignService campaigns;

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
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, ZONE).toInstant()));
  }

  /** A one-township campaign in 2026 with the seed's deadlines and {@code members} per organisation. */
  protected CampaignCreated startTownship(int... members) {
    String code = "P" + TOWNSHIPS.incrementAndGet();
    List<CampaignRequest.OrganisationRequest> organisations = new java.util.ArrayList<>();
    for (int i = 0; i < members.length; i++) {
      organisations.add(new CampaignRequest.OrganisationRequest(code + "-B" + (i + 1), "第" + (i + 1) + "支部", members[i]));
    }
    return campaigns.start(new CampaignRequest("测试县", "test", 2026, null,
        List.of(new CampaignRequest.TownshipRequest(code, "测试乡" + code, organisations))), "admin");
  }

  protected ProcessInstance instance(CampaignCreated campaign) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaign.townships().get(0).processInstanceId()).singleResult();
  }

  protected List<Task> openTasks(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).orderByTaskCreateTime().asc().list();
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
    Map<String, Object> answer = new LinkedHashMap<>(TownshipScript.answer(task.getTaskDefinitionKey(), variables(task)));
    answer.putAll(overrides);
    taskService.complete(task.getId(), toEngine(answer));
  }

  protected Map<String, JsonNode> variables(Task task) {
    Map<String, JsonNode> vars = new LinkedHashMap<>();
    taskService.getVariables(task.getId()).forEach((name, value) -> {
      if (!(value instanceof java.io.InputStream)) { // a File variable: the document on a county review task
        vars.put(name, toJson(value));
      }
    });
    return vars;
  }

  protected JsonNode variable(Task task, String name) {
    return toJson(taskService.getVariable(task.getId(), name));
  }

  protected static JsonNode toJson(Object value) {
    try {
      if (value != null && value.getClass().getName().startsWith("org.camunda.spin")) {
        return MAPPER.readTree(value.toString());
      }
      return MAPPER.valueToTree(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  protected static VariableMap toEngine(Map<String, Object> answer) {
    VariableMap map = Variables.createVariables();
    answer.forEach((name, value) -> map.putValueTyped(name, typed(value)));
    return map;
  }

  private static TypedValue typed(Object value) {
    if (value instanceof TownshipScript.Json json) {
      return SpinValues.jsonValue(json.text()).create();
    }
    if (value instanceof LocalDate date) {
      return Variables.dateValue(Date.from(date.atTime(9, 0).atZone(ZONE).toInstant()));
    }
    return Variables.untypedValue(value);
  }

  protected static TownshipScript.Json json(JsonNode node) {
    return new TownshipScript.Json(node.toString());
  }
}
