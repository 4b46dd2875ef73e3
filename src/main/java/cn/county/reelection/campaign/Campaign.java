package cn.county.reelection.campaign;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** One county's re-election of one year: its deadlines and its townships. */
@Entity
@Table(name = "RE_CAMPAIGN")
public class Campaign extends CampaignBase {

    /** The process each township of a campaign runs (T1–T9). */
    public static final String PROCESS_KEY = "townshipReelection";

    @Column(nullable = false, length = 50)
    private String county;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "RE_CAMPAIGN_DEADLINE", joinColumns = @JoinColumn(name = "campaign_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "step", length = 4)
    @Column(name = "due_date", nullable = false)
    private Map<Step, LocalDate> deadlines = new EnumMap<>(Step.class);

    /** The campaign's own days off on top of the holiday table. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "RE_CAMPAIGN_HOLIDAY", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "calendar_day", nullable = false)
    private Set<LocalDate> holidays = new TreeSet<>();

    /** The campaign's own working days (e.g. a Saturday worked), on top of the holiday table. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "RE_CAMPAIGN_WORKDAY", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "calendar_day", nullable = false)
    private Set<LocalDate> workdays = new TreeSet<>();

    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Township> townships = new ArrayList<>();

    protected Campaign() {}

    public Campaign(
            String county,
            String countyCode,
            int year,
            Map<Step, LocalDate> deadlines,
            Instant createdAt,
            String createdBy) {
        super(countyCode, year, createdAt, createdBy);
        this.county = county;
        this.deadlines.putAll(deadlines);
    }

    public void setCalendar(Set<LocalDate> holidays, Set<LocalDate> workdays) {
        this.holidays.clear();
        this.holidays.addAll(holidays);
        this.workdays.clear();
        this.workdays.addAll(workdays);
    }

    public Township addTownship(String code, String name) {
        return addTownship(code, name, businessKey(code));
    }

    /** A township under another business key: a dry run's, which must not clash with the real one. */
    public Township addTownship(String code, String name, String businessKey) {
        Township township = new Township(this, code, name, businessKey);
        townships.add(township);
        return township;
    }

    public String getCounty() {
        return county;
    }

    public Map<Step, LocalDate> getDeadlines() {
        return deadlines;
    }

    public List<Township> getTownships() {
        return townships;
    }

    public Set<LocalDate> getHolidays() {
        return new TreeSet<>(holidays);
    }

    public Set<LocalDate> getWorkdays() {
        return new TreeSet<>(workdays);
    }
}
