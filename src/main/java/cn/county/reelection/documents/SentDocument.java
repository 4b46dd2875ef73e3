package cn.county.reelection.documents;

import cn.county.reelection.campaign.Township;
import jakarta.persistence.*;
import java.time.Instant;

/**
 * A document as the township sent it to the county (T2, T4, T9; every version), part of the election record:
 * kept with the project's tables, not in Camunda's history, which the history cleanup removes after the
 * processes' time to live (README "History and retention").
 *
 * <p>A version is registered when the county's review task is created, with its R15 number and what the secretary
 * wrote; its content is written when it is first opened, or when the county returns it unopened, and kept from then on.
 */
@Entity
@Table(name = "RE_DOCUMENT", indexes = @Index(columnList = "township_id, kind, version"))
public class SentDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Township township;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private DocumentKind kind;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, length = 200)
    private String name;

    /** Null until the document is first built. */
    @Column(length = 20_000_000)
    private byte[] content;

    @Column(nullable = false)
    private Instant sentAt;

    @Column(length = 4000)
    private String writtenText;

    @Column(length = 40)
    private String signer;

    @Column(length = 40)
    private String contactName;

    @Column(length = 40)
    private String contactPhone;

    protected SentDocument() {}

    public SentDocument(
            Township township, DocumentKind kind, int version, String name, WrittenParts written, Instant sentAt) {
        this.township = township;
        this.kind = kind;
        this.version = version;
        this.name = name;
        this.writtenText = written.text();
        this.signer = stripped(written.signer());
        this.contactName = stripped(written.contactName());
        this.contactPhone = stripped(written.contactPhone());
        this.sentAt = sentAt;
    }

    /** What the secretary wrote with this version, as it was when it was sent. */
    public WrittenParts written() {
        return new WrittenParts(writtenText, signer, contactName, contactPhone);
    }

    private static String stripped(String value) {
        return value == null ? null : value.strip();
    }

    public boolean isBuilt() {
        return content != null;
    }

    void built(byte[] content) {
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public Township getTownship() {
        return township;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public int getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
