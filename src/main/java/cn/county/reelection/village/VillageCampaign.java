package cn.county.reelection.village;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One township's campaign to re-elect its villages' and communities' two committees (V1–V9). */
@Entity
@Table(name = "RE_VILLAGE_CAMPAIGN")
public class VillageCampaign {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 32)
  private String townshipCode;

  @Column(nullable = false, length = 50)
  private String townshipName;

  @Column(nullable = false, length = 32)
  private String countyCode;

  @Column(name = "campaign_year", nullable = false)
  private int year;

  @Column(nullable = false)
  private Instant createdAt;

  @Column(length = 64)
  private String createdBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "RE_VILLAGE_CAMPAIGN_DEADLINE", joinColumns = @JoinColumn(name = "campaign_id"))
  @MapKeyEnumerated(EnumType.STRING)
  @MapKeyColumn(name = "step", length = 24)
  @Column(name = "due_date", nullable = false)
  private Map<VillageStep, LocalDate> deadlines = new EnumMap<>(VillageStep.class);

  @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Village> villages = new ArrayList<>();

  protected VillageCampaign() {}

  public VillageCampaign(String townshipCode, String townshipName, String countyCode, int year,
      Map<VillageStep, LocalDate> deadlines, Instant createdAt, String createdBy) {
    this.townshipCode = townshipCode;
    this.townshipName = townshipName;
    this.countyCode = countyCode;
    this.year = year;
    this.deadlines.putAll(deadlines);
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  public Village addVillage(String code, String name, Variant variant, int households) {
    Village village = new Village(this, code, name, variant, households, year + "-" + code);
    villages.add(village);
    return village;
  }

  public Long getId() { return id; }
  public String getTownshipCode() { return townshipCode; }
  public String getTownshipName() { return townshipName; }
  public String getCountyCode() { return countyCode; }
  public int getYear() { return year; }
  public Instant getCreatedAt() { return createdAt; }
  public String getCreatedBy() { return createdBy; }
  public Map<VillageStep, LocalDate> getDeadlines() { return deadlines; }
  public List<Village> getVillages() { return villages; }
}
