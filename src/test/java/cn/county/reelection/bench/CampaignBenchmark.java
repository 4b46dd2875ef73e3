package cn.county.reelection.bench;

import static cn.county.reelection.bench.BenchFigures.pct;
import static cn.county.reelection.bench.BenchFigures.rss;

import cn.county.reelection.ReelectionApplication;
import cn.county.reelection.campaign.Step;
import cn.county.reelection.tasklist.TaskFormContext;
import cn.county.reelection.township.CampaignCreated;
import cn.county.reelection.township.CampaignRequest;
import cn.county.reelection.township.CampaignService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmarks (2)–(4): a county campaign of many townships on H2 or PostgreSQL — start-up time and
 * resident memory of the service, time to start the campaign, time to drive every township to the end of T9, or
 * to the first task of the step {@code -Dbench.until} names (two client threads, like two county offices working at
 * once), the board's answer time over HTTP with
 * every township active (p50/p95), and the lag of the T7 deadline timers when they all fall due at once
 * (job executor on).
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.county.reelection.bench.CampaignBenchmark -Dexec.args="1000 10"}; a JDBC URL as third
 * argument (and user as fourth) runs it on that database instead of a fresh H2 file in target/.
 */
public final class CampaignBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static void main(String[] args) throws Exception {
        int townships = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int organisations = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<String> boot = new ArrayList<>(List.of(
                "--spring.profiles.active=test",
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=true",
                "--spring.datasource.hikari.maximum-pool-size=10"));
        String database;
        if (args.length > 2) {
            boot.add("--spring.datasource.url=" + args[2]);
            boot.add("--spring.datasource.username=" + (args.length > 3 ? args[3] : "postgres"));
            database = args[2].replaceAll("//[^/]*/", "//…/");
        } else {
            Path dir = Files.createTempDirectory(Path.of("target"), "bench-h2-");
            boot.add("--spring.datasource.url=jdbc:h2:file:" + dir.toAbsolutePath() + "/reelection");
            database = "H2 file";
        }
        // the engine clock stands at the campaign's start, so that no deadline falls due while we drive
        ClockUtil.setCurrentTime(
                Date.from(LocalDate.of(2026, 11, 1).atTime(9, 0).atZone(ZONE).toInstant()));
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(ReelectionApplication.class).run(boot.toArray(String[]::new))) {
            double startup = (System.nanoTime() - t0) / 1e9;
            String rssAfterStart = rss();
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            Vacuum vacuum = Vacuum.whereAutovacuumIsOff(context.getBean(JdbcTemplate.class));
            TaskService tasks = engine.getTaskService();

            List<CampaignRequest.TownshipRequest> list = new ArrayList<>();
            for (int i = 0; i < townships; i++) {
                String code = "BM%04d".formatted(i);
                List<CampaignRequest.OrganisationRequest> orgs = new ArrayList<>();
                for (int o = 0; o < organisations; o++) {
                    orgs.add(new CampaignRequest.OrganisationRequest(
                            "%s-B%02d".formatted(code, o), "第" + o + "支部", 20 + (i + o) % 50));
                }
                list.add(new CampaignRequest.TownshipRequest(code, "基准乡" + i, orgs));
            }
            long t1 = System.nanoTime();
            CampaignCreated campaign = context.getBean(CampaignService.class)
                    .start(new CampaignRequest("基准县", "bench", 2026, null, list), "admin");
            double startCampaign = (System.nanoTime() - t1) / 1e9;

            // every township to the end of T9 (or to the first task of the step -Dbench.until names), two client
            // threads
            String until = System.getProperty("bench.until", "");
            long t2 = System.nanoTime();
            AtomicInteger completed = new AtomicInteger();
            LocalDate congress = campaign.deadlines().get(Step.T7);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> work = new ArrayList<>();
            int driven = Integer.getInteger("bench.drive", townships); // how many townships to drive
            TownshipDriver driver = new TownshipDriver(tasks, context.getBean(TaskFormContext.class), ZONE);
            for (var t : campaign.townships().subList(0, Math.min(driven, townships))) {
                work.add(pool.submit(() ->
                        completed.addAndGet(driver.drive(t.processInstanceId(), congress, until, Long.MAX_VALUE))));
            }
            for (Future<?> f : work) {
                f.get();
            }
            pool.shutdown();
            double drive = (System.nanoTime() - t2) / 1e9;

            // the board over HTTP with every township active
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest board = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/campaigns/" + campaign.id() + "/board"))
                    .header(
                            "Authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                    .build();
            for (int i = 0; i < 10; i++) {
                http.send(board, HttpResponse.BodyHandlers.ofString());
            }
            List<Double> boardMs = new ArrayList<>();
            int bytes = 0;
            for (int i = 0; i < 100; i++) {
                long b = System.nanoTime();
                HttpResponse<String> answer = http.send(board, HttpResponse.BodyHandlers.ofString());
                boardMs.add((System.nanoTime() - b) / 1e6);
                bytes = answer.body().length();
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("board answered " + answer.statusCode());
                }
            }
            Collections.sort(boardMs);

            // a deadline: the engine clock runs again two seconds before it and every township's timer falls due —
            // T7 when every township was driven to the congress, T1 for the townships left at T1, none when every
            // township was driven to its end
            boolean all = driven >= townships;
            String timer = all ? "Timer_T7Deadline" : "Timer_T1Deadline";
            LocalDate deadlineDay = all ? congress : campaign.deadlines().get(Step.T1);
            long ended = engine.getHistoryService()
                    .createHistoricProcessInstanceQuery()
                    .processDefinitionKey("townshipReelection")
                    .finished()
                    .count();
            Date due = Date.from(
                    deadlineDay.plusDays(1).atStartOfDay(ZONE).toInstant().minusSeconds(1));
            // in one step: no moment on the real date for the job executor's acquisition to read
            ClockUtil.offset(due.getTime() - 2_000 - System.currentTimeMillis());
            var management = engine.getManagementService();
            long wait = System.currentTimeMillis() + 900_000;
            while (management.createJobQuery().timers().activityId(timer).count() > 0
                    && System.currentTimeMillis() < wait) {
                Thread.sleep(250);
            }
            List<Double> lag = new ArrayList<>();
            for (HistoricJobLog log : engine.getHistoryService()
                    .createHistoricJobLogQuery()
                    .successLog()
                    .activityIdIn(timer)
                    .list()) {
                lag.add((log.getTimestamp().getTime() - due.getTime()) / 1000.0);
            }
            Collections.sort(lag);
            String rssEnd = rss();

            vacuum.close();
            System.out.printf(
                    "%n%s, %d townships × %d organisations (%s, %d cores)%s%n",
                    database,
                    townships,
                    organisations,
                    System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(),
                    vacuum.describe());
            System.out.printf(
                    "(4) service start-up                 : %8.1f s, resident memory %s (after the run %s)%n",
                    startup, rssAfterStart, rssEnd);
            System.out.printf(
                    "(2) start the campaign               : %8.1f s (%d process instances)%n",
                    startCampaign, townships);
            System.out.printf(
                    "(2) drive %d townships to %s         : %8.1f s (%d tasks, %.0f tasks/s; %d processes ended)%n",
                    Math.min(driven, townships),
                    until.isEmpty() ? "the end" : until,
                    drive,
                    completed.get(),
                    completed.get() / drive,
                    ended);
            System.out.printf(
                    "(3) board over HTTP, %d townships   : p50 %.0f ms, p95 %.0f ms (%d kB)%n",
                    townships, pct(boardMs, 50), pct(boardMs, 95), bytes / 1024);
            System.out.printf(
                    "(2) %s deadline timers (%d)          : lag p50 %.1f s, p95 %.1f s, max %.1f s%n",
                    all ? "T7" : "T1",
                    lag.size(),
                    pct(lag, 50),
                    pct(lag, 95),
                    lag.isEmpty() ? Double.NaN : lag.get(lag.size() - 1));
        } finally {
            ClockUtil.reset();
        }
    }
}
