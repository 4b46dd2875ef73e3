package cn.county.reelection.timeline;

import cn.county.reelection.campaign.Step;
import jakarta.persistence.*;
import java.time.Instant;

/**
 * A race that ended with seats still vacant (R3, R6, R8 amended, V4): reported to the county until
 * someone decides what follows (the township secretary at T3 and T7, the county otherwise). While
 * unresolved, its step shows {@link StepState#ACTION_NEEDED} on the board. One row per township (or
 * village) step, organisation and race; exactly one of {@code townshipId} and {@code villageId} is
 * set, so that both boards share the record.
 */
@Entity
@Table(
        name = "RE_UNFILLED_SEATS",
        indexes = {
            @Index(name = "IX_UNFILLED_TOWNSHIP", columnList = "townshipId"),
            @Index(name = "IX_UNFILLED_VILLAGE", columnList = "villageId")
        })
public class UnfilledSeats {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long townshipId;

    private Long villageId;

    /** {@link Step} of a township, or {@code VillageStep} of a village, by name. */
    @Column(nullable = false, length = 24)
    private String step;

    @Column(length = 32)
    private String organisationCode;

    /** The race in Chinese, as the county reads it (e.g. 党委委员). */
    @Column(nullable = false, length = 40)
    private String race;

    @Column(nullable = false)
    private int seats;

    @Column(nullable = false, length = 500)
    private String message;

    @Column(nullable = false)
    private Instant reportedAt;

    private Instant resolvedAt;

    protected UnfilledSeats() {}

    private UnfilledSeats(
            Long townshipId,
            Long villageId,
            String step,
            String organisationCode,
            String race,
            int seats,
            String message,
            Instant reportedAt) {
        this.townshipId = townshipId;
        this.villageId = villageId;
        this.step = step;
        this.organisationCode = organisationCode;
        this.race = race;
        this.seats = seats;
        this.message = message;
        this.reportedAt = reportedAt;
    }

    static UnfilledSeats ofTownship(
            long townshipId, Step step, String organisationCode, String race, int seats, String message, Instant at) {
        return new UnfilledSeats(townshipId, null, step.name(), organisationCode, race, seats, message, at);
    }

    public static UnfilledSeats ofVillage(
            long villageId, String step, String race, int seats, String message, Instant at) {
        return new UnfilledSeats(null, villageId, step, null, race, seats, message, at);
    }

    /** A later count for the same race replaces the earlier one; the report keeps its first time. */
    public void recount(int seats, String message) {
        this.seats = seats;
        this.message = message;
    }

    public void resolve(Instant at) {
        this.resolvedAt = at;
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Long getTownshipId() {
        return townshipId;
    }

    public Long getVillageId() {
        return villageId;
    }

    public String getStep() {
        return step;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public String getRace() {
        return race;
    }

    public int getSeats() {
        return seats;
    }

    public String getMessage() {
        return message;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
