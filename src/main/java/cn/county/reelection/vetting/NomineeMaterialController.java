package cn.county.reelection.vetting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** T4: the nominees' appointment forms and inspection materials, uploaded by the township, opened by the county. */
@RestController
public class NomineeMaterialController {

    private final NomineeMaterials materials;

    public NomineeMaterialController(NomineeMaterials materials) {
        this.materials = materials;
    }

    @Operation(
            summary = "候选人预备人选的材料（按人列出）",
            description = "T4：本乡镇党委、纪委候选人预备人选每人的干部任免审批表和考察材料，缺少的材料单独列出；本乡镇和本县县委组织部可以查看（R11）。")
    @GetMapping("/api/townships/{businessKey}/nominee-materials")
    public NomineeMaterials.Overview list(@PathVariable String businessKey) {
        return materials.overview(businessKey);
    }

    @Operation(
            summary = "上传候选人预备人选的材料",
            description = "T4：乡党委书记在提出候选人预备人选时或县委审批前，为一名人选上传干部任免审批表（material=APPOINTMENT_FORM）"
                    + "或考察材料（material=INSPECTION）：PDF、Word（.docx）或JPG文件，不超过1000000字节；同一人同一种材料再次上传即替换。"
                    + "无权限403（先于任何检查），不在这一步409，输入有误400。",
            requestBody =
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                            examples =
                                                    @ExampleObject(
                                                            name = "file",
                                                            value =
                                                                    "file=@张三干部任免审批表.pdf（multipart/form-data，字段名file）"))))
    @PostMapping(
            path = "/api/townships/{businessKey}/nominee-materials",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<MaterialEntry> upload(
            @PathVariable String businessKey,
            @Parameter(description = "候选人预备人选的姓名", example = "张三") @RequestParam(required = false) String nominee,
            @Parameter(description = "APPOINTMENT_FORM（干部任免审批表）或INSPECTION（考察材料）", example = "APPOINTMENT_FORM")
                    @RequestParam(required = false)
                    String material,
            @Parameter(hidden = true) @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        NomineeMaterials.Upload upload =
                file == null ? null : new NomineeMaterials.Upload(file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(materials.upload(businessKey, nominee, material, upload));
    }

    @Operation(summary = "下载候选人预备人选的一份材料", description = "T4：本乡镇和本县县委组织部可以下载（R11）。")
    @GetMapping("/api/townships/{businessKey}/nominee-materials/{id}")
    public ResponseEntity<byte[]> download(@PathVariable String businessKey, @PathVariable long id) {
        NomineeMaterials.File file = materials.download(businessKey, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.content());
    }
}
