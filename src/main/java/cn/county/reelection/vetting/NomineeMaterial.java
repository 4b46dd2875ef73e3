package cn.county.reelection.vetting;

import cn.county.reelection.campaign.Township;
import jakarta.persistence.*;
import java.time.Instant;

/**
 * T4: one file of a nominee's materials (干部任免审批表 or 考察材料) that the township sends to the county with
 * the nominee list. Kept in the project's database, not as a process variable: the county opens it from its
 * review and it outlives the process instance (R11).
 */
@Entity
@Table(name = "RE_NOMINEE_MATERIAL", indexes = @Index(columnList = "township_id, nominee"))
public class NomineeMaterial {

    /** What the file is. */
    public enum Kind {
        APPOINTMENT_FORM("干部任免审批表"),
        INSPECTION("考察材料");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Township township;

    @Column(nullable = false, length = 40)
    private String nominee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(nullable = false, length = 200)
    private String filename;

    @Column(nullable = false, length = 100)
    private String contentType;

    private long size;

    @Column(nullable = false, length = 20_000_000)
    private byte[] content;

    @Column(nullable = false, length = 64)
    private String uploadedBy;

    @Column(nullable = false)
    private Instant uploadedAt;

    protected NomineeMaterial() {}

    public NomineeMaterial(
            Township township,
            String nominee,
            Kind kind,
            String filename,
            String contentType,
            byte[] content,
            String uploadedBy,
            Instant uploadedAt) {
        this.township = township;
        this.nominee = nominee;
        this.kind = kind;
        this.filename = filename;
        this.contentType = contentType;
        this.size = content.length;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Township getTownship() {
        return township;
    }

    public String getNominee() {
        return nominee;
    }

    public Kind getKind() {
        return kind;
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public byte[] getContent() {
        return content;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
