package cn.county.reelection.operations;

import cn.county.reelection.campaign.Step;
import cn.county.reelection.village.VillageStep;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the project's gauges show, read in one go from the engine's and the project's tables: a scrape reads
 * a handful of grouped counts, never a row per township. Keys of the maps are label values.
 */
record OperationsFigures(
        /** process key → step (the task key's prefix: T3, V4, Branch) → open user tasks. */
        Map<String, Map<String, Long>> openTasks,
        /** process key → step → steps flagged overdue by their deadline timer and not done yet. */
        Map<String, Map<String, Long>> overdueSteps,
        /** process key → open incidents (failed jobs without retries, and others). */
        Map<String, Long> openIncidents,
        /** process key → running instances. */
        Map<String, Long> runningInstances,
        /** Camunda's metric name → total as reported to the database. */
        Map<String, Long> engineMetrics,
        /** Jobs that are due now and could run: active, with retries left. */
        long jobsDue,
        /** Seconds since the oldest due timer that has not fired (0 when none is late). */
        double timerLagSeconds,
        Instant readAt) {

    /** Camunda's own counters shown besides the project's figures. */
    static final List<String> ENGINE_METRICS = List.of(
            Metrics.ROOT_PROCESS_INSTANCE_START,
            Metrics.ACTIVTY_INSTANCE_START,
            Metrics.JOB_SUCCESSFUL,
            Metrics.JOB_FAILED,
            Metrics.JOB_ACQUISITION_ATTEMPT,
            Metrics.JOB_ACQUIRED_SUCCESS,
            Metrics.HISTORY_CLEANUP_REMOVED_PROCESS_INSTANCES);

    static OperationsFigures read(JdbcTemplate jdbc, ManagementService management, Instant now) {
        Map<String, Map<String, Long>> openTasks = new HashMap<>();
        jdbc.query("""
        select p.KEY_ as process_key, t.TASK_DEF_KEY_ as task_key, count(*) as n
        from ACT_RU_TASK t join ACT_RE_PROCDEF p on p.ID_ = t.PROC_DEF_ID_ group by p.KEY_, t.TASK_DEF_KEY_""", rs -> {
            openTasks
                    .computeIfAbsent(rs.getString("process_key"), k -> new HashMap<>())
                    .merge(stepOf(rs.getString("task_key")), rs.getLong("n"), Long::sum);
        });
        Map<String, Map<String, Long>> overdue = new HashMap<>();
        // every step is shown, 0 when none is overdue: an alert on "> 0" needs the series to exist
        for (Step step : Step.values()) {
            overdue.computeIfAbsent(OperationsMetrics.TOWNSHIP, k -> new HashMap<>())
                    .put(step.name(), 0L);
        }
        for (VillageStep step : VillageStep.values()) {
            overdue.computeIfAbsent(OperationsMetrics.VILLAGE, k -> new HashMap<>())
                    .put(step.name(), 0L);
        }
        jdbc.query(
                "select step, count(*) as n from RE_STEP_PROGRESS where overdue_at is not null and completed_at is null group by step",
                rs -> {
                    overdue.computeIfAbsent(OperationsMetrics.TOWNSHIP, k -> new HashMap<>())
                            .put(rs.getString("step"), rs.getLong("n"));
                });
        jdbc.query(
                "select step, count(*) as n from RE_VILLAGE_STEP where overdue_at is not null and completed_at is null group by step",
                rs -> {
                    overdue.computeIfAbsent(OperationsMetrics.VILLAGE, k -> new HashMap<>())
                            .put(rs.getString("step"), rs.getLong("n"));
                });
        Map<String, Long> incidents = countByProcess(
                jdbc,
                "select p.KEY_, count(*) from ACT_RU_INCIDENT i join ACT_RE_PROCDEF p on p.ID_ = i.PROC_DEF_ID_ group by p.KEY_");
        Map<String, Long> running = countByProcess(jdbc, """
        select p.KEY_, count(*) from ACT_RU_EXECUTION e join ACT_RE_PROCDEF p on p.ID_ = e.PROC_DEF_ID_
        where e.ID_ = e.PROC_INST_ID_ group by p.KEY_""");
        long due = management.createJobQuery().executable().active().count();
        List<Job> oldestTimer = management
                .createJobQuery()
                .timers()
                .active()
                .withRetriesLeft()
                .duedateLowerThan(Date.from(now))
                .orderByJobDuedate()
                .asc()
                .listPage(0, 1);
        double lag = oldestTimer.isEmpty()
                ? 0
                : Math.max(
                        0,
                        Duration.between(oldestTimer.get(0).getDuedate().toInstant(), now)
                                        .toMillis()
                                / 1000.0);
        Map<String, Long> engineMetrics = new HashMap<>();
        for (String name : ENGINE_METRICS) {
            engineMetrics.put(name, management.createMetricsQuery().name(name).sum());
        }
        return new OperationsFigures(openTasks, overdue, incidents, running, engineMetrics, due, lag, now);
    }

    /** T3_RecordDelegateElection → T3, V4_RecordRunOff → V4, Branch_RecordElection → Branch. */
    static String stepOf(String taskKey) {
        int cut = taskKey == null ? -1 : taskKey.indexOf('_');
        return cut > 0 ? taskKey.substring(0, cut) : String.valueOf(taskKey);
    }

    /** A query answering (process key, count) rows. */
    private static Map<String, Long> countByProcess(JdbcTemplate jdbc, String sql) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query(sql, rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }
}
