package cn.county.reelection.congress;

import cn.county.reelection.campaign.Township;
import jakarta.persistence.*;

/**
 * T5: one race of the election method (选举办法) the committee office drafted and the preparation meeting (T6)
 * adopts: its seats and number of candidates, so its margin (R3, R5, R7–R9). The race of T7/T8 uses these figures.
 */
@Entity
@Table(name = "RE_ELECTION_METHOD", indexes = @Index(columnList = "township_id"))
public class ElectionMethodRace {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Township township;

    @Column(nullable = false, length = 24)
    private String race;

    @Column(nullable = false, length = 16)
    private String kind;

    private int seats;

    private int candidates;

    private int position;

    protected ElectionMethodRace() {}

    public ElectionMethodRace(Township township, String race, String kind, int seats, int candidates, int position) {
        this.township = township;
        this.race = race;
        this.kind = kind;
        this.seats = seats;
        this.candidates = candidates;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getRace() {
        return race;
    }

    public String getKind() {
        return kind;
    }

    public int getSeats() {
        return seats;
    }

    public int getCandidates() {
        return candidates;
    }

    public int getPosition() {
        return position;
    }
}
