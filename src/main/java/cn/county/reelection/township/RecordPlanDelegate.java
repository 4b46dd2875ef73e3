package cn.county.reelection.township;

import cn.county.reelection.calendar.CampaignCalendars;
import cn.county.reelection.campaign.CongressWindow;
import cn.county.reelection.campaign.Step;
import cn.county.reelection.campaign.Township;
import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.election.ElectionRules;
import cn.county.reelection.process.ProcessInputException;
import cn.county.reelection.process.ProcessVariables;
import cn.county.reelection.timeline.Deadlines;
import cn.county.reelection.timeline.TimelineService;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "记录换届计划" after T1: the congress date, the delegate quota (R2), the seats of both
 * committees (R5) and the county delegates (R9). The congress date fixes T5 and T6 (the working
 * day before it), T8 (the same day) and T9 (3 working days after).
 */
@Component("recordPlanDelegate")
public class RecordPlanDelegate implements JavaDelegate {

    private final TownshipRepository townships;
    private final TimelineService timeline;
    private final Deadlines deadlines;
    private final CampaignCalendars calendars;

    public RecordPlanDelegate(
            TownshipRepository townships, TimelineService timeline, Deadlines deadlines, CampaignCalendars calendars) {
        this.calendars = calendars;
        this.townships = townships;
        this.timeline = timeline;
        this.deadlines = deadlines;
    }

    @Override
    @Transactional
    public void execute(DelegateExecution execution) {
        Township township =
                townships.findById(ProcessVariables.townshipId(execution)).orElseThrow();
        var due = township.getCampaign().getDeadlines();
        LocalDate congressDate = ProcessVariables.requiredDate(execution, "congressDate", "T1", deadlines.zone());
        CongressWindow window = CongressWindow.of(due);
        if (!window.contains(congressDate)) {
            throw new ProcessInputException(
                    "T7",
                    "congressDate",
                    "大会应在代表选举和候选人审批完成之后（%s起）、换届期限%s之前召开".formatted(window.earliest(), window.latest()));
        }
        int organisations = township.getOrganisations().size();
        int quota = ProcessVariables.requiredInt(execution, "delegateQuota", "R2", organisations, 10_000);
        int committee = ProcessVariables.requiredInt(execution, "committeeSeats", "R5", 1, 99);
        if (committee != ElectionRules.COMMITTEE_SEATS) {
            throw new ProcessInputException(
                    "R5", "committeeSeats", "县委确定党委委员设%d人".formatted(ElectionRules.COMMITTEE_SEATS));
        }
        int discipline = ProcessVariables.requiredInt(execution, "disciplineSeats", "R5", 1, 99);
        if (discipline != ElectionRules.DISCIPLINE_SEATS) {
            throw new ProcessInputException(
                    "R5", "disciplineSeats", "县委确定纪委委员设%d人".formatted(ElectionRules.DISCIPLINE_SEATS));
        }
        int countyDelegates = ProcessVariables.requiredInt(execution, "countyDelegateSeats", "R9", 1, quota);
        township.recordPlan(congressDate, quota, committee, discipline, countyDelegates);

        // T5 drafting and T6 preparation meeting are due the working day before the congress; T8 and T9
        // run from this township's congress, not from the campaign's T7 default
        var calendar = calendars.of(township.getCampaign());
        Map<Step, LocalDate> moved = new EnumMap<>(Step.class);
        LocalDate eve = Deadlines.eveOf(congressDate, calendar);
        moved.put(Step.T5, eve);
        moved.put(Step.T6, eve);
        moved.putAll(Deadlines.afterCongress(congressDate, calendar));
        moved.forEach((step, day) -> {
            timeline.reschedule(township.getId(), step, day);
            execution.setVariable(Deadlines.variableName(step), deadlines.endOfAsDate(day));
        });
    }
}
