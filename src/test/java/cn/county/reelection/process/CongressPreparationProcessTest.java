package cn.county.reelection.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.congress.CongressPreparation;
import cn.county.reelection.documents.DocumentKind;
import cn.county.reelection.documents.SentDocuments;
import cn.county.reelection.dryrun.SimulatedParticipant;
import cn.county.reelection.township.CampaignCreated;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * T5 and T6 as data on the real process: the election method names the races with the approved seats and
 * margins and the T7 races use it; the presidium and the delegations are checked against the delegates elected at
 * T3, kept in the project's tables, and the presidium reaches the T9 report.
 */
class CongressPreparationProcessTest extends ProcessTestSupport {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Autowired
    SentDocuments sentDocuments;

    @Autowired
    CongressPreparation preparation;

    @Autowired
    TownshipRepository townships;

    @Test
    void t5_electionMethodNamesTheRacesAndTheirMargins() {
        CampaignCreated campaign = startTownship(40, 30);
        ProcessInstance pi = instance(campaign);
        driveUntil(pi, "T5_DraftCongressMaterials");
        Task draft = task("T5_DraftCongressMaterials", pi);
        JsonNode proposed = formContext(draft).get("electionMethod");
        List<String> rows = new ArrayList<>();
        proposed.forEach(r -> rows.add("%s %s %d/%d 差额%d"
                .formatted(
                        r.get("race").asText(),
                        r.get("kind").asText(),
                        r.get("seats").asInt(),
                        r.get("candidates").asInt(),
                        r.get("margin").asInt())));
        assertThat(rows)
                .containsExactly(
                        "committee COMPETITIVE 11/13 差额2",
                        "discipline COMPETITIVE 5/6 差额1",
                        "countyDelegates COMPETITIVE 5/6 差额1",
                        "secretary NON_COMPETITIVE 3/3 差额0",
                        "disciplineSecretary NON_COMPETITIVE 1/1 差额0",
                        "disciplineDeputy NON_COMPETITIVE 1/1 差额0");

        // the office names two more county-delegate candidates than the least R3 allows
        ObjectNode method = SimulatedParticipant.electionMethod(proposed);
        ((ObjectNode) method.get("races").get(2)).put("candidates", 8);
        complete(draft, Map.of("electionMethod", json(method)));
        long townshipId = townshipId(campaign);
        assertThat(preparation.method(townshipId))
                .extracting(CongressPreparation.MethodRace::race, CongressPreparation.MethodRace::margin)
                .containsExactly(
                        tuple("committee", 2),
                        tuple("discipline", 1),
                        tuple("countyDelegates", 3),
                        tuple("secretary", 0),
                        tuple("disciplineSecretary", 0),
                        tuple("disciplineDeputy", 0));
        assertThat(preparation.agenda(townshipId)).hasSize(5);
        assertThat(preparation.agenda(townshipId).get(0)).startsWith("听取和审查中共测试乡");

        // T7: the races check the method's figures, and their tally forms show them
        driveUntil(pi, "T7_RecordCommitteeElection");
        assertThat(formContext(task("T7_RecordCommitteeElection", pi))
                        .get("method")
                        .get("margin")
                        .asInt())
                .isEqualTo(2);
        driveUntil(pi, "T7_RecordCountyDelegateElection");
        Task countyRace = task("T7_RecordCountyDelegateElection", pi);
        assertThat(raceState(countyRace).get("ballotMinimumCandidates").asInt()).isEqualTo(8);
        assertThat(formContext(countyRace).get("method").get("margin").asInt()).isEqualTo(3);
        JsonNode race = raceState(countyRace);
        int entitled = race.get("entitled").asInt();
        List<String> seven = SimulatedParticipant.candidatesOf(race).subList(0, 7);
        ObjectNode counts = JSON.objectNode();
        seven.forEach(n -> counts.put(n, counts.size() < 5 ? entitled : 0));
        complete(countyRace, Map.of("tally", json(TownshipScript.tally(entitled, entitled, seven, counts, entitled))));
        // seven candidates are enough for R3's least number, not for the method: the ballot is held again
        Task again = task("T7_RecordCountyDelegateElection", pi);
        assertThat(taskService.getVariable(again.getId(), "lastProblem").toString())
                .contains("候选人应不少于8名，现为7名");
    }

