package cn.county.reelection.timeline;

import cn.county.reelection.campaign.Step;
import cn.county.reelection.campaign.Township;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/** Where one township stands on one step: its due date, when it started, finished, went overdue. */
@Entity
@Table(name = "RE_STEP_PROGRESS", uniqueConstraints = @UniqueConstraint(columnNames = {"township_id", "step"}))
public class StepProgress extends TrackedStep {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Township township;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private Step step;

    /** R14: since when the county holds the step's work (a county task open), null while the township holds it. */
    private Instant countyHeldSince;
    /** R14: seconds the county held the work in earlier, decided tasks; the township's clock stops meanwhile. */
    private Long countyHeldSeconds;
    /** R14: the county's own due date for the decision it holds now (3 working days after submission). */
    private LocalDate countyDueDate;
    /** R14: when the county first decided after its own due date. */
    private Instant countyLateAt;

    protected StepProgress() {}

    public StepProgress(Township township, Step step, LocalDate dueDate) {
        super(dueDate);
        this.township = township;
        this.step = step;
    }

    /** {@code at} on the township's clock: less every second the county held the work before it (R14). */
    @Override
    protected Instant deadlineTime(Instant at) {
        long held = countyHeldSeconds == null ? 0 : countyHeldSeconds;
        if (countyHeldSince != null && at.isAfter(countyHeldSince)) {
            held += at.getEpochSecond() - countyHeldSince.getEpochSecond();
        }
        return at.minusSeconds(held);
    }

    /** The county starts holding the work (a county task was created), due by the end of {@code countyDue}. */
    void countyReceived(Instant at, LocalDate countyDue) {
        if (countyHeldSince == null) {
            countyHeldSince = at;
        }
        countyDueDate = countyDue;
    }

    /**
     * The county's task ended at {@code at}: its time is added to the county's, and answers whether the
     * decision came after {@code countyDeadline} (the end of its due day); false when the county held nothing.
     */
    boolean countyReleased(Instant at, Instant countyDeadline) {
        if (countyHeldSince == null) {
            return false; // already released (complete, then delete of the same task)
        }
        countyHeldSeconds = (countyHeldSeconds == null ? 0 : countyHeldSeconds)
                + Math.max(0, at.getEpochSecond() - countyHeldSince.getEpochSecond());
        countyHeldSince = null;
        boolean late = countyDeadline != null && at.isAfter(countyDeadline);
        if (late && countyLateAt == null) {
            countyLateAt = at;
        }
        return late;
    }

    /**
     * The county's delay on this step (R14): it decided late once, or holds the work now past the end
     * of its due day ({@code countyDeadline}, null when it holds nothing).
     */
    public boolean countyLate(Instant now, Instant countyDeadline) {
        return countyLateAt != null
                || (countyHeldSince != null && countyDeadline != null && now.isAfter(countyDeadline));
    }

    public Township getTownship() {
        return township;
    }

    public Step getStep() {
        return step;
    }

    public Instant getCountyHeldSince() {
        return countyHeldSince;
    }

    public LocalDate getCountyDueDate() {
        return countyDueDate;
    }

    public Instant getCountyLateAt() {
        return countyLateAt;
    }
}
