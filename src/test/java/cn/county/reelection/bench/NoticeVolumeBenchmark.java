package cn.county.reelection.bench;

import cn.county.reelection.ReelectionApplication;
import cn.county.reelection.campaign.Step;
import cn.county.reelection.dryrun.SimulatedParticipant;
import cn.county.reelection.dryrun.TaskVariables;
import cn.county.reelection.notice.MorningNoticesDelegate;
import cn.county.reelection.notice.Notice;
import cn.county.reelection.notice.NoticeService;
import cn.county.reelection.notice.NoticeSettingsRequest;
import cn.county.reelection.tasklist.TaskFormContext;
import cn.county.reelection.township.CampaignCreated;
import cn.county.reelection.township.CampaignRequest;
import cn.county.reelection.township.CampaignService;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How many notices a campaign of many townships sends on its busiest day. A sample of townships (10 organisations
 * each, every township with its group robot and the county with its own) runs the real process day by day on the
 * engine clock, in the dry run's three behaviours (on time, each step done on its deadline day; returned once at
 * T2 and T4; T3 done two days late): each working morning the hourly job's work (digest, follow-up reminders),
 * during the day every task whose step is due, at midnight the due deadline timers. Every notice is counted by
 * day and attributed to its township by the place in its text; per-township counts are summed for the target
 * number of townships in the same mix, the county's digest once.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.county.reelection.bench.NoticeVolumeBenchmark -Dexec.args="30 10 1000"}
 * (sample townships, organisations each, townships of the campaign measured for).
 */
