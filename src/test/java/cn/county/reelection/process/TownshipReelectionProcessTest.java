package cn.county.reelection.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.county.reelection.audit.DecisionRepository;
import cn.county.reelection.audit.TownshipHistoryService;
import cn.county.reelection.campaign.Step;
import cn.county.reelection.congress.RaceRecord;
import cn.county.reelection.congress.RaceRecordRepository;
import cn.county.reelection.documents.DocumentKind;
import cn.county.reelection.documents.SentDocument;
import cn.county.reelection.documents.SentDocuments;
import cn.county.reelection.reporting.Board;
import cn.county.reelection.reporting.BoardService;
import cn.county.reelection.timeline.DeadlineEvent;
import cn.county.reelection.timeline.DeadlineEventRepository;
import cn.county.reelection.timeline.StepState;
import cn.county.reelection.timeline.UnfilledSeatsRepository;
import cn.county.reelection.township.CampaignCreated;
import cn.county.reelection.township.CampaignRequest;
import cn.county.reelection.vetting.ApprovedRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Every path of {@code townshipReelection} (DOMAIN.md T1–T9, R3, R6, R11) on the real process and rules. */
class TownshipReelectionProcessTest extends ProcessTestSupport {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Autowired
    BoardService boards;

    @Autowired
    DeadlineEventRepository deadlineEvents;

    @Autowired
    DecisionRepository decisions;

    @Autowired
    RaceRecordRepository races;

    @Autowired
    ApprovedRecords approved;

    @Autowired
    UnfilledSeatsRepository unfilled;

    @Autowired
    TownshipHistoryService history;

    @Autowired
    SentDocuments sentDocuments;

    private HistoryService historyService() {
        return engine.getHistoryService();
    }

    @Test
    void t1ToT9_happyPath_endsAcknowledgedAndEveryStepDoneOnTheBoard() {
        CampaignCreated campaign = startTownship(42, 30, 18);
        ProcessInstance pi = instance(campaign);
        BpmnAwareTests.assertThat(pi).isWaitingAt("T1_PlanReelection");
        assertThat(task(pi).getDueDate()).isNotNull();

        driveUntil(pi, "T3_NominateDelegateCandidates");
        // T3 and T4 run side by side after the county approves the convene request; one branch per organisation
        assertThat(openTasks(pi))
                .extracting(Task::getTaskDefinitionKey)
                .containsOnly("T3_NominateDelegateCandidates", "T4_NominateCandidates")
                .filteredOn("T3_NominateDelegateCandidates"::equals)
                .hasSize(3);

        driveToEnd(pi);

        BpmnAwareTests.assertThat(pi)
                .isEnded()
                .hasPassed("T9_AcknowledgeResultReport", "T8_ApproveDisciplineSecretary", "T7_RecordSecretaryElection");
        Board board = boards.board(campaign.id());
        assertThat(board.townships().get(0).steps())
                .extracting(Board.Cell::state)
                .containsOnly(StepState.DONE);
        long townshipRaces = races.findByTownshipProcessInstanceIdOrderById(pi.getId()).stream()
                .filter(RaceRecord::isFinished)
                .count();
        assertThat(townshipRaces)
                .isEqualTo(3 + 4 + 2); // 3 organisations, 4 congress races, discipline secretary and deputy
        assertThat(deadlineEvents.findByTownshipCampaignIdOrderByOccurredAt(campaign.id()))
                .isEmpty();
    }

    @Test
    void t2_returnedRequest_goesBackToSubmitWithTheReason_andIsApprovedOnResubmission() {
        ProcessInstance pi = instance(startTownship(40, 20));
        driveUntil(pi, "T2_ReviewConveneRequest");

        complete(task("T2_ReviewConveneRequest", pi), Map.of("approved", false, "comment", "代表名额构成比例需补充说明"));

        BpmnAwareTests.assertThat(pi).isWaitingAt("T2_SubmitConveneRequest");
        assertThat(taskService.getVariable(task(pi).getId(), "comment")).isEqualTo("代表名额构成比例需补充说明");
        complete(task("T2_SubmitConveneRequest", pi), Map.of("requestText", "修改后的请示"));
        complete(task("T2_ReviewConveneRequest", pi), Map.of());

        BpmnAwareTests.assertThat(pi).isWaitingAt("T3_NominateDelegateCandidates", "T4_NominateCandidates");
        assertThat(decisions.findByTownshipProcessInstanceIdOrderById(pi.getId()))
                .extracting(d -> d.isApproved(), d -> d.getComment())
                .containsExactly(Tuple.tuple(false, "代表名额构成比例需补充说明"), Tuple.tuple(true, "同意"));
    }

