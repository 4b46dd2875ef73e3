package cn.county.reelection.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.county.reelection.process.ProcessInputException;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** R15: the GB/T 9704 elements of a township document, opened with Apache POI. */
class OfficialDocumentTest {

    @Test
    void r15_redIssuingOrganMark_numberAndSignerOnOneLine_overARedSeparatorLine() throws Exception {
        XWPFDocument doc = open(new OfficialDocument("中共羊岑乡委员会", "羊党请〔2026〕1号", "张建国")
                .title("中共羊岑乡委员会关于召开党代表大会进行换届选举的请示")
                .recipient("县委组织部：")
                .text("正文。")
                .sign("中共羊岑乡委员会", LocalDate.of(2026, 11, 8), "联系人：李明，联系电话：0872-5123456"));
        List<XWPFParagraph> filled =
                doc.getParagraphs().stream().filter(p -> !p.getText().isBlank()).toList();
        XWPFParagraph mark = filled.get(0);
        assertThat(mark.getText()).isEqualTo("中共羊岑乡委员会");
        assertThat(mark.getRuns()).allMatch(r -> OfficialDocument.RED.equals(r.getColor()));
        XWPFParagraph number = filled.get(1);
        assertThat(number.getText()).isEqualTo("羊党请〔2026〕1号\t签发人：张建国");
        assertThat(number.getRuns()).noneMatch(r -> OfficialDocument.RED.equals(r.getColor()));
        assertThat(number.getBorderBottom()).isEqualTo(Borders.SINGLE);
        assertThat(number.getCTP().getPPr().getPBdr().getBottom().xgetColor().getStringValue())
                .isEqualTo(OfficialDocument.RED);
        // nothing else is red: the title and the body are black
        assertThat(filled.subList(2, filled.size()).stream().flatMap(p -> p.getRuns().stream()))
                .noneMatch(r -> OfficialDocument.RED.equals(r.getColor()));
        // the contact note (附注) one line under the date, in brackets
        assertThat(filled.get(filled.size() - 2).getText()).isEqualTo("2026年11月8日");
        assertThat(filled.get(filled.size() - 1).getText()).isEqualTo("（联系人：李明，联系电话：0872-5123456）");
    }

    @Test
    void r15_aReportCarriesNoSigner_itsNumberCentred() throws Exception {
        XWPFDocument doc = open(new OfficialDocument("中共羊岑乡委员会", "羊党报〔2026〕3号", null)
                .title("报告")
                .sign("中共羊岑乡委员会", LocalDate.of(2026, 11, 30)));
        XWPFParagraph number = doc.getParagraphs().stream()
                .filter(p -> p.getText().contains("〔"))
                .findFirst()
                .orElseThrow();
        assertThat(number.getText()).isEqualTo("羊党报〔2026〕3号");
        assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(new XWPFWordExtractor(doc).getText()).doesNotContain("签发人");
    }

    @Test
    void r15_theSystemWritesSalutationAndClosing_soATypedOneIsTakenOff() {
        WrittenParts written = new WrittenParts("""
        县委组织部：
        大会议程为听取审议两委工作报告。
        请于11月20日前批复。
        妥否，请批示。
        中共羊岑乡委员会
        2026年11月8日""", null, null, null);
        assertThat(written.body("中共羊岑乡委员会", "羊岑乡")).isEqualTo("大会议程为听取审议两委工作报告。\n请于11月20日前批复。");
        assertThat(new WrittenParts("特此报告。", null, null, null).body("中共羊岑乡委员会", "羊岑乡"))
                .isNull();
        assertThat(new WrittenParts("第一稿：羊岑乡党委关于召开党代表大会的请示", null, null, null).body("中共羊岑乡委员会", "羊岑乡"))
                .isEqualTo("第一稿：羊岑乡党委关于召开党代表大会的请示");
    }

    @Test
    void r15_signerAndContactAreCheckedByTheirLabels() {
        assertThatThrownBy(() -> new WrittenParts("正文", null, "李明", "call me").checked())
                .isInstanceOf(ProcessInputException.class)
                .hasMessageContaining("联系电话")
                .satisfies(e -> assertThat(((ProcessInputException) e).rule()).isEqualTo("R15"))
                .satisfies(e -> assertThat(((ProcessInputException) e).field()).isEqualTo("contactPhone"));
        assertThatThrownBy(() -> new WrittenParts("正文", "张<b>", null, null).checked())
                .isInstanceOf(ProcessInputException.class)
                .hasMessageContaining("签发人");
        assertThat(new WrittenParts("正文", "张建国", "李明", "(0872) 512-3456")
                        .checked()
                        .contactNote())
                .isEqualTo("联系人：李明，联系电话：(0872) 512-3456");
        // left empty: a blank for the pen, never a missing element
        assertThat(WrittenParts.NONE.contactNote())
                .isEqualTo("联系人：" + WrittenParts.BLANK + "，联系电话：" + WrittenParts.BLANK);
    }

    private static XWPFDocument open(byte[] docx) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }
}
