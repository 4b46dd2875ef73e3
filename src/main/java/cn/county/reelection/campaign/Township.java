package cn.county.reelection.campaign;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One township of a campaign; runs one {@code townshipReelection} process instance. */
@Entity
@Table(name = "RE_TOWNSHIP", uniqueConstraints = @UniqueConstraint(columnNames = "businessKey"))
public class Township extends CampaignUnit {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Campaign campaign;

    // the T1 plan
    private LocalDate congressDate;
    private Integer delegateQuota;
    private Integer committeeSeats;
    private Integer disciplineSeats;
    private Integer countyDelegateSeats;

    @OneToMany(mappedBy = "township", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Organisation> organisations = new ArrayList<>();

    protected Township() {}

    Township(Campaign campaign, String code, String name, String businessKey) {
        super(code, name, businessKey);
        this.campaign = campaign;
    }

    public Organisation addOrganisation(String code, String name, int members) {
        Organisation organisation = new Organisation(this, code, name, members);
        organisations.add(organisation);
        return organisation;
    }

    public void recordPlan(
            LocalDate congressDate,
            int delegateQuota,
            int committeeSeats,
            int disciplineSeats,
            int countyDelegateSeats) {
        this.congressDate = congressDate;
        this.delegateQuota = delegateQuota;
        this.committeeSeats = committeeSeats;
        this.disciplineSeats = disciplineSeats;
        this.countyDelegateSeats = countyDelegateSeats;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public LocalDate getCongressDate() {
        return congressDate;
    }

    public Integer getDelegateQuota() {
        return delegateQuota;
    }

    public Integer getCommitteeSeats() {
        return committeeSeats;
    }

    public Integer getDisciplineSeats() {
        return disciplineSeats;
    }

    public Integer getCountyDelegateSeats() {
        return countyDelegateSeats;
    }

    public List<Organisation> getOrganisations() {
        return organisations;
    }
}
