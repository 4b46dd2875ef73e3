package cn.county.reelection.congress;

import cn.county.reelection.campaign.Township;
import jakarta.persistence.*;

/**
 * T5, T6: one line of the congress's lists: an agenda item (议程), a member of the presidium (主席团), or a
 * delegate in a delegation (代表团分组, with the delegation's name).
 */
@Entity
@Table(name = "RE_CONGRESS_LIST", indexes = @Index(columnList = "township_id, kind"))
public class CongressListEntry {

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

    /** The delegation a delegate belongs to; null for agenda items and presidium members. */
    @Column(length = 40)
    private String groupName;

    private int position;

    @Column(nullable = false, length = 200)
    private String text;

    protected CongressListEntry() {}

    public CongressListEntry(Township township, Kind kind, String groupName, int position, String text) {
        this.township = township;
        this.kind = kind;
        this.groupName = groupName;
        this.position = position;
        this.text = text;
    }

    public Kind getKind() {
        return kind;
    }

    public String getGroupName() {
        return groupName;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }
}
