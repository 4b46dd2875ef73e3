package cn.county.reelection.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.county.reelection.audit.Decision;
import cn.county.reelection.audit.DecisionRepository;
import cn.county.reelection.audit.HistoryEntry;
import cn.county.reelection.congress.RaceRecord;
import cn.county.reelection.congress.RaceRecordRepository;
import cn.county.reelection.dryrun.SimulatedParticipant;
import cn.county.reelection.process.ProcessInputException;
import cn.county.reelection.process.ProcessTestSupport;
import cn.county.reelection.process.TownshipScript;
import cn.county.reelection.reporting.Board;
import cn.county.reelection.timeline.DeadlineEvent;
import cn.county.reelection.timeline.StepState;
import cn.county.reelection.web.ApiException;
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
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code villageReelection} on the real process and rules (DOMAIN.md V1–V11). */
class VillageReelectionProcessTest extends ProcessTestSupport {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AtomicInteger CODES = new AtomicInteger();
    static final int VOTERS = 60;
    static final int REPRESENTATIVES = 41;

    @Autowired
    VillageCampaignService villageCampaigns;

    @Autowired
    RegisterService register;

    @Autowired
    VillageReportService reports;

    @Autowired
    VillageDeadlineEventRepository deadlineEvents;

    @Autowired
    VillageHistoryService villageHistory;

    @Autowired
    VillageRepository villageRepository;

    @Autowired
    DecisionRepository decisions;

    @Autowired
    RaceRecordRepository raceRecords;

    /** A campaign of one township with the given places; every village's register is imported (V1). */
    VillageCampaignCreated startCampaign(Variant... variants) {
        return startCampaign(null, null, variants);
    }

    /** The same in {@code order} (V7; null: the default), each community electing at {@code meeting} (V3; null: the default). */
    VillageCampaignCreated startCampaign(RepresentativesOrder order, ElectionMeeting meeting, Variant... variants) {
        String township = "VT" + CODES.incrementAndGet();
        List<VillageCampaignRequest.VillageRequest> places = new ArrayList<>();
        for (int i = 0; i < variants.length; i++) {
            places.add(new VillageCampaignRequest.VillageRequest(
                    township + "V" + (i + 1),
                    (variants[i] == Variant.VILLAGE ? "第%d村" : "第%d社区").formatted(i + 1),
                    variants[i],
                    600,
                    variants[i] == Variant.COMMUNITY ? meeting : null));
        }
        VillageCampaignCreated created = villageCampaigns.start(
                new VillageCampaignRequest(township, "测试镇" + township, "test", 2026, null, places, order), "admin");
        for (int i = 0; i < created.villages().size(); i++) {
            register.importRegister(
                    created.villages().get(i).businessKey(),
                    "register.csv",
                    new ByteArrayInputStream(registerCsv(i).getBytes(StandardCharsets.UTF_8)),
                    null);
        }
        return created;
    }

    /** {@value #VOTERS} adult voters, distinct per village. */
    static String registerCsv(int village) {
        StringBuilder csv = new StringBuilder("姓名,身份证号码,村民小组\n");
        for (int i = 0; i < VOTERS; i++) {
            csv.append("村民%d-%d,%s,第%d组\n"
                    .formatted(
                            village,
                            i,
                            IdNumber.of(
                                    "530722",
                                    LocalDate.of(1960, 1, 1).plusDays(i * 3L + village * 1000L),
                                    village % 1000),
                            i % 4 + 1));
        }
        return csv.toString();
    }

