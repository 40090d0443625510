package vn.somohinh.report;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import vn.somohinh.model.ReportView;

/**
 * The fixed parts of a party document (Hướng dẫn 36-HD/VPTW, Phụ lục 3), laid out in borderless two-column tables
 * with a grid: the header block (upper body 14 upright, issuing body 14 bold, "*", "Số 25-BC/BTCHU" 14; on the right
 * "ĐẢNG CỘNG SẢN VIỆT NAM" 15 bold with its rule, then place and date 14 italic), and at the end "Nơi nhận:"
 * (underlined, the list 12) beside the signature block (authority and position upper 14, the name 14 bold).
 */
final class PartyHeader {
    static final Locale VI = Locale.forLanguageTag("vi");

    /**
     * The header block's texts. {@code number} is like "25-BC/BTCHU", or null for a blank to fill in whose kind is
     * {@code kind} ("BC" for a report, "CV" for a letter); {@code about} is a letter's subject ("V/v …", 12 italic under
     * the number), null for a document that names its kind in a title instead.
     */
    record Header(String upperBody, String issuingBody, String number, String kind, String about, String placeAndDate) {
    }

    /** The signature block; {@code authority} ("K/T TRƯỞNG BAN") may be null; null position or name: blanks. */
    record Signature(String authority, String position, String name) {
    }

    private PartyHeader() {
    }

    static void header(XWPFDocument doc, int width, Header h) {
        XWPFTable t = layout(doc, new int[] {width * 45 / 100, width - width * 45 / 100});
        XWPFTableCell left = t.getRow(0).getCell(0);
        line(left.getParagraphs().get(0), upper(h.upperBody()), 14, false);
        line(left.addParagraph(), upper(h.issuingBody()), 14, true);
        line(left.addParagraph(), "*", 14, false);
        line(left.addParagraph(), "Số " + (h.number() == null ? "…….-" + h.kind() + "/……" : h.number()), 14, false);
        if (h.about() != null) {
            line(left.addParagraph(), h.about(), 12, false).setItalic(true);
        }
        XWPFTableCell right = t.getRow(0).getCell(1);
        XWPFParagraph party = right.getParagraphs().get(0);
        line(party, "ĐẢNG CỘNG SẢN VIỆT NAM", 15, true);
        WordText.rule(party, 0);
        XWPFParagraph date = right.addParagraph();
        date.setSpacingBefore(160);
        line(date, h.placeAndDate(), 14, false).setItalic(true);
    }

    static void closing(XWPFDocument doc, int width, List<String> recipients, Signature s) {
        XWPFTable t = layout(doc, new int[] {width / 2, width - width / 2});
        // The signature block stays whole, with the recipients beside it.
        t.getRow(0).getCtRow().addNewTrPr().addNewCantSplit();
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFParagraph title = left.getParagraphs().get(0);
        title.setAlignment(ParagraphAlignment.LEFT);
        var nr = WordText.run(title, "Nơi nhận:", 14);
        nr.setUnderline(UnderlinePatterns.SINGLE);
        for (String r : recipients) {
            XWPFParagraph p = left.addParagraph();
            p.setAlignment(ParagraphAlignment.LEFT);
            WordText.run(p, "- " + r, 12);
        }
        XWPFTableCell right = t.getRow(0).getCell(1);
        XWPFParagraph first = right.getParagraphs().get(0);
        if (s.authority() != null) {
            line(first, upper(s.authority()), 14, false);
            first = right.addParagraph();
        }
        line(first, s.position() == null ? WordText.BLANK : upper(s.position()), 14, false);
        for (int i = 0; i < 3; i++) {
            right.addParagraph();
        }
        line(right.addParagraph(), s.name() == null ? WordText.BLANK : s.name(), 14, true);
    }

    private static org.apache.poi.xwpf.usermodel.XWPFRun line(XWPFParagraph p, String text, int size, boolean bold) {
        p.setAlignment(ParagraphAlignment.CENTER);
        var run = WordText.run(p, text, size);
        run.setBold(bold);
        return run;
    }

    /** A one-row table without borders, its grid and cell widths set: how Word lays out two blocks side by side. */
    static XWPFTable layout(XWPFDocument doc, int[] widths) {
        XWPFTable t = doc.createTable(1, widths.length);
        t.removeBorders();
        var pr = t.getCTTbl().getTblPr();
        pr.getTblW().setType(STTblWidth.DXA);
        pr.getTblW().setW(BigInteger.valueOf(widths[0] + widths[1]));
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        var grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        grid.setGridColArray(new CTTblGridCol[0]);
        for (int i = 0; i < widths.length; i++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(widths[i]));
            var tcW = t.getRow(0).getCell(i).getCTTc().addNewTcPr().addNewTcW();
            tcW.setType(STTblWidth.DXA);
            tcW.setW(BigInteger.valueOf(widths[i]));
        }
        return t;
    }

    /**
     * The header's two lines: the first of {@code given} that has exactly two (a campaign's co_quan_ban_hanh), else
     * the committee and the compiling body.
     */
    @SafeVarargs
    static List<String> issuers(ReportView r, List<String>... given) {
        for (List<String> lines : given) {
            if (lines.size() == 2) {
                return lines;
            }
        }
        return List.of(r.issuer(), r.campaign().compiler());
    }

    /** Recipients as party documents list them: each line ends with a comma, the last with a full stop. */
    static List<String> ended(List<String> lines) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).replaceAll("[,.;]+$", "");
            out.add(s + (i == lines.size() - 1 ? "." : ","));
        }
        return out;
    }

    static String upper(String s) {
        return s == null ? WordText.BLANK : s.toUpperCase(VI);
    }
}
