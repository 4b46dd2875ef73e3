package cn.county.reelection.bench;

import cn.county.reelection.ReelectionApplication;
import cn.county.reelection.calendar.WorkingCalendar;
import cn.county.reelection.campaign.RaceName;
import cn.county.reelection.campaign.Step;
import cn.county.reelection.dryrun.SimulatedParticipant;
import cn.county.reelection.dryrun.TaskVariables;
import cn.county.reelection.tasklist.TaskFormContext;
import cn.county.reelection.timeline.Deadlines;
import cn.county.reelection.township.CampaignCreated;
import cn.county.reelection.township.CampaignRequest;
import cn.county.reelection.township.CampaignService;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark (1): whole townships driven through the Java API, on the real process and on the
 * same process shape with no project code ({@link BareProcess}). Only the engine calls are timed (start
 * and task completions), not the simulated participants' answers. Prints both and the ratio.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.county.reelection.bench.ProcessOverheadBenchmark -Dexec.args="20 5"} (townships measured,
 * organisations each); a JDBC URL as third argument runs it on that database instead of H2 in memory.
 *
 * <p>Both shapes first drive {@code -Dbench.warmup} townships each (default {@value #WARM_UP}), unmeasured: the JIT
 * compiles the project's listeners and delegates later than the engine's own paths, which both shapes share, so a
 * short warm-up measures the compiler more than the code (after 3 townships the ratio read 1.99, after 100 it
 * stayed at 1.43–1.48 however many followed).
 */
public final class ProcessOverheadBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int WARM_UP = 100;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Index of the real process and of the bare shape in the driver's per-shape totals. */
    private static final int REAL = 0;

    private static final int BARE = 1;

    public static void main(String[] args) throws Exception {
        int townships = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int organisations = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> boot = new ArrayList<>(List.of("--spring.profiles.active=test", "--server.port=0"));
        if (args.length > 2) {
            boot.add("--spring.datasource.url=" + args[2]);
        } else {
            boot.add("--spring.datasource.url=jdbc:h2:mem:bench-overhead;DB_CLOSE_DELAY=-1");
        }
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(ReelectionApplication.class).run(boot.toArray(String[]::new))) {
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            engine.getRepositoryService()
                    .createDeployment()
                    .addModelInstance("bare.bpmn", BareProcess.model())
                    .deploy();
            ClockUtil.setCurrentTime(Date.from(
                    LocalDate.of(2026, 11, 1).atTime(9, 0).atZone(ZONE).toInstant()));
            Driver driver = new Driver(context, engine, organisations);
            // warm-up: the JIT, the caches and the connection pool, on both
            int warmUp = Integer.getInteger("bench.warmup", WARM_UP);
            for (int i = 0; i < warmUp; i++) {
                driver.project("W" + i);
                driver.bare("W" + i);
            }
            driver.reset();
            Profiler profiler = Profiler.fromSystemProperty();
            profiler.execute("start,event=cpu,interval=1ms,cstack=vm");
            for (int i = 0; i < townships; i++) { // interleaved, so that drift hits both alike
                driver.project("M" + i);
                driver.bare("M" + i);
            }
            profiler.execute("stop,collapsed,file=" + profiler.output);
            double projectMs = driver.wall[REAL] / 1e6 / townships;
            double bareMs = driver.wall[BARE] / 1e6 / townships;
            System.out.printf(
                    "%n(1) one township, %d organisations, %d tasks, mean of %d after %d unmeasured%n",
                    organisations, driver.tasks, townships, warmUp);
            System.out.printf("    real process and project code : %8.1f ms%n", projectMs);
            System.out.printf("    same shape, no project code   : %8.1f ms%n", bareMs);
            System.out.printf("    ratio                         : %8.2f%n", projectMs / bareMs);
            System.out.printf(
                    "    CPU of the timed calls        : %8.1f ms and %.1f ms, ratio %.2f%n",
                    driver.cpu[REAL] / 1e6 / townships,
                    driver.cpu[BARE] / 1e6 / townships,
                    (double) driver.cpu[REAL] / driver.cpu[BARE]);
            printSteps(driver.steps, townships);
            printPayloads(context.getBean(JdbcTemplate.class));
            printRecordRows(context.getBean(JdbcTemplate.class));
        } finally {
            ClockUtil.reset();
        }
    }

    /**
     * async-profiler over the measured townships only, when {@code -Dbench.asprof=<libasyncProfiler.so>} names its
     * library and {@code -Dbench.asprof.jar} its jar ({@code tools.profiler:async-profiler} on Maven Central, which
     * holds both); its collapsed stacks go to
     * {@code -Dbench.asprof.out} (default {@code target/overhead.collapsed}). Unlike JFR it also samples what the JVM
     * runs for Java code (exceptions' stack traces, class definitions, allocation outside the TLAB), which JFR leaves
     * out: JFR read 1.33–1.45 where the clock read 1.45–1.59, async-profiler what the clock read.
     */
    private record Profiler(Object instance, String output) {
        static Profiler fromSystemProperty() throws Exception {
            String library = System.getProperty("bench.asprof");
            if (library == null) {
                return new Profiler(null, null);
            }
            URLClassLoader loader = new URLClassLoader(
                    new URL[] {
                        Path.of(System.getProperty("bench.asprof.jar")).toUri().toURL()
                    },
                    Profiler.class.getClassLoader());
            Object instance = Class.forName("one.profiler.AsyncProfiler", true, loader)
                    .getMethod("getInstance", String.class)
                    .invoke(null, library);
            return new Profiler(instance, System.getProperty("bench.asprof.out", "target/overhead.collapsed"));
        }

        void execute(String command) throws Exception {
            if (instance != null) {
                instance.getClass().getMethod("execute", String.class).invoke(instance, command);
            }
        }
    }

    /** Where the difference is: per township, the process start and each task's completion, the largest first. */
    private static void printSteps(Map<String, long[]> steps, int townships) {
        System.out.printf("%n    where, ms per township         :   real    bare   difference%n");
        steps.entrySet().stream()
                .sorted(Comparator.comparingLong(e -> e.getValue()[BARE] - e.getValue()[REAL]))
                .forEach(e -> System.out.printf(
                        "    %-36s : %6.2f  %6.2f  %+6.2f%n",
                        e.getKey(),
                        e.getValue()[REAL] / 1e6 / townships,
                        e.getValue()[BARE] / 1e6 / townships,
                        (e.getValue()[REAL] - e.getValue()[BARE]) / 1e6 / townships));
    }

    /** What the real townships left in the project's own tables (the election record), rows per township. */
    private static void printRecordRows(JdbcTemplate jdbc) {
        long townships = jdbc.queryForObject("select count(*) from re_township", Long.class);
        List<String> tables = jdbc.queryForList(
                // H2 names them in capitals, PostgreSQL in small letters
                "select table_name from information_schema.tables where lower(table_schema) = 'public'"
                        + " and lower(table_name) like 're\\_%' escape '\\' order by table_name",
                String.class);
        StringBuilder rows = new StringBuilder();
        for (String table : tables) {
            long count = jdbc.queryForObject("select count(*) from " + table, Long.class);
            if (count > 0) {
                rows.append(String.format(" %s %.1f", table.toLowerCase(), (double) count / townships));
            }
        }
        System.out.printf("%n    project rows per township     :%s%n", rows);
    }

    /**
     * What each instance left in the engine's tables, per process: variables, history details (every change of a
     * variable) and byte arrays (values too large for a column: Json, files), with their sizes.
     */
    private static void printPayloads(JdbcTemplate jdbc) {
        System.out.printf(
                "%n    per instance                  : variables, history details (chars), byte arrays (bytes)%n");
        Map<String, Long> instances = new TreeMap<>();
        jdbc.query("select proc_def_key_, count(*) from act_hi_procinst group by proc_def_key_", row -> {
            instances.put(row.getString(1), row.getLong(2));
        });
        for (var entry : instances.entrySet()) {
            String key = entry.getKey();
            double n = entry.getValue();
            long variables = jdbc.queryForObject(
                    "select count(*) from act_hi_varinst v join act_hi_procinst i on v.proc_inst_id_ = i.id_"
                            + " where i.proc_def_key_ = ?",
                    Long.class,
                    key);
            Map<String, Object> details = jdbc.queryForMap(
                    "select count(*) c, coalesce(sum(coalesce(length(d.text_), 0)), 0) t from act_hi_detail d"
                            + " join act_hi_procinst i on d.proc_inst_id_ = i.id_ where i.proc_def_key_ = ?",
                    key);
            Map<String, Object> bytes = jdbc.queryForMap(
                    "select count(*) c, coalesce(sum(length(b.bytes_)), 0) t from act_ge_bytearray b"
                            + " join act_hi_procinst i on b.root_proc_inst_id_ = i.id_ where i.proc_def_key_ = ?",
                    key);
            System.out.printf(
                    "    %-29s : %6.0f, %6.0f (%,.0f), %6.0f (%,.0f)%n",
                    key,
                    variables / n,
                    ((Number) details.get("c")).doubleValue() / n,
                    ((Number) details.get("t")).doubleValue() / n,
                    ((Number) bytes.get("c")).doubleValue() / n,
                    ((Number) bytes.get("t")).doubleValue() / n);
        }
    }

    static final class Driver {
        private final CampaignService campaigns;
        private final TaskService tasksApi;
        private final TaskFormContext formContexts;
        private final ProcessEngine engine;
        private final Deadlines deadlines;
        private final WorkingCalendar calendar;
        private final int organisations;
        int tasks;
        /** Per step (the start, each task by its key): nanoseconds of the real process and of the bare one. */
        final Map<String, long[]> steps = new TreeMap<>();
        /** Nanoseconds in the engine's calls, by the clock, per shape. */
        final long[] wall = new long[2];
        /** CPU time of this thread in the same calls, per shape: what the clock adds to it is not work. */
        final long[] cpu = new long[2];

        Driver(ConfigurableApplicationContext context, ProcessEngine engine, int organisations) {
            this.campaigns = context.getBean(CampaignService.class);
            this.deadlines = context.getBean(Deadlines.class);
            this.calendar = context.getBean(WorkingCalendar.class);
            this.engine = engine;
            this.tasksApi = engine.getTaskService();
            this.formContexts = context.getBean(TaskFormContext.class);
            this.organisations = organisations;
        }

        private List<CampaignRequest.OrganisationRequest> organisations(String code) {
            List<CampaignRequest.OrganisationRequest> list = new ArrayList<>();
            for (int o = 0; o < organisations; o++) {
                list.add(new CampaignRequest.OrganisationRequest(code + "-B" + o, "第" + o + "支部", 30 + o * 7));
            }
            return list;
        }

        /** One whole township of the real process; only the engine's calls are timed. */
        void project(String code) {
            CampaignCreated created = timed(
                    "(start)",
                    REAL,
                    () -> campaigns.start(
                            new CampaignRequest(
                                    "基准县",
                                    "bench",
                                    2026,
                                    null,
                                    List.of(new CampaignRequest.TownshipRequest(
                                            code, "基准乡" + code, organisations(code)))),
                            "admin"));
            String pi = created.townships().get(0).processInstanceId();
            int count = 0;
            for (List<Task> open = open(pi); !open.isEmpty(); open = open(pi)) {
                Task task = open.get(0);
                VariableMap answer = TaskVariables.toEngine(
                        SimulatedParticipant.answer(
                                task.getTaskDefinitionKey(),
                                TaskVariables.visible(tasksApi, formContexts, task.getId()),
                                created.deadlines().get(Step.T7)),
                        ZONE);
                complete(task, answer, REAL);
                count++;
            }
            tasks = count;
        }

        /** One whole township of the bare process; only the engine's calls are timed. */
        void bare(String code) {
            VariableMap start = Variables.createVariables()
                    .putValue("secretaryGroup", "township-" + code)
                    .putValue("officeGroup", "office-" + code)
                    .putValue("reviewGroup", "review-" + code)
                    .putValue("countyGroup", "county-bench")
                    .putValue(
                            "organisationCodes",
                            new ArrayList<>(organisations(code).stream()
                                    .map(o -> o.code())
                                    .toList()))
                    .putValue("congressRaces", new ArrayList<>(RaceName.CONGRESS))
                    .putValue("makeupBreach", false)
                    .putValue(
                            BareProcess.GATEWAY_VALUES,
                            Map.of(
                                    "raceNext",
                                    "DONE",
                                    "unfilledSeats",
                                    0,
                                    "candidatesMissing",
                                    0,
                                    "makeupBreach",
                                    false))
                    .putValue("raceNext", "DONE");
            Map<Step, LocalDate> due = deadlines.complete(2026, Map.of(), calendar);
            due.forEach((step, day) -> start.putValue(Deadlines.variableName(step), deadlines.endOfAsDate(day)));
            start.putValue(BareProcess.COUNTY_DUE, deadlines.endOfAsDate(due.get(Step.T9)));
            String pi = timed(
                    "(start)",
                    BARE,
                    () -> engine.getRuntimeService()
                            .startProcessInstanceByKey(BareProcess.KEY, "BARE-" + code, start)
                            .getId());
            VariableMap answer =
                    Variables.createVariables().putValue("approved", true).putValue("raceNext", "DONE");
            for (List<Task> open = open(pi); !open.isEmpty(); open = open(pi)) {
                complete(open.get(0), answer, BARE);
            }
        }

        private void complete(Task task, VariableMap answer, int shape) {
            timed(task.getTaskDefinitionKey(), shape, () -> {
                tasksApi.complete(task.getId(), answer);
                return null;
            });
        }

        /** Runs one engine call, adding its clock and CPU time to the shape's totals and to its step's. */
        private <T> T timed(String step, int shape, Supplier<T> call) {
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            T result = call.get();
            long nanos = System.nanoTime() - t0;
            cpu[shape] += THREADS.getCurrentThreadCpuTime() - cpu0;
            wall[shape] += nanos;
            steps.computeIfAbsent(step, k -> new long[2])[shape] += nanos;
            return result;
        }

        /** Forgets the warm-up's times. */
        void reset() {
            steps.clear();
            Arrays.fill(wall, 0);
            Arrays.fill(cpu, 0);
        }

        private List<Task> open(String pi) {
            return TownshipDriver.open(tasksApi, pi);
        }
    }
}
