package cn.county.reelection.village;

import cn.county.reelection.timeline.DeadlineEvent;
import cn.county.reelection.timeline.DeadlineRecord;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/** A deadline of a village's step the county must know about (V9), as {@link DeadlineEvent} is a township's. */
@Entity
@Table(name = "RE_VILLAGE_DEADLINE_EVENT")
public class VillageDeadlineEvent extends DeadlineRecord {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Village village;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private VillageStep step;

    protected VillageDeadlineEvent() {}

    public VillageDeadlineEvent(
            Village village,
            VillageStep step,
            DeadlineEvent.Kind kind,
            LocalDate dueDate,
            Instant occurredAt,
            String message) {
        super(kind, dueDate, occurredAt, message);
        this.village = village;
        this.step = step;
    }

    public Village getVillage() {
        return village;
    }

    public VillageStep getStep() {
        return step;
    }
}
