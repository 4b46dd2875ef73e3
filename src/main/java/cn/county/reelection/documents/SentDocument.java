package cn.county.reelection.documents;

import cn.county.reelection.campaign.Township;
import jakarta.persistence.*;
import java.time.Instant;

/**
 * A document as the township sent it to the county (T2, T4, T9; every version), part of the election record:
 * kept with the project's tables, not in Camunda's history, which the history cleanup removes after the
 * processes' time to live (README "History and retention").
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

    @Column(nullable = false, length = 20_000_000)
    private byte[] content;

    @Column(nullable = false)
    private Instant sentAt;

    protected SentDocument() {}

    public SentDocument(
            Township township, DocumentKind kind, int version, String name, byte[] content, Instant sentAt) {
        this.township = township;
        this.kind = kind;
        this.version = version;
        this.name = name;
        this.content = content;
        this.sentAt = sentAt;
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
