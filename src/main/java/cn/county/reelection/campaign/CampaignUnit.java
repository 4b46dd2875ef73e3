package cn.county.reelection.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What a township of a county's campaign and a village (or community) of a township's campaign both are: a coded,
 * named place that runs one process instance of its own under its business key.
 */
@MappedSuperclass
public abstract class CampaignUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 50)
    private String name;

    @Column(nullable = false, length = 40)
    private String businessKey;

    @Column(length = 64)
    private String processInstanceId;

    protected CampaignUnit() {}

    protected CampaignUnit(String code, String name, String businessKey) {
        this.code = code;
        this.name = name;
        this.businessKey = businessKey;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }
}
