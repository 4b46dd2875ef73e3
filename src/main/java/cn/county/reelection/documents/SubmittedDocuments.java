package cn.county.reelection.documents;

import cn.county.reelection.campaign.Township;
import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.process.AsEngine;
import cn.county.reelection.security.ApiAccess;
import cn.county.reelection.web.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Attachment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The documents a township has sent to the county: the attachments of its review tasks. */
@Service
@Transactional(readOnly = true)
public class SubmittedDocuments {

    public record File(String name, byte[] content) {}

    private final TownshipRepository townships;
    private final ApiAccess access;
    private final TaskService taskService;
    private final IdentityService identity;
    private final SentDocumentRepository sent;

    public SubmittedDocuments(
            TownshipRepository townships,
            ApiAccess access,
            TaskService taskService,
            IdentityService identity,
            SentDocumentRepository sent) {
        this.sent = sent;
        this.townships = townships;
        this.access = access;
        this.taskService = taskService;
        this.identity = identity;
    }

    /**
     * The latest version of the township's document {@code document} (T2, T4 or T9); 400 for another
     * id, 403 for anyone but the township's people and its county, 404 before it was first sent.
     */
    public File latestForCurrentUser(String businessKey, String document) {
        Township township = townships
                .findByBusinessKey(businessKey)
                .orElseThrow(() -> ApiException.notFound("没有业务键为%s的乡镇".formatted(businessKey)));
        access.requireSee(township.getCampaign(), township);
        DocumentKind kind = DocumentKind.parse(document)
                .orElseThrow(() -> ApiException.badRequest(
                        null,
                        "document",
                        "文件编号应为%s之一"
                                .formatted(Arrays.stream(DocumentKind.values())
                                        .map(Enum::name)
                                        .collect(Collectors.joining("、")))));
        var kept = sent.findFirstByTownshipIdAndKindOrderByVersionDesc(township.getId(), kind);
        if (kept.isPresent()) {
            return new File(kept.get().getName(), kept.get().getContent());
        }
        // sent before the record kept documents: the attachment of the county's task
        // read after the project's own check: the attachment belongs to the county's task
        return AsEngine.call(identity, () -> {
            Attachment latest = township.getProcessInstanceId() == null
                    ? null
                    : taskService.getProcessInstanceAttachments(township.getProcessInstanceId()).stream()
                            .filter(a -> kind.versionIn(a.getDescription()) > 0)
                            .max(Comparator.comparingInt(a -> kind.versionIn(a.getDescription())))
                            .orElse(null);
            if (latest == null) {
                throw ApiException.notFound("%s的《%s》尚未呈报".formatted(township.getName(), kind.title()));
            }
            try (InputStream content = taskService.getAttachmentContent(latest.getId())) {
                return new File(latest.getName(), content.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
