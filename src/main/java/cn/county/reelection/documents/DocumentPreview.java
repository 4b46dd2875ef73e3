package cn.county.reelection.documents;

import cn.county.reelection.campaign.Township;
import cn.county.reelection.process.ProcessInputException;
import cn.county.reelection.web.ApiException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R15: the document as it will be sent, from what the secretary has typed so far, before the form is submitted;
 * it shows the number the document has, or would get if it were sent now (a preview takes none).
 */
@Service
@Transactional(readOnly = true)
public class DocumentPreview {

    /** What the form sends: the parts that vary (see {@link WrittenParts}). */
    public record Request(String text, String signer, String contactName, String contactPhone) {}

    static final int TEXT_MAX = 4000;

    private final SubmittedDocuments submitted;
    private final DocumentService documents;
    private final Clock clock;
    private final ObjectMapper mapper;

    public DocumentPreview(SubmittedDocuments submitted, DocumentService documents, Clock clock, ObjectMapper mapper) {
        this.submitted = submitted;
        this.documents = documents;
        this.clock = clock;
        this.mapper = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** 404 for an unknown township, 403 for anyone but its people and its county, then 400 for a bad body or kind. */
    public SubmittedDocuments.File forCurrentUser(String businessKey, String document, String body) {
        Township township = submitted.seenBy(businessKey);
        DocumentKind kind = SubmittedDocuments.kind(document);
        Request request = read(body);
        if (request.text() != null && request.text().length() > TEXT_MAX) {
            throw ApiException.badRequest(
                    "R15",
                    "text",
                    "正文最多%d字，现为%d字".formatted(TEXT_MAX, request.text().length()));
        }
        try {
            byte[] content = documents.preview(
                    kind,
                    township.getId(),
                    new WrittenParts(request.text(), request.signer(), request.contactName(), request.contactPhone()),
                    LocalDate.now(clock));
            return new SubmittedDocuments.File("（预览）" + kind.fileName(township.getName()), content);
        } catch (ProcessInputException e) {
            throw ApiException.badRequest(e.rule(), e.field(), e.getMessage());
        }
    }

    private Request read(String body) {
        if (body == null || body.isBlank()) {
            return new Request(null, null, null, null);
        }
        try {
            return mapper.readValue(body, Request.class);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest(
                    "R15", "body", "预览请求应为JSON：{\"text\",\"signer\",\"contactName\",\"contactPhone\"}");
        }
    }
}
