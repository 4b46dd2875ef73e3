package cn.county.reelection.documents;

import cn.county.reelection.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the county's review task of T2, T4 or T9 is created, registers the township's document as sent (DOMAIN.md T2,
 * T4, T9; R15: its number) and links it from the task: the task-local variables {@code documentLink} and
 * {@code documentName} that the approval form shows. The document is written when it is first opened, not here, so
 * that the step that sends it carries no document; a version the county returns unopened is written on its return.
 *
 * <p>Fed by Camunda's Spring Boot eventing ({@code camunda.bpm.eventing.task}, on by default), so the generated BPMN
 * needs no listener of its own. It runs inside the engine command, in the same transaction: parts that cannot be
 * printed roll the step back.
 */
@Component
public class DocumentLinks {

    /** Task-local variables read by the approval form. */
    public static final String LINK_VARIABLE = "documentLink";

    public static final String NAME_VARIABLE = "documentName";

    private final SentDocuments sent;

    public DocumentLinks(SentDocuments sent) {
        this.sent = sent;
    }

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        if (task.getProcessDefinitionId() == null
                || !task.getProcessDefinitionId().startsWith("townshipReelection:")) {
            return;
        }
        DocumentKind.reviewedBy(task.getTaskDefinitionKey()).ifPresent(kind -> {
            if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
                register(task, kind);
            } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())
                    && Boolean.FALSE.equals(task.getVariable("approved"))) {
                // returned: the township is about to change the plan or the lists this version was written from
                sent.keepLatest(ProcessVariables.townshipId(task), kind);
            }
        });
    }

    private static String text(DelegateTask task, String variable) {
        return task.getVariable(variable) instanceof String value && !value.isBlank() ? value : null;
    }

    private void register(DelegateTask task, DocumentKind kind) {
        Object written = switch (kind) {
            case T2 -> task.getVariable("requestText");
            case T9 -> task.getVariable("reportText");
            case T4 -> null;
        };
        // signer and contact come from the latest T2 or T9 form that gave them (process variables; T4 reuses T2's)
        WrittenParts parts = new WrittenParts(
                written instanceof String text ? text : null,
                text(task, WrittenParts.SIGNER),
                text(task, WrittenParts.CONTACT_NAME),
                text(task, WrittenParts.CONTACT_PHONE));
        SentDocument document = sent.register(ProcessVariables.townshipId(task), kind, parts);
        task.setVariableLocal(NAME_VARIABLE, document.getName());
        // relative to Tasklist's page (/camunda/app/tasklist/{engine}/): the project's API, which takes the webapp's
        // session and writes the document on its first request
        task.setVariableLocal(
                LINK_VARIABLE,
                "../../../../api/townships/" + task.getExecution().getProcessBusinessKey() + "/documents/" + kind.name()
                        + "/versions/" + document.getVersion());
    }
}
