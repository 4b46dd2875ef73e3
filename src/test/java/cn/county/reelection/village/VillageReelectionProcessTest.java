package cn.county.reelection.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.county.reelection.process.ProcessInputException;
import cn.county.reelection.process.ProcessTestSupport;
import cn.county.reelection.process.TownshipScript;
import cn.county.reelection.reporting.Board;
import cn.county.reelection.timeline.StepState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code villageReelection} on the real process and rules (DOMAIN.md V1–V9). */
class VillageReelectionProcessTest extends ProcessTestSupport {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final AtomicInteger CODES = new AtomicInteger();
  static final int VOTERS = 60;
  static final int REPRESENTATIVES = 41;

  @Autowired VillageCampaignService villageCampaigns;
  @Autowired RegisterService register;
  @Autowired VillageReportService reports;

  /** A campaign of one township with the given places; every village's register is imported (V1). */
  VillageCampaignCreated startCampaign(Variant... variants) {
    String township = "VT" + CODES.incrementAndGet();
    List<VillageCampaignRequest.VillageRequest> places = new ArrayList<>();
    for (int i = 0; i < variants.length; i++) {
      places.add(new VillageCampaignRequest.VillageRequest(township + "V" + (i + 1),
          (variants[i] == Variant.VILLAGE ? "第%d村" : "第%d社区").formatted(i + 1), variants[i], 600));
    }
    VillageCampaignCreated created = villageCampaigns.start(
        new VillageCampaignRequest(township, "测试镇" + township, "test", 2026, null, places), "admin");
    for (int i = 0; i < created.villages().size(); i++) {
      register.importRegister(created.villages().get(i).businessKey(), "register.csv",
          new ByteArrayInputStream(registerCsv(i).getBytes(StandardCharsets.UTF_8)), null);
    }
    return created;
  }

  /** {@value #VOTERS} adult voters, distinct per village. */
  static String registerCsv(int village) {
    StringBuilder csv = new StringBuilder("姓名,身份证号码,村民小组\n");
    for (int i = 0; i < VOTERS; i++) {
      csv.append("村民%d-%d,%s,第%d组\n".formatted(village, i,
          IdNumber.of("530722", LocalDate.of(1960, 1, 1).plusDays(i * 3L + village * 1000L), village % 1000), i % 4 + 1));
    }
    return csv.toString();
  }