    @Test
    void r11_returnWithoutReason_isRefusedAndNothingMoves() {
        ProcessInstance pi = instance(startTownship(40, 20));
        driveUntil(pi, "T2_ReviewConveneRequest");
        Task review = task("T2_ReviewConveneRequest", pi);

        assertThatThrownBy(() -> complete(review, Map.of("approved", false, "comment", " ")))
                .isInstanceOf(ProcessInputException.class)
                .hasMessage("[R11] 审批意见：退回时必须写明理由");

        BpmnAwareTests.assertThat(pi).isWaitingAt("T2_ReviewConveneRequest");
    }

    @Test
    void cockpit_currentStepNamesEveryStepInProgress_withTheEarliestDeadline_andTasksNameTheirPlace() {
        CampaignCreated campaign = campaigns.start(
                new CampaignRequest(
                        "测试县",
                        "test",
                        2026,
                        Map.of("T3", LocalDate.of(2026, 11, 19), "T4", LocalDate.of(2026, 11, 20)),
                        List.of(new CampaignRequest.TownshipRequest(
                                "PSTEP",
                                "并行乡",
                                List.of(
                                        new CampaignRequest.OrganisationRequest("PSTEP-B1", "机关支部", 30),
                                        new CampaignRequest.OrganisationRequest("PSTEP-B2", "新华村支部", 20))))),
                "admin");
        ProcessInstance pi = instance(campaign);
        var runtime = engine.getRuntimeService();
        assertThat(task(pi).getName()).isEqualTo("部署换届工作（并行乡）");
        driveUntil(pi, "T2_ReviewConveneRequest");
        assertThat(task("T2_ReviewConveneRequest", pi).getName()).isEqualTo("审批召开党代会请示（并行乡）");

        driveUntil(pi, "T3_NominateDelegateCandidates");
        assertThat(runtime.getVariable(pi.getId(), "currentStep")).isEqualTo("T3 选举产生党代会代表；T4 确定两委候选人预备人选");
        assertThat(runtime.getVariable(pi.getId(), "currentDeadline")).isEqualTo("2026-11-19");
        assertThat(openTasks(pi))
                .extracting(Task::getName)
                .containsExactlyInAnyOrder("提名代表候选人（并行乡·机关支部）", "提名代表候选人（并行乡·新华村支部）", "提出两委候选人预备人选（并行乡）");

        // T4 done first: only T3 remains in progress, with its own deadline
        complete(task("T4_NominateCandidates", pi), Map.of());
        complete(task("T4_ReviewNominees", pi), Map.of());
        assertThat(runtime.getVariable(pi.getId(), "currentStep")).isEqualTo("T3 选举产生党代会代表");
        assertThat(runtime.getVariable(pi.getId(), "currentDeadline")).isEqualTo("2026-11-19");
        driveUntil(pi, "T3_ReviewDelegateCandidates");
        assertThat(openTasks(pi)).extracting(Task::getName).containsAnyOf("审查代表候选人（并行乡·机关支部）", "审查代表候选人（并行乡·新华村支部）");

        driveUntil(pi, "T5_DraftCongressMaterials");
        assertThat(runtime.getVariable(pi.getId(), "currentStep")).isEqualTo("T5 起草大会材料");
        driveToEnd(pi);
        assertThat(engine.getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(pi.getId())
                        .variableName("currentStep")
                        .singleResult()
                        .getValue())
                .isEqualTo("换届选举已完成");
        // the engine's history keeps the names with their place too
        assertThat(engine.getHistoryService()
                        .createHistoricTaskInstanceQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey("T9_AcknowledgeResultReport")
                        .singleResult()
                        .getName())
                .isEqualTo("审阅选举结果报告（并行乡）");
    }

    @Test
    void cockpit_stepAndDeadlineAreWrittenOnlyWhenTheyChange_andAReviewClearsOnlyAnAnswerThatIsThere() {
        ProcessInstance pi = instance(startTownship(42, 30, 18));
        driveToEnd(pi);

        Map<String, List<Object>> step = updates(pi, "currentStep");
        assertThat(step).hasSize(1);
        assertThat(step.values().iterator().next()).hasSizeGreaterThan(5);
        assertThat(updates(pi, "currentDeadline").values().iterator().next()).hasSizeGreaterThan(1);
        // R11: a review clears an earlier round's answer, and writes nothing over an answer that is not there
        assertThat(updates(pi, "approved")).hasSizeGreaterThan(5);
        for (String name : List.of("currentStep", "currentDeadline", "approved", "comment")) {
            updates(pi, name).forEach((variable, written) -> {
                for (int i = 1; i < written.size(); i++) {
                    assertThat(written.get(i))
                            .as("%s %s, update %d", name, variable, i)
                            .isNotEqualTo(written.get(i - 1));
                }
            });
        }
    }

