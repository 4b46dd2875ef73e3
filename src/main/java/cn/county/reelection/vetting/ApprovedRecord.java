package cn.county.reelection.vetting;

import cn.county.reelection.campaign.Township;
import jakarta.persistence.*;
import java.time.Instant;

/**
 * What the county or the review group approved, kept as it was approved (R11): the T2 plan, an organisation's
 * T3 candidate list, the T4 nominee lists. Later steps read it from here; a change needs a new approval, which
 * adds the next version.
 */
@Entity
@Table(name = "RE_APPROVED", indexes = @Index(columnList = "township_id, kind, scope"))
public class ApprovedRecord {

    public enum Kind {
        /** The T1 plan (congress date, quota, seats) with the T2 request, approved by the county. */
        T2_PLAN,
        /** One organisation's delegate candidates (scope: its code), approved by the review group. */
        T3_CANDIDATES,
        /** The committee nominees, approved by the county. */
        T4_COMMITTEE,
        /** The discipline committee nominees, approved by the county. */
        T4_DISCIPLINE,
        /**
         * The candidates of a non-competitive race (scope: the race, e.g. {@code secretary}) as the county named them
         * when an approved nominee could not stand: not elected to the committee (R7, R8) or left a seat unfilled (R8).
         */
        COUNTY_CANDIDATES
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Township township;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Kind kind;

    @Column(length = 40)
    private String scope;

    private int version;

    // plain long text rather than @Lob: PostgreSQL would store a Lob as a large object (oid)
    @Column(nullable = false, length = 1_000_000)
    private String content;

    @Column(nullable = false, length = 64)
    private String taskKey;

    @Column(length = 64)
    private String approvedBy;

    @Column(nullable = false)
    private Instant approvedAt;

    protected ApprovedRecord() {}

    ApprovedRecord(
            Township township,
            Kind kind,
            String scope,
            int version,
            String content,
            String taskKey,
            String approvedBy,
            Instant approvedAt) {
        this.township = township;
        this.kind = kind;
        this.scope = scope;
        this.version = version;
        this.content = content;
        this.taskKey = taskKey;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
    }

    public Long getId() {
        return id;
    }

    public Township getTownship() {
        return township;
    }

    public Kind getKind() {
        return kind;
    }

    public String getScope() {
        return scope;
    }

    public int getVersion() {
        return version;
    }

    public String getContent() {
        return content;
    }

    public String getTaskKey() {
        return taskKey;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }
}