  ProcessInstance instance(VillageCampaignCreated campaign, int index) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaign.villages().get(index).processInstanceId()).singleResult();
  }

  /** The committee's nominees: the chair, a woman, three more; the chair also leads the branch list (一肩挑). */
  static ArrayNode committeeCandidates() {
    ArrayNode list = MAPPER.createArrayNode();
    String[][] people = {{"王主任", "M", "CHAIR"}, {"李秀英", "F", "DEPUTY"}, {"张委员", "M", "MEMBER"}, {"赵候选", "M", "MEMBER"},
        {"钱候选", "F", "MEMBER"}};
    for (String[] p : people) {
      list.addObject().put("name", p[0]).put("gender", p[1]).put("post", p[2]);
    }
    return list;
  }

  static ArrayNode branchCandidates() {
    ArrayNode list = MAPPER.createArrayNode();
    for (String name : List.of("王主任", "李秀英", "孙党员", "周党员")) {
      list.addObject().put("name", name).put("gender", "李秀英".equals(name) ? "F" : "M");
    }
    return list;
  }

  /** The answer that completes a task on the happy path. */
  Map<String, Object> answer(Task task) {
    Map<String, JsonNode> vars = variables(task);
    Map<String, Object> a = new LinkedHashMap<>();
    switch (task.getTaskDefinitionKey()) {
      case "V5_EvaluateOutgoingCommittees" -> a.put("evaluationText", "德、能、勤、绩、廉五方面测评，称职率95%");
      case "V9_HoldMobilisationMeeting" -> a.put("mobilised", true);
      case "V5_PublishFinancialAudit" -> {
        a.put("auditText", "2024—2026年财务收支审计，未发现问题");
        a.put("auditPublished", true);
      }
      case "V2_ChooseElectionCommittee" -> a.put("electionCommittee", "主任：王某；委员：李某、张某、赵某、钱某");
      case "V1_RegisterVoters" -> a.put("listPublished", true);
      case "V7_ElectRepresentatives" -> {
        a.put("representatives", REPRESENTATIVES);
        a.put("groupLeaders", 4);
      }
      case "V3_NominateAtCombinedMeeting", "V3_NominateAtRepresentativeMeeting" -> {
        a.put("committeeSeats", 3);
        a.put("committeeCandidates", new cn.county.reelection.dryrun.SimulatedParticipant.Json(committeeCandidates().toString()));
      }
      case "V3_PublishCandidates" -> a.put("candidatesPublished", true);
      case "Branch_RecommendCandidates" -> {
        a.put("branchSeats", 3);
        a.put("partyMembers", 30);
        a.put("branchCandidates", new cn.county.reelection.dryrun.SimulatedParticipant.Json(branchCandidates().toString()));
      }
      case "V7_SetUpOrganisations" -> {
        a.put("financialGroup", "孙某、周某、吴某");
        a.put("subCommitteesSetUp", true);
      }
      case "V8_SubmitOutcomeReport" -> a.put("reportText", "关于村两委换届选举结果的报告");
      default -> {
        if (task.getTaskDefinitionKey().contains("Review")) {
          a.put("approved", true);
          a.put("comment", "同意");
        } else {
          a.put("tally", new cn.county.reelection.dryrun.SimulatedParticipant.Json(winningTally(vars.get("raceState")).toString()));
        }
      }
    }
    return a;
  }

  /** Everybody entitled takes part; the first {@code ballotSeats} candidates get every vote. */
  static ObjectNode winningTally(JsonNode race) {
    List<String> candidates = new ArrayList<>();
    if (race.hasNonNull("candidates")) {
      race.get("candidates").forEach(n -> candidates.add(n.asText()));
    } else { // the branch secretary: two of the elected branch members, the committee's chair first
      candidates.add(race.get("eligible").get(0).asText());
      candidates.add(race.get("eligible").get(1).asText());
    }
    int entitled = race.get("entitled").asInt();
    int seats = race.get("ballotSeats").asInt();
    ObjectNode counts = MAPPER.createObjectNode();
    for (int i = 0; i < candidates.size(); i++) {
      counts.put(candidates.get(i), i < seats ? entitled : 0);
    }
    return TownshipScript.tally(entitled, entitled, candidates, counts, entitled);
  }

  void completeWith(Task task, Map<String, Object> overrides) {
    Map<String, Object> answer = new LinkedHashMap<>(answer(task));
    answer.putAll(overrides);
    taskService.complete(task.getId(), toEngine(answer));
  }

  void driveTo(ProcessInstance pi, String key) {
    for (int guard = 0; guard < 200; guard++) {
      List<Task> open = openTasks(pi);
      if (open.isEmpty() || open.stream().anyMatch(t -> t.getTaskDefinitionKey().equals(key))) {
        return;
      }
      completeWith(open.get(0), Map.of());
    }
    throw new IllegalStateException("process did not reach " + key);
  }

  static void assertThatPi(ProcessInstance pi, String... waitingAt) {
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isWaitingAt(waitingAt);
  }

  @Test
  void v3_village_nominatesAndElectsAtOneMeeting_andReportsTheOutcomeToTheTownship() {
    VillageCampaignCreated campaign = startCampaign(Variant.VILLAGE);
    ProcessInstance pi = instance(campaign, 0);
    assertThatPi(pi, "V5_EvaluateOutgoingCommittees");
    assertThat(task(pi).getDueDate()).isNotNull();
    assertThat(taskService.createTaskQuery().taskId(task(pi).getId()).taskCandidateGroup("township-" + campaign.townshipCode())
        .count()).isEqualTo(1);

    driveTo(pi, "V2_ChooseElectionCommittee");
    assertThat(taskService.createTaskQuery().taskId(task(pi).getId())
        .taskCandidateGroup("village-" + campaign.villages().get(0).code()).count()).isEqualTo(1);
    driveTo(pi, "V4_RecordCommitteeElection");
    // 二合一: the combined meeting's nominees go straight to the ballot, no separate publication
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi)
        .hasPassed("V3_NominateAtCombinedMeeting").hasNotPassed("V3_PublishCandidates", "V3_NominateAtRepresentativeMeeting");
    Task record = task("V4_RecordCommitteeElection", pi);
    assertThat(variable(record, "raceState").get("entitled").asInt()).isEqualTo(VOTERS); // the published list (V1)
    assertThat(variable(record, "raceState").get("quorum").asText()).isEqualTo("HALF");

    driveTo(pi, "__end__");

    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isEnded()
        .hasPassed("Branch_ReviewCandidates", "V7_SetUpOrganisations", "V8_ReviewOutcomeReport");
    VillageReportService.Summary summary = reports.summary(campaign.id(), false);
    assertThat(summary.reported()).isEqualTo(1);
    VillageReportService.OutcomeView view = summary.villages().get(0);
    assertThat(view.outcome().committee()).extracting(VillageOutcome.Member::name).containsExactly("王主任", "李秀英", "张委员");
    assertThat(view.outcome().chair()).isEqualTo("王主任");
    assertThat(view.outcome().branch()).containsExactly("王主任", "李秀英", "孙党员");
    assertThat(view.outcome().branchSecretary()).isEqualTo("王主任");
    assertThat(view.secretaryChairs()).isTrue();
    assertThat(view.women()).isEqualTo(1);
    assertThat(view.overlap()).isEqualTo(2);
    assertThat(view.outcome().tookPart()).isEqualTo(VOTERS);
    assertThat(summary.summary().overlapRatePercent()).isEqualTo(67); // 2 of 3
    assertThat(summary.summary().needingAnotherElection()).isEmpty();
    Board board = reports.board(campaign.id(), false);
    assertThat(board.townships().get(0).steps()).extracting(Board.Cell::state).containsOnly(StepState.DONE);
  }

  @Test
  void v3_community_nominatesAtARepresentativeMeeting_publishes_thenElectsAtASecondMeeting() {
    VillageCampaignCreated campaign = startCampaign(Variant.COMMUNITY);
    ProcessInstance pi = instance(campaign, 0);

    driveTo(pi, "V3_PublishCandidates");
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi)
        .hasPassed("V3_NominateAtRepresentativeMeeting").hasNotPassed("V3_NominateAtCombinedMeeting");
    completeWith(task("V3_PublishCandidates", pi), Map.of());
    Task record = task("V4_RecordCommitteeElection", pi);
    // the residents' representative meeting elects: those entitled are the representatives (V3, V7)
    assertThat(variable(record, "raceState").get("entitled").asInt()).isEqualTo(REPRESENTATIVES);

    driveTo(pi, "__end__");
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isEnded();
    assertThat(reports.summary(campaign.id(), false).summary().communities()).isEqualTo(1);
  }

  @Test
  void v4_electionDayWithHalfOrFewerTakingPart_isNoElection_andIsRecordedAgain() {
    ProcessInstance pi = instance(startCampaign(Variant.VILLAGE), 0);
    driveTo(pi, "V4_RecordCommitteeElection");
    Task record = task("V4_RecordCommitteeElection", pi);
    ObjectNode tally = winningTally(variable(record, "raceState"));
    tally.put("present", VOTERS / 2); // 30 of 60: half, not more than half
    tally.put("ballotsCast", VOTERS / 2);
    ObjectNode counts = MAPPER.createObjectNode().put("王主任", 30).put("李秀英", 30).put("张委员", 30);
    tally.set("counts", counts);

    completeWith(record, Map.of("tally", json(tally)));

    Task again = task("V4_RecordCommitteeElection", pi);
    assertThat((String) taskService.getVariable(again.getId(), "lastProblem")).contains("V4").contains("半数");
    tally.put("present", VOTERS / 2 + 1);
    tally.put("ballotsCast", VOTERS / 2 + 1);
    completeWith(again, Map.of("tally", json(tally)));
    assertThatPi(pi, "Branch_RecommendCandidates");
    assertThat(register.village(pi.getBusinessKey()).getTookPart()).isEqualTo(VOTERS / 2 + 1);
  }

  @Test
  void v4_unfilledSeatGoesToAnotherElection_electedWithAThirdOfTheBallots_andTheTownshipSeesIt() {
    VillageCampaignCreated campaign = startCampaign(Variant.VILLAGE, Variant.COMMUNITY);
    ProcessInstance pi = instance(campaign, 0);
    driveTo(pi, "V4_RecordCommitteeElection");
    Task record = task("V4_RecordCommitteeElection", pi);
    ObjectNode tally = winningTally(variable(record, "raceState"));
    // 60 take part: 王主任 and 李秀英 have a majority; 张委员 (30), 赵候选 (20), 钱候选 (10) do not
    tally.set("counts", MAPPER.createObjectNode().put("王主任", 50).put("李秀英", 40).put("张委员", 30).put("赵候选", 20)
        .put("钱候选", 10));

    completeWith(record, Map.of("tally", json(tally)));

    Task runOff = task("V4_RecordRunOff", pi);
    JsonNode race = variable(runOff, "raceState");
    assertThat(race.get("ballotKind").asText()).isEqualTo("RUN_OFF");
    assertThat(race.get("ballotSeats").asInt()).isEqualTo(1);
    assertThat(MAPPER.convertValue(race.get("candidates"), List.class)).containsExactly("张委员", "赵候选");
    assertThat((String) taskService.getVariable(runOff.getId(), "ballotCandidates")).isEqualTo("张委员、赵候选");
    // 58 take part: 20 votes is at least a third of 58 ballots (19.33), though far from a majority
    ObjectNode second = TownshipScript.tally(VOTERS, 58, List.of("张委员", "赵候选"),
        MAPPER.createObjectNode().put("张委员", 20).put("赵候选", 19), 58);
    completeWith(runOff, Map.of("tally", json(second)));

    assertThatPi(pi, "Branch_RecommendCandidates");
    driveTo(pi, "__end__");
    VillageOutcome outcome = reports.summary(campaign.id(), false).villages().get(0).outcome();
    assertThat(outcome.committee()).extracting(VillageOutcome.Member::name).containsExactly("王主任", "李秀英", "张委员");
    assertThat(outcome.anotherElection()).isTrue();
    assertThat(outcome.unfilledSeats()).isZero();

    ProcessInstance community = instance(campaign, 1);
    driveTo(community, "__end__");
    TownshipSummary summary = reports.summary(campaign.id(), false).summary();
    assertThat(summary.places()).isEqualTo(2);
    assertThat(summary.needingAnotherElection()).containsExactly("第1村");
    assertThat(summary.electedAtFirstElection()).isEqualTo(1);
    assertThat(summary.secretaryChairs()).isEqualTo(2);
    assertThat(summary.committeesWithWoman()).isEqualTo(2);
    assertThat(summary.overlapMembers()).isEqualTo(4);
    assertThat(summary.overlapRatePercent()).isEqualTo(67);
  }

  @Test
  void v1_theListCannotBePublishedWithoutARegister_andV3TooFewCandidatesIsRefused() {
    VillageCampaignCreated campaign = villageCampaigns.start(new VillageCampaignRequest("VT" + CODES.incrementAndGet(), "无名镇",
        "test", 2026, null, List.of(new VillageCampaignRequest.VillageRequest("VX" + CODES.incrementAndGet(), "空村", Variant.VILLAGE, 100))),
        "admin");
    ProcessInstance pi = instance(campaign, 0);
    driveTo(pi, "V1_RegisterVoters");
    assertThatThrownBy(() -> completeWith(task("V1_RegisterVoters", pi), Map.of()))
        .isInstanceOf(ProcessInputException.class).hasMessageContaining("V1");
    assertThatPi(pi, "V1_RegisterVoters");

    register.importRegister(pi.getBusinessKey(), "r.csv",
        new ByteArrayInputStream(registerCsv(7).getBytes(StandardCharsets.UTF_8)), null);
    driveTo(pi, "V3_NominateAtCombinedMeeting");
    ArrayNode three = MAPPER.createArrayNode();
    committeeCandidates().forEach(p -> { if (three.size() < 3) three.add(p); });
    assertThatThrownBy(() -> completeWith(task("V3_NominateAtCombinedMeeting", pi),
        Map.of("committeeCandidates", new cn.county.reelection.dryrun.SimulatedParticipant.Json(three.toString()))))
        .isInstanceOf(ProcessInputException.class).hasMessageContaining("V3").hasMessageContaining("多于应选名额");
    assertThatPi(pi, "V3_NominateAtCombinedMeeting");
  }

  @Test
  void v9_missedEvaluationDeadline_isFlaggedOnTheBoard_andTheWorkGoesOn() {
    VillageCampaignCreated campaign = startCampaign(Variant.VILLAGE);
    ProcessInstance pi = instance(campaign, 0);
    var timer = jobQuery().processInstanceId(pi.getId()).activityId("Timer_EvaluationDeadline").singleResult();
    assertThat(timer.getDuedate().toInstant()).isEqualTo(LocalDate.of(2026, 12, 1).atStartOfDay(ZONE).toInstant().minusSeconds(1));

    setClock(2026, 12, 2, 9);
    execute(timer);

    assertThatPi(pi, "V5_EvaluateOutgoingCommittees");
    assertThat(reports.board(campaign.id(), false).townships().get(0).steps().get(0).state()).isEqualTo(StepState.OVERDUE);
    completeWith(task(pi), Map.of());
    assertThat(reports.board(campaign.id(), false).townships().get(0).steps().get(0).state()).isEqualTo(StepState.DONE_LATE);
    assertThatPi(pi, "V9_HoldMobilisationMeeting");
  }
}
