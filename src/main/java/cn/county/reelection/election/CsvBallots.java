package cn.county.reelection.election;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * R10: anonymous ballots in bulk. One ballot a row, the names it marks in its cells; an empty row is a
 * blank ballot (cast, no yes); a row marking more names than seats is void, and a name off the list a
 * write-in — {@link BallotCounter} applies those rules to what this reads. No header; lines starting with
 * {@code #} are comments; a UTF-8 byte order mark, quotes and CRLF are handled by Commons CSV. The file
 * carries no voter: nothing but the marked names is read.
 */
public final class CsvBallots {

    public static final int MAX_BALLOTS = 100_000;
    public static final int MAX_NAMES_PER_BALLOT = 200;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setIgnoreEmptyLines(false) // an empty line is a blank ballot
            .setCommentMarker('#')
            .setTrim(true)
            .get();

    private CsvBallots() {}

    public static List<List<String>> read(Reader csv, String field) {
        List<List<String>> ballots = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(skipByteOrderMark(csv))) {
            for (CSVRecord row : parser) {
                if (ballots.size() == MAX_BALLOTS) {
                    throw new TallyInputException(field, "R10", "选票文件最多%d张选票（行）".formatted(MAX_BALLOTS));
                }
                if (row.size() > MAX_NAMES_PER_BALLOT) {
                    throw new TallyInputException(
                            field + "[" + ballots.size() + "]",
                            "R10",
                            "第%d张选票（行）超过%d列".formatted(ballots.size() + 1, MAX_NAMES_PER_BALLOT));
                }
                List<String> marked = new ArrayList<>(row.size());
                row.forEach(name -> {
                    if (!name.isEmpty()) {
                        marked.add(name);
                    }
                });
                ballots.add(marked);
            }
        } catch (IOException | UncheckedIOException e) {
            // the parser's own words are English and technical; say where the file stopped making sense
            throw new TallyInputException(
                    field, "R10", "选票文件不是有效的CSV：第%d张选票（行）附近格式不正确（引号不成对，或引号后还有文字）".formatted(ballots.size() + 1));
        }
        return ballots;
    }

    private static Reader skipByteOrderMark(Reader csv) throws IOException {
        PushbackReader reader = new PushbackReader(csv, 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }
}
