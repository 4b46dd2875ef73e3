package cn.county.reelection.vetting;

import cn.county.reelection.campaign.Township;
import jakarta.persistence.*;
import java.time.LocalDate;

/** A person on one of the township's lists: delegate candidates of an organisation, or nominees. */
@Entity
@Table(name = "RE_CANDIDATE", indexes = @Index(columnList = "township_id, list"))
public class CandidateRecord {

    public enum ListKind {
        DELEGATE_CANDIDATE,
        COMMITTEE_NOMINEE,
        DISCIPLINE_NOMINEE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Township township;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ListKind list;

    @Column(length = 40)
    private String organisationCode;

    @Column(nullable = false, length = 40)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(length = 1)
    private Person.Gender gender;

    private LocalDate birthDate;

    @Column(length = 20)
    private String ethnicity;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Person.Education education;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Person.Category category;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private Person.Post post;

    protected CandidateRecord() {}

    public CandidateRecord(Township township, ListKind list, String organisationCode, Person person) {
        this.township = township;
        this.list = list;
        this.organisationCode = organisationCode;
        this.name = person.name().trim();
        this.gender = person.gender();
        this.birthDate = person.birthDate();
        this.ethnicity = person.ethnicity();
        this.education = person.education();
        this.category = person.category();
        this.post = person.post();
    }

    public Person toPerson() {
        return new Person(name, gender, birthDate, ethnicity, education, category, post);
    }

    public Long getId() {
        return id;
    }

    public Township getTownship() {
        return township;
    }

    public ListKind getList() {
        return list;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public String getName() {
        return name;
    }

    public Person.Gender getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public Person.Education getEducation() {
        return education;
    }

    public Person.Category getCategory() {
        return category;
    }

    public Person.Post getPost() {
        return post;
    }
}
