package cn.county.reelection.village;

import cn.county.reelection.campaign.CampaignBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One township's campaign to re-elect its villages' and communities' two committees (V1–V10). */
@Entity
@Table(name = "RE_VILLAGE_CAMPAIGN")
public class VillageCampaign extends CampaignBase {

    @Column(nullable = false, length = 32)
    private String townshipCode;

    @Column(nullable = false, length = 50)
    private String townshipName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "RE_VILLAGE_CAMPAIGN_DEADLINE", joinColumns = @JoinColumn(name = "campaign_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "step", length = 24)
    @Column(name = "due_date", nullable = false)
    private Map<VillageStep, LocalDate> deadlines = new EnumMap<>(VillageStep.class);

    /** V7: when its villages choose representatives and group leaders; null (campaigns before the choice) is 篇四's order. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private RepresentativesOrder representativesOrder;

    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Village> villages = new ArrayList<>();

    protected VillageCampaign() {}

    public VillageCampaign(
            String townshipCode,
            String townshipName,
            String countyCode,
            int year,
            Map<VillageStep, LocalDate> deadlines,
            Instant createdAt,
            String createdBy) {
        this(townshipCode, townshipName, countyCode, year, deadlines, null, createdAt, createdBy);
    }

    public VillageCampaign(
            String townshipCode,
            String townshipName,
            String countyCode,
            int year,
            Map<VillageStep, LocalDate> deadlines,
            RepresentativesOrder representativesOrder,
            Instant createdAt,
            String createdBy) {
        super(countyCode, year, createdAt, createdBy);
        this.representativesOrder = RepresentativesOrder.orDefault(representativesOrder);
        this.townshipCode = townshipCode;
        this.townshipName = townshipName;
        this.deadlines.putAll(deadlines);
    }

    public Village addVillage(String code, String name, Variant variant, int households) {
        return addVillage(code, name, variant, households, null);
    }

    /** A village, or a community electing at {@code meeting} (V3; null for a village). */
    public Village addVillage(String code, String name, Variant variant, int households, ElectionMeeting meeting) {
        Village village = new Village(this, code, name, variant, households, businessKey(code));
        village.setMeeting(variant == Variant.COMMUNITY ? meeting : null);
        villages.add(village);
        return village;
    }

    public String getTownshipCode() {
        return townshipCode;
    }

    public String getTownshipName() {
        return townshipName;
    }

    public Map<VillageStep, LocalDate> getDeadlines() {
        return deadlines;
    }

    public RepresentativesOrder getRepresentativesOrder() {
        return RepresentativesOrder.orDefault(representativesOrder);
    }

    public List<Village> getVillages() {
        return villages;
    }
}
