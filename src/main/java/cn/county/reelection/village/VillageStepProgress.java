package cn.county.reelection.village;

import cn.county.reelection.timeline.TrackedStep;
import jakarta.persistence.*;
import java.time.LocalDate;

/** Where one village stands on one step (V9): due date, started, finished, flagged overdue. */
@Entity
@Table(name = "RE_VILLAGE_STEP", uniqueConstraints = @UniqueConstraint(columnNames = {"village_id", "step"}))
public class VillageStepProgress extends TrackedStep {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Village village;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private VillageStep step;

    protected VillageStepProgress() {}

    public VillageStepProgress(Village village, VillageStep step, LocalDate dueDate) {
        super(dueDate);
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
