package cn.county.reelection.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.county.reelection.audit.HistoryEntry;
import cn.county.reelection.audit.TownshipHistoryService;
import cn.county.reelection.congress.RaceRecord;
import cn.county.reelection.congress.RaceRecordRepository;
import cn.county.reelection.township.CampaignCreated;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** R13 on the real process: the tally tasks take the scrutineers and counters, and the record keeps them. */
class ScrutineersProcessTest extends ProcessTestSupport {

    @Autowired
    TownshipHistoryService history;

    @Autowired
    RaceRecordRepository races;

    @Test
    void r13_scrutineerWhoIsACandidateInTheCommitteeRace_isRefused_andTheTellersReachTheHistory() {
        CampaignCreated campaign = startTownship(40);
        ProcessInstance pi = instance(campaign);
        driveUntil(pi, "T7_RecordCommitteeElection");
        Task record = task("T7_RecordCommitteeElection", pi);
        String standing = raceState(record).get("candidates").get(0).asText();

        var scrutineers = JsonNodeFactory.instance.arrayNode().add("监票人甲").add(standing);
        assertThatThrownBy(() -> complete(record, Map.of("scrutineers", json(scrutineers))))
                .isInstanceOf(ProcessInputException.class)
                .hasMessageStartingWith("[R13] 监票人第2名：" + standing + "是本次选举的候选人");
        assertThat(taskService.createTaskQuery().taskId(record.getId()).count()).isEqualTo(1);
        assertThat(races.findByTownshipProcessInstanceIdOrderById(pi.getId()))
                .noneMatch(r -> r.getRace().equals("committee"));

        driveToEnd(pi);

        List<RaceRecord> recorded = races.findByTownshipProcessInstanceIdOrderById(pi.getId());
        assertThat(recorded).isNotEmpty().allSatisfy(r -> {
            assertThat(r.getScrutineers()).isEqualTo("监票人甲、监票人乙");
            assertThat(r.getCounters()).isEqualTo("计票人丙");
        });
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "admin", null, AuthorityUtils.createAuthorityList("camunda-admin")));
        try {
            List<HistoryEntry> results =
                    history.historyForCurrentUser(campaign.townships().get(0).businessKey()).stream()
                            .filter(e -> e.kind().equals("RESULT"))
                            .toList();
            assertThat(results)
                    .hasSize(recorded.size())
                    .allSatisfy(e -> assertThat(e.what()).endsWith("；监票人：监票人甲、监票人乙；计票人：计票人丙"));
            assertThat(results).anySatisfy(e -> assertThat(e.what()).startsWith("党委委员选举"));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
