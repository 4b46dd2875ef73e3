package cn.county.reelection.timeline;

import cn.county.reelection.campaign.Township;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A deadline the county must know about: a step that went overdue, or one finished late.
 * This is the county's notice (DOMAIN.md: "a missed deadline ... is flagged, the county is told").
 */
@Entity
@Table(name = "RE_DEADLINE_EVENT")
public class DeadlineEvent {

  public enum Kind { OVERDUE, DONE_LATE }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Township township;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 4)
  private Step step;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Kind kind;

  @Column(nullable = false)
  private LocalDate dueDate;

  @Column(nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 500)
  private String message;

  private boolean acknowledged;

  protected DeadlineEvent() {}

  public DeadlineEvent(Township township, Step step, Kind kind, LocalDate dueDate, Instant occurredAt, String message) {
    this.township = township;
    this.step = step;
    this.kind = kind;
    this.dueDate = dueDate;
    this.occurredAt = occurredAt;
    this.message = message;
  }

  public Long getId() { return id; }
  public Township getTownship() { return township; }
  public Step getStep() { return step; }
  public Kind getKind() { return kind; }
  public LocalDate getDueDate() { return dueDate; }
  public Instant getOccurredAt() { return occurredAt; }
  public String getMessage() { return message; }
  public boolean isAcknowledged() { return acknowledged; }
  public void acknowledge() { this.acknowledged = true; }
}
