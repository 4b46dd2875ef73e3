package cn.county.reelection.notice;

import cn.county.reelection.calendar.CampaignCalendars;
import cn.county.reelection.campaign.Campaign;
import cn.county.reelection.campaign.CampaignRepository;
import cn.county.reelection.campaign.Groups;
import cn.county.reelection.timeline.Deadlines;
import cn.county.reelection.timeline.StepProgress;
import cn.county.reelection.timeline.StepProgressRepository;
import cn.county.reelection.village.VillageCampaign;
import cn.county.reelection.village.VillageCampaignRepository;
import cn.county.reelection.village.VillageStepProgress;
import cn.county.reelection.village.VillageStepProgressRepository;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hourly tick of {@code noticeMorning}: the first tick at or after the morning hour of a working day sends
 * every county its digest (steps overdue, steps due this week, of its townships and their villages) and tells
 * each open task's groups on its follow-up day (the task's follow-up date; a village task, which has none, the
 * working day before its due date). {@link MorningRun} keeps it to once a day across the cluster.
 */
@Component("morningNoticesDelegate")
public class MorningNoticesDelegate implements JavaDelegate {

    /** Tasks due further ahead than this are not looked at: their follow-up day is not today. */
    static final int LOOK_AHEAD_DAYS = 31;

    private final NoticeService notices;
    private final MorningRunRepository runs;
    private final CampaignRepository campaigns;
    private final VillageCampaignRepository villageCampaigns;
    private final StepProgressRepository progress;
    private final VillageStepProgressRepository villageProgress;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final Deadlines deadlines;
    private final CampaignCalendars calendars;
    private final int morningHour;
    private final Clock clock;

    public MorningNoticesDelegate(
            NoticeService notices,
            MorningRunRepository runs,
            CampaignRepository campaigns,
            VillageCampaignRepository villageCampaigns,
            StepProgressRepository progress,
            VillageStepProgressRepository villageProgress,
            TaskService tasks,
            RuntimeService runtime,
            Deadlines deadlines,
            CampaignCalendars calendars,
            @Value("${reelection.notices.morning-hour:8}") int morningHour,
            Clock clock) {
        this.clock = clock;
        this.notices = notices;
        this.runs = runs;
        this.campaigns = campaigns;
        this.villageCampaigns = villageCampaigns;
        this.progress = progress;
        this.villageProgress = villageProgress;
        this.tasks = tasks;
        this.runtime = runtime;
        this.deadlines = deadlines;
        this.calendars = calendars;
        this.morningHour = morningHour;
    }

    @Override
    public void execute(DelegateExecution execution) {
        run(clock.instant());
    }

    /** Answers how many notices were sent (0 when it is not yet the morning, not a working day, or already done). */
    @Transactional
    public int run(Instant at) {
        ZonedDateTime now = at.atZone(deadlines.zone());
        LocalDate today = now.toLocalDate();
        if (!notices.enabled()
                || now.getHour() < morningHour
                || !calendars.base().isWorkingDay(today)
                || runs.existsById(today)) {
            return 0;
        }
        MorningRun run = runs.save(new MorningRun(today, at));
        int sent = digests(today) + dueSoon(today);
        run.count(sent);
        return sent;
    }

