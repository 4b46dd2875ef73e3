package cn.county.reelection.bench;

import static cn.county.reelection.bench.BenchFigures.cpuSeconds;
import static cn.county.reelection.bench.BenchFigures.pct;

import cn.county.reelection.ReelectionApplication;
import cn.county.reelection.campaign.Campaign;
import cn.county.reelection.campaign.CampaignRepository;
import cn.county.reelection.campaign.Step;
import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.tasklist.TaskFormContext;
import cn.county.reelection.township.CampaignCreated;
import cn.county.reelection.township.CampaignRequest;
import cn.county.reelection.township.CampaignService;
import cn.county.reelection.village.Variant;
import cn.county.reelection.village.VillageCampaignRequest;
import cn.county.reelection.village.VillageCampaignService;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark (5), a province on one cluster: two nodes of the service (two JVMs, each with its engine and job
 * executor) on one PostgreSQL database. Each node starts half of the counties — every county a campaign of its
 * townships, every township a campaign of its villages — then drives its own townships with two client threads for
 * a fixed window while the earliest deadline of every unit falls due in the middle of it. Prints the campaign start
 * rate, tasks/s, the deadline timers' lag (p50/p95/max) while the clients work, and the CPU seconds of each node
 * and of PostgreSQL per phase.
 *
 * <p>Run (a fresh database {@code province} is created on the server, dropping one of that name): {@code mvn -q -B
 * test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=cn.county.reelection.bench.ProvinceBenchmark
 * -Dexec.args="50 100 10 10 jdbc:postgresql://127.0.0.1:5432/province postgres"} — counties, townships per county,
 * villages per township, party organisations per township, database, user. {@code -Dbench.window=300} sets the
 * drive's seconds, {@code -Dbench.timerAt=60} when in it the deadlines fall due.
 */
