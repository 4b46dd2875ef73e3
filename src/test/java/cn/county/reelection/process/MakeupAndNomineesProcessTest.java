package cn.county.reelection.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.county.reelection.audit.DecisionRepository;
import cn.county.reelection.audit.HistoryEntry;
import cn.county.reelection.audit.TownshipHistoryService;
import cn.county.reelection.campaign.RaceName;
import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.congress.RaceService;
import cn.county.reelection.dryrun.SimulatedParticipant;
import cn.county.reelection.township.CampaignCreated;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** R2 make-up of the elected delegates, R4/R5 nominee checks and R9 county delegates, on the real process. */
class MakeupAndNomineesProcessTest extends ProcessTestSupport {

    @Autowired
    DecisionRepository decisions;

    @Autowired
    TownshipHistoryService history;

    @Autowired
    RaceService races;

    @Autowired
    TownshipRepository townships;

    /** Drives T3 with candidate lists whose every member has {@code category}, up to the make-up check's outcome. */
    private void electDelegatesOfCategory(ProcessInstance pi, String category) {
        driveUntil(pi, t -> t.getTaskDefinitionKey().equals("T3_NominateDelegateCandidates"));
        for (Task nominate : taskService
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey("T3_NominateDelegateCandidates")
                .list()) {
            Map<String, JsonNode> vars = variables(nominate);
            String organisation = vars.get("organisationCode").asText();
            int seats = vars.get("delegateSeats").get(organisation).asInt();
            ArrayNode persons = TownshipScript.persons(organisation + "候选", (seats * 6 + 4) / 5);
            persons.forEach(p -> ((ObjectNode) p).put("category", category));
            complete(nominate, Map.of("delegateCandidates", json(persons)));
        }
        driveUntil(
                pi,
                t -> t.getTaskDefinitionKey().equals("T3_ReviewElectedDelegates")
                        || t.getTaskDefinitionKey().equals("T3_GrantMakeupException"));
    }

    @Test
    void r2_happyPath_meetsTheMakeupAndGoesStraightToTheReview_withTheFiguresShown() {
        ProcessInstance pi = instance(startTownship(40, 30));
        driveUntil(pi, "T3_ReviewElectedDelegates");

        Task review = task("T3_ReviewElectedDelegates", pi);
        assertThat(taskService.getVariable(review.getId(), "makeupBreach")).isEqualTo(false);
        assertThat((String) taskService.getVariable(review.getId(), "delegateMakeup"))
                .startsWith("- 当选代表")
                .contains("一线党员")
                .contains("45岁以下");
        BpmnAwareTests.assertThat(pi).hasNotPassed("T3_GrantMakeupException");
    }

