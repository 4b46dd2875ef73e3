package cn.county.reelection.audit;

import cn.county.reelection.campaign.Township;
import jakarta.persistence.*;
import java.time.Instant;

/** R11: an approval, a return or an exception, with who, when and why. */
@Entity
@Table(name = "RE_DECISION")
public class Decision {

  /** The county's decision on an R2 make-up exception (T3); its reason is always required. */
  public static final String EXCEPTION_TASK = "T3_GrantMakeupException";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Township township;

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

  public Decision(Township township, String taskKey, String scope, boolean approved, String comment, String decidedBy, Instant decidedAt) {
    this.township = township;
    this.taskKey = taskKey;
    this.scope = scope;
    this.approved = approved;
    this.comment = comment;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  public Long getId() { return id; }
  public Township getTownship() { return township; }
  public String getTaskKey() { return taskKey; }
  public String getScope() { return scope; }
  public boolean isApproved() { return approved; }
  public String getComment() { return comment; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
}
