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

/**
 * The documents a township has sent to the county, for that township and its county: each version as it was sent
 * (written on its first request), or, sent before the record kept documents, the attachment of the review task.
 */
@Service
@Transactional(readOnly = true)
public class SubmittedDocuments {

    public record File(String name, byte[] content) {}

    private final TownshipRepository townships;
    private final ApiAccess access;
    private final TaskService taskService;
    private final IdentityService identity;
    private final SentDocuments sent;

    public SubmittedDocuments(
            TownshipRepository townships,
            ApiAccess access,
            TaskService taskService,
            IdentityService identity,
            SentDocuments sent) {
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
    @Transactional
    public File latestForCurrentUser(String businessKey, String document) {
        Township township = seenBy(businessKey);
        DocumentKind kind = kind(document);
        var kept = sent.latest(township.getId(), kind);
        if (kept.isPresent()) {
            return new File(kept.get().getName(), sent.content(kept.get()));
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

    /** Version {@code version} of the township's document, as the review task that links it was sent; else as above. */
    @Transactional
    public File versionForCurrentUser(String businessKey, String document, int version) {
        Township township = seenBy(businessKey);
        DocumentKind kind = kind(document);
        SentDocument kept = sent.version(township.getId(), kind, version)
                .orElseThrow(() ->
                        ApiException.notFound("%s的《%s》没有第%d稿".formatted(township.getName(), kind.title(), version)));
        return new File(kept.getName(), sent.content(kept));
    }

    /** The township, for its own people and its county: 404 for an unknown one, 403 for anyone else. */
    public Township seenBy(String businessKey) {
        Township township = townships
                .findByBusinessKey(businessKey)
                .orElseThrow(() -> ApiException.notFound("没有业务键为%s的乡镇".formatted(businessKey)));
        access.requireSee(township.getCampaign(), township);
        return township;
    }

    /** T2, T4 or T9; 400 naming {@code document} for anything else. */
    static DocumentKind kind(String document) {
        return DocumentKind.parse(document)
                .orElseThrow(() -> ApiException.badRequest(
                        null,
                        "document",
                        "文件编号应为%s之一"
                                .formatted(Arrays.stream(DocumentKind.values())
                                        .map(Enum::name)
                                        .collect(Collectors.joining("、")))));
    }
}
