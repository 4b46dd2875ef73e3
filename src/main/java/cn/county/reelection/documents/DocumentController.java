package cn.county.reelection.documents;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DocumentController {

  private final SubmittedDocuments documents;

  public DocumentController(SubmittedDocuments documents) {
    this.documents = documents;
  }

  /** T2, T4, T9: the township's document as last sent to the county, for that township and its county (R11). */
  @GetMapping("/api/townships/{businessKey}/documents/{document}")
  public ResponseEntity<byte[]> document(@PathVariable String businessKey, @PathVariable String document) {
    SubmittedDocuments.File file = documents.latestForCurrentUser(businessKey, document);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(DocumentKind.MIME_TYPE))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
        .body(file.content());
  }
}
