package cn.county.reelection.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
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

/**
 * One Party-committee document in the usual official layout (党政机关公文格式, after GB/T 9704):
 * A4, issuing-organ header over a rule, centred title in 小标宋, recipient, body in 仿宋 三号
 * with a two-character first-line indent and fixed 28-point lines, headings in 黑体, tables,
 * and the issuing organ and date at the bottom right; page numbers "— 1 —" in the footer.
 * Black only ("red-free"): the header is not printed in red.
 *
 * <p>Plain Apache POI; it knows nothing of the process. Fonts are named as Chinese offices
 * have them; a reader without them substitutes its own CJK fonts.
 */
public final class OfficialDocument {

  static final String TITLE_FONT = "方正小标宋简体";
  static final String BODY_FONT = "仿宋_GB2312";
  static final String HEADING_FONT = "黑体";
  static final String LATIN_FONT = "Times New Roman";

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

  /** A document of {@code issuingOrgan}, e.g. "中共羊岑乡委员会", with its header and rule. */
  public OfficialDocument(String issuingOrgan) {
    page();
    footer();
    XWPFParagraph header = paragraph(ParagraphAlignment.CENTER);
    header.setSpacingAfter(0);
    run(header, issuingOrgan, TITLE_FONT, 26, false);
    header.setBorderBottom(Borders.SINGLE);
    paragraph(ParagraphAlignment.LEFT);
  }

  public OfficialDocument title(String title) {
    XWPFParagraph p = paragraph(ParagraphAlignment.CENTER);
    p.setSpacingBetween(36, LineSpacingRule.EXACT);
    run(p, title, TITLE_FONT, TITLE_SIZE, false);
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
    if (percent.length != header.size() || java.util.Arrays.stream(percent).sum() != 100) {
      throw new IllegalArgumentException("one share per column, 100 in all");
    }
    XWPFTable table = doc.createTable(rows.size() + 1, header.size());
    table.setTableAlignment(TableRowAlign.CENTER);
    table.setWidthType(TableWidthType.DXA);
    table.setWidth(String.valueOf(TEXT_WIDTH));
    var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
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
    }
    paragraph(ParagraphAlignment.LEFT);
    return this;
  }

  /** The issuing organ and the date at the bottom right (右空四字), then the finished file. */
  public byte[] sign(String issuingOrgan, LocalDate date) {
    paragraph(ParagraphAlignment.LEFT);
    paragraph(ParagraphAlignment.LEFT);
    run(rightAligned(), issuingOrgan, BODY_FONT, BODY_SIZE, false);
    run(rightAligned(), chineseDate(date), BODY_FONT, BODY_SIZE, false);
    try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "2026年11月8日": Arabic numerals, no leading zeros (GB/T 9704). */
  public static String chineseDate(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  private XWPFParagraph paragraph(ParagraphAlignment alignment) {
    XWPFParagraph p = doc.createParagraph();
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
        ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
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
