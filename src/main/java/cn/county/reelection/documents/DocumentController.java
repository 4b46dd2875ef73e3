package cn.county.reelection.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DocumentController {

    static final String PREVIEW_EXAMPLE = """
      {"text": "经乡党委研究，拟于2027年3月召开中国共产党羊岑乡第十六次代表大会。", "signer": "张明",
       "contactName": "李华", "contactPhone": "0797-1234567"}""";

    private final SubmittedDocuments documents;
    private final BallotPapers ballots;
    private final DocumentPreview previews;

    public DocumentController(SubmittedDocuments documents, BallotPapers ballots, DocumentPreview previews) {
        this.documents = documents;
        this.ballots = ballots;
        this.previews = previews;
    }

    /**
     * R15: the document as it will be sent, from the parts the form holds now (JSON {@code text}, {@code signer},
     * {@code contactName}, {@code contactPhone}), with the number it has or would get. The body is read after the caller's right
     * is checked.
     */
    @Operation(
            summary = "预览乡镇公文（.docx）",
            description = "按表单当前内容生成T2、T4或T9的公文，带已有或将要使用的发文字号，不保存、不占用编号（R15）。",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            examples = @ExampleObject(value = PREVIEW_EXAMPLE))))
    @PostMapping("/api/townships/{businessKey}/documents/{document}/preview")
    public ResponseEntity<byte[]> preview(
            @PathVariable String businessKey,
            @PathVariable String document,
            @RequestBody(required = false) String body) {
        SubmittedDocuments.File file = previews.forCurrentUser(businessKey, document, body);
        return docx(file.name(), file.content());
    }

    /** R12: the printable ballot of one race of T7 or T8 and its tellers' tally sheet, once its candidates are settled. */
    @Operation(
            summary = "选票和计票单（.docx）",
            description = "某一选举项目的选票（候选人按姓氏笔画排列，留有另选他人空格）和计票单；候选人确定前404（R12）。"
                    + "race为committee、discipline、countyDelegates、secretary、disciplineSecretary、disciplineDeputy之一。")
    @GetMapping("/api/townships/{businessKey}/ballots/{race}")
    public ResponseEntity<byte[]> ballot(@PathVariable String businessKey, @PathVariable String race) {
        BallotPapers.File file = ballots.forCurrentUser(businessKey, race);
        return docx(file.name(), file.content());
    }

    /** T2, T4, T9: the township's document as last sent to the county, for that township and its county (R11). */
    @Operation(summary = "乡镇报县的公文（.docx）", description = "T2召开党代会的请示、T4候选人预备人选的请示、T9选举结果的报告，最新提交的版本。")
    @GetMapping("/api/townships/{businessKey}/documents/{document}")
    public ResponseEntity<byte[]> document(@PathVariable String businessKey, @PathVariable String document) {
        SubmittedDocuments.File file = documents.latestForCurrentUser(businessKey, document);
        return docx(file.name(), file.content());
    }

    /** T2, T4, T9: one version of the township's document, as it was sent (R11); the county's review task links it. */
    @Operation(summary = "乡镇报县公文的某一稿（.docx）", description = "T2、T4、T9公文按呈报顺序编号的某一稿（被退回后重新呈报即为新的一稿），首次打开时生成并留存。")
    @GetMapping("/api/townships/{businessKey}/documents/{document}/versions/{version}")
    public ResponseEntity<byte[]> version(
            @PathVariable String businessKey, @PathVariable String document, @PathVariable int version) {
        SubmittedDocuments.File file = documents.versionForCurrentUser(businessKey, document, version);
        return docx(file.name(), file.content());
    }

    static ResponseEntity<byte[]> docx(String name, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(DocumentKind.MIME_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }
}
