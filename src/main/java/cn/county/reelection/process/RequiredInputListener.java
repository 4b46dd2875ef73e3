package cn.county.reelection.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of the tasks that complete with one required text (CONTRACT.md);
 * an execution listener so that its refusal reaches the REST client as a 400.
 */
@Component("requiredInputListener")
public class RequiredInputListener implements ExecutionListener {

    /** The engine keeps a text variable in a column of 4000 characters. */
    static final int MAX_TEXT = 4000;

    private record Required(String variable, String rule) {}

    private static final Map<String, Required> BY_TASK = Map.of(
            "T2_SubmitConveneRequest", new Required("requestText", "T2"),
            "T9_SubmitResultReport", new Required("reportText", "T9"));

    @Override
    public void notify(DelegateExecution execution) {
        Required required = BY_TASK.get(execution.getCurrentActivityId());
        if (required == null || execution.isCanceled()) {
            return;
        }
        String text = ProcessVariables.requiredText(execution, required.variable(), required.rule());
        if (text.length() > MAX_TEXT) {
            throw new ProcessInputException(
                    required.rule(), required.variable(), "最多%d字，现为%d字".formatted(MAX_TEXT, text.length()));
        }
    }
}
