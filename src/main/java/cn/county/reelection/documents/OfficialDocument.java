package cn.county.reelection.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * One Party-committee document in the usual official layout (党政机关公文格式, after GB/T 9704):
 * A4, issuing-organ header over a rule, centred title in 小标宋, recipient, body in 仿宋 三号
 * with a two-character first-line indent and fixed 28-point lines, headings in 黑体, tables,
 * and the issuing organ and date at the bottom right; page numbers "— 1 —" in the footer.
 * The issuing-organ mark and the separator line under the document number are red (R15).
 *
 * <p>Plain Apache POI; it knows nothing of the process. Fonts are named as Chinese offices
 * have them; a reader without them substitutes its own CJK fonts.
 */
public final class OfficialDocument {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEADING_FONT = "黑体";
    static final String LATIN_FONT = "Times New Roman";
    static final String KAI_FONT = "楷体_GB2312";
    /** The red of the issuing-organ mark and the separator line. */
    public static final String RED = "FF0000";
    /** The issuing-organ mark: larger than the title (GB/T 9704 leaves the size to the organ). */
    private static final int ORGAN_MARK_SIZE = 30;

    /** 二号 and 三号 in points, the sizes of title and body text. */
    private static final int TITLE_SIZE = 22;

    private static final int BODY_SIZE = 16;
    private static final int TABLE_SIZE = 12;
    private static final double LINE = 28;
    /** One character of 三号 text in twentieths of a point. */
    private static final int CHAR_TWIPS = BODY_SIZE * 20;
    /** A4 (210 mm) less the left and right margins, in twips. */
    private static final int TEXT_WIDTH = (int) (mm(210) - mm(28) - mm(26));

    private final XWPFDocument doc = new XWPFDocument();
    private boolean breakBeforeNext;

