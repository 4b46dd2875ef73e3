package cn.county.reelection.vetting;

import cn.county.reelection.process.JsonVariables;
import cn.county.reelection.process.ProcessVariables;
import cn.county.reelection.timeline.TimelineService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "登记两委候选人" (T4, R4, R5): checks and keeps the lists; the county reads {@code nomineeFindings}. */
@Component("recordNomineesDelegate")
public class RecordNomineesDelegate implements JavaDelegate {

  private final VettingService vetting;
  private final JsonVariables json;
  private final TimelineService timeline;

  public RecordNomineesDelegate(VettingService vetting, JsonVariables json, TimelineService timeline) {
    this.vetting = vetting;
    this.json = json;
    this.timeline = timeline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String findings = vetting.recordNominees(ProcessVariables.townshipId(execution),
        json.readList(execution, "committeeNominees", Person.class, "R5"),
        json.readList(execution, "disciplineNominees", Person.class, "R5"),
        timeline.today());
    execution.setVariable("nomineeFindings", findings);
  }
}
