package cn.county.reelection.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** R10: anonymous ballots uploaded as CSV, read and counted by the same counter as every other tally. */
class CsvBallotsTest {

    static final List<String> CANDIDATES = List.of("甲", "乙", "丙", "丁", "戊");

    @Test
    void r10_tenThousandBallotsWithVoidBlankAndWriteInRows_tallyExactly() {
        // 6,000 × three listed names, 1,500 × two, 1,000 blank, 800 void (four names for three seats),
        // 700 × a listed name and a write-in — shuffled, with CRLF, quotes and a byte order mark
        List<String> rows = new ArrayList<>();
        rows.addAll(Collections.nCopies(6_000, "甲,乙,丙"));
        rows.addAll(Collections.nCopies(1_500, "\"甲\",丁"));
        rows.addAll(Collections.nCopies(1_000, ""));
        rows.addAll(Collections.nCopies(800, "甲,乙,丙,丁"));
        rows.addAll(Collections.nCopies(700, "戊, 王五 "));
        Collections.shuffle(rows, new Random(20261125));
        String csv = "\uFEFF" + String.join("\r\n", rows) + "\r\n";

        List<List<String>> ballots = CsvBallots.read(new StringReader(csv), "ballotsCsv");
        TallyResult result = new BallotCounter()
                .count(TallyInput.ofBallots(RaceKind.COMPETITIVE, 3, null, 10_000, 10_000, CANDIDATES, ballots));

        assertThat(ballots).hasSize(10_000);
        assertThat(result.valid()).isTrue();
        assertThat(result.ballotsCast()).isEqualTo(10_000);
        assertThat(result.ballotsVoid()).isEqualTo(800);
        assertThat(result.results())
                .extracting(CandidateResult::name, CandidateResult::votes, CandidateResult::writeIn)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("甲", 7_500, false), Tuple.tuple("乙", 6_000, false),
                        Tuple.tuple("丙", 6_000, false), Tuple.tuple("丁", 1_500, false),
                        Tuple.tuple("戊", 700, false), Tuple.tuple("王五", 700, true));
        assertThat(result.elected()).containsExactly("甲", "乙", "丙"); // each more than half of the 10,000 present
    }

    @Test
    void r10_emptyLineIsABlankBallot_commentsAndQuotedCommasAreRead() {
        String csv = "# 第一投票箱\n张三,李四\n\n\"欧阳,明\"\n";
        assertThat(CsvBallots.read(new StringReader(csv), "body"))
                .containsExactly(List.of("张三", "李四"), List.of(), List.of("欧阳,明"));
    }

    @Test
    void r10_moreBallotsThanVotersPresent_voidsTheWholeBallot() {
        List<List<String>> ballots = CsvBallots.read(new StringReader("甲\n甲\n甲\n"), "body");
        TallyResult result = new BallotCounter()
                .count(TallyInput.ofBallots(RaceKind.COMPETITIVE, 1, null, 2, 2, List.of("甲", "乙"), ballots));
        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).extracting(Problem::rule).contains("R10");
    }

    @Test
    void r10_tooManyRowsOrColumnsAreRefused() {
        String tooMany = "甲\n".repeat(CsvBallots.MAX_BALLOTS + 1);
        assertThatThrownBy(() -> CsvBallots.read(new StringReader(tooMany), "body"))
                .isInstanceOf(TallyInputException.class)
                .hasMessageContaining("100000");
        String wide = String.join(",", Collections.nCopies(CsvBallots.MAX_NAMES_PER_BALLOT + 1, "甲"));
        assertThatThrownBy(() -> CsvBallots.read(new StringReader(wide), "body"))
                .isInstanceOf(TallyInputException.class)
                .satisfies(e -> assertThat(((TallyInputException) e).field()).isEqualTo("body[0]"));
    }

    @Test
    void r10_unterminatedQuoteIsRefusedWithTheRule() {
        assertThatThrownBy(() -> CsvBallots.read(new StringReader("甲,\"乙\n丙\n"), "body"))
                .isInstanceOf(TallyInputException.class)
                .satisfies(e -> assertThat(((TallyInputException) e).rule()).isEqualTo("R10"));
    }
}
