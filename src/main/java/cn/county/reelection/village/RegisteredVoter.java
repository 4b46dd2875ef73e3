package cn.county.reelection.village;

import jakarta.persistence.*;
import java.time.LocalDate;

/** A voter on a village's published list (V1), or a line the check reported ({@code problem} set). */
@Entity
@Table(
        name = "RE_VILLAGE_VOTER",
        indexes = {@Index(columnList = "village_id"), @Index(columnList = "idNumber")})
public class RegisteredVoter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Village village;

    @Column(name = "line_no", nullable = false)
    private int row;

    @Column(length = 40)
    private String name;

    @Column(length = 32)
    private String idNumber;

    @Column(length = 1)
    private String gender;

    private LocalDate birthDate;

    @Column(name = "group_name", length = 40)
    private String group;

    /** Null for a voter on the list; otherwise why the line is not on it. */
    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private RegisterProblem.Kind problem;

    @Column(length = 500)
    private String message;

    protected RegisteredVoter() {}

    static RegisteredVoter of(Village village, Voter v) {
        RegisteredVoter r = new RegisteredVoter();
        r.village = village;
        r.row = v.row();
        r.name = v.name();
        r.idNumber = v.idNumber();
        r.gender = v.gender();
        r.birthDate = v.birthDate();
        r.group = v.group();
        return r;
    }

    static RegisteredVoter of(Village village, RegisterProblem p) {
        RegisteredVoter r = new RegisteredVoter();
        r.village = village;
        r.row = p.row();
        r.name = cut(p.name(), 40);
        r.idNumber = cut(p.idNumber(), 32);
        r.problem = p.kind();
        r.message = cut(p.message(), 500);
        return r;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Voter voter() {
        return new Voter(row, name, idNumber, gender, birthDate, group);
    }

    public RegisterProblem asProblem() {
        return new RegisterProblem(row, name, idNumber, problem, message);
    }

    public Village getVillage() {
        return village;
    }

    public int getRow() {
        return row;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public RegisterProblem.Kind getProblem() {
        return problem;
    }
}
