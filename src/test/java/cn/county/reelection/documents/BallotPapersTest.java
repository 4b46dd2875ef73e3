package cn.county.reelection.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.county.reelection.campaign.Campaign;
import cn.county.reelection.campaign.RaceName;
import cn.county.reelection.campaign.Township;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** R12: the ballot paper and tally sheet of a race, opened with Apache POI. */
class BallotPapersTest {

    private final Township township =
            new Campaign("示例县", "demo", 2026, Map.of(), Instant.now(), "test").addTownship("TS01", "羊岑乡");

    @Test
    void r12_candidatesInSurnameStrokeOrder() {
        // first characters of 2 to 12 strokes, given in no order (neither pinyin nor code point order is the answer)
        List<String> given = List.of("曹伟", "丁一", "谢明", "李强", "王芳", "周杰", "白雪", "赵敏", "刘洋", "王小");
        List<String> sorted =
                BallotPapers.strokeOrder(given.stream()
                                .map(n -> new BallotPapers.Candidate(n, null))
                                .toList())
                        .stream()
                        .map(BallotPapers.Candidate::name)
                        .toList();
        // 丁2 王4 白5 刘6 李7 周8 赵9 曹11 谢12; two 王: the second character decides, 小3 before 芳7
        assertThat(sorted).containsExactly("丁一", "王小", "王芳", "白雪", "刘洋", "李强", "周杰", "赵敏", "曹伟", "谢明");
    }

    @Test
    void r12_competitiveBallotHasOneMarkPerNameAndAsManyBlankWriteInLinesAsSeats_thenItsTallySheet() throws Exception {
        List<BallotPapers.Candidate> candidates =
                BallotPapers.strokeOrder(List.of("周杰", "丁一", "王芳", "赵敏", "白雪", "刘洋").stream()
                        .map(n -> new BallotPapers.Candidate(n, null))
                        .toList());
        byte[] docx = BallotPapers.write(township, new BallotPapers.Ballot(RaceName.DISCIPLINE, true, 5, candidates));
        // for tools/render_document.sh
        Path out = Path.of("target", "documents", "ballot-discipline.docx");
        Files.createDirectories(out.getParent());
        Files.write(out, docx);
        XWPFDocument doc = open(docx);
        String text = new XWPFWordExtractor(doc).getText();
        assertThat(text)
                .contains("中国共产党羊岑乡代表大会", "纪委委员选举票", "应选纪委委员5名，候选人6名，按姓氏笔画为序", "纪委委员选举计票单", "监票人（签名）", "计票人（签名）");
        assertThat(text.indexOf("选举计票单")).isGreaterThan(text.indexOf("选举票"));
        List<XWPFTable> tables = doc.getTables();
        assertThat(tables).hasSize(4); // ballot: candidates, write-ins; tally sheet: candidates, write-ins
        assertThat(column(tables.get(0), 0)).containsExactly("候选人姓名", "丁一", "王芳", "白雪", "刘洋", "周杰", "赵敏");
        assertThat(column(tables.get(0), 1)).containsExactly("符号栏", "", "", "", "", "", "");
        assertThat(column(tables.get(1), 0)).containsExactly("另选他人", "", "", "", "", "");
        assertThat(column(tables.get(2), 0)).containsExactly("候选人姓名", "丁一", "王芳", "白雪", "刘洋", "周杰", "赵敏");
        assertThat(tables.get(2).getRow(0).getCell(2).getText()).isEqualTo("得票数");
        assertThat(column(tables.get(3), 0)).containsExactly("另选他人", "", "", "", "", "");
        // the tally sheet starts a page of its own
        assertThat(doc.getParagraphs().stream().anyMatch(p -> p.isPageBreak())).isTrue();
    }

    @Test
    void r12_nonCompetitiveBallotGivesAgreeDisagreeAbstainPerName_postByPost() throws Exception {
        List<BallotPapers.Candidate> candidates = List.of(
                new BallotPapers.Candidate("黄伟", "党委书记"),
                new BallotPapers.Candidate("丁一", "党委副书记"),
                new BallotPapers.Candidate("谢明", "党委副书记"));
        XWPFDocument doc =
                open(BallotPapers.write(township, new BallotPapers.Ballot(RaceName.SECRETARY, false, 3, candidates)));
        String text = new XWPFWordExtractor(doc).getText();
        assertThat(text).contains("书记、副书记选举票", "等额选举", "书记、副书记选举计票单").doesNotContain("另选他人");
        assertThat(doc.getTables()).hasSize(2);
        XWPFTable ballot = doc.getTables().get(0);
        assertThat(ballot.getRow(0).getTableCells())
                .extracting(c -> c.getText())
                .containsExactly("职务", "候选人姓名", "同意", "不同意", "弃权");
        assertThat(column(ballot, 1)).containsExactly("候选人姓名", "黄伟", "丁一", "谢明");
        assertThat(column(ballot, 0)).containsExactly("职务", "党委书记", "党委副书记", "党委副书记");
    }

    @Test
    void r12_theDisciplineCommitteesRacesAreVotedAtItsFirstPlenary() throws Exception {
        XWPFDocument doc = open(BallotPapers.write(
                township,
                new BallotPapers.Ballot(
                        RaceName.DISCIPLINE_DEPUTY, false, 1, List.of(new BallotPapers.Candidate("马丽", "纪委副书记")))));
        assertThat(new XWPFWordExtractor(doc).getText()).contains("中国共产党羊岑乡纪律检查委员会第一次全体会议", "纪委副书记选举票");
    }

    /** Writes a committee ballot (13 names, 11 seats) to target/documents/ for tools/render_document.sh. */
    @Test
    void r12_aCommitteeBallotOfThirteenNamesAndElevenWriteInLines() throws Exception {
        List<BallotPapers.Candidate> candidates =
                List.of("曹伟", "谢明", "丁一", "李强", "王芳", "周杰", "白雪", "赵敏", "刘洋", "马丽", "贾静", "雷鸣", "谭军").stream()
                        .map(n -> new BallotPapers.Candidate(n, null))
                        .toList();
        byte[] docx = BallotPapers.write(
                township, new BallotPapers.Ballot(RaceName.COMMITTEE, true, 11, BallotPapers.strokeOrder(candidates)));
        Path out = Path.of("target", "documents", "ballot-committee.docx");
        Files.createDirectories(out.getParent());
        Files.write(out, docx);
        XWPFDocument doc = open(docx);
        assertThat(doc.getTables().get(0).getRows()).hasSize(14);
        assertThat(doc.getTables().get(1).getRows()).hasSize(12);
    }

    static List<String> column(XWPFTable table, int index) {
        return table.getRows().stream()
                .map((XWPFTableRow row) -> row.getCell(index).getText())
                .toList();
    }

    static XWPFDocument open(byte[] docx) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }
}
