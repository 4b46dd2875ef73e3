package cn.county.reelection.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A deadline the county must know about, of a township's step ({@link DeadlineEvent}) or a village's:
 * what happened, when, against which due date, and the notice in words.
 */
@MappedSuperclass
public abstract class DeadlineRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private DeadlineEvent.Kind kind;

    @Column(nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 500)
    private String message;

    private boolean acknowledged;

    protected DeadlineRecord() {}

    protected DeadlineRecord(DeadlineEvent.Kind kind, LocalDate dueDate, Instant occurredAt, String message) {
        this.kind = kind;
        this.dueDate = dueDate;
        this.occurredAt = occurredAt;
        this.message = message;
    }

    public Long getId() {
        return id;
    }

    public DeadlineEvent.Kind getKind() {
        return kind;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getMessage() {
        return message;
    }

    public boolean isAcknowledged() {
        return acknowledged;
    }

    public void acknowledge() {
        this.acknowledged = true;
    }
}
