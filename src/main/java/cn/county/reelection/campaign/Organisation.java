package cn.county.reelection.campaign;

import jakarta.persistence.*;

/** A subordinate Party organisation of a township that elects congress delegates (T3). */
@Entity
@Table(name = "RE_ORGANISATION")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Township township;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 50)
    private String name;

    @Column(nullable = false)
    private int members;

    /** Seats of the delegate quota allocated to this organisation (R2), set when T3 starts. */
    private Integer delegateSeats;

    protected Organisation() {}

    Organisation(Township township, String code, String name, int members) {
        this.township = township;
        this.code = code;
        this.name = name;
        this.members = members;
    }

    public Long getId() {
        return id;
    }

    public Township getTownship() {
        return township;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getMembers() {
        return members;
    }

    public Integer getDelegateSeats() {
        return delegateSeats;
    }

    public void setDelegateSeats(Integer delegateSeats) {
        this.delegateSeats = delegateSeats;
    }
}
