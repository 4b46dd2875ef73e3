package cn.county.reelection.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.audit.HistoryEntry;
import cn.county.reelection.audit.TownshipHistoryService;
import cn.county.reelection.documents.SubmittedDocuments;
import cn.county.reelection.process.ProcessTestSupport;
import cn.county.reelection.township.CampaignCreated;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/**
 * The history cleanup (README "History and retention"): a finished township's engine history goes once its time
 * to live (five years after its end) has passed; a later one and a running one keep theirs; the election record —
 * races, decisions, approved versions, documents as sent, deadline events — stays whole.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:history-retention;DB_CLOSE_DELAY=-1")
class HistoryRetentionTest extends ProcessTestSupport {

    @Autowired
    HistoryService historyService;

    @Autowired
    ManagementService managementService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SubmittedDocuments documents;

    @Autowired
    TownshipHistoryService townshipHistory;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyDeployedProcessSaysHowLongItsHistoryIsKept() {
        assertThat(repositoryService.createProcessDefinitionQuery().list())
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.getHistoryTimeToLive())
                        .as(d.getKey())
                        // the elections' own history for a whole term; a notice's delivery only for half a year
                        .isEqualTo(d.getKey().startsWith("notice") ? 180 : 1825));
        assertThat(repositoryService.createDecisionDefinitionQuery().list())
                .allSatisfy(
                        d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isNotNull());
    }

    @Test
    void finishedInstancesPastTheirTimeToLive_leaveTheEngineHistory_theElectionRecordStays() throws Exception {
        CampaignCreated oldCampaign = startTownship(20, 15);
        ProcessInstance old = instance(oldCampaign);
        driveToEnd(old);
        ProcessInstance running = instance(startTownship(20));
        setClock(2029, 11, 2, 9);
        ProcessInstance later = instance(startTownship(20));
        runtimeService.deleteProcessInstance(later.getId(), "撤销");

        HistoricProcessInstance finished = historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(old.getId())
                .singleResult();
        assertThat(finished.getEndTime()).isNotNull();
        assertThat(Duration.between(
                        finished.getEndTime().toInstant(),
                        finished.getRemovalTime().toInstant()))
                .isEqualTo(Duration.ofDays(1825));
        String businessKey = oldCampaign.townships().get(0).businessKey();
        asAdmin();
        byte[] report = documents.latestForCurrentUser(businessKey, "T9").content();
        List<HistoryEntry> recordBefore = recordLines(businessKey);
        assertThat(recordBefore).extracting(HistoryEntry::kind).contains("APPROVED", "RESULT");
        assertThat(townshipHistory.historyForCurrentUser(businessKey))
                .extracting(HistoryEntry::kind)
                .contains("TASK_COMPLETED");
        Map<String, Integer> projectTablesBefore = projectTables();
        assertThat(projectTablesBefore)
                .containsKeys("RE_RACE_RESULT", "RE_DECISION", "RE_APPROVED", "RE_DOCUMENT", "RE_STEP_PROGRESS");
        assertThat(projectTablesBefore.get("RE_DOCUMENT")).isGreaterThanOrEqualTo(3);
        int oldRows = engineHistoryRows(old.getId());
        assertThat(oldRows).isGreaterThan(100);

        // a day after the removal time; the cleanup runs now instead of in the night's window
        ClockUtil.setCurrentTime(Date.from(finished.getRemovalTime().toInstant().plus(Duration.ofDays(1))));
        runCleanup();

        assertThat(historyService
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(old.getId())
                        .count())
                .isZero();
        assertThat(historyService
                        .createHistoricTaskInstanceQuery()
                        .processInstanceId(old.getId())
                        .count())
                .isZero();
        assertThat(historyService
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(old.getId())
                        .count())
                .isZero();
        assertThat(historyService
                        .createUserOperationLogQuery()
                        .processInstanceId(old.getId())
                        .count())
                .isZero();
        assertThat(engineHistoryRows(old.getId())).isZero();
        for (ProcessInstance kept : List.of(running, later)) {
            assertThat(historyService
                            .createHistoricProcessInstanceQuery()
                            .processInstanceId(kept.getId())
                            .count())
                    .isEqualTo(1);
            assertThat(engineHistoryRows(kept.getId())).isGreaterThan(0);
        }

        assertThat(projectTables()).isEqualTo(projectTablesBefore);
        assertThat(documents.latestForCurrentUser(businessKey, "T9").content()).isEqualTo(report);
        assertThat(recordLines(businessKey)).isEqualTo(recordBefore);
        System.out.printf(
                "HistoryRetentionTest: %d engine history rows of the finished township removed; project tables kept: %s%n",
                oldRows, projectTablesBefore);
    }

    /** Runs the cleanup job until nothing past its removal time is left (it removes in batches). */
    private void runCleanup() {
        Job cleanup = historyService.cleanUpHistoryAsync(true);
        for (int round = 0; round < 50 && !historyCleanupRemovedEverything(); round++) {
            managementService.executeJob(cleanup.getId());
        }
        assertThat(historyCleanupRemovedEverything()).as("cleanup finished").isTrue();
    }

    private boolean historyCleanupRemovedEverything() {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        return jdbc.queryForObject(
                                "select count(*) from ACT_HI_DETAIL where REMOVAL_TIME_ < ?",
                                Integer.class,
                                Date.from(now))
                        == 0
                && jdbc.queryForObject(
                                "select count(*) from ACT_HI_VARINST where REMOVAL_TIME_ < ?",
                                Integer.class,
                                Date.from(now))
                        == 0
                && jdbc.queryForObject(
                                "select count(*) from ACT_HI_ACTINST where REMOVAL_TIME_ < ?",
                                Integer.class,
                                Date.from(now))
                        == 0
                && jdbc.queryForObject(
                                "select count(*) from ACT_HI_PROCINST where REMOVAL_TIME_ < ?",
                                Integer.class,
                                Date.from(now))
                        == 0;
    }

    /** Rows of every ACT_HI_* table (attachments and their bytes included) that belong to the instance. */
    private int engineHistoryRows(String rootProcessInstanceId) {
        int rows = 0;
        for (String table : jdbc.queryForList("""
        select c.TABLE_NAME from INFORMATION_SCHEMA.COLUMNS c
        where c.TABLE_SCHEMA = 'PUBLIC' and c.TABLE_NAME like 'ACT\\_HI\\_%' and c.COLUMN_NAME = 'ROOT_PROC_INST_ID_'""", String.class)) {
            rows += jdbc.queryForObject(
                    "select count(*) from " + table + " where ROOT_PROC_INST_ID_ = ?",
                    Integer.class,
                    rootProcessInstanceId);
        }
        rows += jdbc.queryForObject(
                "select count(*) from ACT_GE_BYTEARRAY where ROOT_PROC_INST_ID_ = ?",
                Integer.class,
                rootProcessInstanceId);
        return rows;
    }

    private Map<String, Integer> projectTables() {
        Map<String, Integer> counts = new TreeMap<>();
        for (String table : jdbc.queryForList("""
        select TABLE_NAME from INFORMATION_SCHEMA.TABLES where TABLE_SCHEMA = 'PUBLIC' and TABLE_NAME like 'RE\\_%'""", String.class)) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
        }
        return counts;
    }

    /** The township's history lines that come from the record (all but the engine's task completions and admin trace). */
    private List<HistoryEntry> recordLines(String businessKey) {
        return townshipHistory.historyForCurrentUser(businessKey).stream()
                .filter(e -> !e.kind().equals("TASK_COMPLETED") && !e.kind().equals("ADMIN_CHANGE"))
                .toList();
    }

    private static void asAdmin() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, List.of(new SimpleGrantedAuthority(Groups.CAMUNDA_ADMIN))));
    }
}
