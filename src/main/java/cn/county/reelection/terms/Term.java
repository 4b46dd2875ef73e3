package cn.county.reelection.terms;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The current term of one body (a township's committee, a village's committee or Party branch): one row per
 * body, replaced when the body is elected again (DOMAIN.md T1 term: "each township's current term and its end are kept").
 */
@Entity
@Table(name = "RE_TERM", uniqueConstraints = @UniqueConstraint(columnNames = {"countyCode", "body", "unitCode"}))
public class Term {

    /** R1, V10: every one of these bodies serves 5 years. */
    public static final int YEARS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private TermBody body;

    @Column(nullable = false, length = 32)
    private String countyCode;

    /** The county's name; null when the election came from a village campaign, which does not carry it. */
    @Column(length = 50)
    private String county;

    @Column(nullable = false, length = 32)
    private String townshipCode;

    @Column(nullable = false, length = 50)
    private String townshipName;

    /** The township's own code for its committee, the village's code for a village's bodies. */
    @Column(nullable = false, length = 32)
    private String unitCode;

    @Column(nullable = false, length = 50)
    private String unitName;

    @Column(nullable = false)
    private LocalDate termStart;

    @Column(nullable = false)
    private LocalDate termEnd;

    /** What recorded it: the step that elected the body (T7, COMMITTEE_ELECTION, BRANCH_ELECTION) or DEMO. */
    @Column(nullable = false, length = 24)
    private String source;

    @Column(nullable = false)
    private Instant recordedAt;

    protected Term() {}

    Term(TermBody body, String countyCode, String townshipCode, String unitCode) {
        this.body = body;
        this.countyCode = countyCode;
        this.townshipCode = townshipCode;
        this.unitCode = unitCode;
    }

    /** A new election: the term runs {@value #YEARS} years from the election day. */
    void elected(
            String county, String townshipName, String unitName, LocalDate electionDay, String source, Instant at) {
        if (county != null) {
            this.county = county;
        }
        this.townshipName = townshipName;
        this.unitName = unitName;
        this.termStart = electionDay;
        this.termEnd = endOf(electionDay);
        this.source = source;
        this.recordedAt = at;
    }

    public static LocalDate endOf(LocalDate electionDay) {
        return electionDay.plusYears(YEARS);
    }

    public Long getId() {
        return id;
    }

    public TermBody getBody() {
        return body;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getCounty() {
        return county;
    }

    public String getTownshipCode() {
        return townshipCode;
    }

    public String getTownshipName() {
        return townshipName;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getUnitName() {
        return unitName;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public String getSource() {
        return source;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
