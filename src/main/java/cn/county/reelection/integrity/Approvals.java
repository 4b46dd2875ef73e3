package cn.county.reelection.integrity;

import cn.county.reelection.congress.BallotSheets;
import cn.county.reelection.process.ProcessVariables;
import cn.county.reelection.vetting.ApprovedRecord;
import cn.county.reelection.vetting.ApprovedRecords;
import cn.county.reelection.vetting.Person;
import cn.county.reelection.vetting.VettingService;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * On an approval (the review task completing with {@code approved = true}): keeps what was approved, and lays
 * out an organisation's delegate election from its approved candidate list.
 */
@Component
public class Approvals {

    private final ApprovedRecords records;
    private final VettingService vetting;
    private final BallotSheets ballotSheets;

    public Approvals(ApprovedRecords records, VettingService vetting, BallotSheets ballotSheets) {
        this.records = records;
        this.vetting = vetting;
        this.ballotSheets = ballotSheets;
    }

    public void approved(DelegateExecution execution, String approvedBy, Instant at) {
        long townshipId = ProcessVariables.townshipId(execution);
        String task = execution.getCurrentActivityId();
        switch (task) {
            case "T2_ReviewConveneRequest" ->
                records.keepPlan(townshipId, (String) execution.getVariable("requestText"), task, approvedBy, at);
            case "T3_ReviewDelegateCandidates" -> {
                String organisation = (String) execution.getVariable("organisationCode");
                List<Person> approved = records.keepList(
                        townshipId, ApprovedRecord.Kind.T3_CANDIDATES, organisation, task, approvedBy, at);
                ballotSheets.prepare(execution, vetting.delegateRace(townshipId, organisation, approved));
            }
            case "T4_ReviewNominees" -> {
                records.keepList(townshipId, ApprovedRecord.Kind.T4_COMMITTEE, null, task, approvedBy, at);
                records.keepList(townshipId, ApprovedRecord.Kind.T4_DISCIPLINE, null, task, approvedBy, at);
            }
            default -> {}
        }
    }
}