public final class NoticeVolumeBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern PLACE = Pattern.compile("量乡(\\d{3})号");
    private static final int BEHAVIOURS = 3; // 0 on time, 1 returned at T2 and T4, 2 T3 two days late

    private record Count(long notices, long deliveries, long emails) {
        Count plus(Count o) {
            return new Count(notices + o.notices, deliveries + o.deliveries, emails + o.emails);
        }

        Count times(double f) {
            return new Count(Math.round(notices * f), Math.round(deliveries * f), Math.round(emails * f));
        }
    }

    public static void main(String[] args) throws Exception {
        int sample = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int organisations = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int target = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        ClockUtil.setCurrentTime(at(LocalDate.of(2026, 11, 2), 9, 0));
        List<String> boot = List.of(
                "--spring.profiles.active=test",
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:notice-volume;DB_CLOSE_DELAY=-1",
                "--reelection.notices.enabled=true",
                // an SMTP server is configured so that e-mail notices are made; no job runs, so none is sent
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=2",
                "--logging.level.root=error");
        long began = System.nanoTime();
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(ReelectionApplication.class).run(boot.toArray(String[]::new))) {
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            TaskService tasks = engine.getTaskService();
            ManagementService management = engine.getManagementService();
            RuntimeService runtime = engine.getRuntimeService();
            MorningNoticesDelegate morning = context.getBean(MorningNoticesDelegate.class);

            // day -> township index (-1 the county's own) -> count
            Map<LocalDate, Map<Integer, Count>> byDay = new TreeMap<>();
            Map<LocalDate, Map<Notice.Kind, Long>> kinds = new TreeMap<>();
            context.getBean(NoticeService.class).observe((notice, deliveries) -> {
                LocalDate day =
                        ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
                Matcher m = PLACE.matcher(notice.subject() + notice.text());
                int township = notice.kind() == Notice.Kind.DIGEST || !m.find() ? -1 : Integer.parseInt(m.group(1));
                byDay.computeIfAbsent(day, d -> new TreeMap<>())
                        .merge(
                                township,
                                new Count(1, deliveries, notice.groups().size()),
                                Count::plus);
                kinds.computeIfAbsent(day, d -> new EnumMap<>(Notice.Kind.class))
                        .merge(notice.kind(), 1L, Long::sum);
            });

            List<CampaignRequest.TownshipRequest> list = new ArrayList<>();
            Map<String, NoticeSettingsRequest.Webhook> robots = new LinkedHashMap<>();
            for (int i = 0; i < sample; i++) {
                String code = "NV%03d".formatted(i);
                List<CampaignRequest.OrganisationRequest> orgs = new ArrayList<>();
                for (int j = 0; j < organisations; j++) {
                    orgs.add(new CampaignRequest.OrganisationRequest(
                            code + "-B%02d".formatted(j), "第%d支部".formatted(j + 1), 30 + 7 * j));
                }
                list.add(new CampaignRequest.TownshipRequest(code, "量乡%03d号".formatted(i), orgs));
                robots.put(
                        code,
                        new NoticeSettingsRequest.Webhook("http://127.0.0.1:9/robot/" + code, "WECOM", "markdown"));
            }
            CampaignCreated campaign = context.getBean(CampaignService.class)
                    .start(
                            new CampaignRequest(
                                    "量县",
                                    "volume",
                                    2026,
                                    null,
                                    list,
                                    null,
                                    new NoticeSettingsRequest(
                                            new NoticeSettingsRequest.Webhook(
                                                    "http://127.0.0.1:9/robot/county", "DINGTALK", null),
                                            robots,
                                            null)),
                            "admin");
            LocalDate congress = campaign.deadlines().get(Step.T7);
            Set<String> returnedOnce = new HashSet<>();

            for (LocalDate day = LocalDate.of(2026, 11, 2);
                    !day.isAfter(LocalDate.of(2026, 12, 31));
                    day = day.plusDays(1)) {
                ClockUtil.setCurrentTime(at(day, 8, 30));
                morning.run(ClockUtil.getCurrentTime().toInstant());
                ClockUtil.setCurrentTime(at(day, 10, 0));
                for (int i = 0; i < sample; i++) {
                    String pi = campaign.townships().get(i).processInstanceId();
                    for (int guard = 0; guard < 500; guard++) {
                        LocalDate today = day;
                        int behaviour = i % BEHAVIOURS;
                        Task next =
                                tasks
                                        .createTaskQuery()
                                        .processInstanceId(pi)
                                        .orderByTaskCreateTime()
                                        .asc()
                                        .list()
                                        .stream()
                                        .filter(t -> !today.isBefore(planned(t, behaviour)))
                                        .findFirst()
                                        .orElse(null);
                        if (next == null) {
                            break;
                        }
                        Map<String, JsonNode> vars =
                                TaskVariables.visible(tasks, context.getBean(TaskFormContext.class), next.getId());
                        Map<String, Object> answer = new LinkedHashMap<>(
                                SimulatedParticipant.answer(next.getTaskDefinitionKey(), vars, congress));
                        String key = next.getTaskDefinitionKey();
                        if (behaviour == 1
                                && (key.equals("T2_ReviewConveneRequest") || key.equals("T4_ReviewNominees"))
                                && returnedOnce.add(pi + key)) {
                            answer.put("approved", false);
                            answer.put("comment", "请补充材料");
                        }
                        tasks.complete(next.getId(), TaskVariables.toEngine(answer, ZONE));
                    }
                }
                ClockUtil.setCurrentTime(
                        Date.from(day.plusDays(1).atStartOfDay(ZONE).toInstant()));
                for (var t : campaign.townships()) {
                    for (Job job : management
                            .createJobQuery()
                            .processInstanceId(t.processInstanceId())
                            .timers()
                            .duedateLowerThan(ClockUtil.getCurrentTime())
                            .list()) {
                        management.executeJob(job.getId());
                    }
                }
                if (runtime.createProcessInstanceQuery()
                                .processDefinitionKey(CampaignService.PROCESS_KEY)
                                .count()
                        == 0) {
                    break;
                }
            }

            // the target campaign: the same mix of behaviours, each township as its sample peers on average
            int[] inSample = new int[BEHAVIOURS];
            int[] inTarget = new int[BEHAVIOURS];
            for (int i = 0; i < sample; i++) inSample[i % BEHAVIOURS]++;
            for (int i = 0; i < target; i++) inTarget[i % BEHAVIOURS]++;
            LocalDate busiest = null;
            Count most = new Count(0, 0, 0);
            System.out.printf(
                    "%nday        notices(sample) notices(%d townships) deliveries emails  by kind (sample)%n", target);
            for (var e : byDay.entrySet()) {
                Count sampled = e.getValue().values().stream().reduce(new Count(0, 0, 0), Count::plus);
                Count scaled = e.getValue().getOrDefault(-1, new Count(0, 0, 0));
                for (int b = 0; b < BEHAVIOURS; b++) {
                    Count sum = new Count(0, 0, 0);
                    for (var t : e.getValue().entrySet()) {
                        if (t.getKey() >= 0 && t.getKey() % BEHAVIOURS == b) sum = sum.plus(t.getValue());
                    }
                    scaled = scaled.plus(sum.times((double) inTarget[b] / inSample[b]));
                }
                System.out.printf(
                        "%s %8d %14d %14d %8d  %s%n",
                        e.getKey(),
                        sampled.notices(),
                        scaled.notices(),
                        scaled.deliveries(),
                        scaled.emails(),
                        kinds.get(e.getKey()));
                if (scaled.notices() > most.notices()) {
                    most = scaled;
                    busiest = e.getKey();
                }
            }
            System.out.printf(
                    "%nBusiest day of a %d-township x %d-organisation campaign: %s (%s) with %d notices, "
                            + "%d deliveries (e-mail jobs and robot posts), %d e-mails at one address per group%n"
                            + "(measured on a sample of %d townships in %.0f s; deadlines T1 %s, T2 %s, T3/T4 %s, T7 %s, T9 %s)%n",
                    target,
                    organisations,
                    busiest,
                    busiest == null ? "" : busiest.getDayOfWeek(),
                    most.notices(),
                    most.deliveries(),
                    most.emails(),
                    sample,
                    (System.nanoTime() - began) / 1e9,
                    campaign.deadlines().get(Step.T1),
                    campaign.deadlines().get(Step.T2),
                    campaign.deadlines().get(Step.T3),
                    congress,
                    campaign.deadlines().get(Step.T9));
        } finally {
            ClockUtil.reset();
        }
    }

    /** The day a township completes a task: its due day; a late township's T3 two days after. */
    private static LocalDate planned(Task task, int behaviour) {
        LocalDate due = task.getDueDate().toInstant().atZone(ZONE).toLocalDate();
        return behaviour == 2 && task.getTaskDefinitionKey().startsWith("T3") ? due.plusDays(2) : due;
    }

    private static Date at(LocalDate day, int hour, int minute) {
        return Date.from(day.atTime(hour, minute).atZone(ZONE).toInstant());
    }
}
