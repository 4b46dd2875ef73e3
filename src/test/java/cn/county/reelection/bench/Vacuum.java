package cn.county.reelection.bench;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL with autovacuum off (as on the machine these were measured on) never refreshes the planner's
 * statistics of the engine's runtime tables, which start empty and churn with every task: after a few thousand
 * tasks it reads a task's variables through the wrong index (13 ms instead of 0.05 ms) and the run measures that.
 * Where autovacuum is off, this does autovacuum's work every 30 seconds with its default thresholds: a table is
 * vacuumed when its dead rows exceed 50 + 20 % of its rows or its rows inserted since the last vacuum 1,000 + 20 %,
 * analysed when its rows changed since the last analysis exceed 50 + 10 %. (Vacuuming every churned table every 30 s,
 * as this did before, cost a province's database 12 s of CPU in each round.)
 */
final class Vacuum implements AutoCloseable {
    private final ScheduledExecutorService timer;
    private final AtomicInteger vacuums = new AtomicInteger();
    private final AtomicInteger analyses = new AtomicInteger();

    private Vacuum(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    static Vacuum whereAutovacuumIsOff(JdbcTemplate jdbc) {
        String product =
                jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        if (!"PostgreSQL".equals(product) || "on".equals(jdbc.queryForObject("show autovacuum", String.class))) {
            return new Vacuum(null);
        }
        Vacuum vacuum = new Vacuum(Executors.newSingleThreadScheduledExecutor());
        vacuum.timer.scheduleWithFixedDelay(() -> vacuum.round(jdbc), 30, 30, TimeUnit.SECONDS);
        return vacuum;
    }

    private void round(JdbcTemplate jdbc) {
        for (Map<String, Object> table :
                jdbc.queryForList("select relname, n_live_tup, n_dead_tup, n_mod_since_analyze, n_ins_since_vacuum"
                        + " from pg_stat_user_tables where schemaname = current_schema()")) {
            long live = ((Number) table.get("n_live_tup")).longValue();
            boolean vacuum = ((Number) table.get("n_dead_tup")).longValue() > 50 + 0.2 * live
                    || ((Number) table.get("n_ins_since_vacuum")).longValue() > 1000 + 0.2 * live;
            boolean analyse = ((Number) table.get("n_mod_since_analyze")).longValue() > 50 + 0.1 * live;
            if (vacuum || analyse) {
                jdbc.execute((vacuum ? "vacuum " : "") + (analyse ? "analyze " : "") + table.get("relname"));
                (vacuum ? vacuums : analyses).incrementAndGet();
            }
        }
    }

    String describe() {
        return timer == null
                ? ""
                : "; autovacuum off: its default thresholds applied every 30 s, %d vacuums, %d analyses only"
                        .formatted(vacuums.get(), analyses.get());
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
