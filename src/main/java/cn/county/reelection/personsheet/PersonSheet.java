package cn.county.reelection.personsheet;

import cn.county.reelection.sheet.SheetError;
import cn.county.reelection.sheet.SheetException;
import cn.county.reelection.sheet.SheetReader;
import cn.county.reelection.sheet.SheetReader.Cell;
import cn.county.reelection.sheet.SheetReader.Line;
import cn.county.reelection.sheet.SheetReader.Table;
import cn.county.reelection.text.Names;
import cn.county.reelection.vetting.Person;
import cn.county.reelection.village.Candidate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads a person list from an uploaded spreadsheet (.xlsx or CSV, read by the shared {@link SheetReader}).
 *
 * <p>The header row names the columns (any order, variants such as 文化程度 for 学历, spaces and full-width
 * brackets ignored; other columns are ignored); a title above the header is allowed. Every cell is checked and
 * every problem reported with its sheet, row, column letter and header; the list comes back only when the whole
 * file is good, otherwise a {@link PersonSheetException} lists the problems. Empty rows are skipped.
 */
public final class PersonSheet {

    /** Most persons in one list: T3 lists are about 10–30 names, T4 19. */
    public static final int MAX_ROWS = 200;
    /** Most problems listed in one answer; the message counts them all. */
    public static final int MAX_ERRORS = SheetReader.MAX_ERRORS;
    /** The template's explanation sheet, never read as data. */
    public static final String INSTRUCTIONS_SHEET = SheetReader.INSTRUCTIONS_SHEET;
    /** The date forms an error message offers. */
    public static final String DATE_FORMS = SheetReader.DATE_FORMS;

    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final int ETHNICITY_MAX = 20;

    private PersonSheet() {}

    /** The township's lists (T3, T4): the persons of the file, in its order. */
    public static List<Person> readPersons(PersonList list, byte[] content, LocalDate today) {
        if (!list.township()) {
            throw new IllegalArgumentException(list + " is a village list");
        }
        return parse(list, content, today).stream().map(PersonSheet::person).toList();
    }

    /** The village's lists (V3): the candidates of the file, in its order. */
    public static List<Candidate> readCandidates(PersonList list, byte[] content, LocalDate today) {
        if (list.township()) {
            throw new IllegalArgumentException(list + " is a township list");
        }
        return parse(list, content, today).stream()
                .map(r -> new Candidate(r.name(), r.gender(), r.post()))
                .toList();
    }

    /** The list's persons as the process takes them: {@link Person} for township lists, {@link Candidate} for villages. */
    public static List<?> read(PersonList list, byte[] content, LocalDate today) {
        return list.township() ? readPersons(list, content, today) : readCandidates(list, content, today);
    }

    private static Person person(Parsed r) {
        return new Person(
                r.name(),
                Person.Gender.valueOf(r.gender()),
                r.birthDate(),
                r.ethnicity(),
                Person.Education.valueOf(r.education()),
                Person.Category.valueOf(r.category()),
                r.post() == null ? null : Person.Post.valueOf(r.post()));
    }

    /** One good row, in the process's codes. */
    private record Parsed(
            String name,
            String gender,
            LocalDate birthDate,
            String ethnicity,
            String education,
            String category,
            String post) {}

    private static List<Parsed> parse(PersonList list, byte[] content, LocalDate today) {
        try {
            return check(list, SheetReader.read(content), today);
        } catch (PersonSheetException e) {
            throw e;
        } catch (SheetException e) {
            throw PersonSheetException.of(e);
        }
    }

    // ---- checking ----

    /** Collects the problems of a sheet, as the shared reader does, located by this list's columns. */
    private static final class Problems {
        final SheetReader.Problems all = new SheetReader.Problems();

        void add(SheetError error) {
            all.add(error);
        }

        void at(Table table, Line line, int column, Column header, String message) {
            all.at(table, line, column, header.label(), message);
        }

        int total() {
            return all.total();
        }

        void throwIfAny() {
            if (all.total() > 0) {
                throw new PersonSheetException(all.listed(), all.total());
            }
        }
    }

    private static List<Parsed> check(PersonList list, List<Table> tables, LocalDate today) {
        // the first sheet with a header row; a workbook whose data is on a later sheet is read from there
        for (Table table : tables) {
            Optional<Line> header = table.header(Column.NAME::named);
            if (header.isPresent()) {
                return check(list, table, header.get(), today);
            }
        }
        String expected =
                String.join("、", list.columns().stream().map(Column::label).toList());
        throw PersonSheetException.ofFile(tables.get(0).sheet(), "找不到表头：第1行应为列名（%s）".formatted(expected));
    }

    private static List<Parsed> check(PersonList list, Table table, Line header, LocalDate today) {
        Problems problems = new Problems();
        Map<Column, Integer> index = new EnumMap<>(Column.class);
        for (int c = 0; c < header.cells().size(); c++) {
            String text = header.cell(c).text();
            for (Column column : list.columns()) {
                if (column.named(text)) {
                    Integer earlier = index.putIfAbsent(column, c);
                    if (earlier != null) {
                        problems.at(
                                table,
                                header,
                                c,
                                column,
                                "“%s”列重复：%s列已是此列"
                                        .formatted(column.label(), CellReference.convertNumToColString(earlier)));
                    }
                }
            }
        }
        for (Column column : list.columns()) {
            if (!index.containsKey(column)) {
                problems.add(new SheetError(
                        table.sheet(), header.row(), null, column.label(), "缺少“%s”列".formatted(column.label())));
            }
        }
        problems.throwIfAny();

        List<Line> data = table.lines().stream()
                .filter(l -> l.row() > header.row())
                .filter(l -> index.values().stream().anyMatch(c -> !l.cell(c).blank()))
                .toList();
        if (data.isEmpty()) {
            throw PersonSheetException.ofFile(table.sheet(), "表头下面没有人员：请从第%d行起每行填写一人".formatted(header.row() + 1));
        }
        if (data.size() > MAX_ROWS) {
            problems.add(SheetError.ofFile(table.sheet(), "名单最多%d人，文件中有%d人".formatted(MAX_ROWS, data.size())));
        }
        List<Parsed> rows = new ArrayList<>();
        Map<String, Integer> firstRowOfName = new HashMap<>();
        for (Line line : data) {
            rows.add(row(list, table, line, index, today, problems, firstRowOfName));
        }
        problems.throwIfAny();
        return rows;
    }

