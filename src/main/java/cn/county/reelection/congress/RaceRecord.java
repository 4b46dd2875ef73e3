package cn.county.reelection.congress;

import cn.county.reelection.campaign.Township;
import jakarta.persistence.*;
import java.time.Instant;

/**
 * One counted ballot of one race (R3, R6–R10), kept for the board, reports and audit (R11). One record for
 * townships and villages (V11): exactly one of {@code township} and {@code villageId} is set.
 */
@Entity
@Table(
        name = "RE_RACE_RESULT",
        indexes = {
            @Index(columnList = "township_id, race"),
            @Index(name = "IX_RACE_RESULT_VILLAGE", columnList = "villageId")
        })
public class RaceRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(nullable = true)
    private Township township;

    /** The village or community whose ballot this is (V11), null for a township's. */
    private Long villageId;

    @Column(nullable = false, length = 24)
    private String race;

    @Column(length = 40)
    private String organisationCode;

    private int ballot;

    @Column(length = 16)
    private String kind;

    private int seats;
    private int entitled;
    private int present;
    private int ballotsCast;
    private int ballotsVoid;
    private boolean valid;
    private int unfilledSeats;

    /** True on the ballot that ended the race; {@link #raceElectedJson} then holds everyone it elected. */
    private boolean finished;

    // plain long text rather than @Lob: PostgreSQL would store a Lob as a large object (oid)
    @Column(length = 100_000)
    private String resultJson;

    @Column(length = 100_000)
    private String raceElectedJson;

    @Column(length = 4000)
    private String problems;

    @Column(nullable = false)
    private Instant recordedAt;

    @Column(length = 64)
    private String recordedBy;

    /** R13: who scrutinised and who counted this ballot, "张三、李四"; null when not given. */
    @Column(length = 1000)
    private String scrutineers;

    @Column(length = 1000)
    private String counters;

    protected RaceRecord() {}

    public RaceRecord(
            Township township,
            String race,
            String organisationCode,
            int ballot,
            String kind,
            int seats,
            int entitled,
            int present,
            int ballotsCast,
            int ballotsVoid,
            boolean valid,
            String resultJson,
            String problems,
            Instant recordedAt,
            String recordedBy) {
        this.township = township;
        this.race = race;
        this.organisationCode = organisationCode;
        this.ballot = ballot;
        this.kind = kind;
        this.seats = seats;
        this.entitled = entitled;
        this.present = present;
        this.ballotsCast = ballotsCast;
        this.ballotsVoid = ballotsVoid;
        this.valid = valid;
        this.resultJson = resultJson;
        this.problems = problems;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** V11: the village whose ballot this is, for a village's race. */
    void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    /** R13: the tellers of this ballot. */
    public void tellers(Tellers tellers) {
        this.scrutineers = Tellers.joined(tellers.scrutineers());
        this.counters = Tellers.joined(tellers.counters());
    }

    public void finish(String raceElectedJson, int unfilledSeats) {
        this.finished = true;
        this.raceElectedJson = raceElectedJson;
        this.unfilledSeats = unfilledSeats;
    }

    public Long getId() {
        return id;
    }

    public Long getVillageId() {
        return villageId;
    }

    public Township getTownship() {
        return township;
    }

    public String getRace() {
        return race;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public int getBallot() {
        return ballot;
    }

    public String getKind() {
        return kind;
    }

    public int getSeats() {
        return seats;
    }

    public int getEntitled() {
        return entitled;
    }

    public int getPresent() {
        return present;
    }

    public int getBallotsCast() {
        return ballotsCast;
    }

    public int getBallotsVoid() {
        return ballotsVoid;
    }

    public boolean isValid() {
        return valid;
    }

    public int getUnfilledSeats() {
        return unfilledSeats;
    }

    public boolean isFinished() {
        return finished;
    }

    public String getResultJson() {
        return resultJson;
    }

    public String getRaceElectedJson() {
        return raceElectedJson;
    }

    public String getProblems() {
        return problems;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getScrutineers() {
        return scrutineers;
    }

    public String getCounters() {
        return counters;
    }
}
