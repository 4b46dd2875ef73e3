package cn.county.reelection.village;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * V1: voter registration without duplicates, omissions or errors (不重登、不漏登、不错登). Plain Java.
 *
 * <ul>
 *   <li>missing name or ID number: reported (omission of a required field);
 *   <li>an ID number failing GB 11643 ({@link IdNumber}), or a birth-date column that disagrees with
 *       it: reported as an error (错登);
 *   <li>the same ID number a second time in the register: the later line is reported (重登), the first
 *       stays on the list;
 *   <li>under 18 on election day *(choice: the age is that of the ID number's birth date; 18 years old on
 *       the election day itself counts)*: reported, not on the list;
 *   <li>already on the register of another village of the same campaign: reported, not on this list
 *       *(choice: the village that registered the person first keeps them; the person must choose)*.
 * </ul>
 */
public final class RegisterCheck {

    /** The outcome: who is on the list and every line left off, with why. */
    public record Result(List<Voter> voters, List<RegisterProblem> problems) {

        public long count(RegisterProblem.Kind kind) {
            return problems.stream().filter(p -> p.kind() == kind).count();
        }
    }

    /**
     * @param electionDay the day ages are taken on
     * @param elsewhere ID numbers already registered in the campaign's other villages → that village's name
     */
    public Result check(List<VoterRow> rows, LocalDate electionDay, Map<String, String> elsewhere) {
        List<Voter> voters = new ArrayList<>();
        List<RegisterProblem> problems = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (VoterRow r : rows) {
            String name = r.name() == null ? "" : r.name().trim();
            String raw = r.idNumber() == null ? "" : r.idNumber().trim();
            if (name.isEmpty() || raw.isEmpty()) {
                problems.add(new RegisterProblem(
                        r.row(),
                        name,
                        raw,
                        RegisterProblem.Kind.MISSING_FIELD,
                        "第%d行缺少%s".formatted(r.row(), name.isEmpty() ? "姓名" : "身份证号码")));
                continue;
            }
            Optional<String> valid = IdNumber.valid(raw);
            if (valid.isEmpty()) {
                problems.add(new RegisterProblem(
                        r.row(),
                        name,
                        raw,
                        RegisterProblem.Kind.INVALID_ID,
                        "第%d行%s的身份证号码%s不正确（位数、出生日期或校验码不符）".formatted(r.row(), name, raw)));
                continue;
            }
            String id = valid.get();
            LocalDate birth = IdNumber.birthDate(id).orElseThrow();
            Optional<LocalDate> written = parseDate(r.birthDate());
            if (written.isPresent() && !written.get().equals(birth)) {
                problems.add(new RegisterProblem(
                        r.row(),
                        name,
                        id,
                        RegisterProblem.Kind.BIRTH_DATE_MISMATCH,
                        "第%d行%s的出生日期%s与身份证号码（%s）不符".formatted(r.row(), name, written.get(), birth)));
                continue;
            }
            Integer earlier = firstRow.putIfAbsent(id, r.row());
            if (earlier != null) {
                problems.add(new RegisterProblem(
                        r.row(),
                        name,
                        id,
                        RegisterProblem.Kind.DUPLICATE,
                        "第%d行%s与第%d行身份证号码相同，重复登记".formatted(r.row(), name, earlier)));
                continue;
            }
            if (birth.plusYears(18).isAfter(electionDay)) {
                problems.add(new RegisterProblem(
                        r.row(),
                        name,
                        id,
                        RegisterProblem.Kind.UNDER_18,
                        "第%d行%s（%s出生）到选举日%s未满十八周岁".formatted(r.row(), name, birth, electionDay)));
                continue;
            }
            String other = elsewhere.get(id);
            if (other != null) {
                problems.add(new RegisterProblem(
                        r.row(),
                        name,
                        id,
                        RegisterProblem.Kind.OTHER_VILLAGE,
                        "第%d行%s已在%s登记为选民，不能在两地登记".formatted(r.row(), name, other)));
                continue;
            }
            voters.add(new Voter(r.row(), name, id, IdNumber.gender(id), birth, blankToNull(r.group())));
        }
        return new Result(voters, problems);
    }

    private static Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim().replace('/', '-').replace('.', '-');
        try {
            return Optional.of(LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDate.parse(t, DateTimeFormatter.ofPattern("yyyy-M-d")));
            } catch (DateTimeParseException again) {
                return Optional.empty(); // an unreadable date column: the ID number's date stands
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
