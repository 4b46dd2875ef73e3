package cn.county.reelection.notice;

import cn.county.reelection.campaign.Groups;
import cn.county.reelection.campaign.Step;
import cn.county.reelection.campaign.Township;
import cn.county.reelection.timeline.SeatsLeftUnfilled;
import cn.county.reelection.timeline.StepOverdue;
import cn.county.reelection.village.Village;
import cn.county.reelection.village.VillageCampaignRepository;
import cn.county.reelection.village.VillageSeatsLeftUnfilled;
import cn.county.reelection.village.VillageStep;
import cn.county.reelection.village.VillageStepOverdue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The events that are told (README "Notices"): a task arrives for a group, a request is returned, a step goes
 * overdue, a race ends with seats unfilled. Task events come from Camunda's Spring Boot task events; the others
 * from the township's and the village's timeline. The morning's digest and reminders are {@link MorningNoticesDelegate}'s.
 */
@Component
public class NoticeEvents {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** The reviews whose {@code approved=false} returns the work to whoever submitted it, with the reviewer's reason. */
    static final Set<String> RETURNING_REVIEWS = Set.of(
            "T2_ReviewConveneRequest",
            "T3_ReviewDelegateCandidates",
            "T3_ReviewElectedDelegates",
            "T4_ReviewNominees",
            "T8_ApproveDisciplineSecretary",
            "T9_AcknowledgeResultReport",
            "Branch_ReviewCandidates",
            "V8_ReviewOutcomeReport");

    private final NoticeService notices;
    private final VillageCampaignRepository villageCampaigns;
    private final ZoneId zone;

    public NoticeEvents(
            NoticeService notices,
            VillageCampaignRepository villageCampaigns,
            @Value("${reelection.zone:Asia/Shanghai}") String zone) {
        this.notices = notices;
        this.villageCampaigns = villageCampaigns;
        this.zone = ZoneId.of(zone);
    }

