package cn.county.reelection.congress;

import cn.county.reelection.campaign.RaceName;
import cn.county.reelection.campaign.Step;
import cn.county.reelection.process.JsonVariables;
import cn.county.reelection.process.ProcessInputException;
import cn.county.reelection.process.ProcessVariables;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "登记替补人选" (R7, R8 second pass): keeps the candidates the county named on its task ({@code replacements}: the
 * replaced candidate's name to the replacement's) for the race named by {@code race}; the race is then prepared again.
 * The county's reason is its decision on the task (R11, {@code audit/DecisionListener}).
 */
@Component("nameCandidatesDelegate")
public class NameCandidatesDelegate implements JavaDelegate {

    /** The county's task that names a replacement before the secretary and deputies' ballot (R7). */
    public static final String SECRETARY_TASK = "T7_NameSecretaryReplacement";
    /** The county's task on a discipline post without an elected candidate (R8). */
    public static final String DISCIPLINE_TASK = "T8_DecideDisciplineVacancy";

    private final RaceService races;
    private final JsonVariables json;
    private final IdentityService identityService;
    private final Clock clock;

    public NameCandidatesDelegate(RaceService races, JsonVariables json, IdentityService identityService, Clock clock) {
        this.races = races;
        this.json = json;
        this.identityService = identityService;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String race = (String) execution.getVariable("race");
        String rule = RaceName.SECRETARY.equals(race) ? "R7" : "R8";
        if (!Boolean.TRUE.equals(execution.getVariable("approved"))) {
            // the secretary and deputies are elected at this congress: the county names a replacement, it cannot defer
            throw new ProcessInputException(rule, "approved", "书记、副书记选举前须由县委组织部指定替补人选");
        }
        Map<String, String> replacements = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> given = json.read(execution, "replacements", Map.class, rule);
        given.forEach((replaced, replacement) -> {
            if (replacement != null && !(replacement instanceof String)) {
                throw new ProcessInputException(rule, "replacements." + replaced, "替补人选应为姓名");
            }
            replacements.put(replaced, (String) replacement);
        });
        var authentication = identityService.getCurrentAuthentication();
        races.nameCandidates(
                ProcessVariables.townshipId(execution),
                race,
                replacements,
                RaceName.step(race) == Step.T7 ? SECRETARY_TASK : DISCIPLINE_TASK,
                authentication == null ? null : authentication.getUserId(),
                clock.instant());
    }
}
