package cn.county.reelection.audit;

import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.integrity.Approvals;
import cn.county.reelection.process.ProcessInputException;
import cn.county.reelection.process.ProcessVariables;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Execution listener on every approval task (T2, T3, T4, T8, T9 reviews). On start it clears the
 * previous round's answer so that a stale {@code approved} cannot pass; on end it requires
 * {@code approved} and, for a return or an R2 exception, a {@code comment} — and keeps the decision (R11).
 * An execution listener, not a task listener: the engine passes its exception through unchanged,
 * so the REST API answers 400 instead of 500.
 */
@Component("decisionListener")
public class DecisionListener implements ExecutionListener {

    /** The length of {@link Decision}'s comment column. */
    static final int MAX_COMMENT = 2000;

    private final DecisionRepository decisions;
    private final TownshipRepository townships;
    private final IdentityService identityService;
    private final Clock clock;
    private final Approvals approvals;

    public DecisionListener(
            DecisionRepository decisions,
            TownshipRepository townships,
            IdentityService identityService,
            Clock clock,
            Approvals approvals) {
        this.approvals = approvals;
        this.clock = clock;
        this.decisions = decisions;
        this.townships = townships;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (EVENTNAME_START.equals(execution.getEventName())) {
            clearEarlierAnswer(execution);
            return;
        }
        if (execution.isCanceled()) {
            return;
        }
        Object approved = execution.getVariable("approved");
        if (!(approved instanceof Boolean decision)) {
            throw new ProcessInputException("R11", "approved", approved == null ? "必须选择批准或退回" : "必须是true或false");
        }
        Object comment = execution.getVariable("comment");
        if (comment != null && !(comment instanceof String)) {
            throw new ProcessInputException("R11", "comment", "必须是文字");
        }
        String text = comment instanceof String s && !s.isBlank() ? s.trim() : null;
        if (text != null && text.length() > MAX_COMMENT) {
            throw new ProcessInputException("R11", "comment", "最多%d字，现为%d字".formatted(MAX_COMMENT, text.length()));
        }
        if (!decision && text == null) {
            throw new ProcessInputException("R11", "comment", "退回时必须写明理由");
        }
        if (Decision.EXCEPTION_TASK.equals(execution.getCurrentActivityId()) && text == null) {
            throw new ProcessInputException("R2", "comment", "准予或不准予例外都必须写明理由（R11）");
        }
        if (Decision.REASON_ALWAYS.contains(execution.getCurrentActivityId()) && text == null) {
            throw new ProcessInputException("R11", "comment", "指定替补人选或决定缺额的处理都必须写明理由");
        }
        var authentication = identityService.getCurrentAuthentication();
        String decidedBy = authentication == null ? null : authentication.getUserId();
        Instant decidedAt = clock.instant();
        decisions.save(new Decision(
                townships.getReferenceById(ProcessVariables.townshipId(execution)),
                execution.getCurrentActivityId(),
                (String) execution.getVariable("organisationCode"),
                decision,
                text,
                decidedBy,
                decidedAt));
        if (decision) {
            approvals.approved(execution, decidedBy, decidedAt); // what was approved stays approved
        }
    }

    /**
     * A review starts: an earlier round's {@code approved} and {@code comment} are cleared so that a stale answer
     * cannot pass. Only an answer that is there: writing null over nothing would be one more variable update in
     * the history of every review.
     */
    public static void clearEarlierAnswer(DelegateExecution execution) {
        clear(execution, "approved");
        clear(execution, "comment");
    }

    private static void clear(DelegateExecution execution, String name) {
        if (execution.getVariable(name) != null) {
            execution.setVariable(name, null);
        }
    }
}
