package cn.county.reelection.township;

import cn.county.reelection.campaign.Township;
import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.election.SeatAllocator;
import cn.county.reelection.process.JsonVariables;
import cn.county.reelection.process.ProcessVariables;
import cn.county.reelection.vetting.ApprovedRecords;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "分配代表名额" (T3, R2): the quota over the organisations by member count. */
@Component("allocateDelegateSeatsDelegate")
public class AllocateDelegateSeatsDelegate implements JavaDelegate {

    private final TownshipRepository townships;
    private final JsonVariables json;
    private final ApprovedRecords approved;

    public AllocateDelegateSeatsDelegate(TownshipRepository townships, JsonVariables json, ApprovedRecords approved) {
        this.townships = townships;
        this.json = json;
        this.approved = approved;
    }

    @Override
    @Transactional
    public void execute(DelegateExecution execution) {
        Township township =
                townships.findById(ProcessVariables.townshipId(execution)).orElseThrow();
        Map<String, Integer> members = new LinkedHashMap<>();
        township.getOrganisations().forEach(o -> members.put(o.getCode(), o.getMembers()));
        Map<String, Integer> seats =
                new SeatAllocator().allocate(approved.plan(township.getId()).delegateQuota(), members);
        township.getOrganisations().forEach(o -> o.setDelegateSeats(seats.get(o.getCode())));
        execution.setVariable("delegateSeats", json.json(seats));
    }
}
