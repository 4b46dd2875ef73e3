package cn.county.reelection.personsheet;

import cn.county.reelection.sheet.SheetHttp;
import cn.county.reelection.timeline.Deadlines;
import cn.county.reelection.web.ApiException;
import cn.county.reelection.web.ErrorResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Person lists from a spreadsheet for the Tasklist forms (T3, T4, V3): the form uploads the file, shows the rows
 * or every problem, and the user still completes the task as usual. Nothing is stored, so any logged-in user may
 * call it.
 */
@RestController
@Tag(name = "名单导入", description = "从Excel或CSV导入代表候选人、两委候选人和村（居）委会、党支部候选人名单")
public class PersonSheetController {

    private static final String LIST_DESCRIPTION = "名单类型，即表单要填写的流程变量：delegateCandidates（T3代表候选人）、"
            + "committeeNominees（T4党委委员候选人）、disciplineNominees（T4纪委委员候选人）、"
            + "committeeCandidates（村（居）民委员会候选人）、branchCandidates（党支部委员候选人）";

    private static final String PARSED_EXAMPLE = """
      {"list":"committeeNominees","rows":[
        {"name":"张三","gender":"M","birthDate":"1980-05-01","ethnicity":"汉族","education":"BACHELOR","category":"CADRE","post":"ORGANISATION"},
        {"name":"李四","gender":"F","birthDate":"1992-11-28","ethnicity":"纳西族","education":"COLLEGE","category":"FRONTLINE","post":"DEPUTY_HEAD"}]}""";

    private static final String ERRORS_EXAMPLE = """
      {"status":400,"rule":"R5","field":"file","message":"文件有2处错误，未导入任何人员","errors":[
        {"sheet":"党委委员候选人","row":5,"column":"C","columnLabel":"出生日期",
         "message":"出生日期“1980-13-01”不是有效的日期"},
        {"sheet":"党委委员候选人","row":7,"column":"A","columnLabel":"姓名","message":"姓名“张三”重复：第2行已有此人"}]}""";

    private final Deadlines deadlines;
    private final ObjectMapper mapper;
    private final Clock clock;

    public PersonSheetController(Deadlines deadlines, ObjectMapper mapper, Clock clock) {
        this.clock = clock;
        this.deadlines = deadlines;
        this.mapper = mapper;
    }

    /** The rows of a good file, as the form puts them into its list. */
    @Schema(description = "读入的名单")
    public record ParsedList(
            @Schema(description = "名单类型（同请求的list）") String list,

            @Schema(
                    description = "人员，格式与流程变量相同：乡镇名单为{name,gender,birthDate,ethnicity,education,category[,post]}，"
                            + "村（居）名单为{name,gender[,post]}")
            JsonNode rows) {}

