package cn.county.reelection.timeline;

import cn.county.reelection.campaign.Step;
import cn.county.reelection.campaign.Township;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A deadline of a township's step the county must know about: a step that went overdue, or one finished late.
 * This is the county's notice (DOMAIN.md: "a missed deadline ... is flagged, the county is told").
 */
@Entity
@Table(name = "RE_DEADLINE_EVENT")
public class DeadlineEvent extends DeadlineRecord {

    /** {@code COUNTY_LATE}: the county decided after its own window (R14); the county's delay, not the township's. */
    public enum Kind {
        OVERDUE,
        DONE_LATE,
        COUNTY_LATE
    }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Township township;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private Step step;

    protected DeadlineEvent() {}

    public DeadlineEvent(
            Township township, Step step, Kind kind, LocalDate dueDate, Instant occurredAt, String message) {
        super(kind, dueDate, occurredAt, message);
        this.township = township;
        this.step = step;
    }

    public Township getTownship() {
        return township;
    }

    public Step getStep() {
        return step;
    }
}
