package cn.county.reelection.vetting;

import cn.county.reelection.campaign.Groups;
import cn.county.reelection.campaign.Township;
import cn.county.reelection.campaign.TownshipRepository;
import cn.county.reelection.process.AsEngine;
import cn.county.reelection.security.ApiAccess;
import cn.county.reelection.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * T4: the nominees' appointment forms (干部任免审批表) and inspection materials (考察材料), sent to the county with
 * the nominee list. Every call checks the caller's right first (403 before anything is read or validated): the
 * township's people and its county see them; only the township secretary uploads, and only while the nominee
 * list is being drawn up or waits for the county's review.
 */
@Service
@Transactional
public class NomineeMaterials {

    /** One nominee's materials: what was uploaded of each kind, and which kinds are still missing. */
    public record Nominee(
            String name, List<String> lists, List<MaterialEntry> materials, List<NomineeMaterial.Kind> missing) {}

    /** The township's materials by nominee of its recorded lists; files for names no longer on a list come last. */
    public record Overview(
            String township,
            List<Nominee> nominees,
            List<MaterialEntry> others,
            int nomineesMissingMaterials,
            long maxBytes,
            List<String> acceptedTypes) {}

    /** A file as uploaded. */
    public record Upload(String filename, byte[] content) {}

    /** A file to download. */
    public record File(String filename, String contentType, byte[] content) {}

    /** The tasks during which the secretary may upload: drawing up the list, and before the county has reviewed it. */
    static final Set<String> UPLOAD_TASKS = Set.of("T4_NominateCandidates", "T4_ReviewNominees");
    /** File types (by extension) the county can open anywhere, with their content type and first bytes. */
    private static final Map<String, String> TYPES = Map.of(
            "pdf",
            "application/pdf",
            "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "jpg",
            "image/jpeg",
            "jpeg",
            "image/jpeg");

    private final TownshipRepository townships;
    private final NomineeMaterialRepository materials;
    private final CandidateLists candidates;
    private final ApiAccess access;
    private final TaskService tasks;
    private final IdentityService identity;
    private final Clock clock;
    private final long maxBytes;