    @PostMapping(path = "/api/forms/persons/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            operationId = "parsePersonSheet",
            summary = "读入名单文件（不保存）",
            description = "上传Excel工作簿（.xlsx）或CSV（UTF-8或GBK），按表头找列（列序任意，多余的列忽略，空行跳过，最多"
                    + PersonSheet.MAX_ROWS + "人）。文件全部正确时返回人员列表，否则返回400和每处错误，不返回任何人员。"
                    + "出生日期可写" + PersonSheet.DATE_FORMS + "。文件大于1 MB时返回413。",
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
                                                                    "file=@党委委员候选人名单.xlsx（multipart/form-data，字段名file）"))))
    @ApiResponse(
            responseCode = "200",
            description = "全部正确",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ParsedList.class),
                            examples = @ExampleObject(value = PARSED_EXAMPLE)))
    @ApiResponse(
            responseCode = "400",
            description = "文件有错误（errors列出每处，不返回任何人员）；list或file参数不正确时没有errors，field为list或file",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = SheetHttp.ImportErrors.class),
                            examples = @ExampleObject(value = ERRORS_EXAMPLE)))
    public ResponseEntity<?> parse(
            @Parameter(description = LIST_DESCRIPTION, required = true, example = "committeeNominees")
                    @RequestParam(name = "list", required = false)
                    String list,
            @Parameter(description = "Excel工作簿（.xlsx）或CSV文件", required = true)
                    @RequestPart(name = "file", required = false)
                    MultipartFile file)
            throws IOException {
        PersonList kind = kind(list);
        if (file == null) {
            throw ApiException.badRequest(kind.rule(), "file", "请选择要导入的文件（Excel工作簿.xlsx或CSV）");
        }
        try {
            List<?> rows = PersonSheet.read(kind, file.getBytes(), today());
            return ResponseEntity.ok(new ParsedList(kind.variable(), json(rows)));
        } catch (PersonSheetException e) {
            return ResponseEntity.badRequest()
                    .body(new SheetHttp.ImportErrors(
                            HttpStatus.BAD_REQUEST.value(), kind.rule(), "file", e.getMessage(), e.errors()));
        }
    }

    @GetMapping("/api/forms/persons/template.xlsx")
    @Operation(
            operationId = "personSheetTemplateXlsx",
            summary = "名单模板（Excel）",
            description = "表头、一行示例，性别、学历、人员类别、拟任职务有下拉列表；第二个工作表“填写说明”解释每一列和可写的日期格式。")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = PersonSheetTemplate.XLSX_TYPE))
    @ErrorResponse(status = "400", description = "list不正确")
    public ResponseEntity<byte[]> xlsxTemplate(
            @Parameter(description = LIST_DESCRIPTION, required = true, example = "delegateCandidates")
                    @RequestParam(name = "list", required = false)
                    String list) {
        PersonList kind = kind(list);
        return download(
                PersonSheetTemplate.xlsx(kind),
                MediaType.parseMediaType(PersonSheetTemplate.XLSX_TYPE),
                PersonSheetTemplate.fileName(kind, "xlsx"),
                PersonSheetTemplate.asciiFileName(kind, "xlsx"));
    }

    @GetMapping("/api/forms/persons/template.csv")
    @Operation(
            operationId = "personSheetTemplateCsv",
            summary = "名单模板（CSV）",
            description = "UTF-8（带BOM，Excel可直接打开），表头和一行示例。")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @ErrorResponse(status = "400", description = "list不正确")
    public ResponseEntity<byte[]> csvTemplate(
            @Parameter(description = LIST_DESCRIPTION, required = true, example = "delegateCandidates")
                    @RequestParam(name = "list", required = false)
                    String list) {
        PersonList kind = kind(list);
        return download(
                PersonSheetTemplate.csv(kind),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                PersonSheetTemplate.fileName(kind, "csv"),
                PersonSheetTemplate.asciiFileName(kind, "csv"));
    }

    private static PersonList kind(String list) {
        if (list == null || list.isBlank()) {
            throw ApiException.badRequest(null, "list", "必须填写名单类型list：" + PersonList.variables());
        }
        return PersonList.byVariable(list.strip())
                .orElseThrow(() -> ApiException.badRequest(
                        null,
                        "list",
                        "名单类型“%s”不存在：应为%s"
                                .formatted(
                                        list.length() > 40 ? list.substring(0, 40) + "…" : list,
                                        PersonList.variables())));
    }

    private LocalDate today() {
        return deadlines.dayOf(clock.instant());
    }

    /** The persons as the process's JSON; a list without posts has no {@code post} key. */
    private JsonNode json(List<?> rows) {
        ArrayNode array = mapper.valueToTree(rows);
        for (JsonNode row : array) {
            ObjectNode object = (ObjectNode) row;
            List<String> empty = object.properties().stream()
                    .filter(e -> e.getValue().isNull())
                    .map(Map.Entry::getKey)
                    .toList();
            object.remove(empty);
        }
        return array;
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String name, String asciiName) {
        return SheetHttp.download(content, type, name, asciiName);
    }
}