    @Test
    void r2_hardBreach_needsTheCountysException_withAReason_andTheExceptionIsRecorded() {
        CampaignCreated campaign = startTownship(40, 30);
        ProcessInstance pi = instance(campaign);
        electDelegatesOfCategory(pi, "CADRE"); // nobody front-line: 0% < 30%

        BpmnAwareTests.assertThat(pi).isWaitingAt("T3_GrantMakeupException");
        Task exception = task("T3_GrantMakeupException", pi);
        assertThat(taskService.getIdentityLinksForTask(exception.getId()))
                .extracting(l -> l.getGroupId())
                .contains("county-test");
        assertThat((String) taskService.getVariable(exception.getId(), "delegateMakeup"))
                .contains("【须整改】[R2] 一线党员0/");

        assertThatThrownBy(() -> complete(exception, Map.of("approved", true, "comment", "")))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageContaining("R2")
                .hasMessageContaining("审批意见");
        BpmnAwareTests.assertThat(pi).isWaitingAt("T3_GrantMakeupException");

        complete(exception, Map.of("approved", true, "comment", "该乡以机关党组织为主，一线党员不足，准予例外"));

        BpmnAwareTests.assertThat(pi).isWaitingAt("T3_ReviewElectedDelegates");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "admin", null, AuthorityUtils.createAuthorityList("camunda-admin")));
        try {
            List<HistoryEntry> trail =
                    history.historyForCurrentUser(campaign.townships().get(0).businessKey());
            assertThat(trail)
                    .filteredOn(e -> e.kind().equals("EXCEPTION_GRANTED"))
                    .singleElement()
                    .satisfies(e -> assertThat(e.why()).isEqualTo("该乡以机关党组织为主，一线党员不足，准予例外"));
        } finally {
            SecurityContextHolder.clearContext();
        }
        driveToEnd(pi);
        BpmnAwareTests.assertThat(pi).isEnded();
    }

    @Test
    void r2_exceptionRefused_electsTheDelegatesAgain() {
        ProcessInstance pi = instance(startTownship(40));
        electDelegatesOfCategory(pi, "CADRE");

        complete(task("T3_GrantMakeupException", pi), Map.of("approved", false, "comment", "一线党员比例过低，请重新推荐选举"));

        BpmnAwareTests.assertThat(pi).isWaitingAt("T3_NominateDelegateCandidates");
        electDelegatesOfCategory(pi, "FRONTLINE");
        BpmnAwareTests.assertThat(pi).isWaitingAt("T3_ReviewElectedDelegates");
        assertThat(decisions.findByTownshipProcessInstanceIdOrderById(pi.getId()))
                .extracting(d -> d.getTaskKey(), d -> d.isApproved())
                .contains(Tuple.tuple("T3_GrantMakeupException", false));
    }

    @Test
    void r5_twelveNomineesForElevenSeats_isRefusedAndNothingIsRecorded() {
        ProcessInstance pi = instance(startTownship(40));
        driveUntil(pi, "T4_NominateCandidates");
        Task nominate = task("T4_NominateCandidates", pi);
        ArrayNode twelve = TownshipScript.nominees("党委候选", TownshipScript.COMMITTEE_POSTS.subList(0, 12));

        assertThatThrownBy(() -> complete(nominate, Map.of("committeeNominees", json(twelve))))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageContaining("R5")
                .hasMessageContaining("党委委员候选人名单")
                .hasMessageContaining("候选人应为13名，现为12名");
        assertThat(taskService.createTaskQuery().taskId(nominate.getId()).count())
                .isEqualTo(1);
    }

    @Test
    void r5_disciplineSecretaryWhoIsNotADeputySecretaryNominee_isRefusedAndTheCountySeesTheCrossHoldingsOnceFixed() {
        ProcessInstance pi = instance(startTownship(40));
        driveUntil(pi, "T4_NominateCandidates");
        Task nominate = task("T4_NominateCandidates", pi);
        ArrayNode committee = TownshipScript.nominees("党委候选", TownshipScript.COMMITTEE_POSTS);
        // the lists as two separate groups of people, as before the second pass
        ArrayNode apart = TownshipScript.nominees("纪委候选", TownshipScript.DISCIPLINE_POSTS);

        assertThatThrownBy(() -> complete(
                        nominate, Map.of("committeeNominees", json(committee), "disciplineNominees", json(apart))))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageContaining("[R5]")
                .hasMessageContaining("纪委委员候选人名单第1行 姓名")
                .hasMessageContaining("纪委书记候选人纪委候选1应由党委委员候选人中拟任副书记的党委候选2或党委候选3兼任")
                .hasMessageContaining("纪委副书记候选人纪委候选2应由党委委员候选人中拟任纪检委员的党委候选10兼任");
        assertThat(taskService.createTaskQuery().taskId(nominate.getId()).count())
                .isEqualTo(1);

        complete(nominate, Map.of("committeeNominees", json(committee)));
        String findings =
                (String) taskService.getVariable(task("T4_ReviewNominees", pi).getId(), "nomineeFindings");
        assertThat(findings).contains("交叉任职（R5）：纪委书记候选人党委候选2同为党委委员候选人（拟任副书记）；" + "纪委副书记候选人党委候选10同为党委委员候选人（拟任纪检委员）。");
    }

    @Test
    void r4_noNomineeUnder35_isRefused() {
        ProcessInstance pi = instance(startTownship(40));
        driveUntil(pi, "T4_NominateCandidates");
        ArrayNode committee = TownshipScript.nominees("党委候选", TownshipScript.COMMITTEE_POSTS);
        committee.forEach(p -> {
            if (p.get("birthDate").asText().compareTo("1991-11-28") > 0) {
                ((ObjectNode) p).put("birthDate", "1990-01-01");
            }
        });

        assertThatThrownBy(
                        () -> complete(task("T4_NominateCandidates", pi), Map.of("committeeNominees", json(committee))))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageContaining("R4")
                .hasMessageContaining("35岁以下");
    }

    @Test
    void r4_warningsReachTheCountyInItsReviewTask() {
        ProcessInstance pi = instance(startTownship(40));
        driveUntil(pi, "T4_NominateCandidates");
        ArrayNode committee = TownshipScript.nominees("党委候选", TownshipScript.COMMITTEE_POSTS);
        ((ObjectNode) committee.get(4)).put("education", "HIGH_SCHOOL");

        complete(task("T4_NominateCandidates", pi), Map.of("committeeNominees", json(committee)));

        String findings =
                (String) taskService.getVariable(task("T4_ReviewNominees", pi).getId(), "nomineeFindings");
        assertThat(findings).contains("党委委员候选人13名，纪委委员候选人6名").contains("35岁以下").contains("【提示】[R4] 党委候选5的学历为高中及以下");
    }

    @Test
    void r4_electedCommitteeBreakingR4_warnsTheCountyInItsT9Review() {
        ProcessInstance pi = instance(startTownship(40));
        driveUntil(pi, "T4_NominateCandidates");
        // the nominees meet R4 (7 of 13 under 45, one under 35), but those under 35 and most under 45 stand last
        ArrayNode committee = TownshipScript.nominees("党委候选", TownshipScript.COMMITTEE_POSTS);
        for (int i = 0; i < committee.size(); i++) {
            ((ObjectNode) committee.get(i))
                    .put(
                            "birthDate",
                            i < 6 ? "1970-01-01" : i < 11 ? "1990-01-01" : i == 11 ? "1995-01-01" : "1985-01-01");
        }
        complete(
                task("T4_NominateCandidates", pi),
                Map.of(
                        "committeeNominees",
                        json(committee),
                        "disciplineNominees",
                        json(SimulatedParticipant.disciplineNominees(committee))));
        assertThat((String)
                        taskService.getVariable(task("T4_ReviewNominees", pi).getId(), "nomineeFindings"))
                .doesNotContain("[R4]");

        // the congress elects the first eleven (the script): 5 of 11 under 45 is under half, nobody under 35
        driveUntil(pi, "T9_AcknowledgeResultReport");
        Task review = task("T9_AcknowledgeResultReport", pi);
        String findings = (String) taskService.getVariable(review.getId(), "committeeFindings");
        assertThat(findings)
                .contains("当选党委委员11名：45岁以下5/11（45.5%），35岁以下0名")
                .contains("【提示】[R4] 当选党委委员中45岁以下5/11（45.5%），低于50%")
                .contains("【提示】[R4] 当选党委委员中没有35岁以下的干部")
                .doesNotContain("【须整改】");

        // a warning, never a refusal: the county acknowledges and the re-election ends
        complete(review, Map.of());
        BpmnAwareTests.assertThat(pi).isEnded();
    }

    @Test
    void r4_electedCommitteeMeetingR4_givesItsFiguresWithoutAWarning() {
        ProcessInstance pi = instance(startTownship(40));
        driveUntil(pi, "T4_NominateCandidates");
        // 6 of the 11 elected under 45 (one of them under 35): the figures, no warning
        ArrayNode committee = TownshipScript.nominees("党委候选", TownshipScript.COMMITTEE_POSTS);
        for (int i = 0; i < committee.size(); i++) {
            ((ObjectNode) committee.get(i))
                    .put("birthDate", i < 5 ? "1970-01-01" : i == 5 ? "1995-01-01" : "1990-01-01");
        }
        complete(
                task("T4_NominateCandidates", pi),
                Map.of(
                        "committeeNominees",
                        json(committee),
                        "disciplineNominees",
                        json(SimulatedParticipant.disciplineNominees(committee))));
        driveUntil(pi, "T9_AcknowledgeResultReport");

        String findings = (String)
                taskService.getVariable(task("T9_AcknowledgeResultReport", pi).getId(), "committeeFindings");
        assertThat(findings)
                .contains("45岁以下6/11（54.5%），35岁以下1名")
                .doesNotContain("[R4]")
                .contains("当选党委委员结构符合要求（R4）");
    }

    @Test
    void r9_countyDelegatesSetAtT1_needTwentyPercentMoreCandidates() {
        CampaignCreated campaign = startTownship(40);
        ProcessInstance pi = instance(campaign);
        driveUntil(pi, "T7_RecordCountyDelegateElection");
        Task record = task("T7_RecordCountyDelegateElection", pi);
        JsonNode race = raceState(record);
        assertThat(race.get("ballotSeats").asInt()).isEqualTo(TownshipScript.COUNTY_DELEGATE_SEATS);
        assertThat(race.get("ballotMinimumCandidates").asInt()).isEqualTo(6); // ceil(5 × 1.2)

        int entitled = race.get("entitled").asInt();
        ObjectNode counts = new ObjectMapper().createObjectNode();
        List<String> five = List.of("甲", "乙", "丙", "丁", "戊");
        five.forEach(n -> counts.put(n, entitled));
        complete(record, Map.of("tally", json(TownshipScript.tally(entitled, entitled, five, counts, entitled))));

        Task again = task("T7_RecordCountyDelegateElection", pi);
        assertThat((String) taskService.getVariable(again.getId(), "lastProblem"))
                .contains("候选人应不少于6名，现为5名");

        List<String> six = List.of("甲", "乙", "丙", "丁", "戊", "己");
        five.forEach(n -> counts.put(n, entitled - 1));
        counts.put("己", 5);
        complete(again, Map.of("tally", json(TownshipScript.tally(entitled, entitled, six, counts, entitled))));
        long townshipId = townships
                .findByBusinessKey(campaign.townships().get(0).businessKey())
                .orElseThrow()
                .getId();
        assertThat(races.electedIn(townshipId, RaceName.COUNTY_DELEGATES)).containsExactlyElementsOf(five);
    }
}
