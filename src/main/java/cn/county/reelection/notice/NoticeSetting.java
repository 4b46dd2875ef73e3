package cn.county.reelection.notice;

import jakarta.persistence.*;

/**
 * One notice setting of a campaign: a group robot of the county ({@code target} {@value #COUNTY}) or of a
 * township (its code), or the e-mail address of a role ({@code target} the group id). The county's latest
 * campaign's settings apply, also to its townships' village campaigns.
 */
@Entity
@Table(name = "RE_NOTICE_SETTING", indexes = @Index(columnList = "countyCode,kind,target"))
public class NoticeSetting {

    public static final String COUNTY = "county";

    public enum Kind {
        WEBHOOK,
        EMAIL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long campaignId;

    @Column(nullable = false, length = 32)
    private String countyCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Kind kind;

    @Column(nullable = false, length = 64)
    private String target;

    @Column(name = "setting_value", nullable = false, length = 500)
    private String value;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private WebhookFormat format;

    private boolean markdown;

    protected NoticeSetting() {}

    NoticeSetting(
            Long campaignId,
            String countyCode,
            Kind kind,
            String target,
            String value,
            WebhookFormat format,
            boolean markdown) {
        this.campaignId = campaignId;
        this.countyCode = countyCode;
        this.kind = kind;
        this.target = target;
        this.value = value;
        this.format = format;
        this.markdown = markdown;
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public Kind getKind() {
        return kind;
    }

    public String getTarget() {
        return target;
    }

    public String getValue() {
        return value;
    }

    public WebhookFormat getFormat() {
        return format;
    }

    public boolean isMarkdown() {
        return markdown;
    }
}