    /** One digest per county with work open: what is overdue and what is due by Sunday. */
    int digests(LocalDate today) {
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        Map<String, List<String>> overdue = new LinkedHashMap<>();
        Map<String, List<String>> dueThisWeek = new LinkedHashMap<>();
        for (Campaign campaign : campaigns.findAll()) {
            var ids = campaign.getTownships().stream().map(t -> t.getId()).toList();
            if (ids.isEmpty() || campaign.getTownships().get(0).getBusinessKey().startsWith("DRY-")) {
                continue;
            }
            List<StepProgress> open = progress.findByTownshipIdIn(ids).stream()
                    .filter(p -> p.getCompletedAt() == null)
                    .sorted(Comparator.comparing(StepProgress::getDueDate)
                            .thenComparing(p -> p.getTownship().getId()))
                    .toList();
            for (StepProgress p : open) {
                String line = "%s：%s %s（期限%s）"
                        .formatted(
                                p.getTownship().getName(),
                                p.getStep().name(),
                                p.getStep().label(),
                                NoticeEvents.DAY.format(p.getDueDate()));
                if (p.getOverdueAt() != null || p.getDueDate().isBefore(today)) {
                    overdue.computeIfAbsent(campaign.getCountyCode(), k -> new ArrayList<>())
                            .add(line);
                } else if (!p.getDueDate().isAfter(sunday)) {
                    dueThisWeek
                            .computeIfAbsent(campaign.getCountyCode(), k -> new ArrayList<>())
                            .add(line);
                }
            }
        }
        for (VillageCampaign campaign : villageCampaigns.findAll()) {
            var ids = campaign.getVillages().stream().map(v -> v.getId()).toList();
            if (ids.isEmpty()) {
                continue;
            }
            for (VillageStepProgress p : villageProgress.findByVillageIdIn(ids)) {
                if (p.getCompletedAt() != null || p.getDueDate() == null) {
                    continue;
                }
                String line = "%s%s：%s（期限%s）"
                        .formatted(
                                campaign.getTownshipName(),
                                p.getVillage().getName(),
                                p.getStep().label(),
                                NoticeEvents.DAY.format(p.getDueDate()));
                if (p.getOverdueAt() != null || p.getDueDate().isBefore(today)) {
                    overdue.computeIfAbsent(campaign.getCountyCode(), k -> new ArrayList<>())
                            .add(line);
                } else if (!p.getDueDate().isAfter(sunday)) {
                    dueThisWeek
                            .computeIfAbsent(campaign.getCountyCode(), k -> new ArrayList<>())
                            .add(line);
                }
            }
        }
        int sent = 0;
        var counties = new LinkedHashSet<String>(overdue.keySet());
        counties.addAll(dueThisWeek.keySet());
        for (String county : counties) {
            List<String> late = overdue.getOrDefault(county, List.of());
            List<String> soon = dueThisWeek.getOrDefault(county, List.of());
            StringBuilder text = new StringBuilder("%s的换届工作：逾期未完成%d项，本周（至%s）到期%d项。"
                    .formatted(
                            NoticeEvents.DAY.format(today), late.size(), NoticeEvents.DAY.format(sunday), soon.size()));
            text.append("\n逾期未完成：").append(late.isEmpty() ? "无" : "");
            late.forEach(l -> text.append("\n- ").append(l));
            text.append("\n本周到期：").append(soon.isEmpty() ? "无" : "");
            soon.forEach(l -> text.append("\n- ").append(l));
            notices.send(new Notice(
                    Notice.Kind.DIGEST,
                    county,
                    Notice.subject(
                            Notice.Kind.DIGEST,
                            NoticeEvents.DAY.format(today) + " 逾期%d项、本周到期%d项".formatted(late.size(), soon.size())),
                    text.toString(),
                    List.of(Groups.county(county)),
                    List.of(NoticeSetting.COUNTY)));
            sent++;
        }
        return sent;
    }

    /** Every open task whose follow-up day is today: its groups are reminded. */
    int dueSoon(LocalDate today) {
        Date from = Date.from(today.atStartOfDay(deadlines.zone()).toInstant());
        Date to = Date.from(
                today.plusDays(LOOK_AHEAD_DAYS).atStartOfDay(deadlines.zone()).toInstant());
        int sent = 0;
        for (Task task :
                tasks.createTaskQuery().active().dueAfter(from).dueBefore(to).list()) {
            LocalDate dueDay = deadlines.dayOf(task.getDueDate().toInstant());
            LocalDate followUp = task.getFollowUpDate() != null
                    ? deadlines.dayOf(task.getFollowUpDate().toInstant())
                    : deadlines.dayOf(deadlines.followUp(dueDay, calendars.base()));
            if (!followUp.equals(today)) {
                continue;
            }
            List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                    .map(IdentityLink::getGroupId)
                    .distinct()
                    .toList();
            if (groups.isEmpty()) {
                continue;
            }
            Map<String, Object> vars = runtime.getVariables(
                    task.getExecutionId(), List.of("countyGroup", "villageCampaignId", "townshipCode"));
            String county = vars.get("countyGroup") instanceof String g
                    ? g.substring("county-".length())
                    : vars.get("villageCampaignId") instanceof Number id
                            ? villageCampaigns
                                    .findById(id.longValue())
                                    .map(VillageCampaign::getCountyCode)
                                    .orElse(null)
                            : null;
            if (county == null) {
                continue;
            }
            String township = (String) vars.get("townshipCode");
            List<String> scopes = groups.stream()
                    .map(g -> g.startsWith("county-") ? NoticeSetting.COUNTY : township)
                    .filter(s -> s != null)
                    .distinct()
                    .toList();
            notices.send(new Notice(
                    Notice.Kind.DUE_SOON,
                    county,
                    Notice.subject(Notice.Kind.DUE_SOON, task.getName()),
                    "任务「%s」将于%s到期，尚未办理。请登录任务列表（Tasklist）尽快办理。"
                            .formatted(task.getName(), NoticeEvents.DAY.format(dueDay)),
                    groups,
                    scopes));
            sent++;
        }
        return sent;
    }
}