    @Test
    void t5_electionMethodAgainstThePlan_isRefusedNamingFieldAndRule_andChangesNothing() {
        CampaignCreated campaign = startTownship(40);
        ProcessInstance pi = instance(campaign);
        driveUntil(pi, "T5_DraftCongressMaterials");
        Task draft = task("T5_DraftCongressMaterials", pi);
        JsonNode proposed = formContext(draft).get("electionMethod");

        ObjectNode twelve = SimulatedParticipant.electionMethod(proposed);
        ((ObjectNode) twelve.get("races").get(0)).put("candidates", 12);
        assertThatThrownBy(() -> complete(draft, Map.of("electionMethod", json(twelve))))
                .isInstanceOf(ProcessInputException.class)
                .satisfies(e ->
                        assertThat(((ProcessInputException) e).field()).isEqualTo("electionMethod.races[0].candidates"))
                .hasMessageStartingWith("[R5] 选举办法 选举项目第1项 候选人名单：党委委员候选人应为13名");

        ObjectNode tooFew = SimulatedParticipant.electionMethod(proposed);
        ((ObjectNode) tooFew.get("races").get(2)).put("candidates", 5);
        assertThatThrownBy(() -> complete(draft, Map.of("electionMethod", json(tooFew))))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageStartingWith("[R9] ")
                .hasMessageContaining("候选人至少6名");

        ObjectNode missing = SimulatedParticipant.electionMethod(proposed);
        ((ArrayNode) missing.get("races")).remove(3);
        assertThatThrownBy(() -> complete(draft, Map.of("electionMethod", json(missing))))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageStartingWith("[T5] ")
                .hasMessageContaining("缺少书记、副书记选举");

        assertThatThrownBy(() ->
                        complete(draft, Map.of("agenda", json(JSON.arrayNode().add(" ")))))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageStartingWith("[T5] 大会议程第1项：必须填写");

        assertThat(taskService.createTaskQuery().taskId(draft.getId()).count()).isEqualTo(1);
        assertThat(preparation.method(townshipId(campaign))).isEmpty();
        assertThat(preparation.agenda(townshipId(campaign))).isEmpty();
    }

    @Test
    void t6_delegateInTwoGroups_isRefused() {
        CampaignCreated campaign = startTownship(40, 30);
        ProcessInstance pi = instance(campaign);
        driveUntil(pi, "T6_HoldPreparationMeeting");
        Task meeting = task("T6_HoldPreparationMeeting", pi);
        JsonNode delegates = formContext(meeting).get("delegates");
        ArrayNode groups = SimulatedParticipant.delegationsByOrganisation(delegates);
        assertThat(groups).hasSize(2);
        String first = groups.get(0).get("delegates").get(0).asText();
        ArrayNode twice = groups.deepCopy();
        ((ArrayNode) twice.get(1).get("delegates")).insert(0, first);

        assertThatThrownBy(() -> complete(meeting, Map.of("delegationGroups", json(twice))))
                .isInstanceOf(ProcessInputException.class)
                .satisfies(e ->
                        assertThat(((ProcessInputException) e).field()).isEqualTo("delegationGroups[1].delegates[0]"))
                .hasMessageStartingWith("[T6] 代表团分组第2个 代表第1名：代表" + first + "已在代表团“"
                        + groups.get(0).get("group").asText() + "”中");

        ArrayNode leftOut = groups.deepCopy();
        ((ArrayNode) leftOut.get(1).get("delegates")).remove(0);
        assertThatThrownBy(() -> complete(meeting, Map.of("delegationGroups", json(leftOut))))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageStartingWith("[T6] 代表团分组：还有1名代表未编入代表团");

        assertThatThrownBy(() -> complete(
                        meeting,
                        Map.of("presidium", json(JSON.arrayNode().add(first).add("县里来的领导")))))
                .isInstanceOf(ProcessInputException.class)
                .satisfies(e -> assertThat(((ProcessInputException) e).field()).isEqualTo("presidium[1]"))
                .hasMessageStartingWith("[T6] 大会主席团第2名：“县里来的领导”不是本次大会的当选代表");

        assertThat(taskService.createTaskQuery().taskId(meeting.getId()).count())
                .isEqualTo(1);
        long townshipId = townshipId(campaign);
        assertThat(preparation.presidium(townshipId)).isEmpty();
        assertThat(preparation.delegations(townshipId)).isEmpty();

        complete(meeting, Map.of());
        assertThat(preparation.presidium(townshipId))
                .hasSize(SimulatedParticipant.PRESIDIUM_SIZE)
                .contains(first);
        assertThat(preparation.delegations(townshipId))
                .extracting(CongressPreparation.DelegationGroup::group)
                .containsExactly("第1支部代表团", "第2支部代表团");
        assertThat(preparation.delegations(townshipId).stream()
                        .mapToInt(g -> g.delegates().size())
                        .sum())
                .isEqualTo(preparation.delegates(townshipId).size());
    }

    @Test
    void t9_reportListsThePresidium() throws Exception {
        CampaignCreated campaign = startTownship(40);
        ProcessInstance pi = instance(campaign);
        driveUntil(pi, "T9_AcknowledgeResultReport");
        List<String> presidium = preparation.presidium(townshipId(campaign));
        assertThat(presidium).hasSize(SimulatedParticipant.PRESIDIUM_SIZE);

        byte[] report = sentDocuments.content(
                sentDocuments.latest(townshipId(campaign), DocumentKind.T9).orElseThrow());
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(report))) {
            text = new XWPFWordExtractor(doc).getText();
        }
        assertThat(text).contains("大会主席团（5名）").contains("大会主席团由以下代表组成：" + String.join("、", presidium) + "。");
    }

    private long townshipId(CampaignCreated campaign) {
        return townships
                .findByBusinessKey(campaign.townships().get(0).businessKey())
                .orElseThrow()
                .getId();
    }
}