    /**
     * After {@code TaskNames}, so that the notice names the task with its place.
     */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    public void onTaskEvent(DelegateTask task) {
        if (!notices.enabled()) {
            return;
        }
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            arrived(task);
        } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())
                && RETURNING_REVIEWS.contains(task.getTaskDefinitionKey())
                && Boolean.FALSE.equals(task.getVariable("approved"))) {
            returned(task);
        }
    }

    private void arrived(DelegateTask task) {
        List<String> groups = candidateGroups(task);
        String county = countyCode(task);
        if (groups.isEmpty() || county == null) {
            return;
        }
        String due = task.getDueDate() == null ? "" : "\n期限：" + day(task.getDueDate());
        notices.send(new Notice(
                Notice.Kind.TASK_ARRIVED,
                county,
                Notice.subject(Notice.Kind.TASK_ARRIVED, task.getName()),
                "您所在的%s有一项新任务：%s。%s\n请登录任务列表（Tasklist）办理。".formatted(roles(groups), task.getName(), due),
                groups,
                scopes(task, groups)));
    }

    private void returned(DelegateTask task) {
        String county = countyCode(task);
        if (county == null) {
            return;
        }
        String reason = task.getVariable("comment") instanceof String s && !s.isBlank() ? s.trim() : "（未写明）";
        List<String> groups = new ArrayList<>();
        if (task.getVariable("villageGroup") instanceof String village) {
            groups.add(village); // the township returns a village's work
        } else {
            groups.add((String) task.getVariable("secretaryGroup"));
            if (task.getVariable("organisationCode") instanceof String organisation) {
                groups.add(Groups.branch(organisation));
            }
        }
        String what = task.getName();
        notices.send(new Notice(
                Notice.Kind.RETURNED,
                county,
                Notice.subject(Notice.Kind.RETURNED, what),
                "「%s」的结果是退回。\n退回理由：%s\n请按理由修改后重新提交；期限不变。".formatted(what, reason),
                groups,
                List.of(townshipCode(task))));
    }

    /** The deadline timer of a township's step fired while it was open: the township and the county. */
    @EventListener
    public void overdue(StepOverdue event) {
        Township township = event.township();
        Step step = event.step();
        LocalDate due = event.due();
        if (!notices.enabled()) {
            return;
        }
        String county = township.getCampaign().getCountyCode();
        String what = "%s「%s %s」".formatted(township.getName(), step.name(), step.label());
        notices.send(new Notice(
                Notice.Kind.OVERDUE,
                county,
                Notice.subject(Notice.Kind.OVERDUE, what),
                "%s已超过期限%s仍未完成。任务仍然打开，请尽快办理；逾期已记入进度看板。".formatted(what, DAY.format(due)),
                List.of(Groups.townshipSecretary(township.getCode()), Groups.county(county)),
                List.of(township.getCode(), NoticeSetting.COUNTY)));
    }

    /** A village's step went overdue: its township and the county. */
    @EventListener
    public void villageOverdue(VillageStepOverdue event) {
        Village village = event.village();
        VillageStep step = event.step();
        LocalDate due = event.due();
        if (!notices.enabled()) {
            return;
        }
        var campaign = village.getCampaign();
        String what = "%s%s「%s」".formatted(campaign.getTownshipName(), village.getName(), step.label());
        notices.send(new Notice(
                Notice.Kind.OVERDUE,
                campaign.getCountyCode(),
                Notice.subject(Notice.Kind.OVERDUE, what),
                "%s已超过期限%s仍未完成。任务仍然打开，请乡镇督促办理。".formatted(what, due == null ? "" : DAY.format(due)),
                List.of(Groups.townshipSecretary(campaign.getTownshipCode()), Groups.county(campaign.getCountyCode())),
                List.of(campaign.getTownshipCode(), NoticeSetting.COUNTY)));
    }

    /**
     * A township's race ended with seats unfilled: the township and the county, with the timeline's message
     * (the race, the seats and what comes next; no votes).
     */
    @EventListener
    public void seatsUnfilled(SeatsLeftUnfilled event) {
        Township township = event.township();
        String message = event.message();
        if (!notices.enabled()) {
            return;
        }
        String county = township.getCampaign().getCountyCode();
        notices.send(new Notice(
                Notice.Kind.UNFILLED_SEATS,
                county,
                Notice.subject(Notice.Kind.UNFILLED_SEATS, township.getName() + "选举结束后仍有名额空缺"),
                message,
                List.of(Groups.townshipSecretary(township.getCode()), Groups.county(county)),
                List.of(township.getCode(), NoticeSetting.COUNTY)));
    }

    /** A village's race ended with seats unfilled: its township and the county. */
    @EventListener
    public void villageSeatsUnfilled(VillageSeatsLeftUnfilled event) {
        Village village = event.village();
        String message = event.message();
        if (!notices.enabled()) {
            return;
        }
        var campaign = village.getCampaign();
        notices.send(new Notice(
                Notice.Kind.UNFILLED_SEATS,
                campaign.getCountyCode(),
                Notice.subject(
                        Notice.Kind.UNFILLED_SEATS, campaign.getTownshipName() + village.getName() + "选举结束后仍有名额空缺"),
                message,
                List.of(Groups.townshipSecretary(campaign.getTownshipCode()), Groups.county(campaign.getCountyCode())),
                List.of(campaign.getTownshipCode(), NoticeSetting.COUNTY)));
    }

    static List<String> candidateGroups(DelegateTask task) {
        Set<String> groups = new LinkedHashSet<>();
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        return new ArrayList<>(groups);
    }

    /** The county of a township's instance ({@code countyGroup}) or of a village's (its village campaign). */
    String countyCode(DelegateTask task) {
        if (task.getVariable("countyGroup") instanceof String group && group.startsWith("county-")) {
            return group.substring("county-".length());
        }
        if (task.getVariable("villageCampaignId") instanceof Number id) {
            return villageCampaigns
                    .findById(id.longValue())
                    .map(c -> c.getCountyCode())
                    .orElse(null);
        }
        return null;
    }

    private static String townshipCode(DelegateTask task) {
        return (String) task.getVariable("townshipCode");
    }

    /** The county's group goes to the county's robot, every other to its township's. */
    static List<String> scopes(DelegateTask task, List<String> groups) {
        Set<String> scopes = new LinkedHashSet<>();
        for (String group : groups) {
            scopes.add(group.startsWith("county-") ? NoticeSetting.COUNTY : townshipCode(task));
        }
        scopes.remove(null);
        return new ArrayList<>(scopes);
    }

    /** The roles told, in words: 县委组织部, 乡党委书记… */
    static String roles(List<String> groups) {
        return String.join(
                "、", groups.stream().map(NoticeEvents::role).distinct().toList());
    }

    static String role(String group) {
        if (group.startsWith("county-")) return "县委组织部";
        if (group.startsWith("township-")) return "乡党委";
        if (group.startsWith("office-")) return "乡党委办公室";
        if (group.startsWith("review-")) return "代表资格审查小组";
        if (group.startsWith("branch-")) return "党支部";
        if (group.startsWith("village-")) return "村（社区）";
        return "组";
    }

    private String day(Date date) {
        return DAY.format(date.toInstant().atZone(zone).toLocalDate());
    }
}
