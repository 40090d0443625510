package vn.somohinh.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.somohinh.model.CampaignView;
import vn.somohinh.model.ReportView;

/**
 * The report as a Word document in the style of Vietnamese administrative documents: A4, Times New Roman 13 pt,
 * margins 20 mm top and bottom, 30 mm left, 15 mm right; the issuing body top left, the Party's name, place and date
 * top right, then the title and the sections of the report page.
 */
final class ReportDocx {
    static final String FONT = "Times New Roman";
    static final int SIZE = 13;
    /** The longest table a printed report holds; longer lists are in the Excel file. */
    static final int MAX_ROWS = 1000;

    private ReportDocx() {
    }

    static byte[] bytes(ReportView r) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            header(doc, r);
            CampaignView c = r.campaign();
            title(doc, "BÁO CÁO", "Tổng hợp đăng ký mô hình mới, cách làm sáng tạo năm " + c.ref().year());
            text(doc, c.compiler() + " tổng hợp kết quả đăng ký mô hình mới, cách làm sáng tạo năm " + c.ref().year()
                    + " (hạn đăng ký " + c.deadline().text() + ") như sau:", false);
            heading(doc, "I. Tình hình đăng ký");
            text(doc, c.total().registered() + "/" + c.total().required() + " đơn vị thuộc đối tượng đã đăng ký ("
                    + c.total().percent() + "), với " + c.models().size() + " mô hình; " + c.late().size()
                    + " mô hình đăng ký sau hạn; " + c.notRegistered().size() + " đơn vị chưa đăng ký.", false);
            table(doc, ReportTables.coverage(r));
            heading(doc, "II. Danh sách mô hình");
            ReportTables.Table models = ReportTables.models(r);
            if (models.rows().size() <= MAX_ROWS) {
                table(doc, models);
            } else {
                text(doc, "Danh sách " + models.rows().size() + " mô hình ở trang Mô hình của sổ và trong tệp Excel kèm theo"
                        + " (một bảng in dài hơn " + MAX_ROWS + " dòng không dùng được).", false);
            }
            heading(doc, "III. Đơn vị chưa đăng ký");
            table(doc, ReportTables.notRegistered(r));
            heading(doc, "IV. Mô hình đăng ký sau hạn");
            table(doc, ReportTables.late(r));
            heading(doc, "V. Mô hình theo trạng thái và lĩnh vực");
            table(doc, ReportTables.counts("Theo trạng thái", "Trạng thái", c.byStatus()));
            table(doc, ReportTables.counts("Theo lĩnh vực", "Lĩnh vực", c.byField()));
            heading(doc, "VI. Đánh giá, xếp loại cuối năm và đề xuất");
            table(doc, ReportTables.graded(r));
            text(doc, "Báo cáo dựng tự động từ Sổ mô hình" + (r.commit() == null ? "" : ", commit " + r.commit())
                    + (r.date() == null ? "" : ", dữ liệu đến ngày " + r.date().text()) + ".", false);
            doc.getProperties().getCoreProperties().setCreated(java.util.Optional.of(ReportXlsx.Dates.at(r.date())));
            doc.getProperties().getCoreProperties().setModified(java.util.Optional.of(ReportXlsx.Dates.at(r.date())));
            doc.getProperties().getCoreProperties().setCreator(r.issuer());
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A4 with the margins of administrative documents (in twentieths of a point: 1 mm ≈ 56.7). */
    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margin = sect.addNewPgMar();
        margin.setTop(BigInteger.valueOf(1134));
        margin.setBottom(BigInteger.valueOf(1134));
        margin.setLeft(BigInteger.valueOf(1701));
        margin.setRight(BigInteger.valueOf(850));
    }

    private static void header(XWPFDocument doc, ReportView r) {
        XWPFTable t = doc.createTable(1, 2);
        t.removeBorders();
        cell(t.getRow(0), 0, List.of(r.parentIssuer() == null ? "" : r.parentIssuer().toUpperCase(java.util.Locale.forLanguageTag("vi")),
                r.issuer().toUpperCase(java.util.Locale.forLanguageTag("vi")), "*", "Số:        -BC/BTC"), 1);
        cell(t.getRow(0), 1, List.of("ĐẢNG CỘNG SẢN VIỆT NAM", r.place() + ", " + r.longDate()), 0);
    }

    private static void cell(XWPFTableRow row, int i, List<String> lines, int boldLine) {
        XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        for (int k = 0; k < lines.size(); k++) {
            XWPFRun run = run(p, lines.get(k));
            run.setBold(k == boldLine);
            run.setItalic(i == 1 && k == 1);
            if (k < lines.size() - 1) {
                run.addBreak();
            }
        }
    }

    private static void title(XWPFDocument doc, String title, String subtitle) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(240);
        XWPFRun a = run(p, title);
        a.setBold(true);
        a.setFontSize(14);
        a.addBreak();
        run(p, subtitle).setBold(true);
    }

    private static void heading(XWPFDocument doc, String text) {
        text(doc, text, true);
    }

    private static void text(XWPFDocument doc, String text, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setSpacingAfter(120);
        run(p, text).setBold(bold);
    }

    private static void table(XWPFDocument doc, ReportTables.Table t) {
        if (t.rows().isEmpty()) {
            text(doc, "Không có.", false);
            return;
        }
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.header().size());
        // getRows() once: getRow(i) counts the rows every time, which made long tables quadratic.
        List<XWPFTableRow> rows = table.getRows();
        for (int i = 0; i < t.header().size(); i++) {
            XWPFRun head = run(rows.get(0).getCell(i).getParagraphs().get(0), t.header().get(i));
            head.setBold(true);
            head.setFontSize(11);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<Object> row = t.rows().get(r);
            XWPFTableRow target = rows.get(r + 1);
            for (int i = 0; i < row.size(); i++) {
                run(target.getCell(i).getParagraphs().get(0), String.valueOf(row.get(i))).setFontSize(11);
            }
        }
        doc.createParagraph();
    }

    private static XWPFRun run(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(SIZE);
        run.setText(text);
        return run;
    }
}