    /** Every value written to each variable of the name (by variable instance), in the order written. */
    private Map<String, List<Object>> updates(ProcessInstance pi, String name) {
        return variableUpdates(pi).stream()
                .filter(d -> name.equals(d.getVariableName()))
                .collect(Collectors.groupingBy(
                        HistoricVariableUpdate::getVariableInstanceId,
                        LinkedHashMap::new,
                        Collectors.mapping(d -> d.getValue(), Collectors.toList())));
    }

    @Test
    void t1_missedDeadline_isFlaggedToTheCounty_thenRecordedAsDoneLate() {
        CampaignCreated campaign = startTownship(40, 20);
        ProcessInstance pi = instance(campaign);
        assertThat(jobQuery()
                        .processInstanceId(pi.getId())
                        .activityId("Timer_T1Deadline")
                        .count())
                .isEqualTo(1);

        setClock(2026, 11, 6, 8); // T1 was due by the end of 5 November
        execute(jobQuery()
                .processInstanceId(pi.getId())
                .activityId("Timer_T1Deadline")
                .singleResult());

        BpmnAwareTests.assertThat(pi).isWaitingAt("T1_PlanReelection");
        assertThat(state(campaign, "T1")).isEqualTo(StepState.OVERDUE);
        assertThat(deadlineEvents.findByTownshipCampaignIdOrderByOccurredAt(campaign.id()))
                .extracting(DeadlineEvent::getStep, DeadlineEvent::getKind)
                .containsExactly(Tuple.tuple(Step.T1, DeadlineEvent.Kind.OVERDUE));

        complete(task("T1_PlanReelection", pi), Map.of());

        assertThat(state(campaign, "T1")).isEqualTo(StepState.DONE_LATE);
        assertThat(deadlineEvents.findByTownshipCampaignIdOrderByOccurredAt(campaign.id()))
                .extracting(DeadlineEvent::getKind)
                .containsExactly(DeadlineEvent.Kind.OVERDUE, DeadlineEvent.Kind.DONE_LATE);
        BpmnAwareTests.assertThat(pi).isWaitingAt("T2_SubmitConveneRequest");
    }