    ProcessInstance instance(VillageCampaignCreated campaign, int index) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(campaign.villages().get(index).processInstanceId())
                .singleResult();
    }

    /** The committee's nominees: the chair, a woman, three more; the chair also leads the branch list (一肩挑). */
    static ArrayNode committeeCandidates() {
        ArrayNode list = MAPPER.createArrayNode();
        String[][] people = {
            {"王主任", "M", "CHAIR"},
            {"李秀英", "F", "DEPUTY"},
            {"张委员", "M", "MEMBER"},
            {"赵候选", "M", "MEMBER"},
            {"钱候选", "F", "MEMBER"}
        };
        for (String[] p : people) {
            list.addObject().put("name", p[0]).put("gender", p[1]).put("post", p[2]);
        }
        return list;
    }

    /** A community elects 5 to 9 (V3 amended): six nominees for five seats. */
    static ArrayNode communityCandidates() {
        ArrayNode list = committeeCandidates();
        list.addObject().put("name", "孙居民").put("gender", "M").put("post", "MEMBER");
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
            case "V3_NominateAtCombinedMeeting" -> {
                a.put("committeeSeats", 3);
                a.put(
                        "committeeCandidates",
                        new SimulatedParticipant.Json(committeeCandidates().toString()));
            }
            case "V3_NominateAtRepresentativeMeeting" -> {
                a.put("committeeSeats", 5);
                a.put(
                        "committeeCandidates",
                        new SimulatedParticipant.Json(communityCandidates().toString()));
            }
            case "V3_PublishCandidates" -> a.put("candidatesPublished", true);
            case "Branch_RecommendCandidates" -> {
                a.put("branchSeats", 3);
                a.put("partyMembers", 30);
                a.put(
                        "branchCandidates",
                        new SimulatedParticipant.Json(branchCandidates().toString()));
            }
            case "V7_SetUpOrganisations" -> {
                a.put("financialGroup", "孙某、周某、吴某");
                a.put("subCommitteesSetUp", true);
            }
            case "V8_SubmitOutcomeReport" -> a.put("reportText", "关于村两委换届选举结果的报告");
            default -> {
                if (task.getTaskDefinitionKey().endsWith("_HandleUnfilledSeats")) {
                    a.put("approved", false);
                    a.put("comment", "缺额保留，由下次村民代表会议补选");
                } else if (task.getTaskDefinitionKey().contains("Review")) {
                    a.put("approved", true);
                    a.put("comment", "同意");
                } else {
                    a.put(
                            "tally",
                            new SimulatedParticipant.Json(winningTally(SimulatedParticipant.race(vars))
                                    .toString()));
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
            if (open.isEmpty()
                    || open.stream().anyMatch(t -> t.getTaskDefinitionKey().equals(key))) {
                return;
            }
            completeWith(open.get(0), Map.of());
        }
        throw new IllegalStateException("process did not reach " + key);
    }

    static void assertThatPi(ProcessInstance pi, String... waitingAt) {
        BpmnAwareTests.assertThat(pi).isWaitingAt(waitingAt);
    }

    @Test
    void v3_village_nominatesAndElectsAtOneMeeting_andReportsTheOutcomeToTheTownship() {
        VillageCampaignCreated campaign = startCampaign(Variant.VILLAGE);
        ProcessInstance pi = instance(campaign, 0);
        assertThatPi(pi, "V5_EvaluateOutgoingCommittees");
        assertThat(task(pi).getDueDate()).isNotNull();
        // the task names its township and village; Cockpit's currentStep reads in words with its deadline
        assertThat(task(pi).getName()).isEqualTo("民主测评上届两委成员（测试镇%s·第1村）".formatted(campaign.townshipCode()));
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "currentStep"))
                .isEqualTo("民主测评上届两委成员");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "currentDeadline"))
                .isEqualTo("2026-11-30");
        assertThat(taskService
                        .createTaskQuery()
                        .taskId(task(pi).getId())
                        .taskCandidateGroup("township-" + campaign.townshipCode())
                        .count())
                .isEqualTo(1);

        driveTo(pi, "V2_ChooseElectionCommittee");
        assertThat(taskService
                        .createTaskQuery()
                        .taskId(task(pi).getId())
                        .taskCandidateGroup(
                                "village-" + campaign.villages().get(0).code())
                        .count())
                .isEqualTo(1);
        driveTo(pi, "V4_RecordCommitteeElection");
        // 二合一: the combined meeting's nominees go straight to the ballot, no separate publication
        BpmnAwareTests.assertThat(pi)
                .hasPassed("V3_NominateAtCombinedMeeting")
                .hasNotPassed("V3_PublishCandidates", "V3_NominateAtRepresentativeMeeting");
        Task record = task("V4_RecordCommitteeElection", pi);
        assertThat(raceState(record).get("entitled").asInt()).isEqualTo(VOTERS); // the published list (V1)
        assertThat(raceState(record).get("quorum").asText()).isEqualTo("HALF");

        driveTo(pi, "__end__");

        BpmnAwareTests.assertThat(pi)
                .isEnded()
                .hasPassed("Branch_ReviewCandidates", "V7_SetUpOrganisations", "V8_ReviewOutcomeReport");
        VillageReportService.Summary summary = reports.summary(campaign.id(), false);
        assertThat(summary.reported()).isEqualTo(1);
        VillageReportService.OutcomeView view = summary.villages().get(0);
        assertThat(view.outcome().committee())
                .extracting(VillageOutcome.Member::name)
                .containsExactly("王主任", "李秀英", "张委员");
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
        assertThat(board.townships().get(0).steps())
                .extracting(Board.Cell::state)
                .containsOnly(StepState.DONE);
    }

    @Test
    void v3_community_nominatesAtARepresentativeMeeting_publishes_thenElectsAtASecondMeeting() {
        VillageCampaignCreated campaign = startCampaign(Variant.COMMUNITY);
        ProcessInstance pi = instance(campaign, 0);

        driveTo(pi, "V3_PublishCandidates");
        BpmnAwareTests.assertThat(pi)
                .hasPassed("V3_NominateAtRepresentativeMeeting")
                .hasNotPassed("V3_NominateAtCombinedMeeting");
        completeWith(task("V3_PublishCandidates", pi), Map.of());
        Task record = task("V4_RecordCommitteeElection", pi);
        // the residents' representative meeting elects: those entitled are the representatives (V3, V7)
        assertThat(raceState(record).get("entitled").asInt()).isEqualTo(REPRESENTATIVES);

        driveTo(pi, "__end__");
        BpmnAwareTests.assertThat(pi).isEnded();
        assertThat(reports.summary(campaign.id(), false).summary().communities())
                .isEqualTo(1);
    }

    @Test
    void v4_electionDayWithHalfOrFewerTakingPart_isNoElection_andIsRecordedAgain() {
        ProcessInstance pi = instance(startCampaign(Variant.VILLAGE), 0);
        driveTo(pi, "V4_RecordCommitteeElection");
        Task record = task("V4_RecordCommitteeElection", pi);
        ObjectNode tally = winningTally(raceState(record));
        tally.put("present", VOTERS / 2); // 30 of 60: half, not more than half
        tally.put("ballotsCast", VOTERS / 2);
        ObjectNode counts =
                MAPPER.createObjectNode().put("王主任", 30).put("李秀英", 30).put("张委员", 30);
        tally.set("counts", counts);

        completeWith(record, Map.of("tally", json(tally)));

        Task again = task("V4_RecordCommitteeElection", pi);
        assertThat((String) taskService.getVariable(again.getId(), "lastProblem"))
                .contains("V4")
                .contains("半数");
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
        ObjectNode tally = winningTally(raceState(record));
        // 60 take part: 王主任 and 李秀英 have a majority; 张委员 (30), 赵候选 (20), 钱候选 (10) do not
        tally.set(
                "counts",
                MAPPER.createObjectNode()
                        .put("王主任", 50)
                        .put("李秀英", 40)
                        .put("张委员", 30)
                        .put("赵候选", 20)
                        .put("钱候选", 10));

        completeWith(record, Map.of("tally", json(tally)));

        Task runOff = task("V4_RecordRunOff", pi);
        JsonNode race = raceState(runOff);
        assertThat(race.get("ballotKind").asText()).isEqualTo("RUN_OFF");
        assertThat(race.get("ballotSeats").asInt()).isEqualTo(1);
        assertThat(MAPPER.convertValue(race.get("candidates"), List.class)).containsExactly("张委员", "赵候选");
        assertThat((String) taskService.getVariable(runOff.getId(), "ballotCandidates"))
                .isEqualTo("张委员、赵候选");
        // 58 take part: 20 votes is at least a third of 58 ballots (19.33), though far from a majority
        ObjectNode second = TownshipScript.tally(
                VOTERS,
                58,
                List.of("张委员", "赵候选"),
                MAPPER.createObjectNode().put("张委员", 20).put("赵候选", 19),
                58);
        completeWith(runOff, Map.of("tally", json(second)));

        assertThatPi(pi, "Branch_RecommendCandidates");
        driveTo(pi, "__end__");
        VillageOutcome outcome =
                reports.summary(campaign.id(), false).villages().get(0).outcome();
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
        assertThat(summary.overlapRatePercent()).isEqualTo(50); // 4 of the 3 + 5 committee members
    }

    @Test
    void v1_theListCannotBePublishedWithoutARegister_andV3TooFewCandidatesIsRefused() {
        VillageCampaignCreated campaign = villageCampaigns.start(
                new VillageCampaignRequest(
                        "VT" + CODES.incrementAndGet(),
                        "无名镇",
                        "test",
                        2026,
                        null,
                        List.of(new VillageCampaignRequest.VillageRequest(
                                "VX" + CODES.incrementAndGet(), "空村", Variant.VILLAGE, 100))),
                "admin");
        ProcessInstance pi = instance(campaign, 0);
        driveTo(pi, "V1_RegisterVoters");
        assertThatThrownBy(() -> completeWith(task("V1_RegisterVoters", pi), Map.of()))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageContaining("V1");
        assertThatPi(pi, "V1_RegisterVoters");

        register.importRegister(
                pi.getBusinessKey(),
                "r.csv",
                new ByteArrayInputStream(registerCsv(7).getBytes(StandardCharsets.UTF_8)),
                null);
        driveTo(pi, "V3_NominateAtCombinedMeeting");
        ArrayNode three = MAPPER.createArrayNode();
        committeeCandidates().forEach(p -> {
            if (three.size() < 3) three.add(p);
        });
        assertThatThrownBy(() -> completeWith(
                        task("V3_NominateAtCombinedMeeting", pi),
                        Map.of("committeeCandidates", new SimulatedParticipant.Json(three.toString()))))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageContaining("V3")
                .hasMessageContaining("多于应选名额");
        assertThatPi(pi, "V3_NominateAtCombinedMeeting");
    }

    @Test
    void v9_missedEvaluationDeadline_isFlaggedOnTheBoard_andTheWorkGoesOn() {
        VillageCampaignCreated campaign = startCampaign(Variant.VILLAGE);
        ProcessInstance pi = instance(campaign, 0);
        var timer = jobQuery()
                .processInstanceId(pi.getId())
                .activityId("Timer_EvaluationDeadline")
                .singleResult();
        assertThat(timer.getDuedate().toInstant())
                .isEqualTo(
                        LocalDate.of(2026, 12, 1).atStartOfDay(ZONE).toInstant().minusSeconds(1));

        setClock(2026, 12, 2, 9);
        execute(timer);

        assertThatPi(pi, "V5_EvaluateOutgoingCommittees");
        assertThat(reports.board(campaign.id(), false)
                        .townships()
                        .get(0)
                        .steps()
                        .get(0)
                        .state())
                .isEqualTo(StepState.OVERDUE);
        // the county's notice, as a township's overdue step leaves one (timeline/TimelineService#overdue)
        long villageId = ((Number) engine.getRuntimeService().getVariable(pi.getId(), "villageId")).longValue();
        assertThat(deadlineEvents.findByVillageIdOrderByOccurredAt(villageId))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getStep()).isEqualTo(VillageStep.EVALUATION);
                    assertThat(e.getKind()).isEqualTo(DeadlineEvent.Kind.OVERDUE);
                    assertThat(e.getMessage()).contains("「" + VillageStep.EVALUATION.label() + "」已超过期限2026年11月30日仍未完成");
                });
        completeWith(task(pi), Map.of());
        assertThat(reports.board(campaign.id(), false)
                        .townships()
                        .get(0)
                        .steps()
                        .get(0)
                        .state())
                .isEqualTo(StepState.DONE_LATE);
        assertThatPi(pi, "V9_HoldMobilisationMeeting");
    }

    @Test
    void v4_seatStillUnfilledAfterTheRunOff_goesToTheTownship_whichKeepsTheVacancyWithItsReason() {
        VillageCampaignCreated campaign = startCampaign(Variant.VILLAGE);
        ProcessInstance pi = instance(campaign, 0);
        driveTo(pi, "V4_RecordCommitteeElection");
        Task record = task("V4_RecordCommitteeElection", pi);
        ObjectNode tally = winningTally(raceState(record));
        tally.set(
                "counts",
                MAPPER.createObjectNode()
                        .put("王主任", 50)
                        .put("李秀英", 40)
                        .put("张委员", 30)
                        .put("赵候选", 20)
                        .put("钱候选", 10));
        completeWith(record, Map.of("tally", json(tally)));
        // 58 ballots: 15 votes are less than a third (19.33), so nobody takes the third seat (V4)
        completeWith(
                task("V4_RecordRunOff", pi),
                Map.of(
                        "tally",
                        json(TownshipScript.tally(
                                VOTERS,
                                58,
                                List.of("张委员", "赵候选"),
                                MAPPER.createObjectNode().put("张委员", 15).put("赵候选", 10),
                                58))));

        Task handle = task("V4_HandleUnfilledSeats", pi);
        assertThat(taskService
                        .createTaskQuery()
                        .taskId(handle.getId())
                        .taskCandidateGroup("township-" + campaign.townshipCode())
                        .count())
                .isEqualTo(1);
        assertThat(taskService.getVariable(handle.getId(), "unfilledSeats")).isEqualTo(1);
        JsonNode context = formContext(handle);
        assertThat(context.get("raceLabel").asText()).isEqualTo("村民委员会成员");
        assertThat(context.get("villageName").asText()).isEqualTo("第1村");
        // one 另行选举 only (V4): the vacancy cannot be re-run from here, and keeping it needs its reason (R11)
        assertThatThrownBy(() -> completeWith(handle, Map.of("approved", true)))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageContaining("[V4] 审批结论");
        Map<String, Object> noReason = new LinkedHashMap<>();
        noReason.put("comment", " ");
        assertThatThrownBy(() -> completeWith(handle, noReason))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageContaining("[R11] 审批意见");
        assertThatPi(pi, "V4_HandleUnfilledSeats");

        completeWith(handle, Map.of());
        assertThatPi(pi, "Branch_RecommendCandidates");
        driveTo(pi, "__end__");
        VillageOutcome outcome =
                reports.summary(campaign.id(), false).villages().get(0).outcome();
        assertThat(outcome.committee()).extracting(VillageOutcome.Member::name).containsExactly("王主任", "李秀英");
        assertThat(outcome.unfilledSeats()).isEqualTo(1);
        assertThat(reports.summary(campaign.id(), false).summary().needingAnotherElection())
                .containsExactly("第1村");
        assertThat(engine.getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(pi.getId())
                        .variableName("comment")
                        .list())
                .extracting(v -> v.getValue())
                .contains("缺额保留，由下次村民代表会议补选");
    }

    @Test
    void r6_branchSecretaryUnfilledAfterTwoFurtherBallots_goesToTheTownshipToo() {
        VillageCampaignCreated campaign = startCampaign(Variant.VILLAGE);
        ProcessInstance pi = instance(campaign, 0);
        driveTo(pi, "Branch_RecordElection");
        completeWith(task("Branch_RecordElection", pi), Map.of()); // the branch committee
        for (int ballot = 1;
                ballot <= 3;
                ballot++) { // the secretary: first ballot and two further ballots, no majority
            Task record = task("Branch_RecordElection", pi);
            JsonNode race = raceState(record);
            assertThat(race.get("name").asText()).isEqualTo("branchSecretary");
            ObjectNode split = winningTally(race);
            ObjectNode counts = MAPPER.createObjectNode();
            split.get("counts").fieldNames().forEachRemaining(name -> counts.put(name, 15));
            split.set("counts", counts);
            completeWith(record, Map.of("tally", json(split)));
        }
        Task handle = task("Branch_HandleUnfilledSeats", pi);
        assertThat(formContext(handle).get("raceLabel").asText()).isEqualTo("党支部书记");
        completeWith(handle, Map.of());
        // the deputy secretary follows (V10); with no secretary elected, every elected branch member may stand
        Task deputy = task("Branch_RecordElection", pi);
        assertThat(raceState(deputy).get("name").asText()).isEqualTo("branchDeputySecretary");
        assertThat(MAPPER.convertValue(raceState(deputy).get("eligible"), List.class))
                .containsExactly("王主任", "李秀英", "孙党员");
        completeWith(deputy, Map.of());
        assertThatPi(pi, "V7_SetUpOrganisations");
    }

    @Test
    void bothModelsHandOnlyTheVacancyTasksToTheUnfilledSeatsListener_onStartAndEnd() {
        var model = engine.getRepositoryService()
                .getBpmnModelInstance(engine.getRepositoryService()
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(VillageCampaignService.PROCESS_KEY)
                        .latestVersion()
                        .singleResult()
                        .getId());
        for (String key : List.of("V4_HandleUnfilledSeats", "Branch_HandleUnfilledSeats")) {
            var listeners = model.getModelElementById(key)
                    .getChildElementsByType(ExtensionElements.class)
                    .iterator()
                    .next()
                    .getElementsQuery()
                    .filterByType(CamundaExecutionListener.class)
                    .list();
            assertThat(listeners)
                    .filteredOn(l -> "${villageUnfilledSeatsListener}".equals(l.getCamundaDelegateExpression()))
                    .extracting(l -> l.getCamundaEvent())
                    .containsExactlyInAnyOrder("start", "end");
        }
        assertThat(model.getModelElementsByType(UserTask.class))
                .allSatisfy(t -> assertThat(t.getCamundaFormKey()).startsWith("embedded:/forms/"));
    }

    @Test
    void formContext_showsEachListItsSeatsAndLeastCandidatesBeforeAnythingIsTyped_fromTheRulesTheServerChecks() {
        VillageCampaignCreated campaign = startCampaign(Variant.VILLAGE, Variant.COMMUNITY);
        ProcessInstance village = instance(campaign, 0);
        driveTo(village, "V3_NominateAtCombinedMeeting");
        JsonNode context = formContext(task("V3_NominateAtCombinedMeeting", village));
        assertThat(context.get("seatsMin").asInt()).isEqualTo(3);
        assertThat(context.get("seatsMax").asInt()).isEqualTo(7);
        assertThat(context.get("minimumCandidates").get("5").asInt()).isEqualTo(6);
        assertThat(context.get("committee").asText()).isEqualTo("村民委员会");

        ProcessInstance community = instance(campaign, 1);
        driveTo(community, "V3_NominateAtRepresentativeMeeting");
        Task nominate = task("V3_NominateAtRepresentativeMeeting", community);
        context = formContext(nominate);
        assertThat(context.get("seatsMin").asInt()).isEqualTo(5);
        assertThat(context.get("seatsMax").asInt()).isEqualTo(9);
        // V3 amended: a residents' committee has 5 to 9 members; the server refuses 4 as the form does
        assertThatThrownBy(() -> completeWith(nominate, Map.of("committeeSeats", 4)))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageContaining("[V3] 村（居）委会委员名额")
                .hasMessageContaining("5到9");

        driveTo(village, "Branch_RecommendCandidates");
        context = formContext(task("Branch_RecommendCandidates", village));
        assertThat(context.get("minimumCandidates").get("6").asInt()).isEqualTo(8); // ceil(6 × 1.2), R3
        assertThat(context.get("minimumCandidates").get("3").asInt()).isEqualTo(4);
        completeWith(task("Branch_RecommendCandidates", village), Map.of());
        context = formContext(task("Branch_ReviewCandidates", village));
        assertThat(context.get("branchSeats").asInt()).isEqualTo(3);
        assertThat(context.get("branchMinimum").asInt()).isEqualTo(4);
        assertThat(context.get("partyMembers").asInt()).isEqualTo(30);
    }

    /** {@code seats} seats and one more nominee than seats, the chair first (V3: 差额). */
    static ArrayNode nominees(int seats) {
        ArrayNode list = MAPPER.createArrayNode();
        for (int i = 0; i <= seats; i++) {
            list.addObject()
                    .put("name", i == 0 ? "王主任" : i == 1 ? "李秀英" : "居民候选" + i)
                    .put("gender", i == 1 ? "F" : "M")
                    .put("post", i == 0 ? "CHAIR" : i == 1 ? "DEPUTY" : "MEMBER");
        }
        return list;
    }

    @Test
    void v3_communityAtResidentsGeneralMeeting_elects9() {
        VillageCampaignCreated campaign = startCampaign(null, ElectionMeeting.RESIDENTS_MEETING, Variant.COMMUNITY);
        assertThat(campaign.villages().get(0).meeting()).isEqualTo(ElectionMeeting.RESIDENTS_MEETING);
        ProcessInstance pi = instance(campaign, 0);
        driveTo(pi, "V3_NominateAtRepresentativeMeeting");
        Task nominate = task("V3_NominateAtRepresentativeMeeting", pi);
        JsonNode context = formContext(nominate);
        assertThat(context.get("meetingLabel").asText()).isEqualTo("居民会议");
        assertThat(context.get("seatsMax").asInt()).isEqualTo(9);
        completeWith(nominate, Map.of("committeeSeats", 9, "committeeCandidates", json(nominees(9))));
        completeWith(task("V3_PublishCandidates", pi), Map.of());

        // the residents' meeting: every registered resident is entitled (V1), not the 41 representatives (V7)
        Task record = task("V4_RecordCommitteeElection", pi);
        JsonNode race = raceState(record);
        assertThat(race.get("entitled").asInt()).isEqualTo(VOTERS);
        assertThat(race.get("ballotSeats").asInt()).isEqualTo(9);
        completeWith(record, Map.of());

        driveTo(pi, "__end__");
        VillageOutcome outcome =
                reports.summary(campaign.id(), false).villages().get(0).outcome();
        assertThat(outcome.committee()).hasSize(9);
        assertThat(outcome.entitled()).isEqualTo(VOTERS);
    }

    @Test
    void v3_communityWith10Members_isRefused() {
        VillageCampaignCreated campaign = startCampaign(null, ElectionMeeting.RESIDENTS_MEETING, Variant.COMMUNITY);
        ProcessInstance pi = instance(campaign, 0);
        driveTo(pi, "V3_NominateAtRepresentativeMeeting");
        Task nominate = task("V3_NominateAtRepresentativeMeeting", pi);
        assertThatThrownBy(() ->
                        completeWith(nominate, Map.of("committeeSeats", 10, "committeeCandidates", json(nominees(10)))))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageContaining("[V3]")
                .hasMessageContaining("5到9")
                .hasMessageContaining("10");
        assertThatPi(pi, "V3_NominateAtRepresentativeMeeting");
        assertThat(register.village(pi.getBusinessKey()).getCommitteeCandidatesJson())
                .isNull();
    }

    @Test
    void v3_electionMeetingIsACommunitysOnly_andV7RepresentativesMeetingNeedsTheRepresentativesFirst() {
        String township = "VT" + CODES.incrementAndGet();
        var village = new VillageCampaignRequest.VillageRequest(
                township + "V1", "某村", Variant.VILLAGE, 300, ElectionMeeting.RESIDENTS_MEETING);
        assertThatThrownBy(() -> villageCampaigns.start(
                        new VillageCampaignRequest(township, "某镇", "test", 2026, null, List.of(village)), "admin"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.rule()).isEqualTo("V3");
                    assertThat(e.field()).isEqualTo("villages[0].meeting");
                });
        var community = new VillageCampaignRequest.VillageRequest(
                township + "C1", "某社区", Variant.COMMUNITY, 876, ElectionMeeting.REPRESENTATIVES_MEETING);
        assertThatThrownBy(() -> villageCampaigns.start(
                        new VillageCampaignRequest(
                                township,
                                "某镇",
                                "test",
                                2026,
                                null,
                                List.of(community),
                                RepresentativesOrder.AFTER_COMMITTEE),
                        "admin"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.rule()).isEqualTo("V7");
                    assertThat(e.field()).isEqualTo("villages[0].meeting");
                });
        assertThat(villageRepository.findByBusinessKey("2026-" + township + "C1"))
                .isEmpty();
    }

    @Test
    void v7_campaignChoosesRepresentativesAfterTheCommittee() {
        VillageCampaignCreated campaign =
                startCampaign(RepresentativesOrder.AFTER_COMMITTEE, null, Variant.VILLAGE, Variant.COMMUNITY);
        assertThat(campaign.representativesOrder()).isEqualTo(RepresentativesOrder.AFTER_COMMITTEE);
        // 篇三: the representatives' deadline follows the committee's
        assertThat(campaign.deadlines().get("REPRESENTATIVES"))
                .isAfter(campaign.deadlines().get("COMMITTEE_ELECTION"));
        ProcessInstance pi = instance(campaign, 0);
        driveTo(pi, "V4_RecordCommitteeElection");
        BpmnAwareTests.assertThat(pi).hasNotPassed("V7_ElectRepresentatives");
        driveTo(pi, "V7_ElectRepresentatives");
        BpmnAwareTests.assertThat(pi)
                .hasPassed("V4_RecordCommitteeElection")
                .hasNotPassed("Branch_RecommendCandidates");
        Task representatives = task("V7_ElectRepresentatives", pi);
        assertThat(formContext(representatives).get("representativesOrderLabel").asText())
                .contains("篇三");
        completeWith(representatives, Map.of());
        // then the Party branch (V10), and the report still has the representatives
        assertThatPi(pi, "Branch_RecommendCandidates");
        driveTo(pi, "__end__");
        assertThat(reports.summary(campaign.id(), false)
                        .villages()
                        .get(0)
                        .outcome()
                        .representatives())
                .isEqualTo(REPRESENTATIVES);

        // a community of such a campaign elects at its residents' meeting, the representatives coming after it
        assertThat(campaign.villages().get(1).meeting()).isEqualTo(ElectionMeeting.RESIDENTS_MEETING);
        ProcessInstance community = instance(campaign, 1);
        driveTo(community, "V4_RecordCommitteeElection");
        assertThat(raceState(task("V4_RecordCommitteeElection", community))
                        .get("entitled")
                        .asInt())
                .isEqualTo(VOTERS);
        BpmnAwareTests.assertThat(community).hasNotPassed("V7_ElectRepresentatives");
    }

    @Test
    void v7_campaignWithoutAnOrder_choosesRepresentativesBeforeTheCommittee() {
        VillageCampaignCreated campaign = startCampaign(Variant.VILLAGE);
        assertThat(campaign.representativesOrder()).isEqualTo(RepresentativesOrder.BEFORE_COMMITTEE);
        ProcessInstance pi = instance(campaign, 0);
        driveTo(pi, "V4_RecordCommitteeElection");
        BpmnAwareTests.assertThat(pi).hasPassed("V7_ElectRepresentatives");
        driveTo(pi, "Branch_RecommendCandidates");
        assertThat(engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(pi.getId())
                        .activityId("V7_ElectRepresentatives")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void v10_branchElectsSecretaryAndDeputySecretary() {
        VillageCampaignCreated campaign = startCampaign(Variant.VILLAGE);
        ProcessInstance pi = instance(campaign, 0);
        driveTo(pi, "Branch_RecordElection");
        BpmnAwareTests.assertThat(pi).hasPassed("V4_RecordCommitteeElection"); // 先村后支
        completeWith(task("Branch_RecordElection", pi), Map.of()); // the branch committee
        completeWith(task("Branch_RecordElection", pi), Map.of()); // the secretary: 王主任
        Task deputy = task("Branch_RecordElection", pi);
        JsonNode race = raceState(deputy);
        assertThat(race.get("name").asText()).isEqualTo("branchDeputySecretary");
        assertThat(formContext(deputy).get("raceLabel").asText()).isEqualTo("党支部副书记");
        // from the elected members other than the secretary
        assertThat(MAPPER.convertValue(race.get("eligible"), List.class)).containsExactly("李秀英", "孙党员");
        ObjectNode secretaryAgain = TownshipScript.tally(
                30,
                30,
                List.of("王主任", "李秀英"),
                MAPPER.createObjectNode().put("王主任", 30).put("李秀英", 0),
                30);
        assertThatThrownBy(() -> completeWith(deputy, Map.of("tally", json(secretaryAgain))))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageContaining("王主任");
        completeWith(deputy, Map.of());

        driveTo(pi, "__end__");
        VillageOutcome outcome =
                reports.summary(campaign.id(), false).villages().get(0).outcome();
        assertThat(outcome.branchSecretary()).isEqualTo("王主任");
        assertThat(outcome.branchDeputySecretary()).isEqualTo("李秀英");
        // the branch election cites V10, not V3
        assertThat(VillageStep.BRANCH_ELECTION.rule()).isEqualTo("V10");
        var model = engine.getRepositoryService()
                .getBpmnModelInstance(engine.getRepositoryService()
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(VillageCampaignService.PROCESS_KEY)
                        .latestVersion()
                        .singleResult()
                        .getId());
        for (String id :
                List.of("SubProcess_BranchElection", "Timer_BranchElectionDeadline", "SubProcess_BranchRace")) {
            String doc = model.getModelElementById(id)
                    .getChildElementsByType(Documentation.class)
                    .iterator()
                    .next()
                    .getTextContent();
            assertThat(doc).as(id).contains("V10").doesNotContain("V3");
        }
    }

    @Test
    void v11_villageDecisionsAndBallotsAreInTheAuditRecord() {
        VillageCampaignCreated campaign = startCampaign(Variant.VILLAGE);
        ProcessInstance pi = instance(campaign, 0);
        long villageId = register.village(pi.getBusinessKey()).getId();
        driveTo(pi, "V4_RecordCommitteeElection");
        Task record = task("V4_RecordCommitteeElection", pi);
        ObjectNode tally = winningTally(raceState(record));
        tally.set(
                "counts",
                MAPPER.createObjectNode()
                        .put("王主任", 50)
                        .put("李秀英", 40)
                        .put("张委员", 30)
                        .put("赵候选", 20)
                        .put("钱候选", 10));
        engine.getIdentityService().setAuthentication("teller-" + villageId, List.of("camunda-admin"));
        try {
            completeWith(record, Map.of("tally", json(tally)));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        completeWith(
                task("V4_RecordRunOff", pi),
                Map.of(
                        "tally",
                        json(TownshipScript.tally(
                                VOTERS,
                                58,
                                List.of("张委员", "赵候选"),
                                MAPPER.createObjectNode().put("张委员", 15).put("赵候选", 10),
                                58))));
        completeWith(task("V4_HandleUnfilledSeats", pi), Map.of());
        completeWith(task("Branch_RecommendCandidates", pi), Map.of());
        completeWith(task("Branch_ReviewCandidates", pi), Map.of("approved", false, "comment", "请补充群众推荐情况"));
        driveTo(pi, "__end__");

        // the township's record of decisions: who, when and why
        List<Decision> kept = decisions.findByVillageIdOrderById(villageId);
        assertThat(kept)
                .extracting(Decision::getTaskKey)
                .containsExactly(
                        "V4_HandleUnfilledSeats",
                        "Branch_ReviewCandidates",
                        "Branch_ReviewCandidates",
                        "V8_ReviewOutcomeReport");
        assertThat(kept).allSatisfy(d -> {
            assertThat(d.getTownship()).isNull();
            assertThat(d.getDecidedAt()).isNotNull();
        });
        assertThat(kept.get(0).isApproved()).isFalse();
        assertThat(kept.get(0).getComment()).isEqualTo("缺额保留，由下次村民代表会议补选");
        assertThat(kept.get(0).getScope()).isEqualTo("villageCommittee");
        assertThat(kept.get(1).getComment()).isEqualTo("请补充群众推荐情况");
        assertThat(kept.get(2).isApproved()).isTrue();

        // and of ballots: every ballot, the committee's two and the branch's three races
        List<RaceRecord> ballots = raceRecords.findByVillageIdOrderById(villageId);
        assertThat(ballots)
                .extracting(RaceRecord::getRace)
                .containsExactly(
                        "villageCommittee",
                        "villageCommittee",
                        "branchCommittee",
                        "branchSecretary",
                        "branchDeputySecretary");
        assertThat(ballots.get(0).getRecordedBy()).isEqualTo("teller-" + villageId);
        assertThat(ballots.get(0).getEntitled()).isEqualTo(VOTERS);
        assertThat(ballots.get(0).isFinished()).isFalse();
        assertThat(ballots.get(1).isFinished()).isTrue();
        assertThat(ballots.get(1).getUnfilledSeats()).isEqualTo(1);

        // read back as the township's history reads
        List<HistoryEntry> history = villageHistory.history(register.village(pi.getBusinessKey()));
        assertThat(history)
                .filteredOn(e -> "VACANCY_KEPT".equals(e.kind()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.step()).isEqualTo("V4");
                    assertThat(e.what()).contains("处理委员会缺额").contains("村民委员会成员");
                    assertThat(e.why()).isEqualTo("缺额保留，由下次村民代表会议补选");
                });
        assertThat(history)
                .filteredOn(e -> "RETURNED".equals(e.kind()))
                .singleElement()
                .satisfies(e -> assertThat(e.step()).isEqualTo("V10"));
        assertThat(history)
                .filteredOn(e -> "RESULT".equals(e.kind()))
                .hasSize(5)
                .anySatisfy(e -> assertThat(e.what()).contains("党支部副书记选举第1次投票").contains("当选：李秀英"));
        assertThat(history).extracting(HistoryEntry::at).isSorted();
    }
}
