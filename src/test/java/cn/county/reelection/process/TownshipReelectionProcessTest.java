package cn.county.reelection.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.county.reelection.audit.DecisionRepository;
import cn.county.reelection.campaign.CampaignCreated;
import cn.county.reelection.congress.RaceRecord;
import cn.county.reelection.congress.RaceRecordRepository;
import cn.county.reelection.reporting.Board;
import cn.county.reelection.reporting.BoardService;
import cn.county.reelection.timeline.DeadlineEvent;
import cn.county.reelection.timeline.DeadlineEventRepository;
import cn.county.reelection.timeline.StepState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of {@code townshipReelection} (DOMAIN.md T1–T9, R3, R6, R11) on the real process and rules. */
class TownshipReelectionProcessTest extends ProcessTestSupport {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Autowired BoardService boards;
  @Autowired DeadlineEventRepository deadlineEvents;
  @Autowired DecisionRepository decisions;
  @Autowired RaceRecordRepository races;

  @Test
  void t1ToT9_happyPath_endsAcknowledgedAndEveryStepDoneOnTheBoard() {
    CampaignCreated campaign = startTownship(42, 30, 18);
    ProcessInstance pi = instance(campaign);
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isWaitingAt("T1_PlanReelection");
    assertThat(task(pi).getDueDate()).isNotNull();

    driveUntil(pi, "T3_NominateDelegateCandidates");
    // T3 and T4 run side by side after the county approves the convene request; one branch per organisation
    assertThat(openTasks(pi)).extracting(Task::getTaskDefinitionKey)
        .containsOnly("T3_NominateDelegateCandidates", "T4_NominateCandidates")
        .filteredOn("T3_NominateDelegateCandidates"::equals).hasSize(3);

    driveToEnd(pi);

    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isEnded()
        .hasPassed("T9_AcknowledgeResultReport", "T8_ApproveDisciplineSecretary", "T7_RecordSecretaryElection");
    Board board = boards.board(campaign.id());
    assertThat(board.townships().get(0).steps()).extracting(Board.Cell::state).containsOnly(StepState.DONE);
    long townshipRaces = races.findByTownshipProcessInstanceIdOrderById(pi.getId()).stream()
        .filter(RaceRecord::isFinished).count();
    assertThat(townshipRaces).isEqualTo(3 + 4 + 1); // 3 organisations, 4 congress races, discipline secretary
    assertThat(deadlineEvents.findByTownshipCampaignIdOrderByOccurredAt(campaign.id())).isEmpty();
  }

