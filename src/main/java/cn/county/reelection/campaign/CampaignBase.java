package cn.county.reelection.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** What a county's township campaign (T1–T9) and a township's village campaign (V1–V9) both are: whose, which year, started by whom. */
@MappedSuperclass
public abstract class CampaignBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String countyCode;

    @Column(name = "campaign_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(length = 64)
    private String createdBy;

    protected CampaignBase() {}

    protected CampaignBase(String countyCode, int year, Instant createdAt, String createdBy) {
        this.countyCode = countyCode;
        this.year = year;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** The business key of a unit's process instance in this campaign ({@link Codes#businessKey}). */
    protected String businessKey(String unitCode) {
        return Codes.businessKey(year, unitCode);
    }

    public Long getId() {
        return id;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public int getYear() {
        return year;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
