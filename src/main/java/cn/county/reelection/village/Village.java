package cn.county.reelection.village;

import cn.county.reelection.campaign.CampaignUnit;
import jakarta.persistence.*;
import java.time.LocalDate;

/** One village or community of a campaign, with what its process has recorded so far. */
@Entity
@Table(name = "RE_VILLAGE", uniqueConstraints = @UniqueConstraint(columnNames = "businessKey"))
// RE_VILLAGE's business key column is wider than RE_TOWNSHIP's, and the schema stays as Flyway made it
@AttributeOverride(name = "businessKey", column = @Column(nullable = false, length = 48))
public class Village extends CampaignUnit {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private VillageCampaign campaign;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Variant variant;

    private int households;

    /** V3: where a community elects its residents' committee; null for a village (二合一). */
    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private ElectionMeeting meeting;

    /** V1: the election day ages were taken on at the last import, and when it was imported. */
    private LocalDate registerElectionDay;

    private int registerLines;

    /** V7: representatives and group leaders chosen before or after the committee election. */
    private int representatives;

    private int groupLeaders;

    /** V4: who took part in the valid first ballot of the committee election. */
    private int tookPart;

    // plain long text rather than @Lob (PostgreSQL), as congress/RaceRecord
    @Column(length = 100_000)
    private String committeeCandidatesJson;

    @Column(length = 100_000)
    private String outcomeJson;

    /** The finished races (committee, branch committee, branch secretary and deputy secretary) by name, as JSON. */
    @Column(length = 100_000)
    private String racesJson;

    protected Village() {}

    Village(VillageCampaign campaign, String code, String name, Variant variant, int households, String businessKey) {
        super(code, name, businessKey);
        this.campaign = campaign;
        this.variant = variant;
        this.households = households;
    }

    public VillageCampaign getCampaign() {
        return campaign;
    }

    public Variant getVariant() {
        return variant;
    }

    public int getHouseholds() {
        return households;
    }
    /** V3: a community's election meeting; a community stored before the choice elected at its representatives meeting. */
    public ElectionMeeting getMeeting() {
        return variant == Variant.COMMUNITY && meeting == null ? ElectionMeeting.REPRESENTATIVES_MEETING : meeting;
    }

    void setMeeting(ElectionMeeting meeting) {
        this.meeting = meeting;
    }
    /** V3: whether the residents' representatives elect the committee (those entitled are the representatives, V7). */
    public boolean representativesElect() {
        return getMeeting() == ElectionMeeting.REPRESENTATIVES_MEETING;
    }

    public LocalDate getRegisterElectionDay() {
        return registerElectionDay;
    }

    public void setRegisterElectionDay(LocalDate registerElectionDay) {
        this.registerElectionDay = registerElectionDay;
    }

    public int getRegisterLines() {
        return registerLines;
    }

    public void setRegisterLines(int registerLines) {
        this.registerLines = registerLines;
    }

    public int getRepresentatives() {
        return representatives;
    }

    public void setRepresentatives(int representatives) {
        this.representatives = representatives;
    }

    public int getGroupLeaders() {
        return groupLeaders;
    }

    public void setGroupLeaders(int groupLeaders) {
        this.groupLeaders = groupLeaders;
    }

    public int getTookPart() {
        return tookPart;
    }

    public void setTookPart(int tookPart) {
        this.tookPart = tookPart;
    }

    public String getCommitteeCandidatesJson() {
        return committeeCandidatesJson;
    }

    public void setCommitteeCandidatesJson(String json) {
        this.committeeCandidatesJson = json;
    }

    public String getRacesJson() {
        return racesJson;
    }

    public void setRacesJson(String racesJson) {
        this.racesJson = racesJson;
    }

    public String getOutcomeJson() {
        return outcomeJson;
    }

    public void setOutcomeJson(String outcomeJson) {
        this.outcomeJson = outcomeJson;
    }
}
