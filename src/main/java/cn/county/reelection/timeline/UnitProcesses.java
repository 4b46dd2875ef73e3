package cn.county.reelection.timeline;

import cn.county.reelection.campaign.CampaignUnit;
import cn.county.reelection.web.ApiException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * What starting a county's township campaign and a township's village campaign have in common: no unit may take a
 * business key that a unit of the same year holds already, and each unit runs one process instance under its key,
 * with its deadlines.
 */
@Component
public class UnitProcesses {

    private final RuntimeService runtimeService;
    private final Deadlines deadlines;

    public UnitProcesses(RuntimeService runtimeService, Deadlines deadlines) {
        this.runtimeService = runtimeService;
        this.deadlines = deadlines;
    }

    /**
     * 409 for the first of {@code taken} (the stored units holding one of {@code keys}, the keys of the request's
     * {@code list} in its order); {@code kind} goes before the unit's name in the message (乡镇, or nothing where the
     * name says it: 新华村).
     */
    public static void requireKeysFree(
            String list, List<String> keys, List<? extends CampaignUnit> taken, String kind, int year) {
        if (!taken.isEmpty()) {
            CampaignUnit first = taken.get(0);
            throw ApiException.keyTaken(
                    list, keys.indexOf(first.getBusinessKey()), kind + first.getName(), year, first.getBusinessKey());
        }
    }

    /**
     * Starts the unit's instance of {@code processKey} under its business key, and keeps the instance's id on it;
     * {@code variables} get the steps' deadlines as well, each the end of its due day ({@link Deadlines#variableName}).
     */
    public void start(
            CampaignUnit unit, String processKey, VariableMap variables, Map<? extends Enum<?>, LocalDate> due) {
        due.forEach((step, day) -> variables.putValue(Deadlines.variableName(step), deadlines.endOfAsDate(day)));
        unit.setProcessInstanceId(runtimeService
                .startProcessInstanceByKey(processKey, unit.getBusinessKey(), variables)
                .getId());
    }
}
