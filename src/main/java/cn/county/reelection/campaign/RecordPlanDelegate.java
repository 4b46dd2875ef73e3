package cn.county.reelection.campaign;

import cn.county.reelection.calendar.CampaignCalendars;
import cn.county.reelection.election.ElectionRules;
import cn.county.reelection.process.ProcessInputException;
import cn.county.reelection.process.ProcessVariables;
import cn.county.reelection.timeline.Deadlines;
import cn.county.reelection.timeline.Step;
import cn.county.reelection.timeline.TimelineService;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "记录换届计划" after T1: the congress date, the delegate quota (R2), the seats of both
 * committees (R5) and the county delegates (R9). The congress date fixes T5 and T6 (the working
 * day before it).
 */
@Component("recordPlanDelegate")
public class RecordPlanDelegate implements JavaDelegate {

  private final TownshipRepository townships;
  private final TimelineService timeline;
  private final Deadlines deadlines;
  private final CampaignCalendars calendars;

  public RecordPlanDelegate(TownshipRepository townships, TimelineService timeline, Deadlines deadlines,
      CampaignCalendars calendars) {
    this.calendars = calendars;
    this.townships = townships;
    this.timeline = timeline;
    this.deadlines = deadlines;
  }

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    Township township = townships.findById(ProcessVariables.townshipId(execution)).orElseThrow();
    var due = township.getCampaign().getDeadlines();
    LocalDate congressDate = ProcessVariables.requiredDate(execution, "congressDate", "T1", deadlines.zone());
    LocalDate earliest = due.get(Step.T3).isAfter(due.get(Step.T4)) ? due.get(Step.T3) : due.get(Step.T4);
    if (congressDate.isBefore(earliest) || congressDate.isAfter(due.get(Step.T7))) {
      throw new ProcessInputException("T7", "congressDate",
          "大会应在代表选举和候选人审批完成之后（%s起）、换届期限%s之前召开".formatted(earliest, due.get(Step.T7)));
    }
    int organisations = township.getOrganisations().size();
    int quota = ProcessVariables.requiredInt(execution, "delegateQuota", "R2", organisations, 10_000);
    int committee = ProcessVariables.requiredInt(execution, "committeeSeats", "R5", 1, 99);
    if (committee != ElectionRules.COMMITTEE_SEATS) {
      throw new ProcessInputException("R5", "committeeSeats", "县委确定党委委员设%d人".formatted(ElectionRules.COMMITTEE_SEATS));
    }
    int discipline = ProcessVariables.requiredInt(execution, "disciplineSeats", "R5", 1, 99);
    if (discipline != ElectionRules.DISCIPLINE_SEATS) {
      throw new ProcessInputException("R5", "disciplineSeats", "县委确定纪委委员设%d人".formatted(ElectionRules.DISCIPLINE_SEATS));
    }
    int countyDelegates = ProcessVariables.requiredInt(execution, "countyDelegateSeats", "R9", 1, quota);
    township.recordPlan(congressDate, quota, committee, discipline, countyDelegates);

    // T5 drafting and T6 preparation meeting are due the working day before the congress
    LocalDate eve = Deadlines.eveOf(congressDate, calendars.of(township.getCampaign()));
    for (Step step : new Step[] {Step.T5, Step.T6}) {
      timeline.reschedule(township.getId(), step, eve);
      execution.setVariable(Deadlines.variableName(step), deadlines.endOfAsDate(eve));
    }
  }
}