    /**
     * A document of {@code issuingOrgan}, e.g. "中共羊岑乡委员会": its red issuing-organ mark, the document number
     * ({@code number}, 发文字号) and, on a request to a higher organ, its {@code signer} (签发人) on the same line, over
     * the red separator line (GB/T 9704 版头, R15). Without a signer the number is centred.
     */
    public OfficialDocument(String issuingOrgan, String number, String signer) {
        this();
        XWPFParagraph header = paragraph(ParagraphAlignment.CENTER);
        header.setSpacingBetween(1.0);
        header.setSpacingAfter(0);
        run(header, issuingOrgan, TITLE_FONT, ORGAN_MARK_SIZE, false).setColor(RED);
        paragraph(ParagraphAlignment.LEFT);
        XWPFParagraph numbered = paragraph(signer == null ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        if (signer == null) {
            run(numbered, number, BODY_FONT, BODY_SIZE, false);
        } else {
            // the number one character in from the left, the signer one character in from the right (上行文)
            numbered.setIndentationLeft(CHAR_TWIPS);
            numbered.setIndentationRight(CHAR_TWIPS);
            var tab = numbered.getCTP().getPPr().addNewTabs().addNewTab();
            tab.setVal(STTabJc.RIGHT);
            tab.setPos(BigInteger.valueOf(TEXT_WIDTH - 2L * CHAR_TWIPS));
            run(numbered, number, BODY_FONT, BODY_SIZE, false).addTab();
            run(numbered, "签发人：", BODY_FONT, BODY_SIZE, false);
            run(numbered, signer, KAI_FONT, BODY_SIZE, false);
        }
        numbered.setSpacingAfter(CHAR_TWIPS / 2);
        numbered.setBorderBottom(Borders.SINGLE);
        var border = numbered.getCTP().getPPr().getPBdr().getBottom();
        border.setColor(RED);
        border.setSz(BigInteger.valueOf(12)); // eighths of a point: a 1.5 pt rule
        paragraph(ParagraphAlignment.LEFT);
    }

    private OfficialDocument() {
        page();
        footer();
    }

    /** A paper in the same page layout and fonts without an issuing organ's header: a ballot, a tally sheet (R12). */
    public static OfficialDocument form() {
        OfficialDocument form = new OfficialDocument();
        // a ballot is one sheet: narrower top and bottom margins leave room for a 13-name list and its write-in lines
        CTPageMar margins = form.doc.getDocument().getBody().getSectPr().getPgMar();
        margins.setTop(BigInteger.valueOf(mm(20)));
        margins.setBottom(BigInteger.valueOf(mm(20)));
        margins.setFooter(BigInteger.valueOf(mm(10)));
        return form;
    }

    /** What follows starts on a new page (the tally sheet after its ballot). */
    public OfficialDocument pageBreak() {
        breakBeforeNext = true; // on the next paragraph itself: an empty paragraph of its own could make a blank page
        return this;
    }

    /** A centred line in the heading font, e.g. a form's sub-title. */
    public OfficialDocument centred(String text) {
        run(paragraph(ParagraphAlignment.CENTER), text, HEADING_FONT, BODY_SIZE, false);
        return this;
    }

    /** Smaller indented text (小四, 20-point lines): a form's instructions, so that a ballot stays one sheet. */
    public OfficialDocument note(String text) {
        XWPFParagraph p = indented();
        p.setSpacingBetween(20, LineSpacingRule.EXACT);
        run(p, text, BODY_FONT, TABLE_SIZE, false);
        return this;
    }

    /** A line flush left, not indented: a signature line of a form. */
    public OfficialDocument line(String text) {
        run(paragraph(ParagraphAlignment.LEFT), text, BODY_FONT, BODY_SIZE, false);
        return this;
    }

    /** The finished file. */
    public byte[] finish() {
        try (doc;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The title, centred in 小标宋 二号; a line break in {@code title} starts a new line of it. */
    public OfficialDocument title(String title) {
        XWPFParagraph p = paragraph(ParagraphAlignment.CENTER);
        p.setSpacingBetween(36, LineSpacingRule.EXACT);
        String[] lines = title.split("\n");
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = run(p, lines[i], TITLE_FONT, TITLE_SIZE, false);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
        paragraph(ParagraphAlignment.LEFT);
        return this;
    }

    /** The main recipient, e.g. "县委组织部：", flush left. */
    public OfficialDocument recipient(String recipient) {
        run(paragraph(ParagraphAlignment.LEFT), recipient, BODY_FONT, BODY_SIZE, false);
        return this;
    }

    /** Body text; each line of {@code text} becomes one indented paragraph. */
    public OfficialDocument text(String text) {
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                run(indented(), line.strip(), BODY_FONT, BODY_SIZE, false);
            }
        }
        return this;
    }

    /** A first-level heading ("一、…") in 黑体, indented like the body. */
    public OfficialDocument heading(String heading) {
        run(indented(), heading, HEADING_FONT, BODY_SIZE, false);
        return this;
    }

    /**
     * A ruled table across the text width, header row in 黑体, every cell centred; {@code percent}
     * gives each column's share of the width.
     */
    public OfficialDocument table(List<String> header, int[] percent, List<List<String>> rows) {
        return table(header, percent, rows, 0);
    }

    /**
     * As {@link #table(List, int[], List)}, each row below the header at least {@code rowHeightMm} high: room for a
     * mark or a name written by hand on a ballot or a tally sheet.
     */
    public OfficialDocument table(List<String> header, int[] percent, List<List<String>> rows, int rowHeightMm) {
        if (percent.length != header.size() || Arrays.stream(percent).sum() != 100) {
            throw new IllegalArgumentException("one share per column, 100 in all");
        }
        XWPFTable table = doc.createTable(rows.size() + 1, header.size());
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(TEXT_WIDTH));
        var grid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int share : percent) {
            grid.addNewGridCol().setW(BigInteger.valueOf(TEXT_WIDTH * share / 100));
        }
        for (int r = 0; r <= rows.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                XWPFTableCell cell = table.getRow(r).getCell(c);
                cell.setWidthType(TableWidthType.DXA);
                cell.setWidth(String.valueOf(TEXT_WIDTH * percent[c] / 100));
                cell(cell, r == 0 ? header.get(c) : rows.get(r - 1).get(c), r == 0);
            }
            if (r > 0 && rowHeightMm > 0) {
                table.getRow(r).setHeight((int) mm(rowHeightMm));
            }
        }
        paragraph(ParagraphAlignment.LEFT);
        return this;
    }

    /** The issuing organ and the date at the bottom right (右空四字), then the finished file. */
    public byte[] sign(String issuingOrgan, LocalDate date) {
        return sign(issuingOrgan, date, null);
    }

    /**
     * As {@link #sign(String, LocalDate)}, then the note (附注) one line below the date, two characters in and in
     * brackets, e.g. the contact person and phone of a request (R15).
     */
    public byte[] sign(String issuingOrgan, LocalDate date, String note) {
        paragraph(ParagraphAlignment.LEFT);
        paragraph(ParagraphAlignment.LEFT);
        run(rightAligned(), issuingOrgan, BODY_FONT, BODY_SIZE, false);
        run(rightAligned(), chineseDate(date), BODY_FONT, BODY_SIZE, false);
        if (note != null) {
            run(indented(), "（" + note + "）", BODY_FONT, BODY_SIZE, false);
        }
        return finish();
    }

    /** "2026年11月8日": Arabic numerals, no leading zeros (GB/T 9704). */
    public static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        if (breakBeforeNext) {
            p.setPageBreak(true);
            breakBeforeNext = false;
        }
        p.setAlignment(alignment);
        p.setSpacingBetween(LINE, LineSpacingRule.EXACT);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        return p;
    }

    private XWPFParagraph indented() {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(2 * CHAR_TWIPS);
        ind(p).setFirstLineChars(BigInteger.valueOf(200));
        return p;
    }

    private XWPFParagraph rightAligned() {
        XWPFParagraph p = paragraph(ParagraphAlignment.RIGHT);
        p.setIndentationRight(4 * CHAR_TWIPS);
        ind(p).setRightChars(BigInteger.valueOf(400));
        return p;
    }

    private static CTInd ind(XWPFParagraph p) {
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        return ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontSize(size);
        run.setBold(bold);
        return run;
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBetween(1.0);
        run(p, text == null ? "" : text, bold ? HEADING_FONT : BODY_FONT, TABLE_SIZE, bold);
    }

    /** A4 with the margins of GB/T 9704: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. */
    private void page() {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(mm(37)));
        margins.setBottom(BigInteger.valueOf(mm(35)));
        margins.setLeft(BigInteger.valueOf(mm(28)));
        margins.setRight(BigInteger.valueOf(mm(26)));
        margins.setHeader(BigInteger.valueOf(mm(15)));
        margins.setFooter(BigInteger.valueOf(mm(20)));
    }

    /** Page number as "— 1 —" (宋体 四号), centred. */
    private void footer() {
        XWPFParagraph p = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "— ", "宋体", 14, false);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue("PAGE");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "1", "宋体", 14, false);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(p, " —", "宋体", 14, false);
    }

    private static long mm(double millimetres) {
        return Math.round(millimetres / 25.4 * 1440);
    }
}
