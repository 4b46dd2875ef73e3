package cn.county.reelection.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The project's figures for Prometheus ({@code /actuator/prometheus}, README "Operations"): open user tasks per
 * step, steps flagged overdue, open incidents, running instances, the job backlog and the timer lag. They are
 * read from the database every {@code reelection.metrics.refresh} (default 15 s) on a thread of their own, so
 * a scrape never queries the database and label sets (processes, steps) follow what is there.
 */
@Component
public class OperationsMetrics implements MeterBinder {

    static final String TOWNSHIP = "townshipReelection";
    static final String VILLAGE = "villageReelection";
    private static final Logger log = LoggerFactory.getLogger(OperationsMetrics.class);

    private final JdbcTemplate jdbc;
    private final ManagementService management;
    private final Duration refresh;
    private final Clock clock;
    private MultiGauge openTasks;
    private MultiGauge overdueSteps;
    private MultiGauge openIncidents;
    private MultiGauge runningInstances;
    private MultiGauge engineMetrics;
    private volatile OperationsFigures figures;
    private DaemonTimer timer;

    OperationsMetrics(
            JdbcTemplate jdbc,
            ManagementService management,
            @Value("${reelection.metrics.refresh:PT15S}") Duration refresh,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.management = management;
        this.refresh = refresh;
    }

    @Override
    public synchronized void bindTo(MeterRegistry registry) {
        openTasks = MultiGauge.builder("reelection.tasks.open")
                .description("Open user tasks per process and step")
                .register(registry);
        overdueSteps = MultiGauge.builder("reelection.steps.overdue")
                .description("Steps flagged overdue by their deadline timer and not done yet, per process and step")
                .register(registry);
        openIncidents = MultiGauge.builder("reelection.incidents.open")
                .description("Open Camunda incidents per process")
                .register(registry);
        runningInstances = MultiGauge.builder("reelection.process.instances.running")
                .description("Running process instances per process")
                .register(registry);
        engineMetrics = MultiGauge.builder("camunda.engine.metric")
                .description("Camunda's own counters as its nodes reported them to the database (every 15 minutes)")
                .register(registry);
        Gauge.builder("reelection.jobs.due", this, m -> m.figures == null ? Double.NaN : m.figures.jobsDue())
                .description("Jobs due now that could run (active, retries left): the job executor's backlog")
                .register(registry);
        Gauge.builder("reelection.timer.lag", this, m -> m.figures == null ? Double.NaN : m.figures.timerLagSeconds())
                .baseUnit("seconds")
                .description("Now minus the due time of the oldest due timer not yet fired (0 when none)")
                .register(registry);
    }

    /** The first reading once every table exists, then one every {@code reelection.metrics.refresh}. */
    @EventListener(ApplicationReadyEvent.class)
    public synchronized void start() {
        refreshQuietly();
        if (timer == null && !refresh.isZero()) {
            timer = new DaemonTimer("reelection-metrics", refresh, this::refreshQuietly);
        }
    }

    /** Reads the figures now and updates every gauge; answers what it read. */
    public synchronized OperationsFigures refresh() {
        OperationsFigures read = OperationsFigures.read(jdbc, management, clock.instant());
        openTasks.register(byProcessAndStep(read.openTasks()), true);
        overdueSteps.register(byProcessAndStep(read.overdueSteps()), true);
        openIncidents.register(byProcess(read.openIncidents()), true);
        runningInstances.register(byProcess(read.runningInstances()), true);
        List<MultiGauge.Row<?>> engine = new ArrayList<>();
        read.engineMetrics().forEach((name, n) -> engine.add(MultiGauge.Row.of(Tags.of("name", name), n)));
        engineMetrics.register(engine, true);
        figures = read;
        return read;
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // the database may be briefly away; the gauges keep their last values and readiness reports the database
            log.warn("Could not read the operations figures: {}", e.toString());
        }
    }

    private static List<MultiGauge.Row<?>> byProcessAndStep(Map<String, Map<String, Long>> counts) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        counts.forEach((process, steps) ->
                steps.forEach((step, n) -> rows.add(MultiGauge.Row.of(Tags.of("process", process, "step", step), n))));
        return rows;
    }

    private static List<MultiGauge.Row<?>> byProcess(Map<String, Long> counts) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        counts.forEach((process, n) -> rows.add(MultiGauge.Row.of(Tags.of("process", process), n)));
        return rows;
    }

    @PreDestroy
    synchronized void stop() {
        if (timer != null) {
            timer.close();
        }
    }
}
