package cn.county.reelection.audit;

import cn.county.reelection.campaign.Township;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.Set;

/**
 * R11: an approval, a return or an exception, with who, when and why. One record for townships and
 * villages (V11): exactly one of {@code township} and {@code villageId} is set; a village is kept by id,
 * as timeline/UnfilledSeats keeps it, so that this package need not know the village package.
 */
@Entity
@Table(name = "RE_DECISION", indexes = @Index(name = "IX_DECISION_VILLAGE", columnList = "villageId"))
public class Decision {

    /** The county's decision on an R2 make-up exception (T3); its reason is always required. */
    public static final String EXCEPTION_TASK = "T3_GrantMakeupException";
    /**
     * The county's naming of a replacement candidate (R7) and its decision on a discipline post left without an elected
     * candidate (R8): the reason is always required, whichever way it decides.
     */
    public static final Set<String> REASON_ALWAYS =
            Set.of(EXCEPTION_TASK, "T7_NameSecretaryReplacement", "T8_DecideDisciplineVacancy");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(nullable = true)
    private Township township;

    /** The village or community the decision is about (V11), null for a township's. */
    private Long villageId;

    @Column(nullable = false, length = 64)
    private String taskKey;

    @Column(length = 64)
    private String scope;

    private boolean approved;

    @Column(length = 2000)
    private String comment;

    @Column(length = 64)
    private String decidedBy;

    @Column(nullable = false)
    private Instant decidedAt;

    protected Decision() {}

    public Decision(
            Township township,
            String taskKey,
            String scope,
            boolean approved,
            String comment,
            String decidedBy,
            Instant decidedAt) {
        this.township = township;
        this.taskKey = taskKey;
        this.scope = scope;
        this.approved = approved;
        this.comment = comment;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    /** V11: a decision on a village's task ({@code scope}: the race, when it is about one). */
    public static Decision ofVillage(
            long villageId,
            String taskKey,
            String scope,
            boolean approved,
            String comment,
            String decidedBy,
            Instant decidedAt) {
        Decision decision = new Decision(null, taskKey, scope, approved, comment, decidedBy, decidedAt);
        decision.villageId = villageId;
        return decision;
    }

    public Long getId() {
        return id;
    }

    public Long getVillageId() {
        return villageId;
    }

    public Township getTownship() {
        return township;
    }

    public String getTaskKey() {
        return taskKey;
    }

    public String getScope() {
        return scope;
    }

    public boolean isApproved() {
        return approved;
    }

    public String getComment() {
        return comment;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