    @Test
    void t1_cockpitShowsTheStepAndDeadline_andAFailingDeadlineJobBecomesAnIncidentInChinese() {
        CampaignCreated campaign = startTownship(40);
        ProcessInstance pi = instance(campaign);
        var runtime = engine.getRuntimeService();
        assertThat(runtime.getVariable(pi.getId(), "currentStep")).isEqualTo("T1 部署换届工作");
        assertThat(runtime.getVariable(pi.getId(), "currentDeadline")).isEqualTo("2026-11-05");
        assertThat(runtime.getVariable(pi.getId(), "townshipName"))
                .isEqualTo(campaign.townships().get(0).name());

        var timer = jobQuery()
                .processInstanceId(pi.getId())
                .activityId("Timer_T1Deadline")
                .singleResult();
        runtime.setVariable(pi.getId(), "townshipId", 999_999_999L); // the delegate cannot find its township
        var management = engine.getManagementService();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> management.executeJob(timer.getId())).hasMessageContaining("逾期标记失败");
        }

        var incident =
                runtime.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(incident.getIncidentMessage())
                .startsWith(campaign.townships().get(0).name() + "「T1」逾期标记失败");
        assertThat(management
                        .createJobQuery()
                        .jobId(timer.getId())
                        .singleResult()
                        .getRetries())
                .isZero();
    }

    @Test
    void r10_branchBallotsUploadedAsCsv_areCounted_andTheFileIsCleared() {
        ProcessInstance pi = instance(startTownship(40));
        driveUntil(pi, "T3_RecordDelegateElection");
        Task record = task("T3_RecordDelegateElection", pi);
        JsonNode race = raceState(record);
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

        taskService.complete(
                record.getId(),
                Variables.createVariables()
                        .putValueTyped(
                                "tally", SpinValues.jsonValue(tally.toString()).create())
                        .putValueTyped(
                                "ballotsCsv",
                                Variables.fileValue("第一支部选票.csv")
                                        .file(csv.toString().getBytes(StandardCharsets.UTF_8))
                                        .mimeType("text/csv")
                                        .encoding("UTF-8")
                                        .create()));

        RaceRecord counted =
                races.findByTownshipProcessInstanceIdOrderById(pi.getId()).get(0);
        assertThat(counted.getBallotsCast()).isEqualTo(40);
        assertThat(counted.getBallotsVoid()).isEqualTo(1);
        assertThat(counted.isFinished()).isTrue();
        assertThat(electedOf("delegates", pi)).containsExactlyElementsOf(candidates.subList(0, seats));
        // the uploaded file is not kept once counted
        assertThat(engine.getRuntimeService()
                        .createVariableInstanceQuery()
                        .processInstanceIdIn(pi.getId())
                        .variableName("ballotsCsv")
                        .list())
                .allMatch(v -> v.getValue() == null);
    }

    @Test
    void r3_branchMeetingWithoutQuorum_isHeldAgainWithTheReason() {
        ProcessInstance pi = instance(startTownship(40));
        driveUntil(pi, "T3_RecordDelegateElection");
        Task record = task("T3_RecordDelegateElection", pi);
        JsonNode race = raceState(record);
        ObjectNode tally = TownshipScript.winningTally(race, 0);
        tally.put("present", 32); // 32 of 40 is exactly four fifths: not more
        tally.put("ballotsCast", 32);
        tally.set("counts", countsAll(race, 32));

        complete(record, Map.of("tally", json(tally)));

        Task again = task("T3_RecordDelegateElection", pi);
        assertThat((String) taskService.getVariable(again.getId(), "lastProblem"))
                .contains("R6")
                .contains("五分之四");
        complete(again, Map.of()); // everyone present this time
        BpmnAwareTests.assertThat(pi).isWaitingAt("T3_ReviewElectedDelegates");
    }

    @Test
    void r3_tooFewDelegateCandidates_isRefused() {
        ProcessInstance pi = instance(startTownship(40));
        driveUntil(pi, "T3_NominateDelegateCandidates");
        Task nominate = task("T3_NominateDelegateCandidates", pi);
        int seats = variable(nominate, "delegateSeats")
                .get(variable(nominate, "organisationCode").asText())
                .asInt();

        assertThatThrownBy(() ->
                        complete(nominate, Map.of("delegateCandidates", json(TownshipScript.persons("候选", seats)))))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageContaining("R3");
        BpmnAwareTests.assertThat(pi).isWaitingAt("T3_NominateDelegateCandidates");
    }

    @Test
    void r6_tieAtTheLastCommitteeSeat_isRevotedAmongTheTiedOnly() {
        ProcessInstance pi = instance(startTownship(50, 40));
        driveUntil(pi, "T7_RecordCommitteeElection");
        Task record = task("T7_RecordCommitteeElection", pi);
        JsonNode race = raceState(record);
        List<String> nominees = TownshipScript.candidatesOf(race);
        int entitled = race.get("entitled").asInt();
        ObjectNode counts = MAPPER.createObjectNode();
        for (int i = 0; i < nominees.size(); i++) {
            counts.put(nominees.get(i), i < 10 ? 60 : i < 12 ? 42 : 3); // 11th and 12th tie with a majority of 75
        }
        complete(record, Map.of("tally", json(TownshipScript.tally(entitled, entitled, nominees, counts, entitled))));

        Task revote = task("T7_RecordRevote", pi);
        assertThat(taskService.getVariable(revote.getId(), "race")).isEqualTo("committee");
        JsonNode tieBreak = raceState(revote);
        assertThat(TownshipScript.candidatesOf(tieBreak)).containsExactly(nominees.get(10), nominees.get(11));
        assertThat(tieBreak.get("ballotKind").asText()).isEqualTo("TIE_BREAK");

        ObjectNode revoteCounts =
                MAPPER.createObjectNode().put(nominees.get(10), 30).put(nominees.get(11), 40);
        complete(
                revote,
                Map.of(
                        "tally",
                        json(TownshipScript.tally(
                                entitled,
                                entitled,
                                List.of(nominees.get(10), nominees.get(11)),
                                revoteCounts,
                                entitled))));

        Task next = task("T7_RecordDisciplineElection", pi);
        assertThat(next).isNotNull();
        assertThat(electedOf("committee", pi))
                .hasSize(11)
                .contains(nominees.get(11))
                .doesNotContain(nominees.get(10));
    }

    @Test
    void r6_unfilledCommitteeSeat_isFilledInAFurtherBallot() {
        ProcessInstance pi = instance(startTownship(50, 40));
        driveUntil(pi, "T7_RecordCommitteeElection");
        Task record = task("T7_RecordCommitteeElection", pi);
        JsonNode race = raceState(record);
        List<String> nominees = TownshipScript.candidatesOf(race);
        int entitled = race.get("entitled").asInt();
        ObjectNode counts = MAPPER.createObjectNode();
        for (int i = 0; i < nominees.size(); i++) {
            counts.put(nominees.get(i), i < 10 ? 60 : 37); // 37 of 74 present is exactly half: not a majority
        }
        complete(record, Map.of("tally", json(TownshipScript.tally(entitled, 74, nominees, counts, 74))));

        Task further = task("T7_RecordRevote", pi);
        JsonNode state = raceState(further);
        assertThat(state.get("ballotSeats").asInt()).isEqualTo(1);
        assertThat(TownshipScript.candidatesOf(state)).containsExactlyElementsOf(nominees.subList(10, 13));
        complete(further, Map.of()); // the script gives the first of them every vote

        assertThat(task("T7_RecordDisciplineElection", pi)).isNotNull();
        assertThat(electedOf("committee", pi)).hasSize(11).contains(nominees.get(10));
    }

    @Test
    void r7_secretaryCandidateNotElectedToTheCommittee_countyNamesAReplacementWithAReason() {
        CampaignCreated campaign = startTownship(50, 40);
        ProcessInstance pi = instance(campaign);
        driveUntil(pi, "T7_RecordCommitteeElection");
        Task record = task("T7_RecordCommitteeElection", pi);
        JsonNode race = raceState(record);
        List<String> nominees = TownshipScript.candidatesOf(race);
        int entitled = race.get("entitled").asInt();
        ObjectNode counts = MAPPER.createObjectNode();
        for (int i = 0; i < nominees.size(); i++) {
            counts.put(
                    nominees.get(i), i == 2 || i == 12 ? 3 : 70); // 党委候选3, a deputy-secretary nominee, is not elected
        }
        complete(record, Map.of("tally", json(TownshipScript.tally(entitled, entitled, nominees, counts, entitled))));
        assertThat(electedOf("committee", pi)).hasSize(11).doesNotContain("党委候选3");

        driveUntil(pi, "T7_NameSecretaryReplacement");
        BpmnAwareTests.assertThat(pi).hasNotPassed("T7_RecordSecretaryElection");
        Task name = task("T7_NameSecretaryReplacement", pi);
        // the county's task, due within its R14 window
        assertThat(taskService.getIdentityLinksForTask(name.getId()))
                .extracting(l -> l.getGroupId())
                .contains("county-test");
        assertThat(name.getDueDate()).isNotNull();
        JsonNode context = formContext(name);
        assertThat(context.get("missing")).extracting(JsonNode::asText).containsExactly("党委候选3");
        assertThat(context.get("eligible"))
                .extracting(JsonNode::asText)
                .contains("党委候选4")
                .doesNotContain("党委候选1", "党委候选13");

        // not elected to the committee, already a candidate, or no reason: refused, nothing moves
        assertThatThrownBy(() -> complete(
                        name,
                        Map.of(
                                "replacements",
                                json(MAPPER.createObjectNode().put("党委候选3", "党委候选13")),
                                "comment",
                                "指定替补")))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageContaining("R7")
                .hasMessageContaining("须是当选的党委委员");
        assertThatThrownBy(() -> complete(
                        name,
                        Map.of(
                                "replacements",
                                json(MAPPER.createObjectNode().put("党委候选3", "党委候选1")),
                                "comment",
                                "指定替补")))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageContaining("R7")
                .hasMessageContaining("已是书记、副书记候选人");
        assertThatThrownBy(() ->
                        complete(name, Map.of("replacements", json(MAPPER.createObjectNode()), "comment", "指定替补")))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageContaining("R7");
        assertThatThrownBy(() -> complete(
                        name,
                        Map.of("replacements", json(MAPPER.createObjectNode().put("党委候选3", "党委候选4")), "comment", " ")))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageContaining("R11");
        BpmnAwareTests.assertThat(pi).isWaitingAt("T7_NameSecretaryReplacement");

        String reason = "党委候选3未当选党委委员，经县委组织部研究，指定党委候选4为副书记候选人";
        complete(
                name, Map.of("replacements", json(MAPPER.createObjectNode().put("党委候选3", "党委候选4")), "comment", reason));

        Task secretary = task("T7_RecordSecretaryElection", pi);
        JsonNode secretaryRace = raceState(secretary);
        assertThat(TownshipScript.candidatesOf(secretaryRace)).containsExactly("党委候选1", "党委候选2", "党委候选4");
        // the tally is checked against them: elected members who were not named are refused, naming R7
        ObjectNode others = MAPPER.createObjectNode()
                .put("党委候选1", entitled)
                .put("党委候选2", entitled)
                .put("党委候选5", entitled);
        assertThatThrownBy(() -> complete(
                        secretary,
                        Map.of(
                                "tally",
                                json(TownshipScript.tally(
                                        entitled, entitled, List.of("党委候选1", "党委候选2", "党委候选5"), others, entitled)))))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageContaining("[R7]")
                .hasMessageContaining("党委候选4");
        complete(secretary, Map.of());

        assertThat(electedOf("secretary", pi)).containsExactly("党委候选1", "党委候选2", "党委候选4");
        assertThat(decisions.findByTownshipProcessInstanceIdOrderById(pi.getId()))
                .filteredOn(d -> d.getTaskKey().equals("T7_NameSecretaryReplacement"))
                .extracting(d -> d.isApproved(), d -> d.getComment())
                .containsExactly(Tuple.tuple(true, reason));
        long townshipId = races.findByTownshipProcessInstanceIdOrderById(pi.getId())
                .get(0)
                .getTownship()
                .getId();
        assertThat(approved.namedCandidates(townshipId, "secretary").orElseThrow())
                .extracting(p -> p.name(), p -> p.post().name())
                .containsExactly(
                        Tuple.tuple("党委候选1", "SECRETARY"),
                        Tuple.tuple("党委候选2", "DEPUTY_SECRETARY"),
                        Tuple.tuple("党委候选4", "DEPUTY_SECRETARY"));
        // R11: who named whom, and why, in the township's history
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "admin", null, AuthorityUtils.createAuthorityList("camunda-admin")));
        try {
            var trail =
                    history.historyForCurrentUser(campaign.townships().get(0).businessKey());
            assertThat(trail)
                    .filteredOn(e -> e.kind().equals("REPLACEMENT_NAMED"))
                    .singleElement()
                    .satisfies(e -> assertThat(e.why()).isEqualTo(reason));
            assertThat(trail)
                    .filteredOn(e -> e.kind().equals("CANDIDATES_NAMED"))
                    .singleElement()
                    .satisfies(e -> assertThat(e.what()).isEqualTo("县委组织部指定的书记、副书记候选人：党委候选1、党委候选2、党委候选4"));
        } finally {
            SecurityContextHolder.clearContext();
        }
        driveToEnd(pi);
        BpmnAwareTests.assertThat(pi).isEnded();
    }

    @Test
    void r8_disciplinePlenaryElectsSecretaryAndDeputy_eachFromTheApprovedNominee() {
        ProcessInstance pi = instance(startTownship(40));
        driveUntil(pi, "T8_RecordDisciplineSecretaryElection");
        Task record = task("T8_RecordDisciplineSecretaryElection", pi);
        assertThat(taskService.getVariable(record.getId(), "race")).isEqualTo("disciplineSecretary");
        JsonNode race = raceState(record);
        // the approved discipline-secretary nominee (a deputy Party secretary), 1 seat, the five elected members vote
        assertThat(TownshipScript.candidatesOf(race)).containsExactly("党委候选2");
        assertThat(race.get("ballotSeats").asInt()).isEqualTo(1);
        assertThat(race.get("entitled").asInt()).isEqualTo(5);
        assertThat(race.get("kind").asText()).isEqualTo("NON_COMPETITIVE");
        // Tasklist's tally form lists the ballot's candidate from the task's form variables
        assertThat(engine.getFormService()
                        .getTaskFormVariables(record.getId())
                        .getValue("ballotCandidates", String.class))
                .isEqualTo("党委候选2");

        ObjectNode other = MAPPER.createObjectNode().put("纪委候选3", 5);
        assertThatThrownBy(() ->
                        complete(record, Map.of("tally", json(TownshipScript.tally(5, 5, List.of("纪委候选3"), other, 5)))))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageContaining("[R8]")
                .hasMessageContaining("党委候选2");
        // quorum as R6, of the committee's members: 4 of 5 is exactly four fifths, not more
        ObjectNode four = MAPPER.createObjectNode().put("党委候选2", 4);
        complete(record, Map.of("tally", json(TownshipScript.tally(5, 4, List.of("党委候选2"), four, 4))));
        Task again = task("T8_RecordDisciplineSecretaryElection", pi);
        assertThat((String) taskService.getVariable(again.getId(), "lastProblem"))
                .contains("R6")
                .contains("五分之四");
        complete(again, Map.of());

        Task approve = task("T8_ApproveDisciplineSecretary", pi);
        assertThat(taskService.getVariable(approve.getId(), "race")).isEqualTo("disciplineSecretary");
        complete(approve, Map.of());

        Task deputy = task("T8_RecordDisciplineSecretaryElection", pi);
        assertThat(taskService.getVariable(deputy.getId(), "race")).isEqualTo("disciplineDeputy");
        // the committee's discipline-inspection member, approved as discipline deputy secretary
        assertThat(TownshipScript.candidatesOf(raceState(deputy))).containsExactly("党委候选10");
        complete(deputy, Map.of());
        complete(task("T8_ApproveDisciplineSecretary", pi), Map.of());

        BpmnAwareTests.assertThat(pi).isWaitingAt("T9_SubmitResultReport");
        assertThat(electedOf("disciplineSecretary", pi)).containsExactly("党委候选2");
        assertThat(electedOf("disciplineDeputy", pi)).containsExactly("党委候选10");
    }

    @Test
    void r8_unfilledSeat_isNotPutToThePlenary_countyDecides() {
        CampaignCreated campaign = startTownship(40);
        ProcessInstance pi = instance(campaign);
        driveUntil(pi, "T8_RecordDisciplineSecretaryElection");
        // 2 of 5 is no majority: the first ballot and its two further ballots leave the seat unfilled (R6)
        for (int ballot = 0; ballot < 3; ballot++) {
            ObjectNode two = MAPPER.createObjectNode().put("党委候选2", 2);
            complete(
                    task("T8_RecordDisciplineSecretaryElection", pi),
                    Map.of("tally", json(TownshipScript.tally(5, 5, List.of("党委候选2"), two, 5))));
        }

        Task decide = task("T8_DecideDisciplineVacancy", pi);
        BpmnAwareTests.assertThat(pi).hasNotPassed("T8_ApproveDisciplineSecretary");
        assertThat(taskService.getIdentityLinksForTask(decide.getId()))
                .extracting(l -> l.getGroupId())
                .contains("county-test");
        long townshipId = races.findByTownshipProcessInstanceIdOrderById(pi.getId())
                .get(0)
                .getTownship()
                .getId();
        // the county is told, the board shows 需处理
        assertThat(unfilled.findByTownshipIdAndStepAndResolvedAtIsNull(townshipId, "T8"))
                .hasSize(1)
                .allSatisfy(u -> assertThat(u.getMessage()).contains("纪委书记").contains("县委组织部决定"));
        assertThat(state(campaign, "T8")).isEqualTo(StepState.ACTION_NEEDED);
        assertThatThrownBy(() -> complete(
                        decide,
                        Map.of(
                                "replacements",
                                json(MAPPER.createObjectNode().put("党委候选2", "党委候选13")),
                                "comment",
                                "另提人选")))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageContaining("R8")
                .hasMessageContaining("须是当选的纪委委员");

        // a new candidate, with the reason, and a new ballot
        complete(
                decide,
                Map.of(
                        "replacements",
                        json(MAPPER.createObjectNode().put("党委候选2", "纪委候选3")),
                        "comment",
                        "党委候选2未获过半数，提出纪委候选3为纪委书记候选人"));
        assertThat(unfilled.findByTownshipIdAndStepAndResolvedAtIsNull(townshipId, "T8"))
                .isEmpty();
        Task again = task("T8_RecordDisciplineSecretaryElection", pi);
        assertThat(TownshipScript.candidatesOf(raceState(again))).containsExactly("纪委候选3");
        complete(again, Map.of());
        complete(task("T8_ApproveDisciplineSecretary", pi), Map.of());
        assertThat(electedOf("disciplineSecretary", pi)).containsExactly("纪委候选3");

        // the deputy's seat stays unfilled too: the county leaves it to a later plenary; nothing goes to the plenary
        for (int ballot = 0; ballot < 3; ballot++) {
            ObjectNode two = MAPPER.createObjectNode().put("党委候选10", 2);
            complete(
                    task("T8_RecordDisciplineSecretaryElection", pi),
                    Map.of("tally", json(TownshipScript.tally(5, 5, List.of("党委候选10"), two, 5))));
        }
        assertThatThrownBy(() ->
                        complete(task("T8_DecideDisciplineVacancy", pi), Map.of("approved", false, "comment", " ")))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageContaining("R11");
        complete(task("T8_DecideDisciplineVacancy", pi), Map.of("approved", false, "comment", "留待纪委下次全体会议补选"));

        BpmnAwareTests.assertThat(pi).isWaitingAt("T9_SubmitResultReport");
        assertThat(historyService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(pi.getId())
                        .activityId("T8_ApproveDisciplineSecretary")
                        .count())
                .isEqualTo(1); // the secretary's result only
        assertThat(electedOf("disciplineDeputy", pi)).isEmpty();
        assertThat(decisions.findByTownshipProcessInstanceIdOrderById(pi.getId()))
                .filteredOn(d -> d.getTaskKey().equals("T8_DecideDisciplineVacancy"))
                .extracting(d -> d.isApproved(), d -> d.getComment())
                .containsExactly(Tuple.tuple(true, "党委候选2未获过半数，提出纪委候选3为纪委书记候选人"), Tuple.tuple(false, "留待纪委下次全体会议补选"));
    }

    @Test
    void t9_reportGivesEveryCandidatesVotes_voidBallots_reVotes_unfilledSeats_scrutineers() throws Exception {
        ProcessInstance pi = instance(startTownship(50, 40));
        driveUntil(pi, "T7_RecordCommitteeElection");
        Task record = task("T7_RecordCommitteeElection", pi);
        JsonNode race = raceState(record);
        List<String> nominees = TownshipScript.candidatesOf(race);
        int entitled = race.get("entitled").asInt();
        ObjectNode counts = MAPPER.createObjectNode();
        for (int i = 0; i < nominees.size(); i++) {
            counts.put(nominees.get(i), i < 10 ? 60 : i < 12 ? 42 : 3); // 11th and 12th tie
        }
        // R10: one ballot more than voters present voids the ballot; it is held again
        complete(
                record,
                Map.of("tally", json(TownshipScript.tally(entitled, entitled, nominees, counts, entitled + 1))));
        complete(
                task("T7_RecordCommitteeElection", pi),
                Map.of("tally", json(TownshipScript.tally(entitled, entitled, nominees, counts, entitled))));
        ObjectNode revote = MAPPER.createObjectNode().put(nominees.get(10), 30).put(nominees.get(11), 40);
        // R13: this ballot's own tellers
        complete(
                task("T7_RecordRevote", pi),
                Map.of(
                        "tally",
                        json(TownshipScript.tally(
                                entitled, entitled, List.of(nominees.get(10), nominees.get(11)), revote, entitled)),
                        "scrutineers",
                        json(MAPPER.createArrayNode().add("监票人丁")),
                        "counters",
                        json(MAPPER.createArrayNode().add("计票人戊"))));

        Task discipline = task("T7_RecordDisciplineElection", pi);
        List<String> disciplineNominees = TownshipScript.candidatesOf(raceState(discipline));
        ObjectNode disciplineCounts = MAPPER.createObjectNode();
        for (int i = 0; i < disciplineNominees.size(); i++) {
            disciplineCounts.put(
                    disciplineNominees.get(i), i < 4 ? 60 : 37); // 37 of 74 is exactly half: the fifth seat stays open
        }
        complete(
                discipline,
                Map.of("tally", json(TownshipScript.tally(entitled, 74, disciplineNominees, disciplineCounts, 74))));
        List<String> lastTwo = disciplineNominees.subList(4, 6);
        for (int ballot = 0; ballot < 2; ballot++) {
            ObjectNode split = MAPPER.createObjectNode().put(lastTwo.get(0), 30).put(lastTwo.get(1), 30);
            complete(
                    task("T7_RecordRevote", pi),
                    Map.of("tally", json(TownshipScript.tally(entitled, 74, lastTwo, split, 74))));
        }
        taskService.complete(
                task("T7_HandleUnfilledSeats", pi).getId(),
                toEngine(Map.of("approved", false, "comment", "纪委委员缺额1名，由以后的代表大会补选")));
        driveUntil(pi, "T9_AcknowledgeResultReport");

        // the report is registered when the county's task is created, and written when it is first opened
        long townshipId = (Long) engine.getRuntimeService().getVariable(pi.getId(), "townshipId");
        SentDocument report = sentDocuments.latest(townshipId, DocumentKind.T9).orElseThrow();
        assertThat(report.isBuilt()).isFalse();
        assertThat(taskService.getVariableLocal(
                        task("T9_AcknowledgeResultReport", pi).getId(), "documentLink"))
                .isEqualTo("../../../../api/townships/" + pi.getBusinessKey() + "/documents/T9/versions/1");
        byte[] content = sentDocuments.content(report);
        assertThat(sentDocuments
                        .latest(townshipId, DocumentKind.T9)
                        .orElseThrow()
                        .getContent())
                .isEqualTo(content);
        String text;
        try (var doc = new XWPFDocument(new ByteArrayInputStream(content));
                var extractor = new XWPFWordExtractor(doc)) {
            text = extractor.getText();
        }
        // every candidate's votes, not only the elected
        assertThat(text)
                .contains(
                        "党委候选13得3票", "党委候选11得30票", "党委候选12得40票（当选）", lastTwo.get(0) + "得30票", lastTwo.get(1) + "得30票");
        // ballots cast and void: the void ballot and the ballot held again
        assertThat(text)
                .contains(
                        "党委委员第1次投票：应到" + entitled + "人，实到" + entitled + "人，收回选票" + (entitled + 1) + "张",
                        "本次投票无效",
                        "党委委员第1次投票（上次投票无效，重新投票）",
                        "党委委员第2次投票（得票相等者重新投票）");
        // further ballots and the seat left unfilled
        assertThat(text)
                .contains(
                        "纪委委员第2次投票（另行投票）",
                        "纪委委员第3次投票（另行投票）",
                        "经另行投票仍有1个名额未选出",
                        "党委委员共投票3次，其中无效后重新投票1次，得票相等者重新投票1次，另行投票0次；未选出的名额0个",
                        "纪委委员共投票3次，其中无效后重新投票0次，得票相等者重新投票0次，另行投票2次；未选出的名额1个",
                        "纪委委员（4名）");
        // R13: the scrutineers and counters with each ballot (SimulatedParticipant's tellers, and the re-vote's own)
        assertThat(text).contains("书记、副书记第1次投票", "监票人：监票人甲、监票人乙；计票人：计票人丙", "党委候选11得30票。监票人：监票人丁；计票人：计票人戊。");
        assertThat(text).contains("纪委书记：党委候选2（4票）；纪委副书记：党委候选10（4票）");
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
                .reduce((a, b) -> b)
                .orElseThrow();
        try {
            return List.of(MAPPER.readValue(finished.getRaceElectedJson(), String[].class));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private StepState state(CampaignCreated campaign, String step) {
        return boards.board(campaign.id()).townships().get(0).steps().stream()
                .filter(c -> c.step().equals(step))
                .findFirst()
                .orElseThrow()
                .state();
    }
}
