package cn.county.reelection.congress;

import cn.county.reelection.campaign.Township;
import jakarta.persistence.*;

/**
 * T5, T6: one of the congress's lists of a township, whole, as JSON text: the agenda (议程) and the presidium (主席团)
 * as lists of lines, the delegations (代表团分组) as groups of delegates. A list is written and read whole; a row per
 * line cost a statement, an index entry and a flushed entity each, some 30 per township.
 */
@Entity
@Table(name = "RE_CONGRESS_LIST", uniqueConstraints = @UniqueConstraint(columnNames = {"township_id", "kind"}))
public class CongressList {

    public enum Kind {
        AGENDA,
        PRESIDIUM,
        DELEGATION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Township township;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    // plain long text rather than @Lob: PostgreSQL would store a Lob as a large object (oid)
    @Column(nullable = false, length = 1_000_000)
    private String content;

    protected CongressList() {}

    public CongressList(Township township, Kind kind, String content) {
        this.township = township;
        this.kind = kind;
        this.content = content;
    }

    public Kind getKind() {
        return kind;
    }

    public String getContent() {
        return content;
    }
}
