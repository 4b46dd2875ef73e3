package cn.county.reelection.congress;

import jakarta.persistence.*;
import java.time.Instant;

/**
 * The state of a race between its ballots (R6–R10, V4): candidates, seats still open, ballots held. Kept in the
 * project's table and overwritten at every ballot; the process holds only its id ({@code raceStateId}), so the
 * engine's runtime and history do not copy the whole race at each ballot.
 */
@Entity
@Table(name = "RE_RACE_STATE")
public class RaceInProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String processInstanceId;

    @Column(nullable = false, length = 100_000)
    private String stateJson;

    @Column(nullable = false)
    private Instant updatedAt;

    protected RaceInProgress() {}

    public RaceInProgress(String processInstanceId, String stateJson, Instant updatedAt) {
        this.processInstanceId = processInstanceId;
        update(stateJson, updatedAt);
    }

    public void update(String stateJson, Instant updatedAt) {
        this.stateJson = stateJson;
        this.updatedAt = updatedAt;
    }

    public Long getId() {
        return id;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getStateJson() {
        return stateJson;
    }
}
