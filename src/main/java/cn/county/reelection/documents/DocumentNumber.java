package cn.county.reelection.documents;

import cn.county.reelection.campaign.Township;
import jakarta.persistence.*;

/**
 * R15: the document number (发文字号) one township's document carries, e.g. 羊党请〔2026〕1号: one sequence per
 * issuing organ and year; a document keeps its number when it is built again (a preview, a resubmission).
 */
@Entity
@Table(
        name = "RE_DOCUMENT_NUMBER",
        uniqueConstraints = {
            @UniqueConstraint(columnNames = {"township_id", "kind"}),
            @UniqueConstraint(columnNames = {"township_id", "issue_year", "number"})
        })
public class DocumentNumber {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Township township;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private DocumentKind kind;

    @Column(name = "issue_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int number;

    protected DocumentNumber() {}

    DocumentNumber(Township township, DocumentKind kind, int year, int number) {
        this.township = township;
        this.kind = kind;
        this.year = year;
        this.number = number;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public int getYear() {
        return year;
    }

    public int getNumber() {
        return number;
    }
}
