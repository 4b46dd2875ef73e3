package cn.county.reelection.notice;

import jakarta.persistence.*;
import java.time.Instant;

/** A person's own choice to receive notices or not ({@code PUT /api/me/notices}); no row means yes. */
@Entity
@Table(name = "RE_NOTICE_CHOICE")
public class NoticeOptOut {

    @Id
    @Column(length = 64)
    private String userId;

    private boolean enabled;

    @Column(nullable = false)
    private Instant changedAt;

    protected NoticeOptOut() {}

    NoticeOptOut(String userId, boolean enabled, Instant changedAt) {
        this.userId = userId;
        this.enabled = enabled;
        this.changedAt = changedAt;
    }

    void change(boolean enabled, Instant at) {
        this.enabled = enabled;
        this.changedAt = at;
    }

    public String getUserId() {
        return userId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