    private static Parsed row(
            PersonList list,
            Table table,
            Line line,
            Map<Column, Integer> index,
            LocalDate today,
            Problems problems,
            Map<String, Integer> firstRowOfName) {
        Map<Column, Object> values = new EnumMap<>(Column.class);
        for (Column column : list.columns()) {
            int c = index.get(column);
            Consumer<String> problem = message -> problems.at(table, line, c, column, message);
            Object value = switch (column) {
                case NAME -> name(line.cell(c).text(), line.row(), firstRowOfName, problem);
                case GENDER -> choice(Vocabulary.GENDERS, line.cell(c).text(), "性别", problem);
                case BIRTH_DATE -> birthDate(line.cell(c), table.date1904(), today, problem);
                case ETHNICITY -> ethnicity(line.cell(c).text(), problem);
                case EDUCATION -> choice(Vocabulary.EDUCATIONS, line.cell(c).text(), "学历", problem);
                case CATEGORY -> choice(Vocabulary.CATEGORIES, line.cell(c).text(), "人员类别", problem);
                case POST -> post(list, line.cell(c).text(), problem);
            };
            values.put(column, value);
        }
        return new Parsed(
                (String) values.get(Column.NAME),
                (String) values.get(Column.GENDER),
                (LocalDate) values.get(Column.BIRTH_DATE),
                (String) values.get(Column.ETHNICITY),
                (String) values.get(Column.EDUCATION),
                (String) values.get(Column.CATEGORY),
                (String) values.get(Column.POST));
    }

    private static String name(String text, int row, Map<String, Integer> firstRowOfName, Consumer<String> problem) {
        String name = text.strip();
        Optional<String> refused = Names.problem(name, Names.PERSON_MAX);
        if (refused.isPresent()) {
            problem.accept("姓名" + refused.get());
            return null;
        }
        Integer first = firstRowOfName.putIfAbsent(name, row);
        if (first != null) {
            problem.accept("姓名“%s”重复：第%d行已有此人".formatted(name, first));
        }
        return name;
    }

    private static String choice(List<Choice> choices, String text, String label, Consumer<String> problem) {
        if (text.isBlank()) {
            problem.accept("%s必须填写（%s）".formatted(label, Vocabulary.labels(choices)));
            return null;
        }
        Optional<Choice> choice = Vocabulary.match(choices, text);
        if (choice.isEmpty()) {
            problem.accept("%s“%s”无法识别：应填%s之一".formatted(label, shown(text), Vocabulary.labels(choices)));
            return null;
        }
        return choice.get().code();
    }

    private static String post(PersonList list, String text, Consumer<String> problem) {
        if (text.isBlank()) {
            problem.accept("拟任职务必须填写（%s）".formatted(Vocabulary.labels(list.posts())));
            return null;
        }
        Optional<Choice> post = Vocabulary.match(list.posts(), text);
        if (post.isPresent()) {
            return post.get().code();
        }
        // a post of the other township list: say so rather than "unknown"
        for (PersonList other : PersonList.values()) {
            if (other != list
                    && other.township() == list.township()
                    && Vocabulary.match(other.posts(), text).isPresent()) {
                problem.accept("“%s”是%s的职务，%s的拟任职务应为%s之一"
                        .formatted(shown(text), other.title(), list.title(), Vocabulary.labels(list.posts())));
                return null;
            }
        }
        problem.accept("拟任职务“%s”无法识别：应填%s之一".formatted(shown(text), Vocabulary.labels(list.posts())));
        return null;
    }

    private static String ethnicity(String text, Consumer<String> problem) {
        String ethnicity = Vocabulary.ethnicity(text);
        Optional<String> refused = Names.problem(ethnicity, ETHNICITY_MAX);
        if (refused.isPresent()) {
            problem.accept("民族" + refused.get());
            return null;
        }
        return ethnicity;
    }

    private static LocalDate birthDate(Cell cell, boolean date1904, LocalDate today, Consumer<String> problem) {
        if (cell.blank()) {
            problem.accept("出生日期必须填写（如1980-05-01）");
            return null;
        }
        LocalDate date;
        try {
            date = SheetReader.date(cell, date1904);
        } catch (DateTimeException e) {
            problem.accept("出生日期“%s”不是有效的日期".formatted(shown(cell.text())));
            return null;
        }
        if (date == null) {
            problem.accept("出生日期“%s”无法识别：可填写%s".formatted(shown(cell.text()), DATE_FORMS));
            return null;
        }
        if (!date.isBefore(today) || date.isBefore(EARLIEST_BIRTH)) {
            problem.accept("出生日期%s不合理：应早于今天且不早于1900年1月1日".formatted(date));
            return null;
        }
        return date;
    }

    private static String shown(String text) {
        return SheetReader.shown(text);
    }
}
