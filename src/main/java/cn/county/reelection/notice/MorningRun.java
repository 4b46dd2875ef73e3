package cn.county.reelection.notice;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/** The day's morning notices were sent: one row per day, so once a day across the cluster. */
@Entity
@Table(name = "RE_NOTICE_MORNING")
public class MorningRun {

    @Id
    @Column(name = "run_day")
    private LocalDate day;

    @Column(nullable = false)
    private Instant ranAt;

    private int notices;

    protected MorningRun() {}

    MorningRun(LocalDate day, Instant ranAt) {
        this.day = day;
        this.ranAt = ranAt;
    }

    void count(int notices) {
        this.notices = notices;
    }

    public LocalDate getDay() {
        return day;
    }

    public Instant getRanAt() {
        return ranAt;
    }

    public int getNotices() {
        return notices;
    }
}