    public NomineeMaterials(
            TownshipRepository townships,
            NomineeMaterialRepository materials,
            CandidateLists candidates,
            ApiAccess access,
            TaskService tasks,
            IdentityService identity,
            Clock clock,
            @Value("${reelection.max-material-bytes:1000000}") long maxBytes) {
        this.townships = townships;
        this.materials = materials;
        this.candidates = candidates;
        this.access = access;
        this.tasks = tasks;
        this.identity = identity;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** The township's materials by nominee, for its people and its county. */
    @Transactional(readOnly = true)
    public Overview overview(String businessKey) {
        Township township = visible(businessKey);
        return overview(township);
    }

    /** The same for a township already checked (the county's review form context). */
    @Transactional(readOnly = true)
    public Overview overview(Township township) {
        List<MaterialEntry> all = materials.listed(township.getId());
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (CandidateList.ListKind list :
                List.of(CandidateList.ListKind.COMMITTEE_NOMINEE, CandidateList.ListKind.DISCIPLINE_NOMINEE)) {
            for (Person p : candidates.persons(township.getId(), list, null)) {
                lists.computeIfAbsent(p.name(), n -> new ArrayList<>())
                        .add(list == CandidateList.ListKind.COMMITTEE_NOMINEE ? "党委" : "纪委");
            }
        }
        List<Nominee> nominees = new ArrayList<>();
        int missing = 0;
        for (Map.Entry<String, List<String>> e : lists.entrySet()) {
            List<MaterialEntry> own =
                    all.stream().filter(m -> m.nominee().equals(e.getKey())).toList();
            EnumSet<NomineeMaterial.Kind> lacking = EnumSet.allOf(NomineeMaterial.Kind.class);
            own.forEach(m -> lacking.remove(m.kind()));
            if (!lacking.isEmpty()) {
                missing++;
            }
            nominees.add(new Nominee(e.getKey(), e.getValue(), own, List.copyOf(lacking)));
        }
        List<MaterialEntry> others =
                all.stream().filter(m -> !lists.containsKey(m.nominee())).toList();
        return new Overview(township.getName(), nominees, others, missing, maxBytes, List.of("pdf", "docx", "jpg"));
    }

    /**
     * Keeps one file of a nominee's materials, replacing the one of the same kind sent before. Order of the checks:
     * the right to see the township, to upload (its secretary), the step (T4 open), then the input.
     */
    public MaterialEntry upload(String businessKey, String nominee, String kind, Upload file) {
        Township township = visible(businessKey);
        if (!access.groups().contains(Groups.townshipSecretary(township.getCode()))) {
            throw ApiAccess.forbidden("只有%s党委书记可以上传候选人预备人选的材料".formatted(township.getName()));
        }
        if (!uploadOpen(township)) {
            throw new ApiException(
                    HttpStatus.CONFLICT,
                    "T4",
                    null,
                    "只能在提出两委候选人预备人选时或县委审批前上传材料，%s现在不在这一步".formatted(township.getName()));
        }
        NomineeMaterial.Kind materialKind = Arrays.stream(NomineeMaterial.Kind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst()
                .orElseThrow(() -> ApiException.badRequest(
                        "T4",
                        "material",
                        "应为%s"
                                .formatted(Arrays.stream(NomineeMaterial.Kind.values())
                                        .map(k -> k.name() + "（" + k.label() + "）")
                                        .collect(Collectors.joining("或")))));
        String name = nominee == null ? "" : nominee.trim();
        if (name.isEmpty() || name.length() > 40) {
            throw ApiException.badRequest("T4", "nominee", "应为候选人预备人选的姓名（1–40字）");
        }
        if (file == null || file.content() == null || file.content().length == 0) {
            throw ApiException.badRequest("T4", "file", "请选择要上传的文件");
        }
        String filename = file.filename() == null
                ? ""
                : file.filename().replaceAll("^.*[/\\\\]", "").trim();
        String extension = filename.contains(".")
                ? filename.substring(filename.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
                : "";
        String contentType = TYPES.get(extension);
        if (contentType == null || filename.length() > 200) {
            throw ApiException.badRequest("T4", "file", "只接受PDF、Word（.docx）或JPG文件，文件名不超过200字");
        }
        if (file.content().length > maxBytes) {
            throw ApiException.badRequest(
                    "T4", "file", "文件不能超过%d KB，现为%d KB".formatted(maxBytes / 1024, file.content().length / 1024));
        }
        if (!startsAsItsType(extension, file.content())) {
            throw ApiException.badRequest(
                    "T4", "file", "文件内容不是%s格式（扩展名与内容不符）".formatted(extension.toUpperCase(Locale.ROOT)));
        }
        materials.deleteNomineesKind(township.getId(), name, materialKind);
        NomineeMaterial kept = materials.save(new NomineeMaterial(
                township, name, materialKind, filename, contentType, file.content(), access.userId(), clock.instant()));
        return new MaterialEntry(
                kept.getId(),
                kept.getNominee(),
                kept.getKind(),
                kept.getFilename(),
                kept.getContentType(),
                kept.getSize(),
                kept.getUploadedBy(),
                kept.getUploadedAt());
    }

    /** One file, for the township's people and its county. */
    @Transactional(readOnly = true)
    public File download(String businessKey, long id) {
        Township township = visible(businessKey);
        NomineeMaterial m = materials
                .findByIdAndTownshipId(id, township.getId())
                .orElseThrow(() -> ApiException.notFound("%s没有编号为%d的材料".formatted(township.getName(), id)));
        return new File(m.getFilename(), m.getContentType(), m.getContent());
    }

    private Township visible(String businessKey) {
        Township township = townships
                .findByBusinessKey(businessKey)
                .orElseThrow(() -> ApiException.notFound("没有业务键为%s的乡镇".formatted(businessKey)));
        access.requireSee(township.getCampaign(), township);
        return township;
    }

    /** Is the nominee list being drawn up, or waiting for the county? Read as the engine: the review is the county's task. */
    private boolean uploadOpen(Township township) {
        if (township.getProcessInstanceId() == null) {
            return false;
        }
        return AsEngine.call(
                identity,
                () -> tasks.createTaskQuery()
                                .processInstanceId(township.getProcessInstanceId())
                                .taskDefinitionKeyIn(UPLOAD_TASKS.toArray(String[]::new))
                                .count()
                        > 0);
    }

    /** The file's first bytes match its extension: a PDF, a docx (a zip) or a JPEG. */
    private static boolean startsAsItsType(String extension, byte[] content) {
        return switch (extension) {
            case "pdf" -> startsWith(content, "%PDF".getBytes(StandardCharsets.US_ASCII));
            case "docx" -> startsWith(content, new byte[] {'P', 'K', 3, 4});
            default -> startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
