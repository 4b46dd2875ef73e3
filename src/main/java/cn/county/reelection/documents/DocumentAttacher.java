package cn.county.reelection.documents;

import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.process.AsEngine;
import cn.county.reelection.process.ProcessVariables;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the county's review task of T2, T4 or T9 is created, writes the township's document and
 * attaches it to that task (DOMAIN.md T2, T4, T9): as a task attachment for the engine's REST API
 * ({@code /task/{id}/attachment}), and as the task-local File variable {@code document} that
 * Tasklist downloads through the link {@code documentLink} (named {@code documentName}) of the
 * approval form: Tasklist itself shows no attachments.
 *
 * <p>Fed by Camunda's Spring Boot eventing ({@code camunda.bpm.eventing.task}, on by default), so
 * the generated BPMN needs no listener of its own. It runs inside the engine command that created
 * the task, in the same transaction: a document that cannot be written rolls the step back.
 */
@Component
public class DocumentAttacher {

    /** Task-local variables read by the approval form. */
    public static final String FILE_VARIABLE = "document";

    public static final String LINK_VARIABLE = "documentLink";
    public static final String NAME_VARIABLE = "documentName";

    private final DocumentService documents;
    private final TaskService taskService;
    private final IdentityService identity;
    private final Clock clock;
    private final SentDocumentRepository sent;
    private final TownshipRepository townships;

    public DocumentAttacher(
            DocumentService documents,
            TaskService taskService,
            IdentityService identity,
            Clock clock,
            SentDocumentRepository sent,
            TownshipRepository townships) {
        this.documents = documents;
        this.taskService = taskService;
        this.identity = identity;
        this.clock = clock;
        this.sent = sent;
        this.townships = townships;
    }

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())
                && task.getProcessDefinitionId() != null
                && task.getProcessDefinitionId().startsWith("townshipReelection:")) {
            DocumentKind.reviewedBy(task.getTaskDefinitionKey()).ifPresent(kind -> attach(task, kind));
        }
    }

    private static String text(DelegateTask task, String variable) {
        return task.getVariable(variable) instanceof String value && !value.isBlank() ? value : null;
    }

    private void attach(DelegateTask task, DocumentKind kind) {
        Object written = switch (kind) {
            case T2 -> task.getVariable("requestText");
            case T9 -> task.getVariable("reportText");
            case T4 -> null;
        };
        long townshipId = ProcessVariables.townshipId(task);
        // signer and contact come from the latest T2 or T9 form that gave them (process variables; T4 reuses T2's)
        WrittenParts parts = new WrittenParts(
                written instanceof String text ? text : null,
                text(task, WrittenParts.SIGNER),
                text(task, WrittenParts.CONTACT_NAME),
                text(task, WrittenParts.CONTACT_PHONE));
        byte[] content = documents.build(kind, townshipId, parts, LocalDate.now(clock));
        String name = kind.fileName(documents.townshipName(townshipId));
        // the engine, not the user who completed the previous task, attaches the document to the county's task
        AsEngine.run(identity, () -> {
            int version = 1
                    + taskService.getProcessInstanceAttachments(task.getProcessInstanceId()).stream()
                            .mapToInt(a -> kind.versionIn(a.getDescription()))
                            .max()
                            .orElse(0);
            taskService.createAttachment(
                    DocumentKind.MIME_TYPE,
                    task.getId(),
                    task.getProcessInstanceId(),
                    name,
                    kind.describe(version),
                    new ByteArrayInputStream(content));
            // the record keeps it beyond the history cleanup of the attachment
            sent.save(new SentDocument(
                    townships.getReferenceById(townshipId), kind, version, name, content, clock.instant()));
        });
        // the engine REST API writes a File variable's name raw into Content-Disposition, which Tomcat
        // refuses for Chinese; the download gets an ASCII name, the form's link shows the Chinese one
        String asciiName = task.getExecution().getProcessBusinessKey() + "-" + kind.name() + ".docx";
        task.setVariableLocal(
                FILE_VARIABLE,
                Variables.fileValue(asciiName)
                        .file(content)
                        .mimeType(DocumentKind.MIME_TYPE)
                        .create());
        task.setVariableLocal(NAME_VARIABLE, name);
        // relative to Tasklist's page (…/app/tasklist/{engine}/), to the webapp's own engine API
        task.setVariableLocal(
                LINK_VARIABLE,
                "../../../api/engine/engine/"
                        + task.getProcessEngine().getName() + "/task/" + task.getId() + "/variables/"
                        + FILE_VARIABLE + "/data");
    }
}
