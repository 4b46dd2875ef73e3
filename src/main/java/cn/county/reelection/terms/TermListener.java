package cn.county.reelection.terms;

import cn.county.reelection.campaign.Step;
import cn.county.reelection.timeline.StepCompleted;
import cn.county.reelection.village.VillageStepCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hears the elections the processes complete, in their transactions: T7 (the township's congress elected its
 * committee) and a village's committee and branch elections (V10).
 */
@Component
public class TermListener {

    private final TermRegister register;

    public TermListener(TermRegister register) {
        this.register = register;
    }

    @EventListener
    public void on(StepCompleted completed) {
        if (completed.step() == Step.T7) {
            var township = completed.township();
            // the congress day planned at T1 is the election day; a township without a plan is elected on the day T7
            // closes
            register.townshipElected(
                    township,
                    township.getCongressDate() != null ? township.getCongressDate() : completed.day(),
                    Step.T7.name());
        }
    }

    @EventListener
    public void on(VillageStepCompleted completed) {
        TermBody body = switch (completed.step()) {
            case COMMITTEE_ELECTION -> TermBody.VILLAGE_COMMITTEE;
            case BRANCH_ELECTION -> TermBody.VILLAGE_BRANCH;
            default -> null;
        };
        if (body != null) {
            register.villageElected(
                    completed.village(), body, completed.day(), completed.step().name());
        }
    }
}
