package cn.county.reelection.village;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** V8: works out the village's outcome for its report to the township ({@code outcomeText} for the form). */
@Component("computeVillageOutcomeDelegate")
public class ComputeVillageOutcomeDelegate implements JavaDelegate {

    private final VillageElectionService elections;

    public ComputeVillageOutcomeDelegate(VillageElectionService elections) {
        this.elections = elections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object leaders = execution.getVariable("groupLeaders");
        VillageOutcome o =
                elections.outcome(VillageTimeline.villageId(execution), leaders instanceof Number n ? n.intValue() : 0);
        execution.setVariable("secretaryChairs", o.secretaryChairs());
        execution.setVariable("anotherElection", o.anotherElection());
        execution.setVariable("outcomeText", describe(o));
    }

    /** The outcome in one paragraph of Chinese, for the report form. */
    static String describe(VillageOutcome o) {
        StringBuilder text = new StringBuilder();
        text.append("%s新一届%s%d人：%s；主任：%s。"
                .formatted(
                        o.name(),
                        o.variant().committee(),
                        o.committee().size(),
                        String.join(
                                "、",
                                o.committee().stream()
                                        .map(VillageOutcome.Member::name)
                                        .toList()),
                        o.chair() == null ? "未选出" : o.chair()));
        text.append("党支部委员%d人，书记：%s，副书记：%s。"
                .formatted(
                        o.branch().size(),
                        o.branchSecretary() == null ? "未选出" : o.branchSecretary(),
                        o.branchDeputySecretary() == null ? "未选出" : o.branchDeputySecretary()));
        text.append(o.secretaryChairs() ? "实现书记、主任“一肩挑”。" : "未实现“一肩挑”。");
        text.append(o.hasWoman() ? "委员会中有女性成员%d名。".formatted(o.women()) : "委员会中没有女性成员。");
        text.append("两委交叉任职%d人（委员会%d人）。".formatted(o.overlap(), o.committee().size()));
        if (o.anotherElection()) {
            text.append("进行了另行选举").append(o.unfilledSeats() > 0 ? "，仍有%d个名额空缺。".formatted(o.unfilledSeats()) : "。");
        }
        if (o.variant() == Variant.VILLAGE && o.representatives() < o.representativesExpected()) {
            text.append("村民代表%d名，少于每15户1名（%d户应不少于%d名）。"
                    .formatted(o.representatives(), o.households(), o.representativesExpected()));
        }
        return text.toString();
    }
}