  @Test
  void t2_returnedRequest_goesBackToSubmitWithTheReason_andIsApprovedOnResubmission() {
    ProcessInstance pi = instance(startTownship(40, 20));
    driveUntil(pi, "T2_ReviewConveneRequest");

    complete(task("T2_ReviewConveneRequest", pi), Map.of("approved", false, "comment", "代表名额构成比例需补充说明"));

    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isWaitingAt("T2_SubmitConveneRequest");
    assertThat(taskService.getVariable(task(pi).getId(), "comment")).isEqualTo("代表名额构成比例需补充说明");
    complete(task("T2_SubmitConveneRequest", pi), Map.of("requestText", "修改后的请示"));
    complete(task("T2_ReviewConveneRequest", pi), Map.of());

    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi)
        .isWaitingAt("T3_NominateDelegateCandidates", "T4_NominateCandidates");
    assertThat(decisions.findByTownshipProcessInstanceIdOrderById(pi.getId()))
        .extracting(d -> d.isApproved(), d -> d.getComment())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(false, "代表名额构成比例需补充说明"), org.assertj.core.groups.Tuple.tuple(true, "同意"));
  }

  @Test
  void r11_returnWithoutReason_isRefusedAndNothingMoves() {
    ProcessInstance pi = instance(startTownship(40, 20));
    driveUntil(pi, "T2_ReviewConveneRequest");
    Task review = task("T2_ReviewConveneRequest", pi);

    assertThatThrownBy(() -> complete(review, Map.of("approved", false, "comment", " ")))
        .isInstanceOf(ProcessInputException.class).hasMessageContaining("R11").hasMessageContaining("comment");

    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isWaitingAt("T2_ReviewConveneRequest");
  }

  @Test
  void t1_missedDeadline_isFlaggedToTheCounty_thenRecordedAsDoneLate() {
    CampaignCreated campaign = startTownship(40, 20);
    ProcessInstance pi = instance(campaign);
    assertThat(jobQuery().processInstanceId(pi.getId()).activityId("Timer_T1Deadline").count()).isEqualTo(1);

    setClock(2026, 11, 6, 8); // T1 was due by the end of 5 November
    execute(jobQuery().processInstanceId(pi.getId()).activityId("Timer_T1Deadline").singleResult());

    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isWaitingAt("T1_PlanReelection");
    assertThat(state(campaign, "T1")).isEqualTo(StepState.OVERDUE);
    assertThat(deadlineEvents.findByTownshipCampaignIdOrderByOccurredAt(campaign.id()))
        .extracting(DeadlineEvent::getStep, DeadlineEvent::getKind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(cn.county.reelection.timeline.Step.T1, DeadlineEvent.Kind.OVERDUE));

    complete(task("T1_PlanReelection", pi), Map.of());

    assertThat(state(campaign, "T1")).isEqualTo(StepState.DONE_LATE);
    assertThat(deadlineEvents.findByTownshipCampaignIdOrderByOccurredAt(campaign.id()))
        .extracting(DeadlineEvent::getKind).containsExactly(DeadlineEvent.Kind.OVERDUE, DeadlineEvent.Kind.DONE_LATE);
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isWaitingAt("T2_SubmitConveneRequest");
  }

  @Test
  void t1_cockpitShowsTheStepAndDeadline_andAFailingDeadlineJobBecomesAnIncidentInChinese() {
    CampaignCreated campaign = startTownship(40);
    ProcessInstance pi = instance(campaign);
    var runtime = engine.getRuntimeService();
    assertThat(runtime.getVariable(pi.getId(), "currentStep")).isEqualTo("T1 部署换届工作");
    assertThat(runtime.getVariable(pi.getId(), "currentDeadline")).isEqualTo("2026-11-05");
    assertThat(runtime.getVariable(pi.getId(), "townshipName")).isEqualTo(campaign.townships().get(0).name());

    var timer = jobQuery().processInstanceId(pi.getId()).activityId("Timer_T1Deadline").singleResult();
    runtime.setVariable(pi.getId(), "townshipId", 999_999_999L); // the delegate cannot find its township
    var management = engine.getManagementService();
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> management.executeJob(timer.getId())).hasMessageContaining("逾期标记失败");
    }

    var incident = runtime.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(incident.getIncidentMessage()).startsWith(campaign.townships().get(0).name() + "「T1」逾期标记失败");
    assertThat(management.createJobQuery().jobId(timer.getId()).singleResult().getRetries()).isZero();
  }

  @Test
  void r10_branchBallotsUploadedAsCsv_areCounted_andTheFileIsCleared() {
    ProcessInstance pi = instance(startTownship(40));
    driveUntil(pi, "T3_RecordDelegateElection");
    Task record = task("T3_RecordDelegateElection", pi);
    JsonNode race = variable(record, "raceState");
    List<String> candidates = TownshipScript.candidatesOf(race);
    int seats = race.get("ballotSeats").asInt();
    // every member present; all but two mark the first `seats` candidates, one leaves the ballot blank,
    // one marks every candidate (void)
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < 38; i++) {
      csv.append(String.join(",", candidates.subList(0, seats))).append('\n');
    }
    csv.append('\n').append(String.join(",", candidates)).append('\n');
    ObjectNode tally = MAPPER.createObjectNode().put("entitled", 40).put("present", 40);

    taskService.complete(record.getId(), org.camunda.bpm.engine.variable.Variables.createVariables()
        .putValueTyped("tally", org.camunda.spin.plugin.variable.SpinValues.jsonValue(tally.toString()).create())
        .putValueTyped("ballotsCsv", org.camunda.bpm.engine.variable.Variables.fileValue("第一支部选票.csv")
            .file(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).mimeType("text/csv").encoding("UTF-8")
            .create()));

    RaceRecord counted = races.findByTownshipProcessInstanceIdOrderById(pi.getId()).get(0);
    assertThat(counted.getBallotsCast()).isEqualTo(40);
    assertThat(counted.getBallotsVoid()).isEqualTo(1);
    assertThat(counted.isFinished()).isTrue();
    assertThat(electedOf("delegates", pi)).containsExactlyElementsOf(candidates.subList(0, seats));
    // the uploaded file is not kept once counted
    assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(pi.getId())
        .variableName("ballotsCsv").list()).allMatch(v -> v.getValue() == null);
  }

  @Test
  void r3_branchMeetingWithoutQuorum_isHeldAgainWithTheReason() {
    ProcessInstance pi = instance(startTownship(40));
    driveUntil(pi, "T3_RecordDelegateElection");
    Task record = task("T3_RecordDelegateElection", pi);
    JsonNode race = variable(record, "raceState");
    ObjectNode tally = TownshipScript.winningTally(race, 0);
    tally.put("present", 32); // 32 of 40 is exactly four fifths: not more
    tally.put("ballotsCast", 32);
    tally.set("counts", countsAll(race, 32));

    complete(record, Map.of("tally", json(tally)));

    Task again = task("T3_RecordDelegateElection", pi);
    assertThat((String) taskService.getVariable(again.getId(), "lastProblem")).contains("R6").contains("五分之四");
    complete(again, Map.of()); // everyone present this time
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isWaitingAt("T3_ReviewElectedDelegates");
  }

  @Test
  void r3_tooFewDelegateCandidates_isRefused() {
    ProcessInstance pi = instance(startTownship(40));
    driveUntil(pi, "T3_NominateDelegateCandidates");
    Task nominate = task("T3_NominateDelegateCandidates", pi);
    int seats = variable(nominate, "delegateSeats").get(variable(nominate, "organisationCode").asText()).asInt();

    assertThatThrownBy(() -> complete(nominate, Map.of("delegateCandidates", json(TownshipScript.persons("候选", seats)))))
        .isInstanceOf(ProcessInputException.class).hasMessageContaining("R3");
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isWaitingAt("T3_NominateDelegateCandidates");
  }

  @Test
  void r6_tieAtTheLastCommitteeSeat_isRevotedAmongTheTiedOnly() {
    ProcessInstance pi = instance(startTownship(50, 40));
    driveUntil(pi, "T7_RecordCommitteeElection");
    Task record = task("T7_RecordCommitteeElection", pi);
    JsonNode race = variable(record, "raceState");
    List<String> nominees = TownshipScript.candidatesOf(race);
    int entitled = race.get("entitled").asInt();
    ObjectNode counts = MAPPER.createObjectNode();
    for (int i = 0; i < nominees.size(); i++) {
      counts.put(nominees.get(i), i < 10 ? 60 : i < 12 ? 42 : 3); // 11th and 12th tie with a majority of 75
    }
    complete(record, Map.of("tally", json(TownshipScript.tally(entitled, entitled, nominees, counts, entitled))));

    Task revote = task("T7_RecordRevote", pi);
    assertThat(taskService.getVariable(revote.getId(), "race")).isEqualTo("committee");
    JsonNode tieBreak = variable(revote, "raceState");
    assertThat(TownshipScript.candidatesOf(tieBreak)).containsExactly(nominees.get(10), nominees.get(11));
    assertThat(tieBreak.get("ballotKind").asText()).isEqualTo("TIE_BREAK");

    ObjectNode revoteCounts = MAPPER.createObjectNode().put(nominees.get(10), 30).put(nominees.get(11), 40);
    complete(revote, Map.of("tally", json(TownshipScript.tally(entitled, entitled,
        List.of(nominees.get(10), nominees.get(11)), revoteCounts, entitled))));

    Task next = task("T7_RecordDisciplineElection", pi);
    assertThat(next).isNotNull();
    assertThat(electedOf("committee", pi)).hasSize(11).contains(nominees.get(11)).doesNotContain(nominees.get(10));
  }

  @Test
  void r6_unfilledCommitteeSeat_isFilledInAFurtherBallot() {
    ProcessInstance pi = instance(startTownship(50, 40));
    driveUntil(pi, "T7_RecordCommitteeElection");
    Task record = task("T7_RecordCommitteeElection", pi);
    JsonNode race = variable(record, "raceState");
    List<String> nominees = TownshipScript.candidatesOf(race);
    int entitled = race.get("entitled").asInt();
    ObjectNode counts = MAPPER.createObjectNode();
    for (int i = 0; i < nominees.size(); i++) {
      counts.put(nominees.get(i), i < 10 ? 60 : 37); // 37 of 74 present is exactly half: not a majority
    }
    complete(record, Map.of("tally", json(TownshipScript.tally(entitled, 74, nominees, counts, 74))));

    Task further = task("T7_RecordRevote", pi);
    JsonNode state = variable(further, "raceState");
    assertThat(state.get("ballotSeats").asInt()).isEqualTo(1);
    assertThat(TownshipScript.candidatesOf(state)).containsExactlyElementsOf(nominees.subList(10, 13));
    complete(further, Map.of()); // the script gives the first of them every vote

    assertThat(task("T7_RecordDisciplineElection", pi)).isNotNull();
    assertThat(electedOf("committee", pi)).hasSize(11).contains(nominees.get(10));
  }

  private ObjectNode countsAll(JsonNode race, int votes) {
    ObjectNode counts = MAPPER.createObjectNode();
    List<String> candidates = TownshipScript.candidatesOf(race);
    for (int i = 0; i < candidates.size(); i++) {
      counts.put(candidates.get(i), i < race.get("ballotSeats").asInt() ? votes : 0);
    }
    return counts;
  }

  private List<String> electedOf(String race, ProcessInstance pi) {
    RaceRecord finished = races.findByTownshipProcessInstanceIdOrderById(pi.getId()).stream()
        .filter(r -> r.getRace().equals(race) && r.isFinished())
        .reduce((a, b) -> b).orElseThrow();
    try {
      return List.of(MAPPER.readValue(finished.getRaceElectedJson(), String[].class));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private StepState state(CampaignCreated campaign, String step) {
    return boards.board(campaign.id()).townships().get(0).steps().stream()
        .filter(c -> c.step().equals(step)).findFirst().orElseThrow().state();
  }
}
