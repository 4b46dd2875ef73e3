package cn.county.reelection.vetting;

import cn.county.reelection.campaign.Township;
import jakarta.persistence.*;

/**
 * One of a township's lists of people, whole, as JSON text (an array of {@link Person}, in the order entered): the
 * delegate candidates of one organisation (T3, R3), or the committee or the discipline committee nominees (T4, R5). A
 * list is written and read whole; a row per person cost a statement, two index entries and a flushed entity each,
 * about a hundred per township. {@link CandidateLists} reads and writes them.
 */
@Entity
@Table(name = "RE_CANDIDATE", indexes = @Index(columnList = "township_id, list"))
public class CandidateList {

    public enum ListKind {
        DELEGATE_CANDIDATE,
        COMMITTEE_NOMINEE,
        DISCIPLINE_NOMINEE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Township township;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ListKind list;

    /** The organisation whose delegate candidates these are; null for the nominee lists. */
    @Column(length = 40)
    private String organisationCode;

    // plain long text rather than @Lob: PostgreSQL would store a Lob as a large object (oid)
    @Column(nullable = false, length = 1_000_000)
    private String persons;

    protected CandidateList() {}

    CandidateList(Township township, ListKind list, String organisationCode, String persons) {
        this.township = township;
        this.list = list;
        this.organisationCode = organisationCode;
        this.persons = persons;
    }

    public Township getTownship() {
        return township;
    }

    public ListKind getList() {
        return list;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    String getPersons() {
        return persons;
    }
}