public final class ProvinceBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String REPLY = "BENCH ";
    /** -Dbench.reuse=true drives the province already in the database again, without starting one. */
    private static final boolean REUSE = Boolean.getBoolean("bench.reuse");

    private static final List<String> UNIT_PROCESSES = List.of("townshipReelection", "villageReelection");

    private final ConfigurableApplicationContext context;
    private final int townshipsPerCounty;
    private final int villagesPerTownship;
    private final int organisations;
    /** This node's townships to drive: process instance and congress day (T7), in the order they were started. */
    private final List<Object[]> ownTownships = Collections.synchronizedList(new ArrayList<>());

    private double ownStart;

    private ProvinceBenchmark(ConfigurableApplicationContext context, int[] sizes) {
        this.context = context;
        this.townshipsPerCounty = sizes[1];
        this.villagesPerTownship = sizes[2];
        this.organisations = sizes[3];
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = IntStream.range(0, 4).map(i -> Integer.parseInt(args[i])).toArray();
        String url = args[4];
        String user = args.length > 5 ? args[5] : "postgres";
        String node = System.getProperty("bench.node", "1");
        if (node.equals("1") && !REUSE) {
            recreate(url, user);
        }
        // the engine clock stands at the campaigns' start until the drive, so that nothing falls due before it
        ClockUtil.setCurrentTime(
                Date.from(LocalDate.of(2026, 11, 1).atTime(9, 0).atZone(ZONE).toInstant()));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ReelectionApplication.class)
                .run(
                        "--spring.profiles.active=test",
                        "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=true",
                        "--camunda.bpm.generic-properties.properties.hostname=node" + node,
                        "--spring.datasource.hikari.maximum-pool-size=10",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user);
        try (context) {
            ProvinceBenchmark bench = new ProvinceBenchmark(context, sizes);
            if (node.equals("1")) {
                bench.coordinate(sizes, args);
            } else {
                bench.serve();
            }
        } finally {
            ClockUtil.reset();
        }
    }

    /** Node 1: starts node 2, shares every phase with it and prints the figures. */
    private void coordinate(int[] sizes, String[] args) throws Exception {
        int counties = sizes[0];
        long window = Long.getLong("bench.window", 300);
        long timerAt = Long.getLong("bench.timerAt", 60);
        Node other = Node.start(args);
        long postgres = postmaster(context.getBean(JdbcTemplate.class));
        Vacuum vacuum = Vacuum.whereAutovacuumIsOff(context.getBean(JdbcTemplate.class));
        Cpu cpu0 = Cpu.now(postgres, other);

        // phase 1: every county and its villages, half on each node
        List<Integer> mine =
                IntStream.range(0, counties).filter(c -> c % 2 == 0).boxed().toList();
        List<Integer> theirs =
                IntStream.range(0, counties).filter(c -> c % 2 == 1).boxed().toList();
        long t0 = System.nanoTime();
        other.send("start " + theirs.stream().map(String::valueOf).collect(Collectors.joining(",")));
        startCounties(mine);
        String[] theirStart = other.reply();
        double startSeconds = (System.nanoTime() - t0) / 1e9;
        Cpu cpu1 = Cpu.now(postgres, other);

        // phase 2: the clock runs again, so that the earliest deadline falls due timerAt seconds into the drive
        ProcessEngine engine = context.getBean(ProcessEngine.class);
        Date due = earliestDeadline(engine);
        long dueInWindow = dueBy(engine, new Date(due.getTime() + (window - timerAt) * 1000));
        long driveStart = System.currentTimeMillis() + 2_000;
        long offset = due.getTime() - timerAt * 1000 - driveStart;
        other.send("clock " + offset);
        other.reply();
        ClockUtil.offset(offset); // in one step: no moment on the real date for a node's acquisition to read
        long stopAt = driveStart + window * 1000;
        other.send("drive " + stopAt);
        int[] ours = drive(stopAt);
        String[] theirDrive = other.reply();
        double driveSeconds = (System.currentTimeMillis() - driveStart) / 1e3;
        Cpu cpu2 = Cpu.now(postgres, other);

        // every deadline that fell due in the window has fired (both job executors keep working)
        Date windowEnd = new Date(due.getTime() + (window - timerAt) * 1000);
        long wait = System.currentTimeMillis() + 900_000;
        while (dueBy(engine, windowEnd) > 0 && System.currentTimeMillis() < wait) {
            Thread.sleep(500);
        }
        Map<String, List<Double>> lag = lag(engine, due, windowEnd);
        Cpu cpu3 = Cpu.now(postgres, other);
        vacuum.close();
        other.send("quit");

        int townships = counties * townshipsPerCounty;
        int villages = townships * villagesPerTownship;
        int tasks = ours[0] + Integer.parseInt(theirDrive[0]);
        int driven = ours[1] + Integer.parseInt(theirDrive[1]);
        System.out.printf(
                "%n(5) province on two nodes, PostgreSQL: %d counties × %d townships (%d organisations each) × %d"
                        + " villages = %d townships, %d villages (%s, %d cores)%s%n",
                counties,
                townshipsPerCounty,
                organisations,
                villagesPerTownship,
                townships,
                villages,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                vacuum.describe());
        System.out.printf(
                "start all campaigns         : %8.1f s — %.1f townships/s, %.1f villages/s, %.1f process instances/s"
                        + " (node 1 %s s, node 2 %s s)%n",
                startSeconds,
                townships / startSeconds,
                villages / startSeconds,
                (townships + villages) / startSeconds,
                "%.1f".formatted(ownStart),
                "%.1f".formatted(Double.parseDouble(theirStart[0])));
        System.out.printf(
                "drive townships for %d s   : %d tasks, %.1f tasks/s (node 1 %d, node 2 %s); %d townships reached"
                        + " their end%n",
                window, tasks, tasks / driveSeconds, ours[0], theirDrive[0], driven);
        System.out.printf(
                "earliest deadline %s, %d deadline timers due from %d s into the drive to its end%n",
                due.toInstant().atZone(ZONE).toLocalDateTime(), dueInWindow, timerAt);
        lag.forEach((kind, sorted) -> System.out.printf(
                "deadline timers %-24s: %6d fired, lag p50 %.1f s, p95 %.1f s, max %.1f s%n",
                kind,
                sorted.size(),
                pct(sorted, 50),
                pct(sorted, 95),
                sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1)));
        System.out.printf(
                "CPU seconds (node 1 / node 2 / PostgreSQL): start %s; drive %s; the timers after it %s%n",
                cpu1.minus(cpu0), cpu2.minus(cpu1), cpu3.minus(cpu2));
        System.out.printf(
                "per task in the drive: PostgreSQL %.1f ms, nodes %.1f ms of CPU%n",
                1000 * (cpu2.postgres - cpu1.postgres) / Math.max(1, tasks),
                1000 * (cpu2.node1 - cpu1.node1 + cpu2.node2 - cpu1.node2) / Math.max(1, tasks));
        other.await();
    }

    /** Node 2: answers node 1's commands until told to quit. */
    private void serve() throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        reply("ready " + ProcessHandle.current().pid());
        for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
            String[] command = line.split(" ");
            switch (command[0]) {
                case "start" -> {
                    startCounties(Arrays.stream(command[1].split(","))
                            .map(Integer::valueOf)
                            .toList());
                    reply("started " + ownStart);
                }
                case "clock" -> {
                    ClockUtil.offset(Long.parseLong(command[1])); // in one step, as above
                    reply("clock");
                }
                case "drive" -> {
                    int[] done = drive(Long.parseLong(command[1]));
                    reply("drove " + done[0] + " " + done[1]);
                }
                default -> throw new IllegalArgumentException(line);
            }
        }
    }

    private static void reply(String line) {
        System.out.println(REPLY + line);
        System.out.flush();
    }

    /** Starts each county's campaign and then each of its townships' village campaigns; two client threads. */
    private void startCounties(List<Integer> counties) throws Exception {
        long t0 = System.nanoTime();
        if (REUSE) {
            loadCounties(counties);
            return;
        }
        CampaignService townships = context.getBean(CampaignService.class);
        VillageCampaignService villages = context.getBean(VillageCampaignService.class);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> work = new ArrayList<>();
        for (int county : counties) {
            work.add(pool.submit(() -> {
                CampaignCreated campaign = townships.start(county(county), "admin");
                campaign.townships()
                        .forEach(t -> ownTownships.add(new Object[] {
                            t.processInstanceId(), campaign.deadlines().get(Step.T7)
                        }));
                for (var township : campaign.townships()) {
                    villages.start(villagesOf(campaign.countyCode(), township), "admin");
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        ownStart = (System.nanoTime() - t0) / 1e9;
    }

    /** The townships of these counties still running, from the database (-Dbench.reuse). */
    private void loadCounties(List<Integer> counties) {
        Set<String> codes = counties.stream().map(ProvinceBenchmark::countyCode).collect(Collectors.toSet());
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
            for (Campaign campaign : context.getBean(CampaignRepository.class).findAll()) {
                if (codes.contains(campaign.getCountyCode())) {
                    LocalDate congress = campaign.getDeadlines().get(Step.T7);
                    context.getBean(TownshipRepository.class).findByCampaignIdOrderById(campaign.getId()).stream()
                            .filter(t -> t.getProcessInstanceId() != null)
                            .forEach(t -> ownTownships.add(new Object[] {t.getProcessInstanceId(), congress}));
                }
            }
        });
    }

    private static String countyCode(int county) {
        return "PV%02d".formatted(county);
    }

    private CampaignRequest county(int county) {
        String countyCode = countyCode(county);
        List<CampaignRequest.TownshipRequest> list = new ArrayList<>();
        for (int t = 0; t < townshipsPerCounty; t++) {
            String code = "%sT%03d".formatted(countyCode, t);
            List<CampaignRequest.OrganisationRequest> orgs = new ArrayList<>();
            for (int o = 0; o < organisations; o++) {
                orgs.add(new CampaignRequest.OrganisationRequest(
                        "%s-B%02d".formatted(code, o), "第" + o + "支部", 20 + (t + o) % 50));
            }
            list.add(new CampaignRequest.TownshipRequest(code, "基准乡" + county + "-" + t, orgs));
        }
        return new CampaignRequest("基准县" + county, countyCode, 2026, null, list);
    }

    private VillageCampaignRequest villagesOf(String countyCode, CampaignCreated.StartedTownship township) {
        List<VillageCampaignRequest.VillageRequest> list = new ArrayList<>();
        for (int v = 0; v < villagesPerTownship; v++) {
            // every fifth place a community, as in a township with a small town
            Variant variant = v % 5 == 4 ? Variant.COMMUNITY : Variant.VILLAGE;
            list.add(new VillageCampaignRequest.VillageRequest(
                    "%sV%02d".formatted(township.code(), v),
                    (variant == Variant.VILLAGE ? "第%d村" : "第%d社区").formatted(v + 1),
                    variant,
                    300 + 37 * v));
        }
        return new VillageCampaignRequest(township.code(), township.name(), countyCode, 2026, null, list);
    }

    /** This node's townships, driven one after another by two client threads until {@code stopAt} (epoch ms). */
    private int[] drive(long stopAtMillis) throws Exception {
        long stopAt = System.nanoTime() + (stopAtMillis - System.currentTimeMillis()) * 1_000_000;
        TownshipDriver driver = new TownshipDriver(
                context.getBean(ProcessEngine.class).getTaskService(), context.getBean(TaskFormContext.class), ZONE);
        ConcurrentLinkedQueue<Object[]> queue = new ConcurrentLinkedQueue<>(ownTownships);
        AtomicInteger tasks = new AtomicInteger();
        AtomicInteger ended = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            work.add(pool.submit(() -> {
                for (Object[] next = queue.poll(); next != null && System.nanoTime() < stopAt; next = queue.poll()) {
                    tasks.addAndGet(driver.drive((String) next[0], (LocalDate) next[1], "", stopAt));
                    if (System.nanoTime() < stopAt) {
                        ended.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        return new int[] {tasks.get(), ended.get()};
    }

    /** The earliest due date of any unit's deadline timer. */
    private static Date earliestDeadline(ProcessEngine engine) {
        return UNIT_PROCESSES.stream()
                .map(key -> engine.getManagementService()
                        .createJobQuery()
                        .processDefinitionKey(key)
                        .timers()
                        .orderByJobDuedate()
                        .asc()
                        .listPage(0, 1))
                .flatMap(List::stream)
                .map(Job::getDuedate)
                .min(Date::compareTo)
                .orElseThrow(() -> new IllegalStateException("no deadline timer"));
    }

    private static long dueBy(ProcessEngine engine, Date end) {
        return UNIT_PROCESSES.stream()
                .mapToLong(key -> engine.getManagementService()
                        .createJobQuery()
                        .processDefinitionKey(key)
                        .timers()
                        .duedateLowerThen(new Date(end.getTime() + 1))
                        .count())
                .sum();
    }

    /** Seconds from each fired deadline's due date to its job's success, by timer, for timers due in the window. */
    private static Map<String, List<Double>> lag(ProcessEngine engine, Date from, Date to) {
        Map<String, List<Double>> lag = new TreeMap<>();
        List<HistoricJobLog> logs = UNIT_PROCESSES.stream()
                .flatMap(
                        key -> engine
                                .getHistoryService()
                                .createHistoricJobLogQuery()
                                .successLog()
                                .processDefinitionKey(key)
                                .list()
                                .stream())
                .toList();
        for (HistoricJobLog log : logs) {
            Date due = log.getJobDueDate();
            if (due != null && !due.before(from) && !due.after(to)) {
                lag.computeIfAbsent(log.getActivityId(), k -> new ArrayList<>())
                        .add((log.getTimestamp().getTime() - due.getTime()) / 1000.0);
            }
        }
        lag.values().forEach(Collections::sort);
        return lag;
    }

    private static void recreate(String url, String user) throws Exception {
        String name = url.substring(url.lastIndexOf('/') + 1);
        try (Connection c =
                        DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres", user, "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
            s.execute("create database " + name);
        }
    }

    private static long postmaster(JdbcTemplate jdbc) throws Exception {
        String dir = jdbc.queryForObject("show data_directory", String.class);
        return Long.parseLong(
                Files.readAllLines(Path.of(dir, "postmaster.pid")).get(0).trim());
    }

    /** CPU seconds used so far by node 1, node 2 and PostgreSQL (its postmaster with every backend, ended or not). */
    private record Cpu(double node1, double node2, double postgres) {
        static Cpu now(long postmaster, Node other) {
            double pg = cpuSeconds(postmaster, true);
            try (var children =
                    ProcessHandle.of(postmaster).map(ProcessHandle::children).orElseThrow()) {
                pg += children.mapToDouble(c -> cpuSeconds(c.pid(), false)).sum();
            }
            return new Cpu(cpuSeconds(ProcessHandle.current().pid(), false), cpuSeconds(other.pid, false), pg);
        }

        String minus(Cpu before) {
            return "%.0f / %.0f / %.0f"
                    .formatted(node1 - before.node1, node2 - before.node2, postgres - before.postgres);
        }
    }

    /** Node 2: a second JVM on the same class path, spoken to through its standard input and output. */
    private static final class Node {
        private final Process process;
        private final PrintWriter out;
        private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
        private long pid;

        /** Node 2's output is read all the time (its log to target/province-node2.log), so that it never waits on it. */
        private Node(Process process) throws Exception {
            this.process = process;
            this.out = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            PrintWriter log = new PrintWriter(Files.newBufferedWriter(Path.of("target", "province-node2.log")), true);
            Thread reader = new Thread(
                    () -> {
                        try (log) {
                            for (String line = in.readLine(); line != null; line = in.readLine()) {
                                if (line.startsWith(REPLY)) {
                                    replies.add(line.substring(REPLY.length()));
                                } else {
                                    log.println(line);
                                }
                            }
                        } catch (Exception ended) {
                            // the node is gone; reply() says so
                        }
                        replies.add("ended");
                    },
                    "node2-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Node start(String[] args) throws Exception {
            String classPath = ProvinceBenchmark.class.getClassLoader() instanceof URLClassLoader loader
                    ? Arrays.stream(loader.getURLs())
                            .map(url -> {
                                try {
                                    return new File(url.toURI()).getPath();
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                            })
                            .collect(Collectors.joining(File.pathSeparator))
                    : System.getProperty("java.class.path");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dbench.node=2",
                    "-Dbench.reuse=" + REUSE,
                    "-cp",
                    classPath,
                    ProvinceBenchmark.class.getName()));
            command.addAll(List.of(args));
            Node node = new Node(new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start());
            node.pid = Long.parseLong(node.reply()[1]);
            return node;
        }

        void send(String line) {
            out.println(line);
        }

        /** The words of node 2's next reply after its first (the reply's name). */
        String[] reply() throws Exception {
            String line = replies.take();
            if (line.equals("ended")) {
                throw new IllegalStateException("node 2 ended: " + process.waitFor() + " (target/province-node2.log)");
            }
            String[] words = line.split(" ");
            return Arrays.copyOfRange(words, words[0].equals("ready") ? 0 : 1, words.length);
        }

        void await() throws Exception {
            out.close();
            process.waitFor();
        }
    }
}
