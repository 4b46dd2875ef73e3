package cn.county.reelection.vetting;

import cn.county.reelection.congress.RaceService;
import cn.county.reelection.process.ProcessVariables;
import cn.county.reelection.timeline.TimelineService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "检查代表构成" (T3, R2): after every organisation has elected, the make-up of the elected delegates.
 * A hard breach ({@code makeupBreach}) sends the township to the county for an exception.
 */
@Component("checkDelegateMakeupDelegate")
public class CheckDelegateMakeupDelegate implements JavaDelegate {

  private final VettingService vetting;
  private final RaceService races;
  private final TimelineService timeline;

  public CheckDelegateMakeupDelegate(VettingService vetting, RaceService races, TimelineService timeline) {
    this.vetting = vetting;
    this.races = races;
    this.timeline = timeline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long townshipId = ProcessVariables.townshipId(execution);
    DelegateMakeup.Report report = vetting.delegateMakeup(townshipId, races.electedDelegates(townshipId), timeline.today());
    execution.setVariable("delegateMakeup", report.text());
    execution.setVariable("makeupBreach", report.hardBreach());
  }
}
