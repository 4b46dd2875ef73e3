package cn.county.reelection.vetting;

import cn.county.reelection.congress.BallotSheets;
import cn.county.reelection.process.JsonVariables;
import cn.county.reelection.process.ProcessVariables;
import cn.county.reelection.timeline.TimelineService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "登记代表候选人" (T3, R3). */
@Component("recordDelegateCandidatesDelegate")
public class RecordDelegateCandidatesDelegate implements JavaDelegate {

  private final VettingService vetting;
  private final JsonVariables json;
  private final TimelineService timeline;
  private final BallotSheets ballotSheets;

  public RecordDelegateCandidatesDelegate(VettingService vetting, JsonVariables json, TimelineService timeline,
      BallotSheets ballotSheets) {
    this.ballotSheets = ballotSheets;
    this.vetting = vetting;
    this.json = json;
    this.timeline = timeline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var persons = json.readList(execution, "delegateCandidates", Person.class, "R3");
    var race = vetting.recordDelegateCandidates(ProcessVariables.townshipId(execution),
        (String) execution.getVariable("organisationCode"), persons, timeline.today());
    ballotSheets.prepare(execution, race);
  }
}
