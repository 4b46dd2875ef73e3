package cn.county.reelection.sheet;

import cn.county.reelection.web.ApiException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** How the API answers with a spreadsheet or document, and with a refused import. */
public final class SheetHttp {

    public static final String XLSX_VALUE = SheetWriter.XLSX_TYPE;
    public static final String DOCX_VALUE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final MediaType XLSX = MediaType.parseMediaType(XLSX_VALUE);
    public static final MediaType DOCX = MediaType.parseMediaType(DOCX_VALUE);

    private SheetHttp() {}

    /** A file with problems: the usual error body plus every problem found. */
    @Schema(description = "文件有错误：未导入任何内容")
    public record ImportErrors(
            int status,
            String rule,
            String field,
            String message,

            @Schema(
                    description = "每处错误（最多300处；message中的数目为全部错误数）。sheet为工作表名（CSV为null），"
                            + "row为表格中看到的行号（表头为第1行），column为列字母，columnLabel为列名，rule为违反的规则编号；整个文件的错误只有message")
            List<SheetError> errors) {}

    /** 400 with every problem; {@code rule} is the answer's rule when the problems share one, else the given default. */
    public static ResponseEntity<ImportErrors> refused(String rule, SheetException e) {
        List<String> rules = e.errors().stream()
                .map(SheetError::rule)
                .filter(r -> r != null)
                .distinct()
                .toList();
        String shared = rules.size() == 1 ? rules.get(0) : rule;
        return ResponseEntity.badRequest()
                .body(new ImportErrors(HttpStatus.BAD_REQUEST.value(), shared, "file", e.getMessage(), e.errors()));
    }

    /**
     * An uploaded workbook read by {@code reader}, and what it describes handed to {@code then}; 400 when no file came
     * (the message names the template's {@code templatePath}), or with every problem of the file, nothing stored.
     */
    public static <T> ResponseEntity<?> imported(
            MultipartFile file, String templatePath, Function<byte[], T> reader, Function<T, ResponseEntity<?>> then)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw ApiException.badRequest(null, "file", "请选择要导入的Excel工作簿（.xlsx），模板可从GET " + templatePath + "下载");
        }
        T described;
        try {
            described = reader.apply(file.getBytes());
        } catch (SheetException e) {
            return refused(null, e);
        }
        return then.apply(described);
    }

    /** An attachment with its Chinese name in {@code filename*} and an ASCII one for older clients. */
    public static ResponseEntity<byte[]> download(byte[] content, MediaType type, String name, String asciiName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"%s\"; filename*=UTF-8''%s".formatted(asciiName, rfc5987(name)))
                .body(content);
    }

    /** RFC 5987 value characters: letters, digits and !#$&+-.^_`|~ stay, every other byte is %XX. */
    public static String rfc5987(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }

    /** The multipart form of an import, for the API documentation. */
    @Schema(description = "上传的文件")
    public record Upload(
            @Schema(description = "Excel工作簿（.xlsx）", type = "string", format = "binary")
            String file) {}
}
